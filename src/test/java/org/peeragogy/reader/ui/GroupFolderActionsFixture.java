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
 * The group folder's window flows without a toolkit, shared by {@code GroupFolderActionsTest} and
 * {@code GroupWaitingNoticeTest}: the reader's choices come from a script ({@link ScriptedDialogs}), the UI thread is
 * a queue the test runs, the folder is woken by hand (the window's watch wakes it on change events and polls). Real
 * SQLite files (Ana's notes file and a writer beside it, as the window has), the fixture handbook, a real folder.
 */
abstract class GroupFolderActionsFixture {
    /** The window's words in English, as the tests read them. */
    static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;
    final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    final List<String> problems = new ArrayList<>();
    /** The reader's answers, in order, and what the window asked and told (the shared script). */
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final Deque<Object> answers = dialogs.answers;
    final List<Dialogs.Question> questions = dialogs.questions;
    /** The files each preview offered, and which it ticked at first. */
    final List<List<String>> picks = dialogs.picked;
    final List<List<Boolean>> pickTicks = dialogs.pickedTicks;
    /** What the window told without asking (dialogs.inform). */
    final List<String> informed = dialogs.told;
    final AtomicReference<Runnable> wake = new AtomicReference<>();
    /** What the window handed the system to open (a digest's copy). */
    final List<String> opened = new ArrayList<>();
    BackgroundTasks tasks;
    SaveQueue saves;
    Handbook handbook;
    Database ana;
    Database anaWriter;
    GroupFolderViewModel group;
    NoticeViewModel notices;
    GroupFolderActions actions;
    Path folder;
    SharingActions sharingActions;
    /** Where the handbook shown is read from, as the window's wiring tells the group folder. */
    java.util.function.Supplier<Optional<Path>> handbookAt = () -> GroupFolderRule.handbookLocation(handbook);
    /** How many times the computer's name was asked of the system. */
    final java.util.concurrent.atomic.AtomicInteger namesAsked = new java.util.concurrent.atomic.AtomicInteger();
    /** This computer's name, as the window's wiring hands it to every group folder of the process. */
    final ComputerName computer = new ComputerName(() -> {
        namesAsked.incrementAndGet();
        return "laptop-7";
    });
    /** True: the system has no program to open a digest with. */
    boolean noBrowser;

    @BeforeEach
    void open() throws Exception {
        tasks = new BackgroundTasks(ui::add);
        saves = new SaveQueue(ui::add, problems::add);
        handbook = Handbooks.open(TestHandbooks.fixture());
        folder = Files.createDirectories(tmp.resolve("stick"));
        ana = Database.open(tmp.resolve("ana"));
        ana.settings().putReaderName("Ana");
        anaWriter = ana.another();
        HandbookChapters chapters = new HandbookChapters(handbook);
        NoteSharing anas = new NoteSharing(ana, chapters, "test");
        SharingViewModel sharing = new SharingViewModel(() -> anas, new SharingViewModel.OwnConnection() {
            @Override
            public <T> T run(SharingViewModel.Work<T> work) throws ShareException {
                try (Database own = ana.another()) {
                    return work.with(new NoteSharing(own, chapters, "test"));
                } catch (StoreException e) {
                    throw ShareException.of(e);
                }
            }
        }, problems::add, tasks, TEXTS);
        ReaderViewModel reader = new ReaderViewModel(handbook, ana.settings(), ana.readingPositions(), Runnable::run, TEXTS);
        NotesViewModel notes = new NotesViewModel(ana.annotations(), ana.settings(), problems::add, TEXTS);
        notices = new NoticeViewModel(reader);
        group = newGroup();
        sharingActions = new SharingActions(dialogs, sharing, notes, () -> { }, notices, p -> { }, TEXTS);
        actions = new GroupFolderActions(dialogs, group, notices, sharingActions, TEXTS, this::browse);
    }

    /** Ana's group folder as a window has it (a window opened again on her notes file makes another). */
    GroupFolderViewModel newGroup() {
        return newGroup(TEXTS);
    }

    /** As {@link #newGroup()}, in the words of {@code texts}. */
    GroupFolderViewModel newGroup(org.peeragogy.reader.ui.Texts texts) {
        HandbookChapters chapters = new HandbookChapters(handbook);
        String book = handbook.book().identity();
        GroupFolderViewModel.Connection work = new GroupFolderViewModel.Connection() {
            @Override
            public <T> T run(GroupFolderViewModel.Job<T> job) throws Exception {
                try (Database own = ana.another()) {
                    return job.with(own, new NoteSharing(own, chapters, "test"), book);
                }
            }
        };
        // As the window's wiring: the handbook shown is the fixture, read from its folder.
        GroupFolderChoiceViewModel choice = new GroupFolderChoiceViewModel(work, tasks, saves, anaWriter.settings(), problems::add,
                tmp.resolve("ana"), () -> handbookAt.get(), texts);
        return new GroupFolderViewModel(work, choice, tasks, ui::add, problems::add,
                tmp.resolve("ana").resolve("group-staging"), computer, Duration.ofSeconds(3), (dir, w) -> {
                    wake.set(w);
                    return () -> wake.set(null);
                }, texts);
    }

    /** The system's opener: it throws, as the application's does, when there is no program to open with. */
    void browse(String url) {
        if (noBrowser) {
            throw new java.io.UncheckedIOException("No program could be started to open it (Cannot run program"
                    + " \"xdg-open\")", new java.io.IOException("Cannot run program \"xdg-open\""));
        }
        opened.add(url);
    }

    @AfterEach
    void close() throws Exception {
        group.close();
        saves.close();
        tasks.close();
        assertTrue(tasks.awaitClosed(30_000), "the background work ended");
        anaWriter.close();
        ana.close();
        handbook.close();
    }

    void runUiUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            Runnable r = ui.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertTrue(r != null, "the background work never finished; problems: " + problems);
            r.run();
        }
    }

    /** Someone else's file in the folder, with one more note each time. */
    void writes(String name, String dataDir, String note) throws Exception {
        try (Database other = Database.open(tmp.resolve(dataDir))) {
            other.settings().putReaderName(name);
            other.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "gardens",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, note, List.of(), name, Optional.empty()));
            new GroupFolder(folder, tmp.resolve(dataDir + "-staging"))
                    .writeOwn(other, new NoteSharing(other, new HandbookChapters(handbook), "test"));
        }
    }

    Optional<NoticeViewModel.Notice> notice() {
        return notices.noticeProperty().get();
    }

    NoticeViewModel.Choice choice(String id) {
        return notice().orElseThrow().choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    long anasNotesSaying(String text) {
        try {
            return ana.annotations().book(handbook.book().identity()).stream()
                    .filter(a -> !a.isDeleted() && a.note().equals(text)).count();
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    void chooseFolder(boolean mergeWithoutAsking) throws InterruptedException {
        answers.add(Optional.of(folder));
        answers.add(Optional.of("Tuesday circle"));
        answers.add(mergeWithoutAsking);
        actions.choose();
        runUiUntil(() -> wake.get() != null);
    }


    /** The group folder's line under the page. */
    String line() {
        return group.status().lineProperty().get();
    }
}
