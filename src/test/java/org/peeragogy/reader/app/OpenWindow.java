package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A reader window opened for a test the way Main opens one, and what tests ask of it. */
final class OpenWindow implements AutoCloseable {
    final ReaderSession session;
    final Stage stage;
    private final BlockingQueue<String> laidOut;

    private OpenWindow(ReaderSession session, Stage stage, BlockingQueue<String> laidOut) {
        this.session = session;
        this.stage = stage;
        this.laidOut = laidOut;
    }

    /** Opens a window on {@code chapter} (null: where the reader left off). */
    static OpenWindow open(Path dataDir, Handbook handbook, String chapter, Consumer<String> browser) throws Exception {
        return open(dataDir, handbook, chapter, browser, java.util.Optional.empty());
    }

    /** As above, with the bundled handbook that Switch handbook always offers. */
    static OpenWindow open(Path dataDir, Handbook handbook, String chapter, Consumer<String> browser,
                           java.util.Optional<Path> bundled) throws Exception {
        Database db = Database.open(dataDir);
        BlockingQueue<String> laidOut = new LinkedBlockingQueue<>();
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            ReaderSession session = new ReaderSession(stage, db, handbook, dataDir, browser, bundled);
            session.window().addLaidOutListener((id, fraction) -> laidOut.add(id));
            session.window().show(chapter);
            stage.toFront();
            return new OpenWindow(session, stage, laidOut);
        }).get(20, TimeUnit.SECONDS);
    }

    /**
     * Opens a window of {@code size} ("1280x800", placed at 0,0) on {@code chapter} and waits until it is shown.
     * {@code settings} (key → value, e.g. the reader's name or theme) are written into the data folder's
     * database first, as a reader's earlier sessions would have left them.
     */
    static OpenWindow sized(Path dataDir, Handbook handbook, String chapter, String size, Map<String, String> settings)
            throws Exception {
        String[] wh = size.split("x");
        try (Database d = Database.open(dataDir)) {
            for (Map.Entry<String, String> s : settings.entrySet()) {
                d.settings().put(s.getKey(), s.getValue());
            }
            d.settings().put("window.bounds", "0,0," + wh[0] + "," + wh[1]);
        }
        OpenWindow window = open(dataDir, handbook, chapter, url -> { });
        window.awaitChapter(chapter);
        return window;
    }

    /** As above, with no other settings. */
    static OpenWindow sized(Path dataDir, Handbook handbook, String chapter, String size) throws Exception {
        return sized(dataDir, handbook, chapter, size, Map.of());
    }

    /** Gives the window the keyboard (a click on its status line, which takes no action). */
    void focus(FxRobot robot) throws Exception {
        click(robot, "#status");
    }

    /** True when the node is in a window that is showing now (closed dialogs linger in lookups). */
    static boolean isShowing(Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    /**
     * The node matching {@code query} in a window showing now, itself and every parent visible; looked up on the FX
     * thread (see {@link #node}). Any thread.
     */
    static <T extends Node> Optional<T> showing(FxRobot robot, String query, Class<T> type) throws Exception {
        return fx(() -> robot.lookup(query).match(n -> isShowing(n) && visible(n)).tryQueryAs(type));
    }

    /**
     * The first node matching {@code query} (as {@code robot.lookup(query).queryAs(type)}), waiting up to 10 s for
     * one. Looked up on the FX thread: a lookup from the test's thread walks children lists that the FX thread may be
     * changing at that moment, and fails now and then with an IndexOutOfBoundsException inside Parent.lookupAll
     * (WorkshopWindowTest in a fresh clone's CI run). Read the node's state with {@link #fx} too.
     */
    static <T extends Node> T node(FxRobot robot, String query, Class<T> type) throws Exception {
        return awaitNode(robot, query, type, n -> true);
    }

    /**
     * Clicks the first visible node matching {@code query} (as {@code robot.clickOn(query)}, which passes over hidden
     * ones: a closed notice's button keeps its id), found and measured on the FX thread ({@link #node}); only the
     * robot's move and click happen on the test's thread. Waits up to 10 s for such a node.
     */
    static void click(FxRobot robot, String query) throws Exception {
        click(robot, awaitNode(robot, query, Node.class, org.testfx.util.NodeQueryUtils.isVisible()::test));
    }

    /**
     * Clicks {@code target} (as {@code robot.clickOn(target)}), its place on the screen measured on the FX thread each
     * time the robot asks: once before it moves and again once there, as for a node that is still sliding in.
     */
    static void click(FxRobot robot, Node target) throws Exception {
        robot.clickOn(onFx(robot.point(target)));
    }

    /** {@code point}, measured on the FX thread whenever the robot asks for it (up to 10 s each time). */
    static org.testfx.service.query.PointQuery onFx(org.testfx.service.query.PointQuery point) {
        return new FxPoint(point);
    }

    private static boolean visible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Brings the notes panel into view: docked where the window is wide, else its drawer over the text (issue
     * 12: the notes fold away first); waits until it shows.
     */
    void showNotesPanel(FxRobot robot) throws Exception {
        if (showing(robot, "#notes-panel", Node.class).isEmpty()) {
            click(robot, "View");
            click(robot, "#menu-notes-panel");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#notes-panel", Node.class).isPresent());
    }

    /** Waits until this chapter has been shown (skipping others shown before it). */
    void awaitChapter(String id) throws InterruptedException {
        String seen;
        do {
            seen = laidOut.poll(30, TimeUnit.SECONDS);
            assertTrue(seen != null, "chapter " + id + " was never shown");
        } while (!seen.equals(id));
    }

    /** Runs a script in the chapter page and returns its value. */
    Object page(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().evaluate(script)).get(10, TimeUnit.SECONDS);
    }

    /** A point of the page (in page pixels) on the screen, for the robot. */
    Point2D onScreen(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> session.window().chapterView().node().localToScreen(x, y)).get();
    }

    /** Clicks the button with this text in a window showing now (closed dialogs linger in lookups). */
    static void clickShowing(FxRobot robot, String text) throws Exception {
        Predicate<Node> showing = n -> n instanceof Button b && text.equals(b.getText()) && b.getScene() != null
                && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing() && b.isVisible();
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        // Looked up on the FX thread: walking a scene graph the FX thread is changing fails now and then.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            found.set(WaitForAsyncUtils.asyncFx(() -> robot.lookup(showing).tryQuery().orElse(null))
                    .get(10, TimeUnit.SECONDS));
            return found.get() != null;
        });
        robot.clickOn(found.get());
    }

    /**
     * Waits (up to 10 s) for a node matching {@code query} that passes {@code test}, and returns it. The node is
     * taken inside the wait because list cells are rebuilt when the notes change: a node seen by one lookup may
     * be gone by the next.
     */
    static <T extends Node> T awaitNode(FxRobot robot, String query, Class<T> type, Predicate<T> test)
            throws Exception {
        java.util.concurrent.atomic.AtomicReference<T> found = new java.util.concurrent.atomic.AtomicReference<>();
        // Looked up on the FX thread: walking a scene graph the FX thread is changing fails now and then.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            for (Node n : robot.lookup(query).queryAll()) {
                if (type.isInstance(n) && test.test(type.cast(n))) {
                    found.set(type.cast(n));
                    return true;
                }
            }
            return false;
        }).get(10, TimeUnit.SECONDS));
        return found.get();
    }

    /** True when a node matches {@code query} (a closed dialog's nodes too), looked up on the FX thread. */
    static boolean present(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    /** The notes placed in the chapter shown, copied on the FX thread (which changes the list as notes are saved). */
    List<org.peeragogy.reader.ui.NoteItem> placed() throws Exception {
        return fx(() -> List.copyOf(session.notes().placed()));
    }

    /** Reads {@code read} on the FX thread (a control's state, a dialog's text) and returns it; waits up to 10 s. */
    static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return read.call(); // already there: waiting for a later turn of this thread would never end
        }
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Presses these keys together with the robot and lets them go in the reverse order, then lets the FX thread catch up. */
    static void keys(FxRobot robot, javafx.scene.input.KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks the entry {@code text} of a submenu that is open (File → Switch handbook), moving into the submenu
     * sideways first: a diagonal path crosses the menu's other entries, which closes the submenu (how far depends on
     * the menu's width, so a longer entry in the File menu made it fail).
     */
    static void clickSubmenuItem(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(text).queryAll().stream()
                .anyMatch(SHOWN)));
        clickShown(robot, text);
    }

    /**
     * Opens a menu with {@code open} (the clicks from the menu bar to the submenu) and clicks the submenu's entry
     * {@code text}; when the entry is not shown within 10 s, the menus are closed and opened again, three times at the
     * most: on a loaded machine a click can reach a menu while it is still opening, and the submenu then never opens
     * (BundledHandbookWindowTest in CI, 2026-12-01).
     */
    static void clickSubmenuItem(FxRobot robot, String text, Clicks open) throws Exception {
        for (int attempt = 1; ; attempt++) {
            open.run();
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> fx(() -> robot.lookup(text).queryAll().stream().anyMatch(SHOWN)));
                break;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw new AssertionError("no entry " + text + " was shown; the menus shown held: " + shownMenuTexts(), e);
                }
                robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        clickShown(robot, text);
    }

    /** Clicks of a test's robot (which may look nodes up on the FX thread and wait there). */
    @FunctionalInterface
    interface Clicks {
        void run() throws Exception;
    }

    /** The entries of every menu on screen, for a failure's message. */
    private static List<String> shownMenuTexts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()).get(10, TimeUnit.SECONDS);
    }

    private static final Predicate<Node> SHOWN = n -> n.getScene() != null && n.getScene().getWindow() != null
            && n.getScene().getWindow().isShowing();

    private static void clickShown(FxRobot robot, String text) throws Exception {
        Point2D target = fx(() -> robot.point(robot.lookup(text).queryAll().stream().filter(SHOWN).findFirst()
                .orElseThrow()).query());
        Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
        robot.moveTo(new Point2D(target.getX(), mouse.getY()));
        robot.clickOn(target);
    }

    /** The menu bar's item {@code id} ({@code menu-<action id>}) in any menu or submenu, looked up on the FX thread. */
    javafx.scene.control.MenuItem menuItem(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookupAll(".menu-bar").stream()
                .flatMap(b -> ((javafx.scene.control.MenuBar) b).getMenus().stream())
                .flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow())
                .get(10, TimeUnit.SECONDS);
    }

    /** The notice under the page ({@code #notice-text}), "" while none shows; read on the FX thread. */
    static String noticeText(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#notice").tryQueryAs(javafx.scene.layout.HBox.class)
                .filter(bar -> bar.isVisible() && !bar.getChildren().isEmpty()
                        && bar.getChildren().get(0) instanceof javafx.scene.control.Label)
                .map(bar -> ((javafx.scene.control.Label) bar.getChildren().get(0)).getText()).orElse(""))
                .get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            session.close();
            stage.close();
            return null;
        }).get(20, TimeUnit.SECONDS);
    }
}
