package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * The chapter's notes are read and anchored on the loader's executor, never on the thread that asks (the
 * FX thread in the window; issue 10), and shown in the order asked: a load overtaken by a newer one is
 * dropped. Both executors are queues run by hand, so each step is seen; a real SQLite file.
 */
class ChapterNotesOffTheUiThreadTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;
    private final Deque<Runnable> reads = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final List<String> problems = new ArrayList<>();
    private NotesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbooks.fixture());
        vm = new NotesViewModel(db.annotations(), db.settings(), problems::add, null, db.annotations(), db.settings(),
                reads::add, ui::add, TEXTS);
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private void chapterNote(String chapter, String note) throws Exception {
        db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), chapter,
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, note, List.of(), "Ana", Optional.empty()));
    }

    private void show(String chapter) throws Exception {
        vm.chapterShown(handbook.book().identity(), chapter, ChapterText.of(handbook.render(chapter).html()));
    }

    private static void drain(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void showingAChapterAsksTheLoaderAndReadsNothingItself() throws Exception {
        chapterNote("gardens", "Beans first");
        show("gardens");
        assertEquals(List.of(), vm.placed(), "nothing is read on the asking thread");
        assertEquals(1, reads.size());
        drain(reads);
        assertEquals(List.of(), vm.placed(), "read, but not yet handed to the UI thread");
        drain(ui);
        assertEquals(List.of("Beans first"), vm.placed().stream().map(i -> i.annotation().note()).toList());
    }

    @Test
    void aLoadOvertakenByANewerOneIsDropped() throws Exception {
        chapterNote("gardens", "In gardens");
        chapterNote("meetings", "In meetings");
        show("gardens");
        Runnable older = reads.poll();
        show("meetings");
        drain(reads); // the newer load delivers first
        drain(ui);
        older.run(); // then the older one, late
        drain(ui);
        assertEquals(List.of("In meetings"), vm.placed().stream().map(i -> i.annotation().note()).toList());
    }

    @Test
    void whatWaitsForTheListRunsOnceTheNewestLoadIsShown() throws Exception {
        chapterNote("gardens", "Beans first");
        show("gardens");
        List<Integer> seen = new ArrayList<>();
        vm.whenCurrent(() -> seen.add(vm.placed().size()));
        assertEquals(List.of(), seen);
        drain(reads);
        drain(ui);
        assertEquals(List.of(1), seen);
        vm.whenCurrent(() -> seen.add(-1));
        assertEquals(List.of(1, -1), seen, "with nothing pending it runs at once");
    }

    @Test
    void aFailedReadIsSaidAndTheListKeepsWhatItShowed() throws Exception {
        chapterNote("gardens", "Beans first");
        show("gardens");
        drain(reads);
        drain(ui);
        vm.refresh();
        db.close(); // the read connection fails under the load
        drain(reads);
        drain(ui);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(!problems.get(0).isBlank());
        assertEquals(List.of("Beans first"), vm.placed().stream().map(i -> i.annotation().note()).toList());
        db = Database.open(dataDir);
    }
}
