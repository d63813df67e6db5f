package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;

/** Notes of a chapter without a window: the fixture handbook, a real SQLite file. */
class NotesViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;
    private final List<String> problems = new ArrayList<>();
    private NotesViewModel vm;
    private String text;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbooks.fixture());
        vm = new NotesViewModel(db.annotations(), db.settings(), problems::add, TEXTS);
        show("gardens");
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private void show(String chapter) throws Exception {
        String html = handbook.render(chapter).html();
        vm.chapterShown(handbook.book().identity(), chapter,
                org.peeragogy.reader.content.anchoring.ChapterText.of(html));
        text = org.peeragogy.reader.content.anchoring.ChapterText.of(html).text();
    }

    private Annotation highlight(String quote, Annotation.Colour colour) {
        int at = text.indexOf(quote);
        vm.select(at, at + quote.length());
        return vm.highlight(colour, "", List.of()).orElseThrow();
    }

    @Test
    void highlightAnchorsTheSelectionAndListsItInTextOrder() {
        highlight("a different depth", Annotation.Colour.BLUE);
        highlight("how deep to sow beans", Annotation.Colour.GREEN);
        assertEquals(List.of("how deep to sow beans", "a different depth"),
                vm.placed().stream().map(i -> i.annotation().quote()).toList());
        assertEquals(Placement.Kind.EXACT, vm.placed().get(0).placement().kind());
        assertTrue(vm.selectionProperty().get().isEmpty());
    }

    @Test
    void withoutASelectionNothingIsHighlighted() {
        vm.clearSelection();
        assertTrue(vm.highlight(Annotation.Colour.YELLOW, "", List.of()).isEmpty());
        assertEquals(List.of(), vm.placed());
    }

    @Test
    void theReadersNameIsTheAuthor() {
        vm.setAuthorName("  Bea  ");
        assertEquals("Bea", highlight("a different depth", Annotation.Colour.PINK).author());
    }

    @Test
    void onlyHighlightsArePainted() {
        highlight("a different depth", Annotation.Colour.BLUE);
        vm.chapterNote("About the whole pattern", List.of("pattern"));
        vm.bookmark(0);
        assertEquals(3, vm.placed().size());
        assertEquals(1, vm.toPaint().size());
    }

    @Test
    void undoBringsBackDeletedNotesLastFirst() {
        Annotation a = highlight("a different depth", Annotation.Colour.BLUE);
        Annotation b = highlight("how deep to sow beans", Annotation.Colour.GREEN);
        vm.delete(a.id());
        vm.delete(b.id());
        assertEquals(List.of(), vm.placed());
        vm.undoDelete();
        assertEquals(List.of(b.id()), vm.placed().stream().map(i -> i.annotation().id()).toList());
        assertTrue(vm.canUndoProperty().get());
        vm.undoDelete();
        assertEquals(2, vm.placed().size());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void reattachMovesAnOrphanToTheSelectedText() throws Exception {
        Annotation a = highlight("a different depth", Annotation.Colour.BLUE);
        show("meetings");
        // The note belongs to another chapter's text; pretend it was made here and lost its place.
        db.annotations().reattach(a.id(), new org.peeragogy.reader.book.TextAnchor(
                new org.peeragogy.reader.book.TextQuoteSelector("words that are nowhere in this chapter at all", "", ""),
                new org.peeragogy.reader.book.TextPositionSelector(5, 50), "b1", "x"));
        db.annotations().edit(a.id(), a.colour(), "moved note", List.of());
        String sql = "UPDATE annotation SET chapter_id = 'meetings' WHERE id = ?";
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file()); var ps = c.prepareStatement(sql)) {
            ps.setString(1, a.id());
            ps.executeUpdate();
        }
        vm.refresh();
        assertEquals(1, vm.orphans().size());
        int at = text.indexOf("Timekeeper");
        vm.select(at, at + "Timekeeper".length());
        vm.reattach(a.id());
        assertEquals(List.of(), vm.orphans());
        assertEquals("Timekeeper", vm.placed().get(0).annotation().quote());
        assertEquals("moved note", vm.placed().get(0).annotation().note());
    }

    @Test
    void reattachWithoutASelectionSaysWhatToDo() {
        Annotation a = highlight("a different depth", Annotation.Colour.BLUE);
        vm.reattach(a.id());
        assertTrue(problems.get(0).startsWith("Select the text"), problems.toString());
    }

    @Test
    void anEmptyChapterNoteIsNotSavedButAHighlightMayHaveAnEmptyNote() {
        assertTrue(vm.chapterNote("  \n ", List.of("t")).isEmpty());
        assertEquals(List.of(NoteRulesViewModel.chapterNoteEmpty(TEXTS)), problems);
        assertEquals(List.of(), vm.placed());
        assertEquals("", highlight("a different depth", Annotation.Colour.BLUE).note());
    }

    @Test
    void notesTagsAndQuotesOverTheImportLimitsAreRefusedWithTheLimit() {
        int at = text.indexOf("a different depth");
        vm.select(at, at + 5);
        assertTrue(vm.highlight(Annotation.Colour.BLUE, "x".repeat(Annotation.MAX_NOTE + 1), List.of()).isEmpty());
        assertTrue(problems.get(0).contains("100,000"), problems.toString());
        assertTrue(vm.highlight(Annotation.Colour.BLUE, "", List.of("t".repeat(NoteRulesViewModel.MAX_TAG + 1))).isEmpty());
        assertTrue(problems.get(1).contains("200"), problems.toString());
        assertEquals(List.of(), vm.placed());
        assertTrue(vm.highlight(Annotation.Colour.BLUE, "x".repeat(Annotation.MAX_NOTE),
                List.of("t".repeat(NoteRulesViewModel.MAX_TAG), "a, b")).isPresent());
        assertEquals(java.util.Set.of("t".repeat(NoteRulesViewModel.MAX_TAG), "a, b"),
                java.util.Set.copyOf(vm.placed().get(0).annotation().tags()));
    }

    @Test
    void bookmarkingTheSamePlaceAgainRemovesTheBookmark() {
        vm.bookmark(0);
        assertEquals(1, vm.bookmarks().size());
        vm.bookmark(0);
        assertEquals(List.of(), vm.placed());
        vm.bookmark(0);
        assertEquals(1, vm.bookmarks().size());
    }

    @Test
    void theReadersNotesStayTheirsUnderANewNameAndShowIt() {
        vm.setAuthorName("Bea");
        Annotation a = highlight("a different depth", Annotation.Colour.PINK);
        assertTrue(vm.isMine(a));
        vm.setAuthorName("Beatriz");
        vm.refresh();
        Annotation renamed = vm.placed().get(0).annotation();
        assertTrue(vm.isMine(renamed), "a person who renames is the same person");
        assertEquals("Beatriz", renamed.author(), "their earlier notes show the new name");
    }

    @Test
    void anotherPersonOfTheSameNameIsNotTheReader() throws Exception {
        vm.setAuthorName("Ana");
        int at = text.indexOf("how deep to sow beans");
        Annotation theirs = db.annotations().create(new org.peeragogy.reader.store.AnnotationStore.Draft(
                handbook.book().identity(), "gardens", Annotation.Kind.HIGHLIGHT, Annotation.Colour.BLUE, "",
                List.of(), "Ana", java.util.Optional.of(org.peeragogy.reader.content.anchoring.Anchoring.describe(
                        org.peeragogy.reader.content.anchoring.ChapterText.of(handbook.render("gardens").html()),
                        at, at + 20)), "acct:ana@hypothes.is"));
        assertFalse(vm.isMine(theirs));
        assertTrue(vm.isMine(highlight("a different depth", Annotation.Colour.GREEN)));
    }

    @Test
    void findingANoteSearchesForItsQuotesFirstWordsAsAPhrase() {
        Annotation a = highlight("how deep to sow beans", Annotation.Colour.BLUE);
        NoteItem item = vm.placed().get(0);
        assertEquals("\"how deep to sow beans\"", vm.find(item));
        Annotation longer = new Annotation(a.id(), a.book(), a.chapterId(), a.kind(), a.colour(), "", List.of(),
                a.author(), a.authorId(), a.created(), a.updated(), java.util.Optional.of(new org.peeragogy.reader.book
                .TextAnchor(new org.peeragogy.reader.book.TextQuoteSelector("One, two (three) four: five six seven eight"
                + " nine ten eleven twelve thirteen", "", ""), a.anchor().get().position(), "", "")), a.deleted());
        assertEquals("\"One two three four five six seven eight nine ten eleven twelve\"",
                vm.find(new NoteItem(longer, Placement.orphan(), false)));
        Annotation noWords = new Annotation(a.id(), a.book(), a.chapterId(), Annotation.Kind.CHAPTER_NOTE, a.colour(),
                "…", List.of(), a.author(), a.authorId(), a.created(), a.updated(), java.util.Optional.empty(), a.deleted());
        assertFalse(NotesViewModel.findable(new NoteItem(noWords, Placement.orphan(), false)));
    }
}
