package org.peeragogy.reader.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;

/**
 * Memory of the reader as a person uses it (issue 17: at most 200 MiB with the book open, 300 MiB after visiting
 * every chapter twice). Starts the reader the way a person does (the jar with {@code java -jar}, the packaged
 * launcher when it has been built), on the real handbook and a fresh data folder, and reads the process's RSS and
 * PSS from {@code /proc/PID/smaps_rollup}: with the first chapter shown, once start-up has settled; after every
 * chapter has been shown twice, through the keyboard as a person reads (Ctrl+Page Down to the last chapter,
 * Ctrl+Page Up held back to the first, Ctrl+Page Down to the last again; {@code xdotool} types the keys into the
 * window under Xvfb); and after a pause in reading ({@code memory.pauseMs}, 15 s). That a chapter is shown is read
 * from where the reader saves its place (the notes file's {@code reading_position}, written once the chapter is
 * laid out), polled, the start bounded to 120 s and each step to 30 s; a run that misses a bound is said and left
 * out of the medians.
 *
 * <p>Prints each run, the medians, and (last round) what the memory is by mapping; asserts nothing. Run with
 * {@code xvfb-run -a mvn -Pbench verify}, or alone after {@code mvn -o test-compile} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code xvfb-run -a java -cp target/test-classes:target/classes:$(cat cp.txt) org.peeragogy.reader.app.MemoryBenchmark}.
 * Properties: {@code memory.rounds} (3); {@code memory.jar=false} (not the jar as built); {@code memory.launcher}
 * (other app images' launchers, separated by {@code :}, each named by its image's folder, e.g. a copy of the
 * installed {@code /usr/lib/peeragogy-reader}); {@code memory.otherJar} (another build's jar, e.g. of the commit
 * before a change); {@code memory.jarOptions} (JVM options for a second run of the jar, space-separated);
 * {@code memory.nmt=true} (Native Memory Tracking in every run, through {@code JAVA_TOOL_OPTIONS}, and its summary:
 * it costs a few MiB itself, so figures with it are not the reader's); {@code memory.histogram=true} (the Java
 * heap's classes after a full collection); {@code memory.heapDump=FILE} (a heap dump after the tour);
 * {@code memory.gcRun=true} (a {@code System.gc()} from outside after the tour).
 */
public final class MemoryBenchmark {
    private static final long STEP_MS = 30_000;
    /** A start's bound to the first chapter, as the smoke test's watchdog has it. */
    private static final long START_MS = 120_000;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("memory.rounds", 3);
        boolean nmt = Boolean.getBoolean("memory.nmt");
        Path handbook = TestHandbooks.real();
        List<String> chapters;
        try (Handbook h = Handbooks.open(handbook)) {
            chapters = h.book().chapters().stream().map(Chapter::id).toList();
        }
        Map<String, List<String>> commands = commands();
        long hz = ProcFs.clockTicks();
        System.out.println("# memory of the reader, real handbook (" + chapters.size() + " chapters), " + rounds
                + " rounds; load average " + ProcFs.loadAverage());
        Map<String, List<Figures>> results = new LinkedHashMap<>();
        for (int r = 1; r <= rounds; r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                Figures f;
                try {
                    f = run(c.getValue(), handbook, chapters, hz, nmt, r == rounds);
                } catch (IOException e) {
                    // A run that did not get through (a start slower than its bound on a busy machine) is said
                    // and left out of the medians; the other runs go on.
                    System.out.printf("memory %s, round %d: not measured: %s%n", c.getKey(), r, e.getMessage());
                    continue;
                }
                results.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(f);
                System.out.printf("memory %s, round %d: first chapter RSS %d MiB, PSS %d MiB; after every chapter"
                        + " twice RSS %d MiB, PSS %d MiB, after a %d-s pause RSS %d MiB, PSS %d MiB; Ctrl+Page Down to"
                        + " the place saved, ms median / p95: first visits %s, revisits %s (load %s)%n", c.getKey(), r,
                        mib(f.first.rssKb()), mib(f.first.pssKb()), mib(f.toured.rssKb()), mib(f.toured.pssKb()),
                        PAUSE_MS / 1000, mib(f.rested.rssKb()), mib(f.rested.pssKb()), spread(f.firstVisitMs()),
                        spread(f.revisitMs()), ProcFs.loadAverage());
            }
        }
        for (Map.Entry<String, List<Figures>> e : results.entrySet()) {
            List<Figures> v = e.getValue();
            System.out.printf("memory %s, median of %d: first chapter RSS %d MiB, PSS %d MiB (goal RSS <= 200);"
                    + " after every chapter twice RSS %d MiB, PSS %d MiB, after the pause RSS %d MiB, PSS %d MiB (goal"
                    + " RSS <= 300)%n", e.getKey(), v.size(), median(v, f -> f.first.rssKb()),
                    median(v, f -> f.first.pssKb()), median(v, f -> f.toured.rssKb()), median(v, f -> f.toured.pssKb()),
                    median(v, f -> f.rested.rssKb()), median(v, f -> f.rested.pssKb()));
        }
        System.out.println("# load average at the end " + ProcFs.loadAverage());
    }

    /** The ways the reader is started: the jar, the jar with options when asked, the packaged launcher when built. */
    private static Map<String, List<String>> commands() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of("target", "peeragogy-reader.jar").toString();
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (Boolean.parseBoolean(System.getProperty("memory.jar", "true"))) {
            out.put("jar", List.of(java, "-jar", jar));
        }
        String other = System.getProperty("memory.otherJar");
        if (other != null) {
            // Another build's jar (say, the commit before a change), named by the folder above its target/.
            Path o = Path.of(other).toAbsolutePath();
            out.put("jar of " + o.getParent().getParent().getFileName(), List.of(java, "-jar", o.toString()));
        }
        String options = System.getProperty("memory.jarOptions", "").strip();
        if (!options.isEmpty()) {
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(List.of(options.split("\\s+")));
            cmd.addAll(List.of("-jar", jar));
            out.put("jar " + options, cmd);
        }
        String launchers = System.getProperty("memory.launcher");
        if (launchers == null) {
            Path built = Path.of("target", "package", "peeragogy-reader", "bin", "peeragogy-reader");
            if (Files.isExecutable(built)) {
                out.put("packaged launcher", List.of(built.toString()));
            } else {
                System.out.println("# packaged launcher: skipped, build it first (xvfb-run -a packaging/build.sh)");
            }
            return out;
        }
        for (String l : launchers.split(File.pathSeparator)) {
            // Named by the app image's folder: /tmp/a/bin/peeragogy-reader is "launcher a".
            Path image = Path.of(l).toAbsolutePath().getParent().getParent();
            out.put("launcher " + image.getFileName(), List.of(l));
        }
        return out;
    }

    /**
     * RSS and PSS (KiB) with the first chapter shown and after every chapter twice; and each Ctrl+Page Down's time
     * (ms) from the key to the place saved, first visits and revisits (a jump as the reader sees it, with the
     * save and the 10 ms polling on top: to compare settings, not to quote against Chromium).
     */
    record Figures(ProcFs.Memory first, ProcFs.Memory toured, ProcFs.Memory rested, List<Long> firstVisitMs,
            List<Long> revisitMs) {
    }

    /** How long the reader then stays on the last chapter before the last figure: a reading pause. */
    private static final long PAUSE_MS = Long.getLong("memory.pauseMs", 15_000);

    private static Figures run(List<String> command, Path handbook, List<String> chapters, long hz, boolean nmt,
            boolean details) throws Exception {
        Path data = Files.createTempDirectory("memory-bench");
        Path log = data.resolve("output.txt");
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of("--handbook", handbook.toString(), "--data-dir", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (nmt) {
            pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:NativeMemoryTracking=summary");
        }
        Process p = pb.start();
        try (Connection db = positions(data.resolve("reader.db"), p)) {
            awaitShown(db, chapters.get(0), p, START_MS);
            ProcFs.settle(p.pid(), hz, 1000);
            ProcFs.Memory first = memory(p.pid());
            if (details) {
                details("the first chapter shown", p.pid(), nmt);
            }
            String window = window(p.pid());
            xdotool("windowfocus", "--sync", window);
            List<List<Long>> steps = List.of(new ArrayList<>(), new ArrayList<>());
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) {
                    // Held down back to the first chapter: the chapters flicked past are not all shown.
                    xdotool("key", "--delay", "20", "--repeat", Integer.toString(chapters.size() - 1), "ctrl+Prior");
                    awaitShown(db, chapters.get(0), p, STEP_MS);
                }
                for (String next : chapters.subList(1, chapters.size())) {
                    long t0 = System.nanoTime();
                    xdotool("key", "ctrl+Next");
                    awaitShown(db, next, p, STEP_MS);
                    steps.get(pass).add((System.nanoTime() - t0) / 1_000_000);
                }
            }
            ProcFs.settle(p.pid(), hz, 1000);
            ProcFs.Memory toured = memory(p.pid());
            String dump = System.getProperty("memory.heapDump");
            if (dump != null) {
                jcmd(jvmPid(p.pid()), "GC.heap_dump", dump); // for a heap analyser: what holds the heap now
            }
            if (Boolean.getBoolean("memory.gcRun")) {
                jcmd(jvmPid(p.pid()), "GC.run"); // what the reader's own trim does, for launchers built before it
            }
            // The quantity measured is memory after a pause in reading, so the wait is the measurement itself.
            Thread.sleep(PAUSE_MS);
            ProcFs.Memory rested = memory(p.pid());
            if (details) {
                details("every chapter shown twice, then a pause", p.pid(), nmt);
            }
            return new Figures(first, toured, rested, steps.get(0), steps.get(1));
        } catch (IOException | RuntimeException e) {
            throw new IOException(e.getMessage() + "; the reader printed: " + Files.readString(log).strip(), e);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** The process and what it started (a launcher may run the JVM as its child), added up. */
    private static ProcFs.Memory memory(long pid) throws IOException {
        ProcFs.Memory sum = new ProcFs.Memory(0, 0);
        for (long p : ProcFs.tree(pid)) {
            sum = sum.plus(ProcFs.memory(p));
        }
        return sum;
    }

    /** What the memory is, by mapping, and the Java heap as the JVM sees it (jcmd). */
    private static void details(String when, long pid, boolean nmt) throws IOException, InterruptedException {
        long jvm = jvmPid(pid);
        System.out.println("## " + when + ", by mapping (RSS / PSS MiB):");
        ProcFs.byMapping(jvm).entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().rssKb(), a.getValue().rssKb()))
                .forEach(e -> System.out.printf("   %5d / %5d  %s%n", mib(e.getValue().rssKb()),
                        mib(e.getValue().pssKb()),
                        e.getKey()));
        jcmd(jvm, "GC.heap_info");
        if (Boolean.getBoolean("memory.histogram")) {
            // A full collection first: what is left is what the reader keeps.
            jcmd(jvm, "GC.class_histogram");
            jcmd(jvm, "GC.heap_info");
        }
        if (nmt) {
            jcmd(jvm, "VM.native_memory", "summary");
        }
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        int lines = Integer.getInteger("memory.histogramLines", 40);
        out.lines().filter(l -> !l.isBlank() && !l.matches("\\d+:")).limit(lines)
                .forEach(l -> System.out.println("   " + l));
    }

    /** The process that runs the JVM: the launcher itself, or its child running libjvm. */
    private static long jvmPid(long pid) throws IOException {
        for (long p : ProcFs.tree(pid)) {
            if (Files.readString(Path.of("/proc", Long.toString(p), "maps")).contains("libjvm.so")) {
                return p;
            }
        }
        return pid;
    }

    /**
     * A read-only connection to the reader's notes file, once the reader has made it (polled, bounded). Reading
     * beside the reader is what SQLite's write-ahead log allows; nothing is written.
     */
    private static Connection positions(Path file, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (Files.exists(file)) {
                try {
                    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
                    config.setReadOnly(true);
                    return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
                } catch (SQLException e) {
                    // Being made: tried again below.
                }
            }
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("the reader made no notes file at " + file);
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the reader has saved its place in {@code chapterId}: the chapter is laid out (at most ms). */
    private static void awaitShown(Connection db, String chapterId, Process p, long ms) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        while (!chapterId.equals(savedChapter(db).orElse(null))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("chapter " + chapterId + " was not shown within " + ms + " ms (saved place: "
                        + savedChapter(db).orElse("none") + ")");
            }
            Thread.sleep(10);
        }
    }

    private static Optional<String> savedChapter(Connection db) {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT chapter_id FROM reading_position")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty(); // the table is being made, or the file is busy: asked again
        }
    }

    /** The reader's main window (its title ends with the reader's name), found by process (bounded, 30 s). */
    private static String window(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (long p : ProcFs.tree(pid)) {
                List<String> ids = xdotool("search", "--onlyvisible", "--pid", Long.toString(p), "--name",
                        "Peeragogy Reader");
                if (!ids.isEmpty()) {
                    return ids.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("no window of the reader's process " + pid + " was found (is xdotool installed?)");
    }

    private static List<String> xdotool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("xdotool " + String.join(" ", args) + " did not end within 30 s");
        }
        return out.lines().filter(l -> l.matches("\\d+")).toList();
    }

    private static long mib(long kb) {
        return Math.round(kb / 1024.0);
    }

    private static String spread(List<Long> ms) {
        List<Long> x = new ArrayList<>(ms);
        Collections.sort(x);
        return x.get(x.size() / 2) + " / " + x.get((int) Math.ceil(x.size() * 0.95) - 1);
    }

    private static long median(List<Figures> v, java.util.function.ToLongFunction<Figures> f) {
        List<Long> x = new ArrayList<>(v.stream().map(f::applyAsLong).toList());
        Collections.sort(x);
        return mib(x.get(x.size() / 2));
    }
}
