package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.app.HandbookChapters;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.share.group.ComputerName;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupFolderRule;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * The notice of the files that wait in the group folder follows the folder and stands (t16's F2, F3, F5, F6, F8;
 * decision 0068): a file taken out, or one that brings nothing any more, is no longer counted nor offered, the
 * notice's counts are the line's, and a later notice of the group folder (a merge without asking, a digest) says who
 * still waits with Preview · Merge instead of hiding it. Without a toolkit, as {@code GroupFolderActionsTest}: the
 * reader's choices from a script, the UI thread a queue, real SQLite files and a real folder.
 */
class GroupWaitingNoticeTest extends GroupFolderActionsFixture {
    private List<String> choiceIds() {
        return notice().orElseThrow().choices().stream().map(NoticeViewModel.Choice::id).toList();
    }

    private Path fileOf(String name) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + "_")).findFirst().orElseThrow();
        }
    }

    @Test
    void aFileTakenOutOrBringingNothingNoLongerCountsInTheNoticeNorIsOfferedByItsPreview() throws Exception {
        chooseFolder(false);
        writes("Ben", "ben", "Ben's thought");
        writes("Cid", "cid", "Cid's thought");
        writes("Dan", "dan", "Dan's thought");
        wake.get().run();
        runUiUntil(() -> notice().map(n -> n.text().contains("and 2 more")).orElse(false));
        assertEquals("Dan updated their notes (1 new), and 2 more in the group folder. Merge asks first about 3 files"
                + " from people you have not merged before", notice().get().text());

        // Cid's file taken out of the folder (F6); Dan's replaced by a version that brings nothing (no note, F3).
        Files.delete(fileOf("Cid"));
        try (Database empty = Database.open(tmp.resolve("dan-empty"))) {
            empty.settings().putReaderName("Dan");
            Path written = new GroupFolder(Files.createDirectories(tmp.resolve("elsewhere")), tmp.resolve("dan-empty-staging"))
                    .writeOwn(empty, new NoteSharing(empty, new HandbookChapters(handbook), "test"));
            Files.move(written, fileOf("Dan"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        wake.get().run();
        runUiUntil(() -> notice().map(n -> !n.text().contains("more")).orElse(false)
                && line().contains("1 file waits for you"));
        assertEquals("Ben updated their notes (1 new). Merge asks first about 1 file from people you have not merged"
                + " before", notice().get().text(), "the notice says what the line says: " + line());

        answers.add(Optional.empty()); // the preview cancelled
        notices.choose(choice(GroupFolderActions.PREVIEW));
        assertEquals(1, picks.get(picks.size() - 1).size(), "only Ben's file is offered: " + picks);
        assertTrue(picks.get(picks.size() - 1).get(0).contains("Ben_"), picks.toString());

        // All gone: the notice goes with them.
        Files.delete(fileOf("Ben"));
        writes("Eve", "eve", "Eve's thought");
        wake.get().run();
        runUiUntil(() -> notice().map(n -> n.text().startsWith("Eve")).orElse(false));
        Files.delete(fileOf("Eve"));
        wake.get().run();
        runUiUntil(() -> notice().isEmpty());
        assertEquals(List.of(), problems);
    }

    @Test
    void aWaitingStrangersNoticeStaysSaidUnderAMergeWithoutAskingAndADigestAndComesBackAfterThem() throws Exception {
        chooseFolder(true);
        writes("Ben", "ben", "Ben's first");
        wake.get().run();
        runUiUntil(() -> notice().isPresent());
        answers.add(true); // never accepted: Merge opens the preview; OK merges, and Ben is accepted
        notices.choose(choice(GroupFolderActions.MERGE));
        runUiUntil(() -> notice().map(n -> n.text().startsWith("Merged")).orElse(false));
        notices.clear();

        writes("Dan", "dan", "Dan's first");
        wake.get().run();
        runUiUntil(() -> notice().map(n -> n.text().startsWith("Dan")).orElse(false));
        String dan = notice().get().text();
        assertEquals("Dan updated their notes (1 new). Merge asks first about 1 file from people you have not merged"
                + " before", dan);

        // Ben, accepted once, is merged without asking: said, and Dan still waits in the same notice (F5).
        writes("Ben", "ben", "Ben's second");
        wake.get().run();
        runUiUntil(() -> anasNotesSaying("Ben's second") == 1 && notice().map(n -> n.text().startsWith("Merged"))
                .orElse(false));
        assertEquals("Merged from the group folder: Ben 1 new.\n" + dan, notice().get().text());
        assertEquals(List.of(NoticeViewModel.UNDO, GroupFolderActions.PREVIEW, GroupFolderActions.MERGE), choiceIds());

        // The digest arrives (F8): said with Open, and Dan still with Preview · Merge.
        Files.writeString(folder.resolve("digest.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>Digest</title>"
                + "</head><body><p>Open questions: 2</p></body></html>");
        wake.get().run();
        runUiUntil(() -> notice().map(n -> n.text().startsWith("The group's digest")).orElse(false));
        assertEquals("The group's digest arrived in the group folder (digest.html).\n" + dan, notice().get().text());
        assertEquals(List.of(GroupFolderActions.OPEN_DIGEST, GroupFolderActions.PREVIEW, GroupFolderActions.MERGE),
                choiceIds());

        // Opened (or any other notice gone): Dan's notice comes back by itself.
        notices.choose(choice(GroupFolderActions.OPEN_DIGEST));
        runUiUntil(() -> !opened.isEmpty());
        assertEquals(dan, notice().orElseThrow().text());
        notices.show("Note deleted");
        notices.clear();
        assertEquals(dan, notice().orElseThrow().text(), "another notice dismissed: Dan's comes back");

        // Dismissed by the reader: it goes, until a file arrives again.
        notices.clear();
        assertTrue(notice().isEmpty());
        writes("Dan", "dan", "Dan's second");
        wake.get().run();
        runUiUntil(() -> notice().map(n -> n.text().startsWith("Dan updated their notes (2 new)")).orElse(false));
        assertEquals(0, anasNotesSaying("Dan's first"), "a stranger is never merged without asking");
        assertEquals(List.of(), problems);
    }

    /** t16's F7: a file under Ana's own id that her reader did not write is not "Ana updated their notes" to Ana. */
    @Test
    void aFileUnderTheReadersOwnIdThatHerReaderDidNotWriteIsSaidSoNotAsHerOwnUpdate() throws Exception {
        ana.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "gardens",
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "Ana's thought", List.of(), "Ana", Optional.empty()));
        chooseFolder(false);
        wake.get().run();
        runUiUntil(() -> !line().endsWith("looking…"));
        Path own = fileOf("Ana");
        String eveName = "Eve_" + own.getFileName().toString().substring("Ana_".length()); // Ana's id, Eve's name
        Path eve = folder.resolve(eveName);
        Files.copy(own, eve);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + eve); Statement st = c.createStatement()) {
            st.execute("UPDATE annotation SET note = 'Changed on another computer', updated_at = '2099-01-01T00:00:00.000Z'");
        }
        wake.get().run();
        runUiUntil(() -> notice().isPresent());
        String said = notice().get().text();
        assertTrue(said.startsWith("A file under your id from another computer or person (" + eveName + "): "), said);
        assertFalse(said.contains("Ana updated"), said);
        assertTrue(line().contains("another computer writes under your id"), "the line says the same: " + line());

        answers.add(false); // the preview cancelled
        notices.choose(choice(GroupFolderActions.PREVIEW));
        assertTrue(picks.get(picks.size() - 1).get(0).startsWith("A file under your id from another computer or person"),
                picks.toString());
        assertEquals(List.of(), problems);
    }

    /** t16's N1: a file cut short (a copy under way) is "still arriving", in the line and its Details, not "damaged". */
    @Test
    void aHalfCopiedFileIsSaidToBeStillArrivingNotDamagedNorUnreadable() throws Exception {
        writes("Ben", "ben", "Ben's thought");
        Path ben = fileOf("Ben");
        byte[] bytes = Files.readAllBytes(ben);
        Files.write(ben, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        chooseFolder(false);
        wake.get().run();
        runUiUntil(() -> line().contains("arriving"));
        assertTrue(line().endsWith(" · 1 file still arriving (" + ben.getFileName() + ")"), line());
        String details = String.join("\n", group.status().detailsProperty().get());
        assertEquals(ben.getFileName() + ": not complete yet: it is still arriving (a copy or a sync not finished), and"
                + " is read again once it has all arrived", details);
        assertTrue(notice().isEmpty(), "nothing is offered from half a file");
    }

    /** t16's N8: no program to open the digest with is said in plain words, with where the copy is; no Java text. */
    @Test
    void noProgramToOpenTheDigestIsSaidInPlainWordsWithWhereItsCopyIs() throws Exception {
        chooseFolder(false);
        Files.writeString(folder.resolve("digest.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>Digest</title>"
                + "</head><body><p>Open questions: 2</p></body></html>");
        wake.get().run();
        runUiUntil(() -> notice().isPresent());
        noBrowser = true;
        notices.choose(choice(GroupFolderActions.OPEN_DIGEST));
        runUiUntil(() -> !problems.isEmpty());
        String said = problems.get(0);
        assertTrue(said.startsWith("Could not open the group's digest digest.html: No program could be started to open"
                + " it (no web browser or PDF viewer was found on this computer). A copy for reading is at "), said);
        assertFalse(said.contains("xdg-open") || said.contains("Cannot run program") || said.contains("Exception"), said);
        Path copy = Path.of(said.substring(said.indexOf(" is at ") + " is at ".length(), said.indexOf("; open it")));
        assertTrue(Files.readString(copy).contains("Open questions: 2"), "the copy named is there: " + copy);
    }
}
