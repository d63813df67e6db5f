package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes panel says where a note came from that a file said was the reader's (decision 0032), and stops saying
 * it once the reader has saved the note themselves. Real window, real handbook, a real notes file.
 */
@Tag("ui")
class ClaimedNoteWindowTest {
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

    /**
     * t15d's F1: the group view showed a note a file only claims is the reader's as a thread "By Ana", counted; it is
     * listed apart under the threads, saying the file, as the digest lists it (decision 0079).
     */
    @Test
    void theGroupViewListsAClaimedNoteApartSayingTheFileNotAsAThreadOfTheReaders() throws Exception {
        claimedAndOpened();
        javafx.scene.control.MenuItem item = window.menuItem("menu-group-view");
        WaitForAsyncUtils.asyncFx(item::fire).get(10, TimeUnit.SECONDS);
        Label apart = OpenWindow.awaitNode(robot, "#group-apart", Label.class, OpenWindow::isShowing);
        String said = OpenWindow.fx(apart::getText);
        org.junit.jupiter.api.Assertions.assertTrue(said.startsWith("Kept apart, counted nowhere (1)"), said);
        org.junit.jupiter.api.Assertions.assertTrue(said.replaceAll("[\u2068\u2069]", "").contains("\n27 Wiki · from"
                + " from-mallory.jsonld, which says you wrote it, naming Ana: Words put in Ana's mouth"), said);
        javafx.scene.control.ListView<?> threads = OpenWindow.awaitNode(robot, "#group-threads",
                javafx.scene.control.ListView.class, OpenWindow::isShowing);
        assertEquals(0, (int) OpenWindow.fx(() -> threads.getItems().size()), "no thread of Ana's");
    }

    /** A W3C file's note under Ana's id, imported; the window opened on the real handbook's wiki. */
    private Annotation claimedAndOpened() throws Exception {
        Path profile = dataDir.resolve("profile");
        Path file = dataDir.resolve("from-mallory.jsonld");
        Annotation claimed;
        try (Database db = Database.open(profile)) {
            db.settings().putReaderName("Ana");
            Files.writeString(file, JsonWriter.write(List.of(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                    "id", "http://example.org/anno/claim", "type", "Annotation",
                    "creator", Map.of("id", db.settings().readerId(), "name", "Mallory"),
                    "body", Map.of("type", "TextualBody", "value", "Words put in Ana's mouth"),
                    "target", Map.of("source", "https://peeragogy.github.io/wiki.html")))), StandardCharsets.UTF_8);
            NoteSharing sharing = ShareFixture.sharing(db);
            sharing.apply(sharing.preview(file));
            claimed = db.annotations().book(ShareFixture.HANDBOOK.book().identity()).get(0);
        }
        // A handbook of its own: the window closes the one it shows, and ShareFixture's is shared by other tests.
        window = OpenWindow.open(profile, org.peeragogy.reader.content.Handbooks.open(
                org.peeragogy.reader.TestHandbooks.real()), "wiki", url -> { });
        window.awaitChapter("wiki");
        return claimed;
    }

    @Test
    void theNotesPanelSaysWhichFileClaimedANoteUntilTheReaderSavesIt() throws Exception {
        Annotation claimed = claimedAndOpened();
        window.showNotesPanel(robot);
        Label from = OpenWindow.awaitNode(robot, "#note-claimed-from", Label.class, OpenWindow::isShowing);
        assertEquals("From from-mallory.jsonld, which says you wrote it. Not in your exports until you save it (Edit…).",
                from.getText());

        // Ana saves it as hers (what Edit… does when she presses Save).
        WaitForAsyncUtils.asyncFx(() -> window.session.notes().edit(claimed.id(), Annotation.Colour.YELLOW,
                claimed.note(), List.of())).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                .lookup("#note-claimed-from").match((Node n) -> OpenWindow.isShowing(n)).tryQuery().isEmpty())
                .get(10, TimeUnit.SECONDS));
    }
}
