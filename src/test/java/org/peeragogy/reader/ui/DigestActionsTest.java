package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.app.HandbookChapters;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.store.Database;

/**
 * File → Digest… asks which chapters the digest takes (tester 15's F9: the window could not choose them, the command
 * line has {@code --chapter}): every chapter, the chapter shown, or those ticked in a list. Scripted dialogs, a real
 * SQLite file, the digest really written; no toolkit (the test's thread is the FX thread).
 */
class DigestActionsTest {
    private static final Texts TEXTS = Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Set<String>> asked = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Handbook handbook;
    private Database db;
    private DigestActions actions;
    private Chapter shown;
    private NoticeViewModel notices;

    @BeforeEach
    void open() throws Exception {
        handbook = Handbooks.open(TestHandbooks.fixture());
        db = Database.open(tmp.resolve("fac"));
        HandbookChapters chapters = new HandbookChapters(handbook);
        DigestViewModel digest = new DigestViewModel((names, only) -> {
            asked.add(only);
            return new Digests(db, chapters).make(only, names, TEXTS.digestWords());
        }, new BackgroundTasks(ui::add), problems::add, TEXTS);
        ReaderViewModel reader = new ReaderViewModel(handbook, db.settings(), db.readingPositions(), Runnable::run, TEXTS);
        notices = new NoticeViewModel(reader);
        shown = handbook.book().chapters().get(1);
        actions = new DigestActions(dialogs, digest, notices, p -> { }, TEXTS, () -> handbook.book().chapters(),
                () -> shown);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        handbook.close();
    }

    /** Runs what the background hands to the FX thread until a digest was asked for and said, at most 30 s. */
    private void untilWritten() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (notices.noticeProperty().get().isEmpty() && problems.isEmpty() && System.nanoTime() < end) {
            Runnable r = ui.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertEquals(List.of(), problems);
    }

    private void script(Object... answers) {
        for (Object a : answers) {
            dialogs.answers.add(a);
        }
    }

    @Test
    void theDigestTakesEveryChapterTheOneShownOrThoseTicked() throws Exception {
        Path all = tmp.resolve("all.md");
        script(Optional.of(2), Optional.of(0), Optional.of(0), Optional.of(all)); // Markdown, names shown, every chapter
        actions.choose();
        untilWritten();
        assertEquals(List.of(Set.of()), asked);
        assertTrue(Files.exists(all));

        notices.clear();
        script(Optional.of(2), Optional.of(0), Optional.of(1), Optional.of(tmp.resolve("this.md")));
        actions.choose();
        untilWritten();
        assertEquals(Set.of(shown.id()), asked.get(1), "This chapter: " + shown.title());

        notices.clear();
        List<Chapter> chapters = handbook.book().chapters();
        script(Optional.of(2), Optional.of(0), Optional.of(2), Optional.of(List.of(0, 2)),
                Optional.of(tmp.resolve("picked.md")));
        actions.choose();
        untilWritten();
        assertEquals(Set.of(chapters.get(0).id(), chapters.get(2).id()), asked.get(2));
        assertEquals(chapters.size(), dialogs.picked.get(0).size(), "every chapter offered");
    }

    @Test
    void cancellingOrTickingNoChapterWritesNothing() throws Exception {
        script(Optional.of(0), Optional.of(0), Optional.empty());
        actions.choose();
        script(Optional.of(0), Optional.of(0), Optional.of(2), Optional.of(List.of()));
        actions.choose();
        assertTrue(dialogs.answers.isEmpty(), "no file was asked for");
        assertEquals(List.of(), asked);
    }
}
