package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The handbook's files going while the window is open (the package removed with {@code dpkg -r}, the stick it
 * runs from pulled out; fresh tester t34's F3): the window says so once, with what to do, and the chapter's text
 * is still shown. Before, each picture was a stack trace on the terminal and the window said nothing. A real
 * window under Xvfb over a small handbook written here, whose picture is deleted after the handbook is opened.
 */
@Tag("ui")
class HandbookFilesGoneWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void aPictureGoneSinceTheHandbookOpenedIsSaidInTheProblemBarAndTheTextStillShows() throws Exception {
        Path folder = dataDir.resolve("book");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("one.md"), "---\ntitle: One\n---\n\n# One\n\nThe first chapter.\n");
        Files.writeString(folder.resolve("two.md"), "---\ntitle: Two\n---\n\n# Two\n\nThe second chapter.\n\n![A dot](dot.png)\n");
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(dot, "png", folder.resolve("dot.png").toFile());
        try (Database d = Database.open(dataDir)) {
            d.settings().put(NotesViewModel.AUTHOR_KEY, "Ana");
        }
        Handbook handbook = Handbooks.open(folder);
        window = OpenWindow.open(dataDir, handbook, "one", url -> { });
        window.awaitChapter("one");
        assertEquals("", problem(), "nothing is wrong yet");

        Files.delete(folder.resolve("dot.png"));
        WaitForAsyncUtils.asyncFx(() -> window.session.viewModel().open("two", null)).get(10, TimeUnit.SECONDS);
        window.awaitChapter("two");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !problem().isEmpty());
        String said = problem();
        assertTrue(said.contains("no longer there") && said.contains(handbook.location()) && said.contains("notes are kept"),
                "says what went, where, that the notes are safe and what to do: " + said);
        assertTrue(((String) window.page("PeeragogyReader.text()")).contains("The second chapter."),
                "the chapter's text is shown all the same");
    }

    private String problem() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> OpenWindow.showing(robot, "#problem", Label.class)
                .map(Label::getText).orElse("")).get(10, TimeUnit.SECONDS);
    }
}
