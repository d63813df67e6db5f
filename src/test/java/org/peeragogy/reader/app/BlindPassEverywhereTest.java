package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.ui.BackgroundTasks;
import org.peeragogy.reader.ui.GroupFigures;
import org.peeragogy.reader.ui.GroupViewModel;
import org.peeragogy.reader.ui.Texts;

/**
 * Tester t15b's F11: with the group's blind first pass on, the window hid the others' notes in a chapter Eli had not
 * written in, but {@code notes}, {@code search} and {@code export} showed them, and the group view said "0 threads"
 * while its table counted the chapter's notes. One rule now ({@code store.BlindFirstPass}) for all of them, each
 * saying in one line how many are hidden and why. And N9: the reader's own anonymous id is the reader in their own
 * counts. Real data folders, real files.
 */
class BlindPassEverywhereTest {
    @TempDir
    Path tmp;

    /** Ben asks in gardens and in meetings; Eli asks in gardens only, imports Ben's file and turns the pass on. */
    private CommandRun eliWithBensNotes() throws Exception {
        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("name", "Ben"), ben.err());
        assertEquals(0, ben.run("ask", "gardens", "--note", "Ben asks about gardens"), ben.err());
        assertEquals(0, ben.run("ask", "meetings", "--note", "Ben wonders about meetings"), ben.err());
        Path bens = tmp.resolve("ben.peeranotes");
        assertEquals(0, ben.run("export", "--format", "notes", "--out", bens.toString()), ben.err());
        CommandRun eli = new CommandRun(tmp.resolve("eli"));
        assertEquals(0, eli.run("name", "Eli"), eli.err());
        assertEquals(0, eli.run("ask", "gardens", "--note", "Eli asks about gardens"), eli.err());
        assertEquals(0, eli.run("import", bens.toString()), eli.err());
        try (Database db = Database.open(tmp.resolve("eli"))) {
            db.settings().put(SettingsStore.BLIND_FIRST_PASS, "true");
        }
        return eli;
    }

    @Test
    void notesSearchAndExportLeaveOutOthersNotesWhereYouHaveNotWrittenAndSaySoInOneLine() throws Exception {
        CommandRun eli = eliWithBensNotes();

        assertEquals(0, eli.run("notes"), eli.err());
        assertTrue(eli.out().contains("Ben asks about gardens"), "where Eli wrote, everyone's: " + eli.out());
        assertFalse(eli.out().contains("Ben wonders about meetings"), eli.out());
        assertEquals("Blind first pass: 1 note of others is not listed, in 1 chapter where you have not written yet;"
                + " the group's blind first pass shows them once you write a highlight or a note of your own there\n",
                eli.err());
        assertEquals(0, eli.run("notes", "--json"), eli.err());
        assertFalse(eli.out().contains("Ben wonders about meetings"), eli.out());

        assertEquals(0, eli.run("search", "wonders"), eli.err());
        assertFalse(eli.out().contains("\tnote\t") || eli.out().startsWith("note\t"), eli.out());
        assertTrue(eli.err().contains("1 note of others that matches is not listed"), eli.err());

        Path md = tmp.resolve("eli.md");
        assertEquals(0, eli.run("export", "--format", "markdown", "--out", md.toString()), eli.err());
        assertFalse(Files.readString(md).contains("Ben wonders about meetings"), Files.readString(md));
        assertTrue(Files.readString(md).contains("Ben asks about gardens"));
        assertTrue(eli.out().contains("1 note of others left out: the group's blind first pass hides it where you have"
                + " not written yet, until you write a note of your own there"), eli.out());
        Path notes = tmp.resolve("eli.peeranotes");
        assertEquals(0, eli.run("export", "--format", "w3c", "--out", notes.toString()), eli.err());
        assertFalse(Files.readString(notes).contains("Ben wonders about meetings"));

        try (Database db = Database.open(tmp.resolve("eli"))) {
            db.settings().put(SettingsStore.BLIND_FIRST_PASS, "false");
        }
        assertEquals(0, eli.run("notes"), eli.err());
        assertTrue(eli.out().contains("Ben wonders about meetings"), "the pass off, everything: " + eli.out());
        assertEquals("", eli.err());
    }

    @Test
    void theGroupViewSaysHowManyThreadsTheBlindFirstPassKeepsOutOfItsList() throws Exception {
        eliWithBensNotes();
        GroupFigures figures = figures(tmp.resolve("eli"));
        assertEquals(1, figures.blindThreads(), "Ben's meetings question is counted, not listed");
        assertEquals(1, figures.chapter("meetings").orElseThrow().notes(), "the table counts it");
        assertEquals(2, figures.threads().size(), "both gardens questions are listed");
        Texts texts = Texts.of(java.util.Locale.ENGLISH);
        assertEquals("2 threads · 1 more is hidden by the blind first pass until you write a note of your own in its"
                + " chapter", texts.format("groupView.countBlind", figures.threads().size(), figures.blindThreads()));
    }

    @Test
    void inYourOwnWindowYourAnonymousQuestionsAreYouWhenPeopleAreCounted() throws Exception {
        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("name", "Ben"), ben.err());
        assertEquals(0, ben.run("highlight", "gardens", "--quote", "how deep to sow beans"), ben.err());
        Path bens = tmp.resolve("ben.peeranotes");
        assertEquals(0, ben.run("export", "--format", "notes", "--out", bens.toString()), ben.err());
        CommandRun dee = new CommandRun(tmp.resolve("dee"));
        assertEquals(0, dee.run("name", "Dee"), dee.err());
        assertEquals(0, dee.run("highlight", "gardens", "--quote", "how deep to sow beans"), dee.err());
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(tmp.resolve("dee"))) {
            db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true"); // decision 0080
        }
        assertEquals(0, dee.run("ask", "gardens", "--quote", "Watering by rota", "--note", "Why a rota?",
                "--anonymous"), dee.err());
        assertEquals(0, dee.run("import", bens.toString()), dee.err());

        GroupFigures figures = figures(tmp.resolve("dee"));
        assertEquals(2, figures.chapter("gardens").orElseThrow().people(), "Dee and Ben, not Dee twice");
        assertFalse(figures.anonymousAskers(), "the only anonymous asker is Dee herself");
    }

    /** The group view's figures as Eli's (or Dee's) window counts them, on a connection of their own. */
    private static GroupFigures figures(Path data) throws Exception {
        Handbook handbook = Handbooks.open(TestHandbooks.fixture());
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        GroupViewModel group = new GroupViewModel(new GroupViewModel.Connection() {
            @Override
            public <T> T run(GroupViewModel.Job<T> job) throws Exception {
                try (Database own = Database.open(data)) {
                    return job.with(own);
                }
            }
        }, handbook::book, new BackgroundTasks(ui::add), e -> { throw new AssertionError(e); },
                Texts.of(java.util.Locale.ENGLISH));
        group.refresh();
        WorkshopViewModelsTest.awaitIdle(group, ui);
        return group.figuresProperty().get();
    }
}
