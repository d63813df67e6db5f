package org.peeragogy.reader.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.ui.web.ChapterView;

/**
 * The window's keyboard and screen-reader commands (issue 14), as rows of the window's table of actions
 * ({@link #actions}): F6 / Shift+F6 between the regions ({@link Regions}), caret browsing (F7, remembered by
 * {@link KeyboardViewModel}), selecting the sentence (F8; again: its paragraph) or the paragraph
 * (Shift+F8) at the caret, and opening the chapter in the system browser ({@link BrowserCopyViewModel}).
 * Also puts the keyboard in the text after a chapter, a search result or a note is opened from a list with
 * Enter. FX thread.
 */
final class KeyboardAccess {
    private final KeyboardViewModel keyboard;
    private final ChapterView page;
    private final BrowserCopyViewModel browserCopy;
    private final ReaderViewModel reader;
    private final Regions regions = new Regions();
    private final Texts texts;

    KeyboardAccess(KeyboardViewModel keyboard, ChapterView page, BrowserCopyViewModel browserCopy,
                   ReaderViewModel reader, Texts texts) {
        this.texts = texts;
        this.keyboard = keyboard;
        this.page = page;
        this.browserCopy = browserCopy;
        this.reader = reader;
        page.caret().setBrowsing(keyboard.caretBrowsingProperty().get());
        keyboard.caretBrowsingProperty().addListener((o, was, now) -> page.caret().setBrowsing(now));
    }

    /** The rows this part adds to the window's table of actions (ids are laid out in {@link WindowActions}). */
    List<Action> actions() {
        return List.of(
                Action.of("next-region", texts.get("action.nextRegion"), new KeyCodeCombination(KeyCode.F6), regions::next),
                Action.of("previous-region", texts.get("action.previousRegion"),
                        new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN), regions::previous),
                Action.of("caret-browsing", texts.get("action.caretBrowsing"), new KeyCodeCombination(KeyCode.F7),
                        keyboard::toggleCaretBrowsing).checkedWhen(keyboard.caretBrowsingProperty()),
                Action.of("select-sentence", texts.get("action.selectSentence"), new KeyCodeCombination(KeyCode.F8),
                        this::selectSentence),
                Action.of("select-paragraph", texts.get("action.selectParagraph"),
                        new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN), this::selectParagraph),
                Action.of("open-in-browser", texts.get("action.openInBrowser"),
                        new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::openInBrowser));
    }

    private Node noticeBar;
    private Node groupLine;
    private Runnable dismissNotice;

    /**
     * The notice bar and the group folder's line, regions of their own when shown (a try-out of issue 16 found a
     * keyboard user could not reach the notice's Preview, Merge or Dismiss, nor Details…): F6 puts the focus on their
     * first button; Esc in the notice dismisses it ({@code dismiss}) and goes back to the text. Call before
     * {@link #install}.
     */
    void bottomBars(Node notice, Node group, Runnable dismiss) {
        this.noticeBar = notice;
        this.groupLine = group;
        this.dismissNotice = dismiss;
    }

    private static void focusFirstButton(Node bar) {
        firstButton(bar).ifPresent(Node::requestFocus);
    }

    private static java.util.Optional<Node> firstButton(Node bar) {
        return bar instanceof javafx.scene.Parent p ? p.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.ButtonBase && n.isVisible() && !n.isDisabled())
                .findFirst() : java.util.Optional.empty();
    }

    private void addBottomBars() {
        if (noticeBar == null) {
            return;
        }
        regions.add(new Regions.Region("notice", () -> noticeBar, () -> focusFirstButton(noticeBar),
                () -> Regions.shown(noticeBar) && firstButton(noticeBar).isPresent(), Regions.Kind.BUTTONS));
        regions.add(new Regions.Region("group folder", () -> groupLine, () -> focusFirstButton(groupLine),
                () -> Regions.shown(groupLine) && firstButton(groupLine).isPresent(), Regions.Kind.BUTTONS));
        noticeBar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isControlDown() && !e.isAltDown() && !e.isShiftDown()) {
                dismissNotice.run();
                focusText();
                e.consume();
            }
        });
    }

    /**
     * Gives the scene the regions and their keys: {@code side} holds the Contents and Search tabs,
     * {@code openSearch} opens the Search tab with the keyboard in its field; the reading settings' panel is a
     * region while it is docked.
     */
    void install(javafx.scene.Scene scene, PanelsViewModel panels, javafx.scene.control.TabPane side, Node contents,
                 Runnable openSearch, javafx.scene.control.Tab searchTab, Node notes,
                 javafx.scene.control.ToolBar toolbar, ReadingSettingsPane readingSettings) {
        Optional<PanelsViewModel.Panel> left = Optional.of(PanelsViewModel.Panel.CONTENTS);
        Optional<PanelsViewModel.Panel> right = Optional.of(PanelsViewModel.Panel.NOTES);
        // A folded panel is reached as on a wide window: F6 opens its drawer (fresh tester 17a M1).
        regions.add(new Regions.Region("contents", () -> contents, () -> {
            panels.reveal(PanelsViewModel.Panel.CONTENTS);
            side.getSelectionModel().select(0);
            contents.requestFocus();
        }, () -> panels.reachable(PanelsViewModel.Panel.CONTENTS), Regions.Kind.CONTROLS, left));
        regions.add(new Regions.Region("chapter", page::node, this::focusText, () -> Regions.shown(page.node()),
                Regions.Kind.PAGE));
        addBottomBars(); // after the page, as they sit under it
        regions.add(new Regions.Region("notes", () -> notes, () -> {
            panels.reveal(PanelsViewModel.Panel.NOTES);
            Node list = notes.lookup("#notes-list");
            (list != null ? list : notes).requestFocus();
        }, () -> panels.reachable(PanelsViewModel.Panel.NOTES), Regions.Kind.CONTROLS, right));
        regions.add(new Regions.Region("search", searchTab::getContent, openSearch, () -> true, Regions.Kind.CONTROLS,
                left));
        regions.add(new Regions.Region("toolbar", () -> toolbar, () -> toolbar.getItems().stream()
                .filter(n -> !n.isDisabled()).findFirst().ifPresent(Node::requestFocus),
                () -> Regions.shown(toolbar), Regions.Kind.BUTTONS));
        regions.add(new Regions.Region("reading settings", readingSettings::node, readingSettings::show,
                () -> Regions.shown(readingSettings.node()), Regions.Kind.CONTROLS));
        regions.install(scene, panels);
        // Enter on a chapter in the contents, a result in the search or a note in the notes list opens it (their
        // own handlers run first, even those that consume it) and puts the keyboard in the text at that place.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isControlDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            String region = regions.current().map(Regions.Region::name).orElse("");
            boolean opened = switch (region) {
                case "contents", "notes" -> focus instanceof javafx.scene.control.TreeView<?>
                        || focus instanceof javafx.scene.control.ListView<?> l && !l.getSelectionModel().isEmpty();
                case "search" -> focus instanceof javafx.scene.control.ListView<?> l && !l.getSelectionModel().isEmpty()
                        || focus instanceof javafx.scene.control.TextField && hasResults(searchTab.getContent());
                default -> false;
            };
            if (opened) {
                javafx.application.Platform.runLater(this::focusText);
            }
        });
    }

    private static boolean hasResults(Node search) {
        Node list = search == null ? null : search.lookup("#search-results");
        return list instanceof javafx.scene.control.ListView<?> l && !l.getItems().isEmpty();
    }

    Regions regions() {
        return regions;
    }

    /** Puts the keyboard in the chapter's text (the caret is where the page was opened). */
    void focusText() {
        page.focus();
    }

    private void selectSentence() {
        page.focus();
        page.caret().selectSentence();
    }

    private void selectParagraph() {
        page.focus();
        page.caret().selectParagraph();
    }

    private void openInBrowser() {
        Handbook handbook = reader.handbookProperty().get();
        page.current().ifPresentOrElse(
                c -> browserCopy.open(c, handbook, KeyboardAccess::stylesheet, reader.look().themeProperty().get().cssName()),
                () -> reader.report(texts.get("problem.noChapterYet")));
    }

    /** The page's own style sheet, so the browser shows the chapter as the window does. */
    private static String stylesheet() {
        try (InputStream in = ChapterView.class.getResourceAsStream("reader.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // the page reads well enough without it
        }
    }
}
