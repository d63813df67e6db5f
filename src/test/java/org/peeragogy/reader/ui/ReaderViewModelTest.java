package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;

/** The window's behaviour without a window: the fixture handbook, a real SQLite file, no toolkit. */
class ReaderViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbooks.fixture());
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private ReaderViewModel newViewModel() {
        return new ReaderViewModel(handbook, db.settings(), db.readingPositions(), TEXTS);
    }

    @Test
    void firstStartOpensTheFirstChapterInReadingOrder() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        assertEquals("welcome", vm.locationProperty().get().chapterId());
        assertFalse(vm.canGoBackProperty().get());
        assertFalse(vm.canGoPreviousProperty().get());
    }

    @Test
    void backReturnsToThePreviousChapterAndItsScrollPosition() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.open("gardens", "");
        vm.scrolled(0.5);
        vm.open("meetings", "taking-turns");
        vm.back();
        assertEquals(new ReaderViewModel.Location("gardens", "", 0.5), vm.locationProperty().get());
        assertTrue(vm.canGoForwardProperty().get());
        vm.forward();
        assertEquals("meetings", vm.locationProperty().get().chapterId());
    }

    /**
     * Back and Forward carry over to the window opened again in another interface language (decision 0038): the
     * new view-model starts where the reader was and takes the old one's history, scroll positions included;
     * a place in a chapter the handbook no longer has is left out.
     */
    @Test
    void theHistoryCarriesOverToANewViewModelAfterItsStart() {
        ReaderViewModel before = newViewModel();
        before.start();
        for (String chapter : List.of("gardens", "meetings", "open-questions")) {
            before.open(chapter, "");
            before.scrolled(chapter.equals("gardens") ? 0.25 : 0);
        }
        before.back();
        History.Kept kept = before.history();
        assertEquals(2, kept.back().size());
        assertEquals(1, kept.forward().size());
        History.Kept withAGoneChapter = new History.Kept(List.of(kept.back().get(0),
                new ReaderViewModel.Location("no-such-chapter", "", 0.1), kept.back().get(1)), kept.forward());

        ReaderViewModel after = newViewModel();
        after.startAt("meetings");
        assertFalse(after.canGoBackProperty().get());
        after.restoreHistory(withAGoneChapter);
        assertTrue(after.canGoBackProperty().get() && after.canGoForwardProperty().get());
        after.back();
        assertEquals(new ReaderViewModel.Location("gardens", "", 0.25), after.locationProperty().get());
        after.back();
        assertEquals("welcome", after.locationProperty().get().chapterId(), "the gone chapter is skipped");
        assertFalse(after.canGoBackProperty().get());
        after.forward();
        after.forward();
        after.forward();
        assertEquals("open-questions", after.locationProperty().get().chapterId());
    }

    @Test
    void followingALinkAfterGoingBackClearsForward() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.open("gardens", "");
        vm.back();
        vm.open("meetings", "");
        assertFalse(vm.canGoForwardProperty().get());
    }

    @Test
    void nextAndPreviousFollowTheReadingOrder() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.open("gardens", "");
        vm.nextChapter();
        assertEquals("meetings", vm.chapterProperty().get().id());
        vm.previousChapter();
        vm.previousChapter();
        assertEquals("welcome", vm.chapterProperty().get().id());
    }

    @Test
    void unknownChapterIsReportedAndNothingMoves() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.open("no-such-chapter", "");
        assertEquals("welcome", vm.locationProperty().get().chapterId());
        assertTrue(vm.problemProperty().get().contains("no-such-chapter"));
    }

    @Test
    void restartResumesAtTheSavedChapterAndScroll() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.open("meetings", "");
        vm.laidOut("meetings", 0.37);
        ReaderViewModel again = newViewModel();
        again.start();
        assertEquals(new ReaderViewModel.Location("meetings", "", 0.37), again.locationProperty().get());
    }

    @Test
    void themeAndTextSizeAreRemembered() {
        ReaderViewModel vm = newViewModel();
        vm.look().setTheme(Theme.SEPIA);
        vm.look().largerText();
        vm.look().largerText();
        ReaderViewModel again = newViewModel();
        assertEquals(Theme.SEPIA, again.look().themeProperty().get());
        assertEquals(1.2, again.look().fontScaleProperty().get(), 1e-9);
    }

    @Test
    void textSizeStaysWithinLimits() {
        ReaderViewModel vm = newViewModel();
        for (int i = 0; i < 40; i++) {
            vm.look().smallerText();
        }
        assertEquals(0.6, vm.look().fontScaleProperty().get(), 1e-9);
        vm.look().resetText();
        assertEquals(1.0, vm.look().fontScaleProperty().get(), 1e-9);
    }

    @Test
    void statusNamesChapterPartAndPosition() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.open("field-trips", "");
        vm.scrolled(0.25);
        assertEquals("Field trips  ·  More chapters  ·  25%", new StatusViewModel(vm, TEXTS).chapterPart());
    }

    @Test
    void replacingTheHandbookRemembersWhereItLives() throws Exception {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.replaceHandbook(Handbooks.guide(), Path.of("/media/usb/handbook"));
        assertTrue(vm.handbookProperty().get().isGuide());
        assertEquals("/media/usb/handbook", db.settings().get(ReaderViewModel.HANDBOOK_KEY).orElseThrow());
        assertEquals(vm.book().chapters().get(0).id(), vm.locationProperty().get().chapterId());
    }

    /** How many of this process's open file descriptors point at {@code file} (Linux's /proc). */
    private static long openDescriptors(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false; // closed while listing, or the listing's own descriptor
                }
            }).count();
        }
    }

    @Test
    void theReplacedZipHandbookIsClosedByTheCloserAndTheNewOneIsNot() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to see which files are open");
        Path zip = dataDir.resolve("tiny.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("one.md", "two.md")) {
                z.putNextEntry(new ZipEntry("tiny/" + name));
                z.write(("# " + name + "\n\nSome text.\n").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Handbook fromZip = Handbooks.open(zip);
        assertEquals(1, openDescriptors(zip), "an open zip handbook holds its file open");
        List<Runnable> closes = new ArrayList<>();
        ReaderViewModel vm = new ReaderViewModel(fromZip, db.settings(), db.readingPositions(), closes::add, TEXTS);
        vm.start();
        vm.replaceHandbook(handbook, null);
        assertEquals(1, closes.size(), "the close is handed to the closer");
        assertEquals(1, openDescriptors(zip), "and only the closer closes");
        closes.get(0).run();
        assertEquals(0, openDescriptors(zip), "the zip's file is closed");
        vm.replaceHandbook(handbook, null);
        assertEquals(1, closes.size(), "the handbook shown is never closed");
        assertTrue(handbook.render(vm.locationProperty().get().chapterId()).html().contains("<article"));
    }

    @Test
    void aProblemReportedWithoutAMessageStillShowsASentence() {
        ReaderViewModel vm = newViewModel();
        vm.start();
        vm.report(null);
        assertFalse(vm.problemProperty().get().isBlank());
        vm.report(" ");
        assertFalse(vm.problemProperty().get().isBlank());
    }
}
