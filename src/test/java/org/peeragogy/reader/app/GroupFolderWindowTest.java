package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The group folder in a real window (issue 16): the folder chosen before is watched again when the window
 * opens, the reader's own file is written into it, and a file that lands there is a quiet notice whose Merge
 * brings the notes in; the line under the page says where the reader's notes are and when the folder is not
 * reachable; the group's digest opens again from the Notes menu, and says where its copy is when nothing can open
 * it.
 */
@Tag("ui")
class GroupFolderWindowTest {
    @TempDir
    Path temp;
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

    private static boolean has(Path folder, String prefix) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private String noticeText() throws Exception {
        return OpenWindow.noticeText(robot);
    }

    /** Ana's data folder with the group folder {@code folder} chosen before, as "Tuesday circle". */
    private Path anaIn(Path folder) throws Exception {
        Path ana = temp.resolve("ana");
        try (Database db = Database.open(ana)) {
            db.settings().putReaderName("Ana");
            db.settings().put(GroupFolder.FOLDER_SETTING, folder.toString());
            db.settings().put(GroupFolder.GROUP_SETTING, "Tuesday circle");
        }
        return ana;
    }

    private String text(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText)
                .orElse("")).get(10, TimeUnit.SECONDS);
    }

    /**
     * What ScreenChecks finds wrong with the group folder's line as a reader sees it (text below AA, text cut to
     * "…"), and with the live text saying it; the rest of this unsized window is ScreensTest's.
     */
    private java.util.List<String> seen() throws Exception {
        String line = text("#group-status");
        String start = line.substring(0, Math.min(24, line.length()));
        return WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<String> wrong = new java.util.ArrayList<>(ScreenChecks.lowContrast(window.stage));
            wrong.addAll(ScreenChecks.cutText(window.stage));
            wrong.removeIf(w -> !w.contains(start) && !w.contains("Details"));
            return wrong;
        }).get(10, TimeUnit.SECONDS);
    }

    private boolean trouble() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#group-bar").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("trouble"))).get(10, TimeUnit.SECONDS);
    }

    /**
     * The line under the page (a hostile try-out found the folder's state shown nowhere): your notes in the folder,
     * then the stick pulled out is a line in the problem bar's colours that says what to do, said through the live
     * text for screen readers, and the plain line again when the folder is back. The README's stick user waits for
     * this line.
     */
    @Test
    void theLineUnderThePageSaysYourNotesAreInTheFolderAndWhenItIsNotReachableUntilItIsBack() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        window = OpenWindow.open(anaIn(folder), Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#group-status").contains("your notes are in it"));
        assertTrue(text("#group-status").startsWith("Group folder Tuesday circle: your notes are in it (written "),
                text("#group-status"));
        assertTrue(has(folder, "Ana_"));
        assertFalse(trouble());
        assertEquals(java.util.List.of(), seen(), "the line reads at AA and is never cut");
        assertEquals("Your notes are in the group folder Tuesday circle.", text("#live-text"));

        Path away = Files.move(folder, temp.resolve("stick-pulled-out"));
        // The next poll (2 s) finds it gone; 30 s on a loaded machine.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#group-status").contains("is not reachable"));
        String notReachable = "The group folder Tuesday circle (" + folder + ") is not reachable — is the stick plugged"
                + " in, the share connected? The reader looks again every few seconds.";
        assertEquals(notReachable, text("#group-status"));
        assertTrue(trouble());
        assertEquals(notReachable, text("#live-text"));
        assertEquals(java.util.List.of(), seen(), "the trouble, in the problem bar's colours, reads at AA and whole");
        OpenWindow.click(robot, "#group-status-details");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> details().startsWith("The group folder " + folder
                + " is not there"));

        Files.move(away, folder);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !trouble());
        assertTrue(text("#group-status").startsWith("Group folder Tuesday circle: your notes are in it"),
                text("#group-status"));
        assertEquals("Your notes are in the group folder Tuesday circle.", text("#live-text"));
        // Details… opened while the stick was out went on saying "is not there" after it was back: it follows the line.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> details().equals("Nothing is wrong with the group"
                + " folder now."));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#group-details").query().getScene().getWindow().hide())
                .get(10, TimeUnit.SECONDS);
    }

    /** The text of the group folder's Details… dialog, "" when it is not open. */
    private String details() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#group-details-text")
                .tryQueryAs(javafx.scene.control.TextArea.class).map(javafx.scene.control.TextArea::getText).orElse(""))
                .get(10, TimeUnit.SECONDS);
    }

    /**
     * The group's digest opens again from Notes → Open the group's digest after its notice was dismissed; with no
     * program to open it (no browser on the system) the problem bar says so and where the copy is.
     */
    @Test
    void theGroupsDigestOpensAgainFromTheNotesMenuAndAFailedOpenSaysWhereItsCopyIs() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        java.util.List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean noBrowser = new java.util.concurrent.atomic.AtomicBoolean();
        window = OpenWindow.open(anaIn(folder), Handbooks.open(TestHandbooks.fixture()), "gardens", url -> {
            if (noBrowser.get()) {
                // As the application's opener does where xdg-open is missing.
                throw new java.io.UncheckedIOException("No program could be started to open it (Cannot run program"
                        + " \"xdg-open\")", new java.io.IOException("Cannot run program \"xdg-open\""));
            }
            opened.add(url);
        });
        window.awaitChapter("gardens");
        Files.writeString(folder.resolve("digest.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>Digest</title>"
                + "</head><body><p>Open questions: 2</p></body></html>");
        OpenWindow.awaitNode(robot, "#notice-group-digest", Button.class, Button::isVisible);
        OpenWindow.click(robot, "#notice-dismiss");
        javafx.scene.control.MenuItem again = window.menuItem("menu-group-digest");
        assertEquals("Open the group's digest", OpenWindow.fx(again::getText));
        assertFalse(OpenWindow.fx(again::isDisable));
        WaitForAsyncUtils.asyncFx(again::fire).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertTrue(Files.readString(Path.of(java.net.URI.create(opened.get(0)))).contains("Open questions: 2"));

        noBrowser.set(true);
        WaitForAsyncUtils.asyncFx(again::fire).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#problem").startsWith("Could not open"));
        String said = text("#problem");
        assertTrue(said.startsWith("Could not open the group's digest digest.html: No program could be started"), said);
        Path copy = Path.of(said.substring(said.indexOf(" is at ") + " is at ".length(), said.indexOf("; open it")));
        assertTrue(Files.readString(copy).contains("Open questions: 2"), "the copy it names is there: " + copy);
    }

    @Test
    void aFileLandingInTheGroupFolderIsANoticeAndMergeBringsItsNotesIn() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        Path ana = anaIn(folder);
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> has(folder, "Ana_"));

        try (GroupMember ben = GroupMember.join(temp, "Ben", folder)) {
            ben.note("gardens", "Ben's thought on gardens");
            ben.writeOwn();
        }
        // Within a poll (2 s) of landing, or at once on the folder's change event; 30 s on a loaded machine.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup("#notice-group-merge")
                .tryQuery().isPresent()));
        OpenWindow.awaitNode(robot, "#notice-group-merge", Button.class, Button::isVisible);
        assertEquals("Ben updated their notes (1 new). Merge asks first about 1 file from people you have not merged"
                + " before", noticeText());
        OpenWindow.click(robot, "#notice-group-merge");
        // Ben was never merged before: Merge shows his file in the preview first (issue 16's try-out, W1).
        OpenWindow.awaitNode(robot, "#group-preview-item-0", javafx.scene.control.CheckBox.class,
                javafx.scene.control.CheckBox::isSelected);
        OpenWindow.click(robot, "OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> noticeText().startsWith("Merged from the group folder"));
        assertEquals("Merged from the group folder: Ben 1 new.", noticeText(), "whose notes they were");
        try (Database db = Database.open(ana)) {
            assertEquals(1, db.annotations().book(TestHandbooks.FIXTURE_IDENTITY).stream()
                    .filter(a -> a.note().equals("Ben's thought on gardens")).count());
        }
    }

    private String focusId() throws Exception {
        return OpenWindow.fx(() -> {
            javafx.scene.Node f = window.stage.getScene().getFocusOwner();
            return f == null || f.getId() == null ? String.valueOf(f) : f.getId();
        });
    }

    /** Presses F6 until the focus is on {@code id}, at most once per region; false when it never gets there. */
    private boolean f6To(String id) throws Exception {
        for (int i = 0; i < 9; i++) {
            OpenWindow.keys(robot, javafx.scene.input.KeyCode.F6);
            if (id.equals(focusId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keys only (issue 14's rules; issue 16's try-out found the notice's buttons in no F6 region and reached by no
     * Tab): F6 from the page reaches the notice's first button, Tab its Merge, Enter opens the preview (Ben was never
     * merged before) with the keyboard on his file's check, and Enter there merges; Esc in a notice dismisses it and
     * puts the keyboard back in the text.
     */
    @Test
    void aKeyboardUserReachesTheNoticeWithF6MergesFromThePreviewAndDismissesWithEsc() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        Path ana = anaIn(folder);
        window = OpenWindow.open(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> has(folder, "Ana_"));
        try (GroupMember ben = GroupMember.join(temp, "Ben", folder)) {
            ben.note("gardens", "Ben's thought on gardens");
            ben.writeOwn();
        }
        OpenWindow.awaitNode(robot, "#notice-group-merge", Button.class, Button::isVisible);
        window.focus(robot);
        assertTrue(f6To(GroupFolderActions_PREVIEW), "F6 never reached the notice; focus in " + focusId());
        OpenWindow.keys(robot, javafx.scene.input.KeyCode.TAB);
        assertEquals("notice-group-merge", focusId());
        OpenWindow.keys(robot, javafx.scene.input.KeyCode.ENTER);
        javafx.scene.control.CheckBox bens = OpenWindow.awaitNode(robot, "#group-preview-item-0",
                javafx.scene.control.CheckBox.class, javafx.scene.control.CheckBox::isFocused);
        assertTrue(OpenWindow.fx(bens::isSelected));
        assertTrue(OpenWindow.fx(bens::getText).startsWith("Ben updated their notes (1 new) — Ben_"));
        OpenWindow.keys(robot, javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> noticeText().startsWith("Merged from the group folder"));
        assertEquals("Merged from the group folder: Ben 1 new.", noticeText());
        try (Database db = Database.open(ana)) {
            assertEquals(1, db.annotations().book(TestHandbooks.FIXTURE_IDENTITY).stream()
                    .filter(a -> a.note().equals("Ben's thought on gardens")).count());
        }

        assertTrue(f6To("notice-undo"), "F6 reaches the merged notice's Undo; focus in " + focusId());
        OpenWindow.keys(robot, javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noticeText().isEmpty());
        assertTrue(OpenWindow.fx(() -> window.session.window().chapterView().node().isFocused()),
                "the keyboard is back in the text: " + focusId());
    }

    /** The notice's Preview button id ({@code GroupFolderActions.PREVIEW}, package-private in ui). */
    private static final String GroupFolderActions_PREVIEW = "notice-group-preview";

    /**
     * A try-out at 1024x600 found the notice's Preview, Merge and Dismiss shrunk to "…" by a 150-character name (and
     * by thirty people's merge): the name is cut in the notice, the words wrap, and every button keeps its label.
     */
    @Test
    void aLongNameInANoticeAt1024x600LeavesEveryButtonItsLabel() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        String longName = "Mallory " + "W".repeat(140);
        window = OpenWindow.sized(anaIn(folder), Handbooks.open(TestHandbooks.fixture()), "gardens", "1024x600");
        try (GroupMember m = GroupMember.join(temp, longName, folder)) {
            m.note("gardens", "Mallory's note");
            m.writeOwn();
        }
        OpenWindow.awaitNode(robot, "#notice-group-merge", Button.class, Button::isVisible);
        String said = noticeText();
        assertTrue(said.startsWith("Mallory " + "W".repeat(51) + "… updated their notes (1 new)"), said);
        java.util.List<String> cut = OpenWindow.fx(() -> ScreenChecks.cutText(window.stage)).stream()
                .filter(w -> w.startsWith("Button")).toList();
        assertEquals(java.util.List.of(), cut, "the notice's buttons keep their labels");
    }

    /** The words a labelled control shows on screen (its skin's text node), not the text it was given. */
    private static String shownText(javafx.scene.control.Labeled control) throws Exception {
        return OpenWindow.fx(() -> control.lookupAll(".text").stream()
                .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                .findFirst().orElse(""));
    }

    /**
     * try17w F7: a check box in the preview parsed the first underscore of its words as a keyboard mnemonic, so a
     * person named {@code Ben_C} showed as "BenC" (and {@code reader_<id>} as "reader<id>") and a stranger's name chose an Alt key. The
     * preview's check boxes (LiteralLabels) show a name and a file name as they are, and give no mnemonic.
     */
    @Test
    void thePreviewShowsANameAndAFileNameWithUnderscoresAsTheyAre() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        window = OpenWindow.open(anaIn(folder), Handbooks.open(TestHandbooks.fixture()), "gardens", url -> { });
        window.awaitChapter("gardens");
        String file;
        try (GroupMember odd = GroupMember.join(temp, "Ben_C", folder)) {
            odd.note("gardens", "An odd name's note");
            file = odd.writeOwn().getFileName().toString();
        }
        OpenWindow.awaitNode(robot, "#notice-group-preview", Button.class, Button::isVisible);
        OpenWindow.click(robot, "#notice-group-preview");
        javafx.scene.control.CheckBox box = OpenWindow.awaitNode(robot, "#group-preview-item-0",
                javafx.scene.control.CheckBox.class, javafx.scene.control.CheckBox::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = shownText(box).replace("\n", " ");
        assertTrue(shown.startsWith("Ben_C updated their notes (1 new) — " + file), shown);
        assertFalse(OpenWindow.fx(box::isMnemonicParsing), "no Alt key chosen by a stranger's name");
        OpenWindow.click(robot, "Cancel");
    }

    /**
     * try17w F8: the preview's list was 44 pixels per file, so one flagged file's long warning ("This file holds notes
     * by other people: …") was cut after a line and a half with the screen unused. The list takes the room its
     * entries need: every line of the entry shows without scrolling.
     */
    @Test
    void thePreviewsListTakesTheRoomItsEntriesNeed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stick"));
        window = OpenWindow.sized(anaIn(folder), Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        try (GroupMember ben = GroupMember.join(temp, "Ben", elsewhere);
             GroupMember eve = GroupMember.join(temp, "Eve", elsewhere)) {
            eve.note("gardens", "Eve's note");
            Files.copy(eve.writeOwn(), folder.resolve("Ben_" + ben.id().substring(9) + ".peeranotes"));
        }
        OpenWindow.awaitNode(robot, "#notice-group-preview", Button.class, Button::isVisible);
        OpenWindow.click(robot, "#notice-group-preview");
        javafx.scene.control.CheckBox box = OpenWindow.awaitNode(robot, "#group-preview-item-0",
                javafx.scene.control.CheckBox.class, javafx.scene.control.CheckBox::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(OpenWindow.fx(box::getText).contains("This file holds notes by other people"),
                OpenWindow.fx(box::getText));
        javafx.scene.control.ScrollPane list = OpenWindow.awaitNode(robot, "#group-preview-list",
                javafx.scene.control.ScrollPane.class, javafx.scene.control.ScrollPane::isVisible);
        double[] seen = OpenWindow.fx(() -> new double[] {list.getViewportBounds().getHeight(),
                ((javafx.scene.layout.Region) list.getContent()).getHeight(), box.getHeight()});
        assertTrue(seen[2] > 60, "the warning wraps over several lines: " + seen[2]);
        assertTrue(seen[1] <= seen[0] + 1, "the whole entry shows: list " + seen[0] + " px, entries " + seen[1]);
        OpenWindow.click(robot, "Cancel");
    }
}
