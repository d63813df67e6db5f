package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Emoji draw on every machine (issue 13): the page's fonts fall back to the Noto Emoji font we ship,
 * served through the page's own scheme, and the page's policy lets in that font and no other. This
 * machine has no emoji font of its own (DejaVu only), so what draws an emoji here is ours.
 */
@Tag("ui")
class EmojiFontTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, in no DejaVu font
    @TempDir
    Path temp;
    private final RecordingListener recorder = new RecordingListener();
    private Stage stage;
    private ChapterView view;
    private Handbook handbook;
    private final java.util.List<Stage> others = new java.util.ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (view != null) {
                view.close();
                stage.close();
            }
            others.forEach(Stage::close);
        }).get(10, TimeUnit.SECONDS);
        if (handbook != null) {
            handbook.close();
        }
    }

    private void show() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        Files.writeString(dir.resolve("smile.md"), "# Smile\n\nWe grow " + EMOJI + " together.\n",
                StandardCharsets.UTF_8);
        handbook = Handbooks.open(dir);
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            view = new ChapterView(handbook, temp.resolve("webview"), recorder, TEXTS);
            stage.setScene(new Scene(new StackPane(view.node()), 800, 600));
            stage.show();
            view.open("smile", "", 0);
        }).get(10, TimeUnit.SECONDS);
        assertEquals("smile", recorder.laidOut.poll(30, TimeUnit.SECONDS), "the chapter was not shown");
    }

    private Object evaluate(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.evaluate(script)).get(10, TimeUnit.SECONDS);
    }

    /**
     * Width of {@code text} in a paragraph of the chapter with this font stack, measured as the page's own
     * text is below: by a range over the text (WebKit rounds a range's box as it lays out the line).
     */
    private double width(String fontFamily, String text) throws Exception {
        return ((Number) evaluate("(function(){var p=document.createElement('p');p.style.fontFamily=\""
                + fontFamily + "\";p.textContent='" + text + "';document.getElementById('chapter').appendChild(p);"
                + "var r=document.createRange();r.selectNodeContents(p);"
                + "var w=r.getBoundingClientRect().width;p.remove();return w;})()")).doubleValue();
    }

    @Test
    void anEmojiInAChapterIsDrawnWithTheShippedFont() throws Exception {
        show();
        // The face loads when the page needs it for the emoji: through peeragogy:, allowed by the policy.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(evaluate(
                "Array.from(document.fonts).some(function(f){return f.family.replace(/\"/g,'')==='Peeragogy Emoji'"
                        + "&&f.status==='loaded';})")));
        // The paragraph as the page lays it out, against the same words in our font and in the text font
        // alone. Whole text nodes are measured: WebKit rounds the box of part of a line to whole pixels.
        String sentence = "We grow " + EMOJI + " together.";
        double inPage = ((Number) evaluate("(function(){var r=document.createRange();"
                + "r.selectNodeContents(document.querySelector('#chapter p'));return r.getBoundingClientRect().width;})()"))
                .doubleValue();
        String pageFonts = (String) evaluate("getComputedStyle(document.querySelector('#chapter p')).fontFamily");
        assertTrue(pageFonts.startsWith("'Peeragogy Emoji'") || pageFonts.startsWith("\"Peeragogy Emoji\""), pageFonts);
        double ours = width("'Peeragogy Emoji', 'DejaVu Serif'", sentence);
        double without = width("'DejaVu Serif'", sentence);
        assertEquals(ours, inPage, 0.01, "the page draws the emoji with our font");
        assertTrue(Math.abs(ours - without) > 1, "without it the emoji is drawn otherwise (a box): " + ours + " " + without);
        // Letters are not drawn with it: the face covers the emoji planes only.
        assertEquals(width("'DejaVu Serif'", "Wg"), width("'Peeragogy Emoji', 'DejaVu Serif'", "Wg"), 0.01);
    }

    @Test
    void thePagePolicyLetsInNoOtherFont() throws Exception {
        show();
        String font;
        try (InputStream in = ChapterView.class.getResourceAsStream("noto-emoji.ttf")) {
            font = Base64.getEncoder().encodeToString(in.readAllBytes());
        }
        String load = "(function(){window.__font='pending';var f=new FontFace('Smuggled','url(data:font/ttf;base64,"
                + font + ")');f.load().then(function(){window.__font='loaded';},function(){window.__font='error';});"
                + "return 0;})()";
        evaluate(load);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !"pending".equals(evaluate("window.__font")));
        assertEquals("error", evaluate("window.__font"), "the policy refuses a font from anywhere else");
        // The control: the same font in a page without our policy loads, so it was the policy that refused.
        WebView[] plain = new WebView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            plain[0] = new WebView();
            Stage s = new Stage();
            others.add(s);
            s.setScene(new Scene(new StackPane(plain[0]), 100, 100));
            s.show();
            plain[0].getEngine().loadContent("<p>control</p>");
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                plain[0].getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED).get());
        WaitForAsyncUtils.asyncFx(() -> plain[0].getEngine().executeScript(load)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !"pending".equals(WaitForAsyncUtils.asyncFx(
                () -> plain[0].getEngine().executeScript("window.__font")).get()));
        assertEquals("loaded", WaitForAsyncUtils.asyncFx(() -> plain[0].getEngine().executeScript("window.__font")).get());
        String csp = (String) evaluate("document.querySelector('meta[http-equiv]').content");
        // Exactly our own font files: the emoji font and the reading settings' Atkinson Hyperlegible (issue 14).
        java.util.regex.Matcher fonts = java.util.regex.Pattern.compile("font-src ([^;]*);").matcher(csp);
        assertTrue(fonts.find(), csp);
        assertEquals(java.util.Set.of("peeragogy://*/_app/noto-emoji.ttf",
                "peeragogy://*/_app/atkinson-hyperlegible-regular.ttf", "peeragogy://*/_app/atkinson-hyperlegible-bold.ttf",
                "peeragogy://*/_app/atkinson-hyperlegible-italic.ttf",
                "peeragogy://*/_app/atkinson-hyperlegible-bold-italic.ttf"), java.util.Set.of(fonts.group(1).split(" ")));
    }
}
