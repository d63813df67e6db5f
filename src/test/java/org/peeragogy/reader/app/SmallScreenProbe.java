package org.peeragogy.reader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.ui.NotesViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run by {@link WindowsFitTheScreenTest} in a child JVM whose display is a 1024 × 600 screen: opens the reader
 * window at that size, then each window and dialog the window opens, one at a time, and prints for each one line
 * {@code NAME<TAB>x<TAB>y<TAB>width<TAB>height<TAB>screen bounds<TAB>cut texts} (after the main window's, {@code
 * BARS<TAB>y}: the screen y of its toolbar's bottom), then {@code DONE}. Arguments: a
 * scratch folder.
 */
final class SmallScreenProbe {
    /**
     * The windows of their own kept open beside the text: they stand below the reader window's menu bar and toolbar
     * (fresh tester 17a F11).
     */
    static final Set<String> BESIDE = Set.of("menu-group-view", "menu-all-notes", "menu-keyboard-shortcuts",
            "menu-readers-guide");

    /** Windows opened from these menu items (by their ids), as the reader opens them; file choosers aside. */
    static final List<String> ITEMS = List.of("menu-group-view", "menu-all-notes", "menu-keyboard-shortcuts",
            "menu-readers-guide", "menu-about", "menu-people", "menu-your-name", "menu-digest", "menu-chapter-note",
            "menu-ask");

    /** A tag of 150 characters, as a translation team might write one (14c M1). */
    static final String LONG_TAG = "peeragogy-handbook-translation-team-spanish-italian-portuguese-review-2026-"
            + "november-round-two-and-then-some-more-words-to-pass-one-hundred-fifty-characters";

    private SmallScreenProbe() {
    }

    public static void main(String[] args) {
        try {
            probeAll(Path.of(args[0]));
        } catch (Throwable t) {
            t.printStackTrace();
        } finally {
            System.out.flush();
            Runtime.getRuntime().halt(0); // a dialog's nested loop may still be unwinding: nothing more to see
        }
    }

    private static void probeAll(Path scratch) throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        // An import of a folder with many files skipped: the preview with the longest details.
        Path stick = Files.createDirectories(scratch.resolve("stick"));
        try (GroupMember ben = GroupMember.join(scratch, "Ben", stick)) {
            ben.note("gardens", "Ben's thought");
            ben.writeOwn();
        }
        for (int i = 0; i < 12; i++) {
            Files.writeString(stick.resolve("broken-" + i + ".peeranotes"), "half a file, the stick pulled out");
        }
        // A group folder with 20 files that are not notes files (a sync tool's junk, or a hostile participant's): its
        // Details… listed each, and grew to 2,239 px with its OK off the screen (issue 16's window try-out w3).
        Path junk = Files.createDirectories(scratch.resolve("junk-group"));
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[5_000];
            random.nextBytes(bytes);
            Files.write(junk.resolve("Junk" + (10 + i) + "_" + new java.util.UUID(random.nextLong(), random.nextLong())
                    + ".peeranotes"), bytes);
        }
        // A note of the reader's with a tag of 150 characters (the limit is 200) by a person with a long name:
        // the filters that list tags and people must still fit the window (fresh tester 14c M1).
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(scratch.resolve("data"))) {
            db.annotations().create(new org.peeragogy.reader.store.AnnotationStore.Draft(
                    Handbooks.open(TestHandbooks.fixture()).book().identity(), "gardens",
                    org.peeragogy.reader.book.Annotation.Kind.CHAPTER_NOTE, org.peeragogy.reader.book.Annotation.Colour.BLUE,
                    "A long tag", List.of(LONG_TAG), "Maria Fernanda de los Santos Albuquerque e Vasconcelos da Silva",
                    java.util.Optional.empty(), "f00dfeed-0000-4000-8000-000000000001"));
            db.settings().put(org.peeragogy.reader.share.group.GroupFolder.FOLDER_SETTING, junk.toString());
            db.settings().put(org.peeragogy.reader.share.group.GroupFolder.GROUP_SETTING, "Junk circle");
        }
        OpenWindow window = OpenWindow.sized(scratch.resolve("data"), Handbooks.open(TestHandbooks.fixture()),
                "gardens", "1024x600", Map.of(NotesViewModel.AUTHOR_KEY, "Ana"));
        System.out.println("MAIN\t" + WaitForAsyncUtils.asyncFx(() -> line(window.stage)).get(10, TimeUnit.SECONDS));
        System.out.println("BARS\t" + WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node bar = window.stage.getScene().lookup(".tool-bar");
            return bar.localToScreen(bar.getLayoutBounds()).getMaxY();
        }).get(10, TimeUnit.SECONDS));
        for (String id : ITEMS) {
            javafx.scene.control.MenuItem item;
            try {
                item = window.menuItem(id);
            } catch (java.util.concurrent.ExecutionException e) {
                System.out.println(id + "\tMISSING");
                continue;
            }
            if (OpenWindow.fx(item::isDisable)) {
                System.out.println(id + "\tDISABLED");
                continue;
            }
            probe(id, window, item::fire);
        }
        probe("import-folder-preview", window, () -> window.session.window().importFolder(stick));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node details = window.stage.getScene().lookup("#group-status-details");
            return details != null && details.isVisible() && window.stage.getScene().lookup("#group-status")
                    instanceof javafx.scene.control.Label l && l.getText().contains("20 files cannot be read");
        }).get());
        Window details = probe("group-details", window, () -> ((javafx.scene.control.Button) window.stage.getScene()
                .lookup("#group-status-details")).fire(), false);
        // Its OK, where the reader has to click it: on the screen too.
        System.out.println("group-details-ok\t" + WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) details.getScene().getRoot();
            javafx.scene.Node ok = pane.lookupButton(pane.getButtonTypes().get(0));
            javafx.geometry.Bounds b = ok.localToScreen(ok.getBoundsInLocal());
            String[] whole = line(details).split("\t", -1);
            return b.getMinX() + "\t" + b.getMinY() + "\t" + b.getWidth() + "\t" + b.getHeight() + "\t" + whole[4] + "\t";
        }).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx(details::hide).get(10, TimeUnit.SECONDS);
        System.out.println("DONE");
    }

    /** Opens a window with {@code open} (on the FX thread, not waited for: a dialog waits for its answer), prints it, closes it. */
    private static void probe(String name, OpenWindow main, Runnable open) throws Exception {
        probe(name, main, open, true);
    }

    /** As {@link #probe(String, OpenWindow, Runnable)}; {@code close}: hide it after (else it is returned open). */
    private static Window probe(String name, OpenWindow main, Runnable open, boolean close) throws Exception {
        Set<Window> before = WaitForAsyncUtils.asyncFx(() -> Set.copyOf(Window.getWindows())).get(10, TimeUnit.SECONDS);
        Platform.runLater(open);
        Window[] found = new Window[1];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : Window.getWindows()) {
                if (!before.contains(w) && !(w instanceof PopupWindow) && w.isShowing() && w != main.stage) {
                    found[0] = w;
                    return true;
                }
            }
            return false;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
        Window w = found[0];
        String line = WaitForAsyncUtils.asyncFx(() -> line(w)).get(10, TimeUnit.SECONDS);
        System.out.println(name + "\t" + line);
        if (close) {
            WaitForAsyncUtils.asyncFx(w::hide).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return w;
    }

    private static String line(Window w) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        List<String> cut = new ArrayList<>(ScreenChecks.cutText(w));
        cut.addAll(ScreenChecks.offEdge(w));
        cut.addAll(ScreenChecks.squeezedTables(w));
        return w.getX() + "\t" + w.getY() + "\t" + w.getWidth() + "\t" + w.getHeight() + "\t" + screen.getMinX() + ","
                + screen.getMinY() + "," + screen.getWidth() + "," + screen.getHeight() + "\t" + String.join(" | ", cut);
    }
}
