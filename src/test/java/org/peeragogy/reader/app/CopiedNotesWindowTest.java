package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.ui.CopiedNotesDialog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fresh tester t34's F1 in the window (decision 0094): a data folder copied from Chen's, opened as Main opens it
 * (WindowStart), asks once whether the reader is Chen; someone else gets an author id of their own, and Chen's note
 * stays Chen's. A real copy of a real notes file, a real window under Xvfb.
 */
@Tag("ui")
class CopiedNotesWindowTest {
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private final BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
    private final AtomicReference<ReaderSession> session = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicInteger shows = new java.util.concurrent.atomic.AtomicInteger();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        ReaderSession s = session.get();
        if (s != null) {
            WaitForAsyncUtils.asyncFx(() -> s.window().chapterView().node().getScene().getWindow().hide())
                    .get(20, TimeUnit.SECONDS);
            assertEquals(0, exits.poll(20, TimeUnit.SECONDS), "closing the window ends the reader");
        }
    }

    private Path book;
    private String identity;
    private String chen;

    /** Chen's data folder with a note, copied byte for byte for a second participant; the window started on the copy. */
    private Path startOnACopy() throws Exception {
        return startOnACopy(Optional.empty());
    }

    /** As above, Chen's data folder keeping its notes in {@code group} too (the group folder chosen before). */
    private Path startOnACopy(Optional<Path> group) throws Exception {
        book = StartPlaceTest.threeChapters(temp.resolve("book"));
        try (Handbook h = Handbooks.open(book)) {
            identity = h.book().identity();
        }
        Path chens = temp.resolve("stick1/data");
        try (Database db = Database.open(chens)) {
            db.settings().putReaderName("Chen");
            chen = db.settings().readerId();
            if (group.isPresent()) {
                db.settings().put(org.peeragogy.reader.share.group.GroupFolder.FOLDER_SETTING, group.get().toString());
            }
            db.annotations().create(new AnnotationStore.Draft(identity, "a", Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, "Chen's", List.of(), "Chen", Optional.empty()));
        }
        Path data = Files.createDirectories(temp.resolve("participant2/data"));
        Files.copy(chens.resolve(Database.FILE_NAME), data.resolve(Database.FILE_NAME), StandardCopyOption.COPY_ATTRIBUTES);
        WindowStart start = new WindowStart(Options.parse("--handbook", book.toString(), "--data-dir", data.toString()),
                data, new PrintStream(err, true, StandardCharsets.UTF_8), url -> { }, exits::add, Clock.systemDefaultZone());
        start.onShown(s -> {
            session.set(s);
            shows.incrementAndGet();
        });
        start.begin();
        // Bounded: the window first (a cold start on a loaded machine took over the 10 s the question's wait allows).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shows.get() >= 1);
        return data;
    }

    @Test
    void theSamePersonKeepsEverythingAndIsNotAskedAgain() throws Exception {
        Path data = startOnACopy();
        OpenWindow.clickShowing(robot, CopiedNotesDialog.same(TEXTS, "Chen"));
        String own = "ino:" + Files.getAttribute(data.resolve(Database.FILE_NAME), "unix:ino");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> SettingsStore.peek(data, "notes.file.identity").filter(own::equals).isPresent());
        assertEquals(Optional.of(chen), SettingsStore.peek(data, SettingsStore.READER_ID));
        assertEquals(Optional.of("Chen"), SettingsStore.peek(data, SettingsStore.READER_NAME));
        assertEquals(1, shows.get(), "the window stays as it is");
    }

    @Test
    void aCopiedProfileAsksWhoReadsItAndSomeoneElseGetsAnIdOfTheirOwn() throws Exception {
        Path data = startOnACopy();

        DialogPane question = OpenWindow.awaitNode(robot, "#copied-notes", DialogPane.class, p -> true);
        String header = OpenWindow.fx(question::getHeaderText);
        assertTrue(header.contains("copied from") && header.contains("Chen") && header.contains("Are you"), header);
        OpenWindow.clickShowing(robot, CopiedNotesDialog.someoneElse(TEXTS));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !chen.equals(SettingsStore.peek(data, SettingsStore.READER_ID).orElse(chen)));
        String mine = SettingsStore.peek(data, SettingsStore.READER_ID).orElseThrow();
        assertNotEquals(chen, mine);
        assertEquals(Optional.empty(), SettingsStore.peek(data, SettingsStore.READER_NAME), "the name is asked anew");
        // The window opened again on the new id (as after choosing another interface language).
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shows.get() == 2);
        WaitForAsyncUtils.asyncFx(() -> session.get().window().chapterView().node().getScene().getWindow().hide())
                .get(20, TimeUnit.SECONDS);
        assertEquals(0, exits.poll(20, TimeUnit.SECONDS));
        session.set(null);
        try (Database db = Database.open(data)) {
            assertEquals(chen, db.annotations().book(identity).get(0).authorId(), "Chen's note stays Chen's");
            assertEquals("Chen", db.authors().byId().get(chen).name());
            assertEquals(mine, db.settings().readerId());
            assertEquals(Optional.empty(), db.settings().copiedFrom(), "asked once");
        }
    }

    /**
     * Fresh tester t35's F1: a window on a copy wrote the reader's file into the group folder under Chen's id while the
     * question was open (and the file stayed, whatever the answer). Nothing goes there until they have said who they
     * are; someone else's file carries their own id.
     */
    @Test
    void aCopyWritesNothingUnderTheFirstReadersIdInTheGroupFolder() throws Exception {
        Path group = Files.createDirectories(temp.resolve("group"));
        Path data = startOnACopy(Optional.of(group));
        OpenWindow.awaitNode(robot, "#copied-notes", DialogPane.class, p -> true);
        OpenWindow.clickShowing(robot, CopiedNotesDialog.someoneElse(TEXTS));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !chen.equals(SettingsStore.peek(data, SettingsStore.READER_ID).orElse(chen)));
        String mine = SettingsStore.peek(data, SettingsStore.READER_ID).orElseThrow();
        // Bounded: the new window writes the reader's own file (their id) into the group folder.
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> names(group).stream().anyMatch(n -> n.contains(uuid(mine))));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("in the group folder: " + names(group) + "; mine " + mine + ", Chen " + chen + "; "
                    + err.toString(StandardCharsets.UTF_8), e);
        }
        WaitForAsyncUtils.asyncFx(() -> session.get().window().chapterView().node().getScene().getWindow().hide())
                .get(20, TimeUnit.SECONDS);
        assertEquals(0, exits.poll(20, TimeUnit.SECONDS));
        session.set(null);
        assertEquals(List.of(), names(group).stream().filter(n -> n.contains(uuid(chen))).toList(),
                "a file under Chen's id was written by the copy");
    }

    /**
     * Fresh tester t35's F2: when another program destroyed the question's X window ({@code xdotool windowclose}, as a
     * force-close tool or a crashed window manager does), the window stayed on screen taking no input, and could not be
     * closed: only {@code kill} ended it. Now a click in the window brings the question back, on screen, and it is
     * answered there. The real X window of the question, destroyed by the real xdotool.
     */
    @Test
    void aQuestionWhoseWindowAnotherProgramDestroysComesBackAtAClickInTheWindow() throws Exception {
        Path data = startOnACopy();
        OpenWindow.awaitNode(robot, "#copied-notes", DialogPane.class, OpenWindow::isShowing);
        String title = "^" + TEXTS.get("copied.title").replace("?", "\\?") + "$";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !xdotool("search", "--onlyvisible", "--name", title).isBlank());
        for (String id : xdotool("search", "--onlyvisible", "--name", title).strip().split("\\s+")) {
            xdotool("windowclose", id);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> xdotool("search", "--onlyvisible", "--name", title).isBlank());

        OpenWindow.click(robot, "#status"); // a click in the reader's window
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !xdotool("search", "--onlyvisible", "--name", title).isBlank());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the question did not come back: the window took no input", e);
        }
        OpenWindow.clickShowing(robot, CopiedNotesDialog.same(TEXTS, "Chen"));
        String own = "ino:" + Files.getAttribute(data.resolve(Database.FILE_NAME), "unix:ino");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> SettingsStore.peek(data, "notes.file.identity").filter(own::equals).isPresent());
        assertEquals(1, shows.get(), "the window stays as it is");
        // Closing the window ends the reader (closeWindow).
    }

    /** xdotool with {@code args} on this display; what it printed (nothing when it found no window). */
    private static String xdotool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "xdotool did not end");
        return out;
    }

    /**
     * Fresh tester t35's F4: a notes file handed over by a second start while the question was open was offered then,
     * over the question, to be imported under Chen's id (its remark called Chen's note "your own"). It waits for the
     * answer, and is offered then in the window of whoever reads here.
     */
    @Test
    void aFileHandedOverWhileTheQuestionIsOpenIsOfferedOnceItIsAnswered() throws Exception {
        Path data = startOnACopy();
        OpenWindow.awaitNode(robot, "#copied-notes", DialogPane.class, OpenWindow::isShowing);
        Path file = temp.resolve("Chen.peeranotes").toAbsolutePath();
        CommandRun chens = new CommandRun(temp.resolve("stick1/data"), book);
        assertEquals(0, chens.run("export", "--format", "notes", "--out", file.toString()), chens.err());
        assertTrue(Handover.send(data, file, java.time.Duration.ofSeconds(20)), "the file was not taken");
        // Bounded: before, its preview was over the question within a second or two of being taken.
        try {
            WaitForAsyncUtils.waitFor(6, TimeUnit.SECONDS, () -> preview().isPresent());
            throw new AssertionError("offered while the question is open: " + said(preview().orElseThrow()));
        } catch (java.util.concurrent.TimeoutException expected) {
            // not offered: it waits for the answer
        }
        OpenWindow.clickShowing(robot, CopiedNotesDialog.someoneElse(TEXTS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview().isPresent());
        assertEquals(2, shows.get(), "offered in the window on the new id");
        String said = said(preview().orElseThrow());
        assertTrue(said.contains(file.getFileName().toString()), said);
        assertTrue(!said.contains("your own"), "Chen's note called the reader's own: " + said);
        OpenWindow.clickShowing(robot, "Cancel");
    }

    /** The import's preview showing now, if any. */
    private Optional<DialogPane> preview() throws Exception {
        return OpenWindow.fx(() -> robot.lookup("#import-preview").match(OpenWindow::isShowing).tryQueryAs(DialogPane.class));
    }

    /** Every text a dialog shows: its header, its content and every label in it. */
    private static String said(DialogPane pane) throws Exception {
        return OpenWindow.fx(() -> pane.getHeaderText() + "\n" + pane.getContentText() + "\n"
                + pane.lookupAll(".label").stream().filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).collect(java.util.stream.Collectors.joining("\n")));
    }

    /** The UUID of an author id ({@code urn:uuid:…}), as a group folder's file names carry it. */
    private static String uuid(String authorId) {
        return authorId.substring(authorId.lastIndexOf(':') + 1);
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
