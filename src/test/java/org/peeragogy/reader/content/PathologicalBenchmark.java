package org.peeragogy.reader.content;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * Time and memory of each {@link Pathological} kind at growing sizes (not a test; run by
 * {@code xvfb-run -a mvn -Pbench verify}, or after {@code mvn -o test-compile} with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.peeragogy.reader.content.PathologicalBenchmark [sizes] [kinds]}).
 *
 * <p>Each case runs in a JVM of its own with the reader's default collector and a 1 GiB heap (a
 * machine with 4 GB of memory gives Java that by default), so that a case cannot slow the next one
 * and its memory is its own: a handbook folder holding the case's chapter and an ordinary one is
 * opened ({@code open}: reading order and titles), the chapter is rendered as the reader renders it
 * ({@code render}), then the ordinary chapter; {@code processor} is the process's processor time over
 * opening and rendering, which a busy machine changes less than the clock's. {@code allocated} counts every byte the JVM allocated
 * meanwhile (from the collector's notifications), {@code peak heap} is the most the heap held before
 * any collection, {@code rss} the process's peak resident memory.
 *
 * <p>Besides the sizes asked for (10,000, 20,000 and 50,000 unless given), each kind is measured at the
 * largest size the reader still shows, found by a binary search in this JVM.
 *
 * <p>First, unless kinds are named, the real handbook's chapters are rendered through the guard and the
 * old way, to show what the guard costs ({@code -Dpatho.realOnly=true}: only that).
 *
 * <p>With {@code -Dpatho.mode=unguarded} each case runs as the reader did before decision 0011:
 * flexmark, jsoup and the sanitiser on the calling thread, with no limits; the parent stops a case
 * after {@code -Dpatho.timeout} seconds (60).
 */
public final class PathologicalBenchmark {
    /** Inputs larger than this are not generated (DEEP_LIST and BACKTICKS grow as the square of n). */
    private static final long MAX_GENERATED_CHARS = 64L * 1024 * 1024;

    private PathologicalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("--case")) {
            runCase(Pathological.Kind.valueOf(args[1]), Integer.parseInt(args[2]),
                    System.getProperty("patho.mode", "guarded"));
            return;
        }
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 20_000, 50_000};
        List<Pathological.Kind> kinds = args.length > 1
                ? java.util.Arrays.stream(args[1].split(",")).map(Pathological.Kind::valueOf).toList()
                : List.of(Pathological.Kind.values());
        String mode = System.getProperty("patho.mode", "guarded");
        long timeout = Long.getLong("patho.timeout", 60);
        System.out.printf("Pathological chapters, %s (%s, %s %s, %d cores)%n", mode, java.time.LocalDateTime.now()
                .withNano(0), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (mode.equals("guarded") && args.length < 2) {
            realHandbook();
            if (Boolean.getBoolean("patho.realOnly")) {
                return;
            }
        }
        System.out.println("kind\tn\tinput bytes\topen ms\trender ms\tprocessor ms\toutcome\tallocated MB\tpeak heap MB"
                + "\trss MB");
        for (Pathological.Kind kind : kinds) {
            java.util.TreeSet<Integer> ns = new java.util.TreeSet<>();
            for (int n : sizes) {
                ns.add(n);
            }
            if (mode.equals("guarded")) {
                ns.add(largestShown(kind, ns.last()));
            }
            for (int n : ns) {
                if (generatedChars(kind, n) > MAX_GENERATED_CHARS) {
                    System.out.printf("%s\t%,d\t%,d\t-\t-\t-\tnot generated (grows as n²)\t-\t-\t-%n", kind, n,
                            generatedChars(kind, n));
                    continue;
                }
                System.out.println(child(kind, n, mode, timeout));
            }
        }
    }

    /**
     * What the guard costs on the real handbook: every chapter rendered as the reader does, and through
     * the old path (flexmark, jsoup and the sanitiser on this thread), five rounds each after one to warm
     * up, in this JVM; the median round.
     */
    private static void realHandbook() throws Exception {
        Path dir = TestHandbooks.realLocation();
        if (!Files.isDirectory(dir)) {
            System.out.println("real handbook: not found at " + dir);
            return;
        }
        try (Handbook h = Handbooks.open(dir)) {
            List<String> ids = h.book().chapters().stream().map(c -> c.id()).toList();
            long[] guarded = new long[6];
            long[] old = new long[6];
            for (int round = 0; round < guarded.length; round++) {
                long t0 = System.nanoTime();
                for (String id : ids) {
                    h.render(id);
                }
                long t1 = System.nanoTime();
                for (org.peeragogy.reader.book.Chapter c : h.book().chapters()) {
                    unguarded(Files.readString(dir.resolve(c.path()), StandardCharsets.UTF_8));
                }
                guarded[round] = (t1 - t0) / 1_000_000;
                old[round] = (System.nanoTime() - t1) / 1_000_000;
            }
            long[] g = java.util.Arrays.copyOfRange(guarded, 1, guarded.length);
            long[] o = java.util.Arrays.copyOfRange(old, 1, old.length);
            java.util.Arrays.sort(g);
            java.util.Arrays.sort(o);
            System.out.printf("real handbook, %d chapters rendered: %d ms through the guard, %d ms the old way "
                    + "(medians of 5 warm rounds: %s and %s)%n", ids.size(), g[2], o[2], java.util.Arrays.toString(g),
                    java.util.Arrays.toString(o));
        }
    }

    /**
     * The largest n up to {@code max} at which the reader still shows the chapter (a binary search, in this
     * JVM; every kind is shown when small and refused from some size on), or 1 when it never is.
     */
    private static int largestShown(Pathological.Kind kind, int max) throws Exception {
        int shown = 0;
        int refused = max + 1;
        while (refused - shown > 1) {
            int n = (int) (((long) shown + refused) / 2);
            if (generatedChars(kind, n) > MAX_GENERATED_CHARS || !isShown(kind, n)) {
                refused = n;
            } else {
                shown = n;
            }
        }
        return Math.max(shown, 1);
    }

    private static boolean isShown(Pathological.Kind kind, int n) throws Exception {
        Path dir = Files.createTempDirectory("patho-search");
        try {
            Files.writeString(dir.resolve("bad.md"), kind.markdown(n), StandardCharsets.UTF_8);
            try (Handbook h = Handbooks.open(dir)) {
                return h.render("bad").count(Problem.Kind.NOT_SHOWN) == 0;
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static long generatedChars(Pathological.Kind kind, long n) {
        return switch (kind) {
            case DEEP_LIST -> n * (n - 1) + 4 * n;
            case BACKTICKS -> n * (n + 1) / 2 + n;
            default -> 0;
        };
    }

    private static String child(Pathological.Kind kind, int n, String mode, long timeoutSeconds) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile("patho-case", ".txt");
        try {
            Process p = new ProcessBuilder(java.toString(), "-Xmx1g", "-Dpatho.mode=" + mode, "-cp",
                    System.getProperty("java.class.path"), PathologicalBenchmark.class.getName(), "--case", kind.name(),
                    Integer.toString(n))
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return String.format(Locale.ROOT, "%s\t%,d\t-\t-\t> %,d\t-\tstopped after %d s\t-\t-\t-", kind, n,
                        timeoutSeconds * 1000, timeoutSeconds);
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            return lines.stream().filter(l -> l.startsWith(kind.name() + "\t")).findFirst()
                    .orElse(kind + "\t" + n + "\tfailed: " + String.join(" | ", lines.subList(0, Math.min(3, lines.size()))));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** One case in this JVM; prints one tab-separated line. */
    private static void runCase(Pathological.Kind kind, int n, String mode) throws Exception {
        Memory memory = new Memory();
        String markdown = kind.markdown(n);
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("patho-bench");
        Files.write(dir.resolve("bad.md"), bytes);
        Files.writeString(dir.resolve("normal.md"), "# Normal\n\nAn ordinary chapter with *emphasis*.\n");
        memory.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        String outcome;
        long openMs;
        long renderMs;
        if (mode.equals("unguarded")) {
            openMs = 0;
            outcome = unguarded(markdown);
            renderMs = (System.nanoTime() - t0) / 1_000_000;
        } else {
            try (Handbook h = Handbooks.open(dir)) {
                long t1 = System.nanoTime();
                openMs = (t1 - t0) / 1_000_000;
                RenderedChapter page = h.render("bad");
                renderMs = (System.nanoTime() - t1) / 1_000_000;
                outcome = page.problems().stream().filter(p -> p.kind() == Problem.Kind.NOT_SHOWN).findFirst()
                        .map(p -> "not shown: " + p.detail())
                        .orElse(String.format(Locale.ROOT, "shown, %,d characters", page.html().length()));
                if (!h.render("normal").html().contains("ordinary chapter")) {
                    outcome += "; THE ORDINARY CHAPTER FAILED";
                }
            }
        }
        long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
        memory.stop();
        Files.delete(dir.resolve("bad.md"));
        Files.delete(dir.resolve("normal.md"));
        Files.delete(dir);
        System.out.printf(Locale.ROOT, "%s\t%,d\t%,d\t%,d\t%,d\t%,d\t%s\t%,d\t%,d\t%,d%n", kind, n, bytes.length, openMs,
                renderMs, cpuMs, outcome, memory.allocated >> 20, memory.peak >> 20, rssKb() >> 10);
        System.exit(0);
    }

    /** What rendering did before the guard: everything on this thread, no limits. */
    private static String unguarded(String markdown) {
        try {
            String body = Markdown.toHtml(Markdown.parse(markdown));
            Document doc = Jsoup.parseBodyFragment(body);
            new Sanitizer("bad", "", new Links(java.util.Set.of("bad", "normal"), java.util.Map.of(), java.util.Map.of()),
                    p -> false).clean(doc.body());
            return String.format(Locale.ROOT, "shown, %,d characters", doc.body().html().length());
        } catch (StackOverflowError e) {
            return "StackOverflowError";
        } catch (OutOfMemoryError e) {
            return "OutOfMemoryError";
        }
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Bytes allocated and the heap's peak, from the collectors' notifications. */
    private static final class Memory {
        private long startUsed;
        private long collected;
        private long peak;
        private long allocated;
        private volatile CountDownLatch finalCollection;

        void start() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long before = heap(info.getGcInfo().getMemoryUsageBeforeGc());
                    long after = heap(info.getGcInfo().getMemoryUsageAfterGc());
                    synchronized (this) {
                        collected += Math.max(0, before - after);
                        peak = Math.max(peak, before);
                    }
                    CountDownLatch latch = finalCollection;
                    if (latch != null && info.getGcCause().equals("System.gc()")) {
                        latch.countDown();
                    }
                }, n -> n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
            }
            startUsed = heapUsed();
        }

        void stop() throws InterruptedException {
            long used = heapUsed();
            synchronized (this) {
                peak = Math.max(peak, used);
            }
            finalCollection = new CountDownLatch(1);
            System.gc();
            // Notifications arrive in order: once the one for this collection has, every earlier one has.
            finalCollection.await(30, TimeUnit.SECONDS);
            synchronized (this) {
                allocated = collected + heapUsed() - startUsed;
            }
        }

        private static long heapUsed() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getUsage().getUsed()).sum();
        }

        private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(p -> p.getName()).collect(java.util.stream.Collectors.toSet());

        private static long heap(java.util.Map<String, MemoryUsage> pools) {
            return pools.entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }
    }
}
