package org.peeragogy.reader.app;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.store.Database;

/**
 * What the screen shows, frame by frame, after the side-by-side harness's jump and search (issue 17, decision 0083).
 * Starts the reader as {@code ../shared/perf/perf.py}'s {@code peeragogy-jar} does ({@code java -jar JAR --handbook
 * H --data-dir FRESH}, the window 1280×1024 at 0,0), waits until the screen has not changed for 3 s, then, as the
 * harness does: <em>jump</em> = the pointer rests 1 s on "10 Play and learning" in the contents (100,654), one click,
 * with 500 highlights saved in that chapter first ({@code -Dframes.highlights=N}; 0 for none, the harness's case);
 * <em>search</em> = Ctrl+Shift+F, 1 s, then "wrapper" pasted with Ctrl+V. After each it grabs the whole X screen as
 * fast as it can for 1.5 s (java.awt.Robot, XGetImage like the harness: about 10–30 ms a grab) and prints every
 * distinct picture: when it was first seen (ms after the click or key had been sent, i.e. after {@code xdotool}
 * returned, the harness's zero) and the box of what changed. Per run it prints:
 * <ul>
 *   <li>{@code page}: the first picture whose page area (x 264–976) differs from the one grabbed just before the click
 *   over 400+ px of height, i.e. the new chapter's text on screen (the harness's OCR figure);</li>
 *   <li>{@code results}: the first picture whose results' area (x 7–251, y 150+) differs from the one before the
 *   key;</li>
 *   <li>{@code final}: the first picture from which the screen stays as it ends, a blinking caret (a change at most
 *   4 px wide) not counted: the harness's "settled".</li>
 * </ul>
 * Medians per jar at the end, with the load average. Needs {@code xdotool} and an X display of 1280×1024 (run it
 * under {@code xvfb-run -s "-screen 0 1280x1024x24"}; with or without a window manager). Several jars are measured
 * in turn, run by run ({@code -Dframes.jars=before=A.jar,after=B.jar}; default {@code target/peeragogy-reader.jar}),
 * {@code -Dframes.runs} times (default 5); {@code -Dframes.out=DIR} keeps every distinct picture as a PNG. A
 * benchmark, not a test (docs/performance.md, "Jump and search on screen"):
 * <pre>
 * mvn -o -q -DskipTests package &amp;&amp; mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * xvfb-run -a -s "-screen 0 1280x1024x24" java -Dframes.runs=7 \
 *     -Dframes.jars=before=/tmp/before/peeragogy-reader.jar,after=target/peeragogy-reader.jar \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) org.peeragogy.reader.app.ScreenFramesBenchmark
 * </pre>
 * A jar measured from elsewhere needs the build's {@code javafx/} folder beside it (a copy or a link of
 * {@code target/javafx}), as the jar finds JavaFX there.
 */
public final class ScreenFramesBenchmark {
    private static final int W = 1280;
    private static final int H = 1024;
    private static final long RECORD_MS = 1500;
    /** Highlights saved in the jumped-to chapter before each start ({@code -Dframes.highlights}, default 500). */
    private static final int HIGHLIGHTS = Integer.getInteger("frames.highlights", 500);

    private final Robot robot;
    private final Path out;

    private ScreenFramesBenchmark(Path out) throws Exception {
        this.robot = new Robot();
        this.out = out;
    }

    /** One grab: when it was taken (ns), its pixels' hash, the pixels. */
    private record Frame(long at, int hash, int[] pixels) {
    }

    /** One action's figures (ms after the action; -1 when it never happened within the recording). */
    record Figures(double first, double content, double settled, int pictures) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("frames.runs", 5);
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String spec : System.getProperty("frames.jars", "jar=target/peeragogy-reader.jar").split(",")) {
            String[] kv = spec.split("=", 2);
            jars.put(kv[0], Path.of(kv[1]));
        }
        String out = System.getProperty("frames.out");
        ScreenFramesBenchmark b = new ScreenFramesBenchmark(out == null ? null : Files.createDirectories(Path.of(out)));
        Path handbook = TestHandbooks.real();
        Map<String, List<Figures>> jumps = new LinkedHashMap<>();
        Map<String, List<Figures>> searches = new LinkedHashMap<>();
        System.out.println("# screen frames after the harness's jump and search; load average " + ProcFs.loadAverage());
        for (int r = 1; r <= runs; r++) {
            for (Map.Entry<String, Path> jar : jars.entrySet()) {
                Figures[] f = b.run(jar.getKey() + "-" + r, jar.getValue(), handbook);
                if (f != null) {
                    jumps.computeIfAbsent(jar.getKey(), k -> new ArrayList<>()).add(f[0]);
                    searches.computeIfAbsent(jar.getKey(), k -> new ArrayList<>()).add(f[1]);
                }
            }
        }
        for (String jar : jars.keySet()) {
            System.out.printf("%s: jump, page on screen median %s ms, settled %s ms; search, results on screen median"
                            + " %s ms, settled %s ms (%d runs)%n", jar,
                    median(jumps.get(jar), Figures::content), median(jumps.get(jar), Figures::settled),
                    median(searches.get(jar), Figures::content), median(searches.get(jar), Figures::settled),
                    jumps.getOrDefault(jar, List.of()).size());
        }
        System.out.println("# load average at the end " + ProcFs.loadAverage());
        System.exit(0);
    }

    private static String median(List<Figures> fs, java.util.function.ToDoubleFunction<Figures> f) {
        if (fs == null || fs.isEmpty()) {
            return "-";
        }
        // A run where nothing changed within the recording (-1: a click the window did not take) is left out, and said.
        double[] v = fs.stream().mapToDouble(f).filter(x -> x >= 0).sorted().toArray();
        int missed = fs.size() - v.length;
        return v.length == 0 ? "- (" + missed + " missed)" : String.format("%.0f (%.0f–%.0f%s)", v[v.length / 2], v[0],
                v[v.length - 1], missed == 0 ? "" : ", " + missed + " missed");
    }

    /** One start of the reader: the jump, then the search; null when the window never settled. */
    private Figures[] run(String tag, Path jar, Path handbook) throws Exception {
        Path data = Files.createTempDirectory("frames-data");
        try (Database d = Database.open(data)) {
            d.settings().put("window.bounds", "0,0," + W + "," + H);
            if (HIGHLIGHTS > 0) {
                highlights(d, handbook);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--handbook", handbook.toString(),
                "--data-dir", data.toString()).redirectErrorStream(true)
                .redirectOutput(data.resolve("reader.log").toFile()).start();
        try {
            if (!settle(3000, 90_000)) {
                System.out.println(tag + ": the window never settled");
                return null;
            }
            xdo("mousemove", "100", "654");
            Thread.sleep(1000);
            settle(1000, 10_000);
            Frame before = grab();
            long t = sent("click", "1");
            Figures jump = report(tag + " jump", t, before, record(t), 264, 976, 0, 400);
            xdo("mousemove", "640", "600");
            settle(1500, 10_000);
            xdo("key", "ctrl+shift+f");
            Thread.sleep(1000);
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("wrapper"), null);
            settle(1500, 10_000);
            before = grab();
            t = sent("key", "ctrl+v");
            Figures search = report(tag + " search", t, before, record(t), 7, 251, 150, 1);
            return new Figures[] {jump, search};
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /**
     * {@link #HIGHLIGHTS} highlights spread over "Play and learning" (the chapter the jump opens), a third with a
     * note, as {@code ReaderBenchmark}'s 500 highlights are made, so that the jump paints them (issue 17's goal).
     */
    private static void highlights(Database d, Path handbookDir) throws Exception {
        org.peeragogy.reader.book.Handbook handbook = org.peeragogy.reader.content.Handbooks.open(handbookDir);
        String id = handbook.book().chapters().stream().filter(c -> c.title().equals("Play and learning"))
                .findFirst().orElseThrow().id();
        org.peeragogy.reader.content.anchoring.ChapterText text =
                org.peeragogy.reader.content.anchoring.ChapterText.of(handbook.render(id).html());
        int step = text.length() / HIGHLIGHTS;
        for (int i = 0; i < HIGHLIGHTS; i++) {
            int start = i * step;
            int end = Math.min(text.length(), start + Math.max(4, step / 2));
            org.peeragogy.reader.book.Annotation.Colour colour =
                    org.peeragogy.reader.book.Annotation.Colour.values()[i % 5];
            d.annotations().create(new org.peeragogy.reader.store.AnnotationStore.Draft(handbook.book().identity(),
                    id, org.peeragogy.reader.book.Annotation.Kind.HIGHLIGHT, colour, i % 3 == 0 ? "note" : "",
                    List.of(), "Bench", java.util.Optional.of(
                            org.peeragogy.reader.content.anchoring.Anchoring.describe(text, start, end))));
        }
    }

    /** Runs xdotool and returns System.nanoTime() when it has returned (the harness's zero). */
    private static long sent(String... args) throws Exception {
        xdo(args);
        return System.nanoTime();
    }

    private static void xdo(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(Arrays.asList(args));
        new ProcessBuilder(cmd).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    private Frame grab() {
        BufferedImage img = robot.createScreenCapture(new Rectangle(0, 0, W, H));
        int[] px = img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_INT_ARGB
                ? ((DataBufferInt) img.getRaster().getDataBuffer()).getData() : img.getRGB(0, 0, W, H, null, 0, W);
        return new Frame(System.nanoTime(), Arrays.hashCode(px), px.clone());
    }

    /** Waits until the screen has not changed for {@code quietMs}; false when that took longer than {@code maxMs}. */
    private boolean settle(long quietMs, long maxMs) throws InterruptedException {
        long start = System.nanoTime();
        int last = 0;
        long since = start;
        while (System.nanoTime() - start < maxMs * 1_000_000L) {
            int h = grab().hash();
            long now = System.nanoTime();
            if (h != last) {
                last = h;
                since = now;
            } else if (now - since >= quietMs * 1_000_000L) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Every grab for {@link #RECORD_MS} after {@code t}, pixels kept only where they differ from the grab before. */
    private List<Frame> record(long t) {
        List<Frame> frames = new ArrayList<>();
        while (System.nanoTime() - t < RECORD_MS * 1_000_000L) {
            Frame f = grab();
            boolean same = !frames.isEmpty() && frames.get(frames.size() - 1).hash() == f.hash();
            frames.add(same ? new Frame(f.at(), f.hash(), null) : f);
        }
        return frames;
    }

    /**
     * Prints the distinct pictures and returns the figures; {@code content} is the first picture that differs from
     * {@code before} (grabbed just before the action) within x {@code x0}–{@code x1}, y ≥ {@code y0}, over at least
     * {@code minHeight} px of height.
     */
    private Figures report(String tag, long t, Frame before, List<Frame> frames, int x0, int x1, int y0,
                           int minHeight) throws IOException {
        StringBuilder line = new StringBuilder(tag + ": " + frames.size() + " grabs; pictures (ms: changed box)");
        int[] first = before.pixels();
        int[] prev = before.pixels();
        double content = -1;
        List<double[]> distinct = new ArrayList<>();
        for (Frame f : frames) {
            if (f.pixels() == null) {
                continue;
            }
            double ms = (f.at() - t) / 1e6;
            int[] box = box(prev, f.pixels(), 0, W, 0);
            line.append(String.format(" %.0f%s", ms, box == null ? "" : ":" + Arrays.toString(box)));
            int[] vsFirst = box(first, f.pixels(), x0, x1, y0);
            if (content < 0 && vsFirst != null && vsFirst[3] - vsFirst[1] >= minHeight) {
                content = ms;
            }
            distinct.add(new double[] {ms, box == null ? 0 : box[2] - box[0]});
            if (out != null) {
                BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
                img.setRGB(0, 0, W, H, f.pixels(), 0, W);
                javax.imageio.ImageIO.write(img, "png", out.resolve(tag.replace(' ', '-')
                        + String.format("-%04.0fms.png", ms)).toFile());
            }
            prev = f.pixels();
        }
        // Settled: the last picture that was more than a caret's blink (a change over 4 px wide); -1 if none was.
        double settled = -1;
        for (double[] d : distinct) {
            if (d[1] > 4) {
                settled = d[0];
            }
        }
        System.out.println(line);
        System.out.printf("%s: first grab %.0f ms, %s %.0f ms, final %.0f ms%n", tag, distinct.get(0)[0],
                y0 == 0 ? "page" : "results", content, settled);
        return new Figures(distinct.get(0)[0], content, settled, distinct.size());
    }

    /** The box {x0, y0, x1, y1} where {@code a} and {@code b} differ within x0–x1 and y ≥ y0; null when nowhere. */
    private static int[] box(int[] a, int[] b, int xFrom, int xTo, int yFrom) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = yFrom; y < H; y++) {
            int row = y * W;
            for (int x = xFrom; x < xTo; x++) {
                if (a[row + x] != b[row + x]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX + 1, maxY + 1};
    }
}
