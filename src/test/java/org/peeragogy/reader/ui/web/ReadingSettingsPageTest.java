package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.content.Handbooks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading settings in the real WebView (issue 14): at WCAG 1.4.12's spacing (line height 1.5, 2 after
 * paragraphs, letters 0.12, words 0.16 times the font size) and at our largest (line height 2), with the bundled
 * Atkinson Hyperlegible, no line of text overlaps another and nothing is clipped or pushed off the page; highlights
 * still paint on the words they belong to, each colour with its own underline on request; italics go upright; a
 * chapter's own justified text is left-aligned. The chapter is one written here to hold each kind of block.
 */
@Tag("ui")
class ReadingSettingsPageTest {
    /** The window's words in English, as the tests read them. */

    /** WCAG 2.2 SC 1.4.12's levels exactly, and everything at our largest (ui.ReadingSettings.LARGEST). */
    static final String WCAG = "font=legible,line=1.5,para=2,letter=0.12,word=0.16";
    static final String LARGEST = "font=legible,line=2,para=2,letter=0.12,word=0.16,upright=1,patterns=1";
    static final String CHAPTER = """
            ---
            title: Spacing
            ---

            ## A heading long enough to wrap onto a second line at this width, as the handbook's often do

            The *first* paragraph holds _emphasis_, a **strong** word, `inline code`, a [link](other.md) and a
            footnote.[^1] Peeragogy is the practice of learning together; this sentence runs on so that it wraps
            several times across the column at every text size and spacing, so lines meet lines.

            <p style="text-align: justify">A paragraph the handbook justifies itself: its lines would be stretched to
            both edges, word gaps made uneven, which readers with dyslexia find hard; the reader sets it left.</p>

            - A list item with enough words in it to wrap across the column at the larger spacings here
            - A second item: averylongwordwithoutanyplacetobreakitthatmustwrapsomehowanyway and more

            > A quotation, indented and ruled, long enough to take two lines or more once the letters spread out.

            | Role | What it does in a peer learning group |
            |------|----------------------------------------|
            | Wrapper | Sums up what was said so far, so latecomers and the group itself can follow along |

            ```
            code block line one
            code block line two, a little longer than the first
            ```

            [^1]: The footnote's own text, which also wraps at the larger spacings.
            """;

    @TempDir
    Path temp;
    private ShownPage shown;
    private ChapterView view;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS); // a busy machine is slow to make a WebView
    }

    private Object page(String script) throws Exception {
        return fx(() -> view.evaluate(script));
    }

    private void show(String reading, int width) throws Exception {
        show(reading, width, () -> { });
    }

    /** As {@link #show(String, int)}; {@code whileLoading} runs on the FX thread as the chapter's page starts loading. */
    private void show(String reading, int width, Runnable whileLoading) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        Files.writeString(dir.resolve("spacing.md"), CHAPTER);
        Files.writeString(dir.resolve("other.md"), "# Other\n\nAnother chapter.\n");
        shown = new ShownPage(temp.resolve("webview"));
        shown.open(Handbooks.open(dir), null, width);
        view = shown.view();
        fx(() -> {
            view.setReading(reading);
            ((javafx.scene.web.WebView) view.node()).getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == javafx.concurrent.Worker.State.RUNNING) {
                    whileLoading.run();
                }
            });
            return null;
        });
        shown.show("spacing");
    }

    /** Waits until the page has loaded Atkinson Hyperlegible, which only the page's policy could refuse. */
    private void awaitLegibleFont() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(page(
                "Array.from(document.fonts).some(function(f){return f.family.replace(/[\"']/g,'')==='Atkinson Hyperlegible'"
                        + " && f.status==='loaded';})")));
    }

    /** A computed style of the first element matching {@code selector}, as a number of pixels. */
    private double px(String selector, String property) throws Exception {
        return Double.parseDouble(String.valueOf(page("parseFloat(getComputedStyle(document.querySelector('"
                + selector + "')).getPropertyValue('" + property + "'))")));
    }

    /**
     * Every pair of text line boxes that overlap (by more than half a pixel each way; the footnote's pop-over is
     * compared with itself, since it lies over the text by design), every element that hides
     * content it does not show (overflow hidden or clip with more inside than fits), and text outside the page's
     * width: what WCAG 1.4.12 calls loss of content. Empty when all is well.
     */
    private static final String PROBLEMS = """
            (function(){
              var out = [], boxes = [];
              var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, null);
              for (var n = walk.nextNode(); n; n = walk.nextNode()) {
                if (!n.data.trim() || n.parentNode.closest('.word-gap')) continue;
                var r = document.createRange(); r.selectNodeContents(n);
                Array.prototype.forEach.call(r.getClientRects(), function(b){
                  if (b.width > 0.5 && b.height > 0.5) boxes.push({b: b, t: n.data.trim().slice(0, 30),
                      over: !!n.parentNode.closest('.pr-footnote')});
                });
              }
              var width = document.documentElement.clientWidth;
              boxes.forEach(function(x, i){
                if (x.b.left < -0.5 || x.b.right > width + 0.5) out.push('off the page: ' + x.t);
                for (var j = i + 1; j < boxes.length; j++) {
                  var y = boxes[j];
                  if (x.over !== y.over) continue; // the pop-over lies over the text by design
                  var w = Math.min(x.b.right, y.b.right) - Math.max(x.b.left, y.b.left);
                  var h = Math.min(x.b.bottom, y.b.bottom) - Math.max(x.b.top, y.b.top);
                  if (w > 0.5 && h > 0.5) out.push('overlap: "' + x.t + '" and "' + y.t + '"');
                }
              });
              Array.prototype.forEach.call(document.body.querySelectorAll('*'), function(e){
                var s = getComputedStyle(e);
                var hides = function(v){ return v === 'hidden' || v === 'clip'; };
                if ((hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1)
                    || (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1)) out.push('clipped: ' + e.tagName);
              });
              if (document.documentElement.scrollWidth > width + 1) out.push('the page scrolls sideways');
              return out.join('\\n');
            })()""";

    /**
     * A theme and reading settings set while the chapter's page is loading (the guide opened as they are changed, a
     * slow machine) were not in its address and had no page to go to: the page takes them once it has loaded, instead
     * of showing the old ones until the next chapter (found by the guide's test under load).
     */
    @Test
    void aThemeAndReadingSettingsSetWhileTheChapterLoadsAreTakenByItOnceLoaded() throws Exception {
        java.util.concurrent.atomic.AtomicInteger set = new java.util.concurrent.atomic.AtomicInteger();
        show("", 800, () -> {
            if (set.getAndIncrement() == 0) {
                view.setTheme("dark");
                view.setReading(WCAG);
            }
        });
        assertEquals(1, set.get(), "set once, while the page was loading");
        String classes = String.valueOf(page("document.documentElement.className"));
        assertTrue(classes.contains("theme-dark") && classes.contains("pr-font-legible"), classes);
        assertEquals(0.12 * px("#chapter p", "font-size"), px("#chapter p", "letter-spacing"), 0.1, "letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {WCAG, LARGEST})
    void atWcagsTextSpacingAndAtTheLargestNoLineOverlapsAnotherAndNothingIsClipped(String reading) throws Exception {
        show(reading, 800);
        awaitLegibleFont();
        double font = px("#chapter p", "font-size");
        double line = reading.contains("line=2") ? 2 : 1.5;
        assertEquals(line * font, px("#chapter p", "line-height"), 0.5, "line height");
        assertEquals(2 * font, px("#chapter p", "margin-bottom"), 0.5, "after a paragraph");
        assertEquals(0.12 * font, px("#chapter p", "letter-spacing"), 0.1, "letters");
        assertEquals(0.16 * font, px("#chapter p", "word-spacing"), 0.1, "words");
        // Each element's spacing is its own font size's, not inherited as the body's pixels.
        double heading = px("#chapter h2", "font-size");
        assertEquals(0.12 * heading, px("#chapter h2", "letter-spacing"), 0.1, "a heading's letters");
        assertEquals(line * heading, px("#chapter h2", "line-height"), 0.5, "a heading's lines");
        assertTrue(String.valueOf(page("getComputedStyle(document.querySelector('#chapter p')).fontFamily"))
                .contains("Atkinson Hyperlegible"));
        assertEquals("", page(PROBLEMS));
        // Opened too: the footnote's pop-over, spaced the same, inside the page.
        page("document.querySelector('a.footnote-ref').click()");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(page("!!document.querySelector('.pr-footnote')")));
        assertEquals("", page(PROBLEMS));
    }

    @Test
    void atANarrowWindowAndTheLargestSettingsNothingIsClippedEither() throws Exception {
        show(LARGEST, 420);
        awaitLegibleFont();
        assertEquals("", page(PROBLEMS));
        // The control: squeezed lines and a clipping box are found, so an empty answer above means something.
        page("document.querySelectorAll('#chapter p')[1].style.setProperty('line-height', '0.4', 'important')");
        page("(function(){var q=document.querySelector('#chapter blockquote').style;q.setProperty('height','1em');"
                + "q.setProperty('overflow','hidden');})()");
        String found = (String) page(PROBLEMS);
        assertTrue(found.contains("overlap") && found.contains("clipped: BLOCKQUOTE"), found);
    }

    @Test
    void highlightsStillPaintOnTheirWordsEachColourWithItsOwnUnderlineAndTheTextsOffsetsDoNotMove() throws Exception {
        show("", 800);
        String plain = (String) page("PeeragogyReader.text()");
        assertEquals("theme-light", page("document.documentElement.className"), "the page's own: no class added");
        fx(() -> {
            view.setReading(LARGEST);
            return null;
        });
        assertEquals(plain, page("PeeragogyReader.text()"), "the notes' offsets count the same text");
        List<String> colours = List.of("yellow", "green", "blue", "pink", "purple");
        String[] words = {"first", "emphasis", "strong", "practice", "together"};
        List<ChapterView.Highlight> list = new java.util.ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            int at = plain.indexOf(words[i]);
            list.add(new ChapterView.Highlight("h" + i, at, at + words[i].length(), colours.get(i), i == 0));
        }
        fx(() -> {
            view.paint(list);
            return null;
        });
        java.util.Set<String> styles = new java.util.HashSet<>();
        for (int i = 0; i < colours.size(); i++) {
            String mark = "mark.pr-hl[data-ann=\"h" + i + "\"]";
            assertEquals(words[i], page("document.querySelector('" + mark + "').textContent"), "painted on its word");
            // Placed: the mark's box is where its word is drawn, inside its paragraph, and has a size.
            assertEquals(Boolean.TRUE, page("(function(){var m=document.querySelector('" + mark + "');"
                    + "var b=m.getBoundingClientRect(),p=m.closest('p').getBoundingClientRect();"
                    + "var r=document.createRange();r.selectNodeContents(m);var t=r.getBoundingClientRect();"
                    + "return b.width>1&&b.height>1&&b.top>=p.top-1&&b.bottom<=p.bottom+1"
                    + "&&Math.abs(b.left-t.left)<2&&Math.abs(b.right-t.right)<2;})()"), words[i] + " placed");
            String line = (String) page("getComputedStyle(document.querySelector('" + mark + "')).getPropertyValue('text-decoration-line')");
            assertTrue(line.contains("underline"), colours.get(i) + ": " + line);
            styles.add((String) page("getComputedStyle(document.querySelector('" + mark + "')).getPropertyValue('text-decoration-style')"));
        }
        assertEquals(java.util.Set.of("solid", "double", "dotted", "dashed", "wavy"), styles, "one style per colour");
        assertEquals("", page(PROBLEMS), "the marks move nothing out of place");

        // Italics upright, emphasis heavier; the chapter's own justify undone.
        assertEquals("normal", page("getComputedStyle(document.querySelector('#chapter em')).fontStyle"));
        assertTrue(Integer.parseInt(String.valueOf(page("getComputedStyle(document.querySelector('#chapter em')).fontWeight")))
                > Integer.parseInt(String.valueOf(page("getComputedStyle(document.querySelector('#chapter p')).fontWeight"))));
        assertTrue(String.valueOf(page("document.querySelector('#chapter p[style]').getAttribute('style')")).contains("justify"));
        String align = (String) page("getComputedStyle(document.querySelector('#chapter p[style]')).textAlign");
        assertTrue(align.equals("start") || align.equals("left"), align);

        // Back to the page's own, on the page shown: no underline, italics again, no class left behind.
        fx(() -> {
            view.setReading("");
            return null;
        });
        assertEquals("theme-light", page("document.documentElement.className"));
        assertEquals("none", page("getComputedStyle(document.querySelector('mark.pr-hl')).getPropertyValue('text-decoration-line')"));
        assertEquals("italic", page("getComputedStyle(document.querySelector('#chapter em')).fontStyle"));
    }

    @Test
    void theHighContrastThemeUnderlinesHighlightsWithoutBeingAsked() throws Exception {
        show("", 800);
        fx(() -> {
            view.setTheme("contrast");
            String plain = view.pageText();
            int at = plain.indexOf("first");
            view.paint(List.of(new ChapterView.Highlight("c", at, at + 5, "green", false)));
            return null;
        });
        assertEquals("theme-contrast", page("document.documentElement.className"));
        assertEquals("double", page("getComputedStyle(document.querySelector('mark.pr-hl')).getPropertyValue('text-decoration-style')"));
        assertEquals("rgb(0, 0, 0)", page("getComputedStyle(document.body).backgroundColor"));
    }

    @Test
    void readingSettingsThatCouldCarryAnythingElseAreRefused() throws Exception {
        show("", 800);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> {
                    try {
                        fx(() -> {
                            view.setReading("font=sans&theme=x");
                            return null;
                        });
                    } catch (java.util.concurrent.ExecutionException wrapped) {
                        throw wrapped.getCause();
                    }
                });
        assertTrue(e.getMessage().contains("other characters"), e.getMessage());
    }
}
