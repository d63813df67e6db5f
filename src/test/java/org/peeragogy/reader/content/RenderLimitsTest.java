package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.NeedsRealHandbook;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;

/**
 * The limits leave a wide margin above everything in the real handbook (the figures of
 * {@link RenderLimits}' comment are what these measure), and no chapter or image of it is refused.
 */
@NeedsRealHandbook
class RenderLimitsTest {
    /** Each limit is at least this many times what the handbook needs (5 for images, whose files vary most). */
    private static final int MARGIN = 10;
    private static final int IMAGE_MARGIN = 5;
    private static final RenderLimits LIMITS = RenderLimits.STANDARD;

    private static Handbook handbook;
    private static List<Path> chapters;

    @BeforeAll
    static void open() throws Exception {
        handbook = Handbooks.open(TestHandbooks.real());
        try (Stream<Path> walk = Files.walk(TestHandbooks.real())) {
            chapters = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @AfterAll
    static void close() throws Exception {
        handbook.close();
    }

    @Test
    void everyChapterIsWellWithinTheSizeAndScreenLimits() throws Exception {
        long bytes = 0;
        int depth = 0;
        int marks = 0;
        long backticks = 0;
        int pipes = 0;
        for (Path p : chapters) {
            bytes = Math.max(bytes, Files.size(p));
            ChapterScreen.Measures m = ChapterScreen.measure(Files.readString(p, StandardCharsets.UTF_8));
            depth = Math.max(depth, m.blockDepth());
            marks = Math.max(marks, m.paragraphMarks());
            backticks = Math.max(backticks, m.backtickWork());
            pipes = Math.max(pipes, m.paragraphPipes());
        }
        String figures = "bytes " + bytes + ", depth " + depth + ", marks " + marks + ", backtick work " + backticks
                + ", table cells " + pipes;
        assertTrue(bytes * MARGIN <= LIMITS.maxChapterBytes(), figures);
        assertTrue(depth * MARGIN <= LIMITS.maxNesting(), figures);
        assertTrue(marks * MARGIN <= LIMITS.maxParagraphMarks(), figures);
        assertTrue(backticks * MARGIN <= LIMITS.maxBacktickWork(), figures);
        assertTrue(pipes * MARGIN <= LIMITS.maxNodes() / 2, figures);
    }

    @Test
    void everyPageIsWellWithinTheDepthAndOutputLimits() throws Exception {
        int deepest = 0;
        int longest = 0;
        int parts = 0;
        for (Chapter c : handbook.book().chapters()) {
            com.vladsch.flexmark.util.ast.Document doc = Markdown.parse(Files.readString(TestHandbooks.real().resolve(c.path())));
            parts = Math.max(parts, parts(doc));
            String html = Markdown.toHtml(doc);
            longest = Math.max(longest, html.length());
            deepest = Math.max(deepest, depth(Jsoup.parseBodyFragment(html).body()));
        }
        assertTrue(deepest * MARGIN <= LIMITS.maxElementDepth(), "deepest page " + deepest);
        assertTrue(longest * MARGIN <= LIMITS.maxHtmlChars(), "longest HTML " + longest);
        assertTrue(parts * MARGIN <= LIMITS.maxNodes(), "most parts " + parts);
    }

    private static int parts(com.vladsch.flexmark.util.ast.Node root) {
        int count = 0;
        java.util.Deque<com.vladsch.flexmark.util.ast.Node> open = new java.util.ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            com.vladsch.flexmark.util.ast.Node n = open.pop();
            count++;
            for (var child = n.getFirstChild(); child != null; child = child.getNext()) {
                open.push(child);
            }
        }
        return count;
    }

    private static int depth(Element root) {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                max[0] = Math.max(max[0], depth);
            }
        }, root);
        return max[0];
    }

    @Test
    void everyImageIsWellWithinTheImageLimits() throws Exception {
        long pixels = 0;
        long bytes = 0;
        List<Path> images;
        try (Stream<Path> walk = Files.walk(TestHandbooks.real())) {
            images = walk.filter(p -> p.toString().matches("(?i).*\\.(png|jpe?g|gif|webp)$")).toList();
        }
        for (Path p : images) {
            byte[] b = Files.readAllBytes(p);
            bytes = Math.max(bytes, b.length);
            pixels = Math.max(pixels, ImageHeader.read(b).orElseThrow(() -> new AssertionError(p)).pixels());
        }
        assertTrue(images.size() > 60, images::toString);
        assertTrue(pixels * IMAGE_MARGIN <= LIMITS.maxImagePixels(), "largest image " + pixels + " pixels");
        assertTrue(bytes * IMAGE_MARGIN <= LIMITS.maxImageBytes(), "largest image file " + bytes + " bytes");
    }

    @Test
    void noChapterOrImageOfTheHandbookIsRefused() throws Exception {
        CheckReport report = Handbooks.check(handbook);
        assertEquals(0, report.count(Problem.Kind.NOT_SHOWN), report.problems()::toString);
        assertEquals(0, report.count(Problem.Kind.IMAGE_REFUSED), report.problems()::toString);
        assertEquals(List.of(), Handbooks.screen(handbook));
    }
}
