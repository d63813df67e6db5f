package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.Annotation;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The words of one note in the notes panel and All notes (real JavaFX labels): a reply is not a "Chapter note"
 * (try17w F2), and a long note is folded to its first lines, saying how long it is and where it shows whole (F11).
 */
@Tag("ui")
class NoteEntryWordsTest {
    private static final Texts TEXTS = Texts.of(java.util.Locale.ENGLISH);

    /**
     * The stages a test opened, closed after it whatever happened: a stage shown after its test gave up waiting (a
     * busy machine) stayed open and was counted by the next window tests' checks of every control (the suite at load
     * 9: KeyboardOnlyTasksTest and ScreenReaderWindowTest found this test's "ListView#entries").
     */
    private final List<javafx.stage.Stage> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void closeWhatWasOpened() throws Exception {
        // Queued behind the test's own work on the FX thread, so a stage still being made is closed too.
        WaitForAsyncUtils.asyncFx(() -> opened.forEach(javafx.stage.Stage::close)).get(60, TimeUnit.SECONDS);
        opened.clear();
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Annotation chapterNote(String text) {
        Instant t = Instant.parse("2026-11-30T15:00:00Z");
        return new Annotation("r1", "book", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, text,
                List.of(), "Ben", "urn:ben", t, t, Optional.empty(), Optional.empty());
    }

    private static List<String> labels(Annotation a, boolean reply) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new java.util.ArrayList<>();
            collect(NotesPanel.describe(TEXTS, a, false, false, reply, a.author()), out);
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Label l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void aReplyIsNotLabelledAChapterNote() throws Exception {
        assertFalse(labels(chapterNote("Wikis keep history"), true).contains("Chapter note"));
        assertTrue(labels(chapterNote("On the whole chapter"), false).contains("Chapter note"), "a chapter note is");
    }

    @Test
    void aLongNoteIsFoldedToItsFirstLinesAndSaysWhereItShowsWhole() throws Exception {
        String text = labels(chapterNote("W".repeat(100_000)), true).stream().filter(s -> s.startsWith("WWW"))
                .findFirst().orElseThrow();
        assertEquals("W".repeat(FoldedNote.CHARACTERS) + "… (Edit… shows all 100,000 characters)", text);
        String lines = labels(chapterNote("line\n".repeat(30)), true).stream().filter(s -> s.startsWith("line"))
                .findFirst().orElseThrow();
        assertEquals(FoldedNote.LINES, lines.split("\n").length, lines);
        assertEquals("short", labels(chapterNote("short"), false).stream().filter("short"::equals).findFirst()
                .orElseThrow());
    }

    /** try17w F4: the Spanish notes panel said "Anonymous · 30 nov 2026" where everything else says "Anónimo". */
    @Test
    void anAnonymousQuestionIsAnonimoInTheSpanishPanel() throws Exception {
        Texts spanish = Texts.of(java.util.Locale.forLanguageTag("es"));
        Instant t = Instant.parse("2026-11-30T15:47:12Z");
        Annotation q = new Annotation("q1", "book", "wiki", Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW,
                "¿Están muertos los foros?", List.of(), "Anonymous", "urn:anon", t, t, Optional.empty(),
                Optional.empty());
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new java.util.ArrayList<>();
            collect(NotesPanel.describe(spanish, q, false, false, false, q.author()), out);
            return out;
        }).get(10, TimeUnit.SECONDS);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("Anónimo")), shown.toString());
        assertFalse(shown.stream().anyMatch(s -> s.contains("Anonymous")), shown.toString());
    }

    /**
     * try17w F5: in Spanish, "Pregunta · abierta · 2 votos · 2 respuestas" was cut and the notes list grew a
     * horizontal scroll bar. The thread's header wraps within the list's width, as the note's text does.
     */
    @Test
    void aThreadsHeaderWrapsWithinTheListInSpanish() throws Exception {
        Texts spanish = Texts.of(java.util.Locale.forLanguageTag("es"));
        ConversationViewModel.Talk talk = new ConversationViewModel.Talk(true, true, "", null, false, false, 2, true,
                2, false);
        Annotation q = chapterNote("¿Están muertos los foros?");
        ConversationViewModel.Entry entry = new ConversationViewModel.Entry(new NoteItem(q,
                new org.peeragogy.reader.book.Placement(0, 0, org.peeragogy.reader.book.Placement.Kind.EXACT, 1),
                false), 0, talk);
        javafx.stage.Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.ListView<ConversationViewModel.Entry> list = new javafx.scene.control.ListView<>(
                    javafx.collections.FXCollections.observableArrayList(entry));
            list.setId("entries");
            list.setCellFactory(v -> new NotesPanel.EntryCell(spanish, a -> a.author()));
            javafx.stage.Stage s = new javafx.stage.Stage();
            opened.add(s);
            s.setScene(new javafx.scene.Scene(list, 150, 300));
            s.show();
            return s;
        }).get(60, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            boolean[] bars = WaitForAsyncUtils.asyncFx(() -> {
                boolean horizontal = stage.getScene().getRoot().lookupAll(".scroll-bar").stream()
                        .anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
                boolean cut = stage.getScene().getRoot().lookupAll(".note-talk").stream()
                        .anyMatch(n -> n instanceof Label l && l.lookupAll(".text").stream()
                                .anyMatch(t -> t instanceof javafx.scene.text.Text x && x.getText().endsWith("…")));
                return new boolean[] {horizontal, cut};
            }).get(10, TimeUnit.SECONDS);
            assertFalse(bars[0], "no horizontal scroll bar");
            assertFalse(bars[1], "the header is not cut");
        } finally {
            WaitForAsyncUtils.asyncFx(stage::close).get(60, TimeUnit.SECONDS);
        }
    }
}
