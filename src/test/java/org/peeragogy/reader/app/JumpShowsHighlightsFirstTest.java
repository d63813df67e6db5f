package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, decision 0089: a chapter jumped to shows its highlights in its first picture. The page is served with them
 * written in, so the document WebKit parses (before its first layout and paint) already holds them; they then act as
 * the page's own (a flash finds them, the notes' own paint leaves them as they are); and a note deleted while the page
 * waits ahead is never shown on it.
 */
@Tag("ui")
class JumpShowsHighlightsFirstTest {
    private static final int NOTES = 12;
    @TempDir
    Path tmp;
    private OpenWindow window;
    /** Per chapter laid out, what its page held then, before the notes of the chapter were read for it. */
    private final Map<String, List<Integer>> atLaidOut = new ConcurrentHashMap<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theFirstDocumentOfAJumpHoldsItsHighlightsAndNeverADeletedOne() throws Exception {
        Path data = tmp.resolve("ana");
        List<String> ids = new ArrayList<>();
        try (Handbook h = Handbooks.open(TestHandbooks.fixture()); Database db = Database.open(data)) {
            db.settings().putReaderName("Ana");
            ChapterText text = ChapterText.of(h.render("gardens").html());
            int step = text.length() / NOTES;
            for (int i = 0; i < NOTES; i++) {
                int at = i * step;
                ids.add(db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "gardens",
                        Annotation.Kind.HIGHLIGHT, Annotation.Colour.values()[i % 5], i % 3 == 0 ? "a note" : "",
                        List.of(), "Ana", Optional.of(Anchoring.describe(text, at, at + Math.max(2, step / 2)))))
                        .id());
            }
        }
        window = OpenWindow.sized(data, Handbooks.open(TestHandbooks.fixture()), "welcome", "1280x800");
        String gone = ids.get(NOTES / 2);
        OpenWindow.fx(() -> {
            window.session.window().addLaidOutListener((id, fraction) -> atLaidOut.put(id, List.of(
                    ((Number) window.session.window().chapterView().evaluate(
                            "document.querySelectorAll('#chapter mark.pr-hl').length")).intValue(),
                    ((Number) window.session.window().chapterView().evaluate(
                            "document.querySelectorAll('mark[data-ann=\"" + gone + "\"]').length")).intValue())));
            return null;
        });
        // The pages likely opened next are prepared on the notes' thread once "welcome" is shown.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> OpenWindow.fx(() -> window.session.notes().pageMarks().prepared("gardens")));

        open("gardens");
        double parsedWith = window.session.window().chapterView().lastShowing().orElseThrow().page()
                .getOrDefault("marked", 0.0);
        assertTrue(parsedWith >= NOTES, "the document was parsed with its " + NOTES + " highlights' marks: "
                + parsedWith);
        assertEquals((int) parsedWith, atLaidOut.get("gardens").get(0), "laid out with them");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> OpenWindow.fx(() -> window.session.notes().placed().size()) == NOTES);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals((int) parsedWith, ((Number) window.page(
                "document.querySelectorAll('#chapter mark.pr-hl').length")).intValue(), "the notes' paint kept them");
        assertTrue(OpenWindow.fx(() -> window.session.window().chapterView().flash(ids.get(1))),
                "a mark served is the page's own: it flashes");

        // Deleted from another chapter, while "gardens" waits ahead with it written in.
        open("welcome");
        OpenWindow.fx(() -> {
            window.session.notes().delete(gone);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> OpenWindow.fx(() -> window.session.notes().canUndoProperty().get()));
        open("gardens");
        assertEquals(0, atLaidOut.get("gardens").get(1), "the deleted note is not on the page");
    }

    private void open(String chapter) throws Exception {
        atLaidOut.remove(chapter);
        OpenWindow.fx(() -> {
            window.session.viewModel().open(chapter, "");
            return null;
        });
        window.awaitChapter(chapter);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atLaidOut.containsKey(chapter));
    }
}
