package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;

/**
 * The handbook-installing service without a toolkit: the "FX thread" is this test's, which runs what
 * the background work hands to the UI queue. Handbooks are small ones the test writes.
 */
class HandbooksViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private BackgroundTasks tasks;
    private Database db;
    private ReaderViewModel reader;
    private HandbookLibrary library;
    private HandbooksViewModel handbooks;

    @BeforeEach
    void open() throws Exception {
        tasks = new BackgroundTasks(ui::add);
        db = Database.open(tmp.resolve("data"));
        reader = new ReaderViewModel(Handbooks.guide(), db.settings(), db.readingPositions(), Runnable::run, TEXTS);
        reader.start();
        library = new HandbookLibrary(tmp.resolve("handbooks"));
        handbooks = new HandbooksViewModel(new SwitchHandbookViewModel(library, Optional.empty()), reader, tasks);
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        org.junit.jupiter.api.Assertions.assertTrue(tasks.awaitClosed(30_000), "the background work ended");
        reader.handbookProperty().get().close();
        db.close();
    }

    private Path book(String name, String title, String... chapters) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        StringBuilder index = new StringBuilder("<html><head><title>" + title + "</title></head><body>");
        for (String c : chapters) {
            Files.writeString(dir.resolve(c + ".md"), "# " + c + "\n\nText of " + c + ".\n");
            index.append("<a href=\"").append(c).append(".html\">").append(c).append("</a>");
        }
        Files.writeString(dir.resolve("index.html"), index + "</body></html>");
        return dir;
    }

    /** Runs what the background hands to the UI, as the FX thread would, until {@code done} (10 s at most). */
    private void runUiUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            Runnable r = ui.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertTrue(r != null, "the background work never finished");
            r.run();
        }
    }

    @Test
    void anInstallIsWorkUntilItsResultArrivesThenTheInstalledHandbookIsOpenAndOffered() throws Exception {
        Path libro = book("es", "Libro", "uno", "dos");
        List<Double> progress = new ArrayList<>();
        handbooks.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));

        handbooks.install(libro);
        assertTrue(handbooks.workingProperty().get());
        assertTrue(handbooks.installingProperty().get());
        assertEquals(HandbooksViewModel.UNKNOWN, handbooks.progressProperty().get());
        // A second request while the first runs is not started: two installs never run at once.
        handbooks.install(book("fr", "Livre", "un"));

        runUiUntil(() -> !handbooks.workingProperty().get());
        assertFalse(handbooks.installingProperty().get());
        assertEquals("Libro", reader.book().title());
        assertEquals("", reader.problemProperty().get());
        assertTrue(progress.stream().allMatch(p -> p >= 0 && p <= 1), progress.toString());
        runUiUntil(() -> handbooks.choicesProperty().get() != null);
        assertEquals(List.of("Libro (2 chapters)"),
                handbooks.choicesProperty().get().stream().map(c -> TEXTS.format("handbooks.choice", c.title(), c.chapters())).toList());
        assertEquals(1, library.list().size(), "the second request was not installed");
        assertEquals(reader.book().identity(), handbooks.openIdentity());
    }

    @Test
    void aFailedInstallIsReportedAndTheOpenHandbookStays() throws Exception {
        String guide = reader.book().identity();
        handbooks.install(tmp.resolve("not-there"));
        runUiUntil(() -> !handbooks.workingProperty().get());
        assertFalse(reader.problemProperty().get().isBlank());
        assertEquals(guide, reader.book().identity());
        assertFalse(handbooks.installingProperty().get());
    }

    @Test
    void switchingOpensTheChosenHandbookOffTheCallingThread() throws Exception {
        library.install(book("es", "Libro", "uno", "dos"), HandbookLibrary.Progress.NONE);
        handbooks.refreshChoices();
        runUiUntil(() -> handbooks.choicesProperty().get() != null);
        SwitchHandbookViewModel.Choice libro = handbooks.choicesProperty().get().get(0);

        String guide = reader.book().identity();
        handbooks.switchTo(libro);
        assertTrue(handbooks.workingProperty().get());
        assertEquals(guide, reader.book().identity(), "nothing changes before the opened handbook arrives");
        runUiUntil(() -> !handbooks.workingProperty().get());
        assertEquals("Libro", reader.book().title());
        assertEquals("uno", reader.chapterProperty().get().id());
    }
}
