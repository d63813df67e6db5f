package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.ui.web.Showing;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import java.util.Optional;

/**
 * Prints start-up, chapter-switch and memory figures (docs/performance.md says how to run it).
 * A benchmark, not a test: it asserts nothing and prints medians for people to compare.
 */
public final class ReaderBenchmark {
    private static final Pattern FIRST_CHAPTER = Pattern.compile("first-chapter-ms=(\\d+)");

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 7);
        Path jar = Path.of("target", "peeragogy-reader.jar");
        System.out.println("# Peeragogy Reader benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        smoke(jar, runs);
        saveLatency();
        chapterSwitches();
        Runtime.getRuntime().halt(0);
    }

    /**
     * Start-up of the real jar in fresh JVMs, side by side: the jar as built (JavaFX's native
     * libraries unpacked beside it) and a lone copy of it (JavaFX extracts and hashes them at each
     * start). --smoke prints first-chapter-ms; GNU time gives the peak RSS.
     */
    private static void smoke(Path jar, int runs) throws IOException, InterruptedException {
        if (!Files.exists(jar)) {
            System.out.println("smoke: skipped, build the jar first (mvn -DskipTests package)");
            return;
        }
        Path alone = Files.createTempDirectory("bench-jar").resolve("peeragogy-reader.jar");
        Files.copy(jar, alone);
        List<Long> besideMs = new ArrayList<>();
        List<Long> aloneMs = new ArrayList<>();
        List<Long> peakKb = new ArrayList<>();
        Path launcher = Path.of("target", "package", "peeragogy-reader", "bin", "peeragogy-reader");
        boolean packaged = Files.isExecutable(launcher);
        List<Long> packagedMs = new ArrayList<>();
        List<Long> packagedKb = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            smokeOnce(List.of(java(), "-jar", jar.toString()), besideMs, peakKb);
            smokeOnce(List.of(java(), "-jar", alone.toString()), aloneMs, new ArrayList<>());
            if (packaged) {
                smokeOnce(List.of(launcher.toString()), packagedMs, packagedKb);
            }
        }
        if (packaged) {
            System.out.println("smoke first-chapter-ms, packaged launcher (" + packagedMs.size() + " runs): median "
                    + median(packagedMs) + ", min " + Collections.min(packagedMs) + ", max " + Collections.max(packagedMs)
                    + "  all " + packagedMs + "; peak RSS MB median " + median(packagedKb) / 1024);
        } else {
            System.out.println("smoke of the packaged app: skipped, build it first (xvfb-run -a packaging/build.sh)");
        }
        System.out.println("smoke first-chapter-ms, java -jar target/peeragogy-reader.jar (" + besideMs.size()
                + " runs): median " + median(besideMs) + ", min " + Collections.min(besideMs) + ", max "
                + Collections.max(besideMs) + "  all " + besideMs);
        System.out.println("smoke first-chapter-ms, the same jar copied alone (" + aloneMs.size() + " runs): median "
                + median(aloneMs) + "  all " + aloneMs);
        System.out.printf("ratio alone / as built: %.2f%n", median(aloneMs) / (double) median(besideMs));
        if (!peakKb.isEmpty()) {
            System.out.println("smoke peak RSS MB (as built): median " + median(peakKb) / 1024);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void smokeOnce(List<String> program, List<Long> ms, List<Long> peakKb)
            throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("bench-data");
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "peak-rss-kb=%M"));
        }
        cmd.addAll(program);
        cmd.addAll(List.of("--data-dir", data.toString(), "--smoke", "pattern-wrapper"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        Matcher m = FIRST_CHAPTER.matcher(out);
        if (m.find()) {
            ms.add(Long.parseLong(m.group(1)));
        } else {
            System.out.println("smoke run printed no figure: " + out.strip());
        }
        Matcher r = Pattern.compile("peak-rss-kb=(\\d+)").matcher(out);
        if (r.find()) {
            peakKb.add(Long.parseLong(r.group(1)));
        }
    }

    /** Every chapter in reading order, twice, in one window: from asking to painted. */
    private static void chapterSwitches() throws Exception {
        Path data = Files.createTempDirectory("bench-window");
        // WebKit's timers as the reader runs them (ProcessSettings), unless given on the command line.
        if (System.getProperty(ProcessSettings.WEBKIT_TICKS) == null) {
            System.setProperty(ProcessSettings.WEBKIT_TICKS, "false");
        }
        System.out.println("WebKit's timers: " + ProcessSettings.WEBKIT_TICKS + "="
                + System.getProperty(ProcessSettings.WEBKIT_TICKS));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Database db = Database.open(data);
        Handbook handbook = Handbooks.open(TestHandbooks.real());
        BlockingQueue<String> laidOut = new LinkedBlockingQueue<>();
        ReaderSession[] session = new ReaderSession[1];
        onFx(() -> {
            Stage stage = new Stage();
            session[0] = new ReaderSession(stage, db, handbook, data, url -> { });
            session[0].window().addLaidOutListener((id, f) -> laidOut.add(id));
            session[0].window().show(null);
        });
        laidOut.poll(30, TimeUnit.SECONDS);
        System.out.println("window RSS MB with the first chapter shown: " + status("VmRSS") / 1024);
        List<Chapter> chapters = handbook.book().chapters();
        // Processor time beside the clock's: the machine is shared, and what a switch costs the FX thread (and the
        // whole process) holds when the clock's time does not.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] fxThread = new long[1];
        // A reader reads a little before the next chapter; 0 (the default): one chapter right after the other.
        long settle = Long.getLong("bench.settleMs", 0);
        onFx(() -> fxThread[0] = Thread.currentThread().getId());
        for (int pass = 1; pass <= 2; pass++) {
            List<Long> micros = new ArrayList<>();
            List<Showing> showings = new ArrayList<>();
            long fxCpu0 = threads.getThreadCpuTime(fxThread[0]);
            long cpu0 = os.getProcessCpuTime();
            for (Chapter c : chapters) {
                if (c.id().equals(session[0].viewModel().chapterProperty().get().id())) {
                    continue;
                }
                if (settle > 0) {
                    Thread.sleep(settle);
                }
                long t0 = System.nanoTime();
                long[] opening = new long[1];
                onFx(() -> {
                    long o0 = System.nanoTime();
                    session[0].viewModel().open(c.id(), "");
                    opening[0] = System.nanoTime() - o0;
                });
                String seen;
                do {
                    seen = laidOut.poll(30, TimeUnit.SECONDS);
                } while (seen != null && !seen.equals(c.id()));
                long took = (System.nanoTime() - t0) / 1000;
                micros.add(took);
                onFx(() -> session[0].window().chapterView().lastShowing()
                        .filter(s -> s.chapterId().equals(c.id())).ifPresent(s -> {
                            Map<String, Double> marks = new java.util.HashMap<>(s.page());
                            marks.put("opening", opening[0] / 1e6);
                            showings.add(new Showing(s.chapterId(), s.renderedAhead(), s.render(), s.document(),
                                    s.paint(), s.listeners(), took / 1000.0, marks));
                        }));
            }
            long fxCpu = threads.getThreadCpuTime(fxThread[0]) - fxCpu0;
            long cpu = os.getProcessCpuTime() - cpu0;
            Collections.sort(micros);
            System.out.printf("chapter switch ms, pass %d (%s%s), %d chapters: median %.1f, p95 %.1f, max %.1f%n",
                    pass, pass == 1 ? "first visit" : "revisit", settle > 0 ? ", " + settle + " ms between" : "",
                    micros.size(), median(micros) / 1000.0,
                    micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
            System.out.printf("  processor ms per switch: FX thread %.1f, whole process %.1f; load average %s%n",
                    fxCpu / 1e6 / micros.size(), cpu / 1e6 / micros.size(), loadAverage());
            printStages(showings);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.println("window RSS MB after visiting every chapter twice: " + status("VmRSS") / 1024
                + " (peak " + status("VmHWM") / 1024 + "; Java heap committed " + rt.totalMemory() / (1 << 20)
                + ", used " + (rt.totalMemory() - rt.freeMemory()) / (1 << 20) + ")");
        fiveHundredHighlights(session[0], handbook, db, laidOut);
        searchInTheWindow(session[0]);
    }

    /**
     * Where a switch's time went (ChapterView's {@link Showing}), median and p95 of each step: the FX thread's time in
     * the view-model's open (the listeners of the new chapter: contents, status bar…; when the page was rendered ahead
     * its load has started before them and waits for them, so this overlaps the next steps), the render (0 when
     * rendered ahead), the page loading until the host calls its restore (within it, the page's own marks: to reader.js
     * running, to parsed), from there to laidOut (within it, restore to the second frame), the window's listeners of
     * laidOut, and the rest (this benchmark's time minus the view's steps; here {@code total} holds the benchmark's
     * time and {@code page} the "opening" time besides the page's marks).
     */
    private static void printStages(List<Showing> showings) {
        if (showings.isEmpty()) {
            return;
        }
        Map<String, java.util.function.ToDoubleFunction<Showing>> steps = new java.util.LinkedHashMap<>();
        steps.put("asking: the chapter's listeners (FX thread)", s -> s.page().getOrDefault("opening", Double.NaN));
        steps.put("render", Showing::render);
        steps.put("page in hand to restore called", Showing::document);
        steps.put("  of which: to reader.js running", s -> s.page().getOrDefault("script", Double.NaN));
        steps.put("  of which: reader.js to parsed", s -> s.page().getOrDefault("parsed", Double.NaN)
                - s.page().getOrDefault("script", Double.NaN));
        steps.put("restore called to laidOut", Showing::paint);
        steps.put("  of which: restore to painted (2 frames)", s -> s.page().getOrDefault("painted", Double.NaN)
                - s.page().getOrDefault("restore", Double.NaN));
        steps.put("the window's listeners of laidOut", Showing::listeners);
        steps.put("the rest (the FX thread's queue, this benchmark)", s -> s.total() - s.render() - s.document()
                - s.paint() - s.listeners());
        long ahead = showings.stream().filter(Showing::renderedAhead).count();
        System.out.printf("  steps (%d switches, %d rendered ahead), median / p95 ms:%n", showings.size(), ahead);
        steps.forEach((name, f) -> {
            List<Double> v = showings.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).sorted().boxed().toList();
            if (!v.isEmpty()) {
                System.out.printf("    %-42s %7.1f %7.1f%n", name, v.get(v.size() / 2),
                        v.get((int) Math.ceil(v.size() * 0.95) - 1));
            }
        });
    }

    /**
     * From a query being typed to its results published in the window's list: the query on the
     * search thread, then the FX thread. The window waits 120 ms after the last keystroke first.
     */
    private static void searchInTheWindow(ReaderSession session) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (session.search().indexingProperty().get() >= 0) {
            if (System.nanoTime() > deadline) {
                System.out.println("search in the window: skipped, the index was not ready");
                return;
            }
            onFx(() -> { });
        }
        List<String> queries = List.of("wrapper role", "peer", "peeragogy", "collab", "\"peer learning\"", "motivation",
                "5PH1NX", "heartbeat", "learning together", "assessment", "wiki", "forum", "roadmap", "newcomer",
                "case study", "co", "the", "facilitation", "mooc", "play");
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String q : queries) {
                java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
                javafx.collections.ListChangeListener<Object> listener = c -> shown.countDown();
                long[] t0 = new long[1];
                onFx(() -> {
                    session.search().results().addListener(listener);
                    t0[0] = System.nanoTime();
                    session.search().queryProperty().set(q);
                    session.search().search();
                });
                shown.await(10, TimeUnit.SECONDS);
                long took = (System.nanoTime() - t0[0]) / 1000;
                onFx(() -> session.search().results().removeListener(listener));
                micros.add(took);
                onFx(() -> {
                    session.search().queryProperty().set("");
                    session.search().search();
                });
            }
        }
        Collections.sort(micros);
        System.out.printf("search in the window, query to results in the list (%d queries; each"
                + " key searches at once, decision 0034): p50 %.1f ms, p95 %.1f ms%n", micros.size(), median(micros) / 1000.0,
                micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0);
    }


    /** Saving one highlight: a committed transaction with synchronous=FULL, as every save is. */
    private static void saveLatency() throws Exception {
        Path data = Files.createTempDirectory("bench-save");
        try (Database db = Database.open(data)) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long t0 = System.nanoTime();
                db.annotations().create(new AnnotationStore.Draft("bench", "wiki", Annotation.Kind.HIGHLIGHT,
                        Annotation.Colour.YELLOW, "note " + i, List.of("t"), "Bench", Optional.of(new TextAnchor(
                        new TextQuoteSelector("quoted words " + i, "before ", " after"),
                        new TextPositionSelector(i, i + 12), "b1", "f"))));
                micros.add((System.nanoTime() - t0) / 1000);
            }
            Collections.sort(micros);
            System.out.printf("save one highlight ms (300 saves): p50 %.2f, p95 %.2f, max %.2f%n", median(micros) / 1000.0,
                    micros.get(284) / 1000.0, micros.get(299) / 1000.0);
        }
    }

    /**
     * 500 highlights on the longest chapter: anchoring them all (unchanged text) and painting them
     * in the page, including the layout the paint forces. Medians of 7.
     */
    private static void fiveHundredHighlights(ReaderSession session, Handbook handbook, Database db,
                                              BlockingQueue<String> laidOut) throws Exception {
        String longest = handbook.book().chapters().stream()
                .max(java.util.Comparator.comparingInt(c -> {
                    try {
                        return ChapterText.of(handbook.render(c.id()).html()).length();
                    } catch (IOException e) {
                        return 0;
                    }
                })).orElseThrow().id();
        ChapterText text = ChapterText.of(handbook.render(longest).html());
        int step = text.length() / 500;
        for (int i = 0; i < 500; i++) {
            int start = i * step;
            int end = Math.min(text.length(), start + Math.max(8, step / 2));
            if (text.text().substring(start, end).isBlank()) {
                end = Math.min(text.length(), end + 20);
            }
            db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), longest,
                    Annotation.Kind.HIGHLIGHT, Annotation.Colour.values()[i % 5], i % 3 == 0 ? "note" : "", List.of(),
                    "Bench", Optional.of(Anchoring.describe(text, start, end))));
        }
        onFx(() -> session.viewModel().open(longest, ""));
        String seen;
        do {
            seen = laidOut.poll(30, TimeUnit.SECONDS);
        } while (seen != null && !seen.equals(longest));
        List<TextAnchor> anchors = db.annotations().chapter(handbook.book().identity(), longest).stream()
                .map(a -> a.anchor().orElseThrow()).toList();
        List<Long> anchor = new ArrayList<>();
        List<Long> window = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long a0 = System.nanoTime();
            anchors.forEach(a -> Anchoring.locate(text, a));
            anchor.add((System.nanoTime() - a0) / 1000);
            long[] t = new long[2];
            CompletableFuture<Void> painted = new CompletableFuture<>();
            // The notes are read and anchored on the notes loader's thread; the figure runs until they are
            // painted and laid out on the FX thread.
            onFx(() -> {
                t[0] = System.nanoTime();
                session.notes().refresh();
                session.notes().whenCurrent(() -> {
                    session.window().chapterView().evaluate("document.body.offsetHeight");
                    t[1] = System.nanoTime();
                    painted.complete(null);
                });
            });
            painted.get(30, TimeUnit.SECONDS);
            window.add((t[1] - t[0]) / 1000);
        }
        int painted = fxValue(() -> session.notes().toPaint().size());
        System.out.printf("500 highlights on '%s' (%d chars, %d placed): anchoring all %.1f ms; in the window, read"
                + " + anchor + paint + layout %.1f ms (medians of 7)%n", longest, text.length(), painted,
                median(anchor) / 1000.0, median(window) / 1000.0);
    }

    private static <T> T fxValue(java.util.function.Supplier<T> s) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(s.get()));
        return done.get(30, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /** The machine's load averages (1, 5, 15 minutes), as uptime prints them. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
