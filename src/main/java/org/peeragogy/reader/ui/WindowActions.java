package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.peeragogy.reader.book.Annotation;

/**
 * The reader window's one table of actions (name, key, when disabled, what it does; see {@link Action}),
 * and the menu bar and toolbar laid out from it by id. A new command is a row in {@link #table} and an
 * id in a layout below. FX thread.
 */
final class WindowActions {
    /** Stands in a layout for a separator. */
    private static final String SEPARATOR = "-";
    /** Notes → Group folder and Group settings, once made. */
    private Menu[] groupMenus;
    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final List<String> TOOLBAR = List.of("back", "forward", "previous-chapter", "next-chapter",
            "smaller-text", "larger-text");

    /** What the actions act on: the window's parts. */
    record Parts(Runnable quit, ReaderViewModel reader, FindBar findBar, FindViewModel find, Runnable openSearch,
                 NotesPane notesPane, NotesViewModel notes, SharingActions sharingActions, SharingViewModel sharing,
                 HandbooksView handbooks, HandbooksViewModel handbookWork, PanelsViewModel panels,
                 HelpActions help, Runnable readingSettings, GroupFolderActions groupFolder, List<Action> more,
                 Texts texts) {
    }

    private final Map<String, Action> byId = new LinkedHashMap<>();
    private final Texts texts;

    WindowActions(Parts p) {
        this.texts = p.texts();
        table(p).forEach(a -> {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalStateException("two actions are called " + a.id());
            }
        });
    }

    /** Every action of the window's menus and toolbar, the one place they are defined. */
    private static List<Action> table(Parts p) {
        ReaderViewModel vm = p.reader();
        Texts texts = p.texts();
        ObservableBooleanValue handbookWork = p.handbookWork().workingProperty();
        List<Action> table = new ArrayList<>(List.of(
                Action.of("add-folder", texts.get("action.addFolder"), key(KeyCode.O), () -> p.handbooks().choose(false))
                        .disabledWhen(handbookWork),
                Action.of("add-zip", texts.get("action.addZip"), null, () -> p.handbooks().choose(true))
                        .disabledWhen(handbookWork),
                Action.of("export-notes", texts.get("action.exportNotes"), key(KeyCode.E), p.sharingActions()::exportNotes)
                        .disabledWhen(p.sharing().exportingProperty()),
                Action.of("import-notes", texts.get("action.importNotes"), key(KeyCode.I), p.sharingActions()::chooseNotesFile)
                        .disabledWhen(p.sharing().workingProperty()),
                Action.of("import-folder", texts.get("action.importFolder"), null, p.sharingActions()::chooseNotesFolder)
                        .disabledWhen(p.sharing().workingProperty()),
                Action.of("undo-import", texts.get("action.undoImport"), null, p.sharingActions()::undoImport)
                        .disabledWhen(p.sharing().canUndoImportProperty().not().or(p.sharing().workingProperty())),
                Action.of("quit", texts.get("action.quit"), key(KeyCode.Q), p.quit()),

                Action.of("back", texts.get("action.back"), new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), vm::back)
                        .disabledWhen(vm.canGoBackProperty().not()).withButton(texts.get("button.back")),
                Action.of("forward", texts.get("action.forward"), new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                        vm::forward).disabledWhen(vm.canGoForwardProperty().not()).withButton(texts.get("button.forward")),
                Action.of("previous-chapter", texts.get("action.previousChapter"), key(KeyCode.PAGE_UP), vm::previousChapter)
                        .disabledWhen(vm.canGoPreviousProperty().not()).withButton(texts.get("action.previousChapter")),
                Action.of("next-chapter", texts.get("action.nextChapter"), key(KeyCode.PAGE_DOWN), vm::nextChapter)
                        .disabledWhen(vm.canGoNextProperty().not()).withButton(texts.get("action.nextChapter")),
                Action.of("find", texts.get("action.find"), key(KeyCode.F), p.findBar()::open),
                Action.of("find-next-match", texts.get("action.findNext"), new KeyCodeCombination(KeyCode.F3), p.find()::next),
                Action.of("find-previous-match", texts.get("action.findPrevious"),
                        new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), p.find()::previous),
                Action.of("search", texts.get("action.search"),
                        new KeyCodeCombination(KeyCode.F, SHORTCUT, KeyCombination.SHIFT_DOWN), p.openSearch()),

                // Ctrl+= and the keypad's plus also enlarge: on many keyboards "+" needs Shift.
                Action.of("larger-text", texts.get("action.largerText"), key(KeyCode.PLUS), vm.look()::largerText)
                        .withButton(texts.get("button.largerText"))
                        .alsoKeys(new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT, KeyCombination.SHIFT_ANY),
                                key(KeyCode.ADD)),
                Action.of("smaller-text", texts.get("action.smallerText"), key(KeyCode.MINUS), vm.look()::smallerText)
                        .withButton(texts.get("button.smallerText"))
                        .alsoKeys(key(KeyCode.SUBTRACT)),
                Action.of("actual-size", texts.get("action.actualSize"), key(KeyCode.DIGIT0), vm.look()::resetText),
                Action.of("reading-settings", texts.get("action.readingSettings"), null, p.readingSettings()),

                Action.of("contents-panel", texts.get("action.contentsPanel"),
                        new KeyCodeCombination(KeyCode.C, SHORTCUT, KeyCombination.SHIFT_DOWN),
                        () -> p.panels().toggle(PanelsViewModel.Panel.CONTENTS))
                        .checkedWhen(p.panels().contentsShownProperty()),
                Action.of("notes-panel", texts.get("action.notesPanel"),
                        new KeyCodeCombination(KeyCode.N, SHORTCUT, KeyCombination.SHIFT_DOWN),
                        () -> p.panels().toggle(PanelsViewModel.Panel.NOTES))
                        .checkedWhen(p.panels().notesShownProperty()),
                Action.of("focus-mode", texts.get("action.focusMode"), new KeyCodeCombination(KeyCode.F11),
                        p.panels()::toggleFocus).checkedWhen(p.panels().focusProperty()),

                Action.of("note-on-selection", texts.get("action.noteOnSelection"), key(KeyCode.N), p.notesPane()::noteOnSelection),
                Action.of("chapter-note", texts.get("action.chapterNote"), null, p.notesPane()::chapterNote),
                Action.of("bookmark", texts.get("action.bookmark"), key(KeyCode.D), p.notesPane()::bookmark),
                Action.of("undo-delete", texts.get("action.undoDelete"), key(KeyCode.Z), p.notesPane()::undoDelete)
                        .disabledWhen(p.notes().canUndoProperty().not()),
                Action.of("all-notes", texts.get("action.allNotes"),
                        new KeyCodeCombination(KeyCode.A, SHORTCUT, KeyCombination.SHIFT_DOWN), p.notesPane()::showAllNotes),
                Action.of("people", texts.get("action.people"), null, p.sharingActions()::showPeople),
                Action.of("your-name", texts.get("action.yourName"), null, () -> p.notesPane().askName(true)),
                Action.of("group-folder", texts.get("action.groupFolder"), null, p.groupFolder()::choose),
                Action.of("group-folder-stop", texts.get("action.groupFolderStop"), null, p.groupFolder()::stop)
                        .disabledWhen(p.groupFolder().noFolder()),
                Action.of("group-accepted", texts.get("action.groupAccepted"), null, p.groupFolder()::showAccepted),
                Action.of("group-waiting", texts.get("action.groupWaiting"), null, p.groupFolder()::showWaiting)
                        .disabledWhen(p.groupFolder().nothingWaiting()),
                Action.of("group-digest", texts.get("action.groupDigest"), null, p.groupFolder()::openLatestDigest)
                        .disabledWhen(p.groupFolder().noDigest()),

                Action.of("keyboard-shortcuts", texts.get("action.keyboardShortcuts"), new KeyCodeCombination(KeyCode.F1),
                        p.help()::showShortcuts),
                Action.of("readers-guide", texts.get("action.readersGuide"), null, p.help()::showGuide),
                Action.of("about", texts.get("action.about"), null, p.help()::showAbout)));
        table.addAll(p.more()); // the keyboard's and screen readers' rows (KeyboardAccess), a workshop's (WorkshopParts)
        for (Theme theme : Theme.values()) {
            table.add(Action.of("theme-" + theme.cssName(), theme.label(texts), null, () -> vm.look().setTheme(theme))
                    .chosenWhen(Bindings.createBooleanBinding(() -> vm.look().themeProperty().get() == theme,
                            vm.look().themeProperty())));
        }
        int n = 1;
        for (Annotation.Colour c : Annotation.Colour.values()) {
            table.add(Action.of("highlight-" + c.code(), texts.format("action.highlight", c.code()),
                    key(KeyCode.valueOf("DIGIT" + n++)), () -> p.notesPane().highlightSelection(c)));
        }
        return table;
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT);
    }

    /** Every action, in the table's order. */
    List<Action> all() {
        return List.copyOf(byId.values());
    }

    /** Gives the scene the actions' other keys ({@link Action#moreKeys}), which no menu item carries. */
    void installMoreKeys(Scene scene) {
        for (Action a : byId.values()) {
            for (KeyCombination k : a.moreKeys()) {
                scene.getAccelerators().put(k, guarded(a));
            }
        }
        ignoreHeldToggles(scene);
    }

    /**
     * A toggle's key held down runs it once: the key's repeats (a press with no release since the last) are dropped
     * before they reach the accelerators, for the actions that are checked or chosen (panels, focus mode, a bookmark).
     * Held down, Ctrl+Shift+C flipped the contents on and off at the keyboard's repeat rate, and ended wherever the
     * release fell; other keys (Ctrl+Page Down through chapters, the arrows) still repeat.
     */
    private void ignoreHeldToggles(Scene scene) {
        java.util.Set<javafx.scene.input.KeyCode> down = java.util.EnumSet.noneOf(javafx.scene.input.KeyCode.class);
        List<KeyCombination> toggles = byId.values().stream().filter(a -> a.check() || a.selected() != null
                        || "bookmark".equals(a.id()))
                .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(a.accelerator()),
                        a.moreKeys().stream()))
                .toList();
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!down.add(e.getCode()) && toggles.stream().anyMatch(k -> k.match(e))) {
                e.consume();
            }
        });
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> down.remove(e.getCode()));
        // A release while another window has the keyboard never comes here.
        scene.windowProperty().addListener((o, was, w) -> {
            if (w != null) {
                w.focusedProperty().addListener((f, wasFocused, focused) -> down.clear());
            }
        });
    }

    /**
     * What an action's other key runs: its handler, but nothing while the action is disabled (its work runs),
     * as the menu item's own key does (a fresh tester found the other keys ignored the binding; issue 10).
     */
    static Runnable guarded(Action a) {
        return () -> {
            if (a.disabled() == null || !a.disabled().get()) {
                a.handler().run();
            }
        };
    }

    /** The action called {@code id}; throws IllegalArgumentException when there is none. */
    Action get(String id) {
        Action a = byId.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return a;
    }

    /**
     * File, Go, View, Notes and Help. {@code switchMenu} (File → Switch handbook) is filled by its own view, and
     * {@code interfaceLanguage} (View → Interface language) too; {@code fileShowing} runs each time the File menu
     * opens.
     */
    MenuBar menuBar(Menu switchMenu, Menu interfaceLanguage, Runnable fileShowing) {
        Menu file = menu(texts.get("menu.file"), "add-folder", "add-zip", switchMenu, SEPARATOR, "export-notes", "import-notes",
                "import-folder", "undo-import", SEPARATOR, "digest", SEPARATOR, "quit");
        file.setOnShowing(e -> fileShowing.run());
        Menu go = menu(texts.get("menu.go"), "back", "forward", SEPARATOR, "previous-chapter", "next-chapter", SEPARATOR, "find",
                "find-next-match", "find-previous-match", "search", SEPARATOR, "next-region", "previous-region");
        List<Object> view = new ArrayList<>();
        for (Theme t : Theme.values()) {
            view.add("theme-" + t.cssName());
        }
        view.addAll(List.of(SEPARATOR, "larger-text", "smaller-text", "actual-size", "reading-settings", SEPARATOR,
                "contents-panel", "notes-panel", "focus-mode", SEPARATOR, "caret-browsing", "open-in-browser", SEPARATOR,
                interfaceLanguage));
        List<Object> notes = new ArrayList<>(List.of("select-sentence", "select-paragraph", SEPARATOR));
        for (Annotation.Colour c : Annotation.Colour.values()) {
            notes.add("highlight-" + c.code());
        }
        notes.addAll(List.of("note-on-selection", "chapter-note", "bookmark", SEPARATOR, "undo-delete", SEPARATOR,
                "reply", "ask", "vote", "mark-answered", SEPARATOR, "all-notes", "people", "your-name", SEPARATOR,
                "group-view", groupMenus()[0], groupMenus()[1]));
        return new MenuBar(file, go, menu(texts.get("menu.view"), view.toArray()), menu(texts.get("menu.notes"), notes.toArray()),
                menu(texts.get("menu.help"), "keyboard-shortcuts", "readers-guide", SEPARATOR, "about"));
    }

    /**
     * Notes → Group folder (choose, files waiting, people merged without asking, the group's digest, stop) and Notes →
     * Group settings (the group's options): submenus, so that the Notes menu fits a screen 600 pixels high (fresh
     * testers t15's N9 and t15b's N8: the options were reached only through the menu's scroll arrow). Made once.
     */
    private Menu[] groupMenus() {
        if (groupMenus == null) {
            Menu folder = menu(texts.get("menu.groupFolder"), "group-folder", "group-waiting", "group-accepted",
                    "group-digest", SEPARATOR, "group-folder-stop");
            folder.setId("menu-group-folder-menu");
            Menu settings = menu(texts.get("menu.groupSettings"), "blind-first-pass", "anonymous-questions");
            settings.setId("menu-group-settings");
            groupMenus = new Menu[] {folder, settings};
        }
        return groupMenus;
    }

    /** The toolbar above the page: back, forward, previous, next, smaller and larger text. */
    ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        for (String id : TOOLBAR) {
            bar.getItems().add(ActionFactory.button(get(id)));
        }
        return bar;
    }

    /** A menu of these entries: action ids, {@link #SEPARATOR}, or menu items made elsewhere. */
    private Menu menu(String title, Object... entries) {
        Menu menu = new Menu(title);
        ToggleGroup group = new ToggleGroup();
        for (Object e : entries) {
            if (e instanceof MenuItem item) {
                menu.getItems().add(item);
            } else if (SEPARATOR.equals(e)) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                menu.getItems().add(ActionFactory.menuItem(get((String) e), group));
            }
        }
        return menu;
    }
}
