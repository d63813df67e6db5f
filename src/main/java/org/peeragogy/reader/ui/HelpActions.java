package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.ui.web.ChapterView;
import org.peeragogy.reader.ui.web.PageListener;

/**
 * The Help menu's windows: Keyboard shortcuts ({@code #shortcuts}: a search field {@code #shortcuts-search}
 * over the table {@code #shortcuts-list}, made from the window's table of actions), the reader's guide
 * ({@code #guide}: its chapters beside the page, in the reader's theme, reading settings and text size, which it
 * follows as they change) and About ({@code #about}: version and licences). Talks to {@link ShortcutsViewModel} and
 * {@link HelpViewModel}. FX thread.
 */
final class HelpActions {
    private final Stage owner;
    private final HelpViewModel help;
    private final Dialogs dialogs;
    private final Consumer<String> browser;
    private final Path webDataDir;
    private List<Action> actions = List.of();
    private Stage shortcuts;
    private Stage guide;
    private ChapterView guidePage;
    private final Texts texts;
    /** The main window's look, which the guide's page takes when it opens and follows after (issue 14). */
    private Theme theme = Theme.LIGHT;
    private ReadingSettings reading = ReadingSettings.DEFAULT;
    private double textScale = 1.0;

    HelpActions(Stage owner, HelpViewModel help, Dialogs dialogs, Consumer<String> browser, Path webDataDir,
                Texts texts) {
        this.texts = texts;
        this.owner = owner;
        this.help = help;
        this.dialogs = dialogs;
        this.browser = browser;
        this.webDataDir = webDataDir;
    }

    /** The window's table of actions, which the shortcuts list is made from. */
    void actions(List<Action> table) {
        actions = List.copyOf(table);
    }

    /** One row per action with a key: its menu text (without the mnemonic mark) and every key that runs it. */
    static List<ShortcutsViewModel.Row> rows(Texts texts, List<Action> table) {
        List<ShortcutsViewModel.Row> rows = new ArrayList<>();
        for (Action a : table) {
            String keys = Stream.concat(Stream.ofNullable(a.accelerator()), a.moreKeys().stream())
                    .map(k -> display(texts, k)).reduce((x, y) -> texts.format("help.keysOr", x, y)).orElse("");
            if (!keys.isEmpty()) {
                rows.add(new ShortcutsViewModel.Row(a.text().replace("_", ""), keys));
            }
        }
        return rows;
    }

    /**
     * A key as the menus show it (the toolkit's names, "Ctrl+Page Up", in every language); the keypad's plus and
     * minus are named so (the toolkit shows them as + and -).
     */
    static String display(Texts texts, KeyCombination k) {
        String text = k.getDisplayText();
        if (k instanceof javafx.scene.input.KeyCodeCombination c
                && (c.getCode() == KeyCode.ADD || c.getCode() == KeyCode.SUBTRACT)) {
            return text.substring(0, text.length() - 1) + texts.format("help.keypad", c.getCode() == KeyCode.ADD ? "+" : "-");
        }
        return text;
    }

    /** Help → Keyboard shortcuts: the list, with the caret in its search field. */
    void showShortcuts() {
        if (shortcuts == null) {
            ShortcutsViewModel vm = new ShortcutsViewModel(rows(texts, actions));
            TextField search = new TextField();
            search.setId("shortcuts-search");
            search.setPromptText(texts.get("help.searchKeys"));
            search.textProperty().addListener((o, was, now) -> vm.search(now));
            TableView<ShortcutsViewModel.Row> table = new TableView<>(vm.shown());
            table.setId("shortcuts-list");
            TableColumn<ShortcutsViewModel.Row, String> action = new TableColumn<>(texts.get("help.action"));
            action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
            // Wide enough for the longest keys ("Ctrl++ or Ctrl+= or Ctrl+keypad +", cut short at 230 px; found
            // by a fresh tester) and the longest action, side by side in a 660 px window.
            action.setPrefWidth(290);
            TableColumn<ShortcutsViewModel.Row, String> keys = new TableColumn<>(texts.get("help.keys"));
            keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
            keys.setPrefWidth(330);
            table.getColumns().add(action);
            table.getColumns().add(keys);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPlaceholder(new Label(texts.get("help.noKey")));
            ListWindows.pagesFromTheKeyboardsRow(table);
            VBox.setVgrow(table, Priority.ALWAYS);
            // Keys every JavaFX window has, not the reader's own (so not in its table of actions).
            Label toolkit = new Label(texts.get("help.toolkitKeys"));
            toolkit.setWrapText(true);
            VBox box = new VBox(8, search, table, toolkit);
            box.setPadding(new Insets(10));
            box.setId("shortcuts");
            shortcuts = window(texts.get("action.keyboardShortcuts"), box, 660, 520);
            ListWindows.closeOnEsc(shortcuts); // from the table too
        }
        shortcuts.show();
        shortcuts.toFront();
        shortcuts.getScene().lookup("#shortcuts-search").requestFocus();
    }

    /** Help → Reader's guide: our own guide in a window of its own, at "Using the reader". */
    void showGuide() {
        if (guide == null) {
            Handbook book = help.guide();
            ListView<Chapter> chapters = new ListView<>();
            chapters.setId("guide-chapters");
            chapters.getItems().setAll(book.book().chapters());
            chapters.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(Chapter c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null : c.displayTitle());
                }
            });
            guidePage = new ChapterView(book, webDataDir.resolve("guide"), new GuideListener(chapters), texts);
            // Before the first chapter opens: the theme and the reading settings are in the page's address, so the
            // guide is never painted in the page's own look first.
            guidePage.setTheme(theme.cssName());
            guidePage.setReading(reading.pageValue());
            guidePage.setFontScale(textScale);
            chapters.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
                if (now != null) {
                    guidePage.open(now.id(), "", 0);
                }
            });
            SplitPane split = new SplitPane(chapters, guidePage.node());
            split.setDividerPositions(0.28);
            split.setId("guide");
            VBox.setVgrow(split, Priority.ALWAYS);
            VBox content = new VBox(split);
            // The guide is English only (decision 0030): a reader of another language is told so, in their
            // language, above it, and where the translated list of keys is (fresh tester 14c M2).
            if (!texts.locale().equals(java.util.Locale.ENGLISH)) {
                Label language = new Label(texts.format("help.guideLanguage", texts.get("menu.help").replace("_", "")
                        + " → " + texts.get("action.keyboardShortcuts")));
                language.setId("guide-language");
                language.setWrapText(true);
                language.setPadding(new Insets(6, 10, 6, 10));
                content.getChildren().add(0, language);
            }
            guide = window(texts.get("action.readersGuide"), content, 900, 640);
            // Esc closes it, from its page too (the page's script takes Esc for itself, so a filter, before it),
            // and the keyboard goes back to where it was in the main window, the chapter (fresh tester 14b m1).
            guide.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    guide.hide();
                }
            });
            book.book().chapter(help.guideStart()).ifPresent(c -> chapters.getSelectionModel().select(c));
        }
        guide.show();
        guide.toFront();
    }

    /** The window's theme changed (or is first set): the guide's page takes it at once when it is open. */
    void theme(Theme now) {
        theme = java.util.Objects.requireNonNull(now);
        if (guidePage != null) {
            guidePage.setTheme(now.cssName());
        }
    }

    /** The reading settings changed: the guide's page takes its font and spacing at once, keeping its place. */
    void reading(ReadingSettings now) {
        reading = java.util.Objects.requireNonNull(now);
        if (guidePage != null) {
            guidePage.setReading(now.pageValue());
        }
    }

    /** The text size changed (1.0: the page's own): the guide's page too. */
    void textScale(double now) {
        textScale = now;
        if (guidePage != null) {
            guidePage.setFontScale(now);
        }
    }

    /** Help → About: the version, and the licences of the bundled handbook and the libraries. */
    void showAbout() {
        TextArea licences = new TextArea(help.licences());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(12);
        licences.setId("about-licences");
        Alert about = new Alert(Alert.AlertType.INFORMATION, null, DialogButtons.of(texts).close());
        about.initOwner(owner);
        about.setTitle(texts.get("action.about"));
        about.setHeaderText(texts.format("help.aboutHeader", help.version()));
        about.getDialogPane().setContent(new VBox(6, new Label(texts.get("help.licences")), licences));
        about.getDialogPane().setId("about");
        HeldDialogs.show(about);
    }

    private Stage window(String title, javafx.scene.Parent content, double width, double height) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setOnHidden(e -> owner.requestFocus()); // the main window's keyboard is where it was: the chapter, mostly
        s.setTitle(texts.format("main.title", title));
        OnScreen.besideScene(s, owner, content, width, height);
        s.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        return s;
    }

    /** Closes the guide's page, if it was opened. */
    void close() {
        if (guidePage != null) {
            guidePage.close();
            guidePage = null;
        }
        if (guide != null) {
            guide.close();
        }
        if (shortcuts != null) {
            shortcuts.close();
        }
        help.close();
    }

    /** The guide's links: to another chapter of the guide in the same window; outside ones after asking. */
    private final class GuideListener implements PageListener {
        private final ListView<Chapter> chapters;

        GuideListener(ListView<Chapter> chapters) {
            this.chapters = chapters;
        }

        @Override
        public void chapterLinkClicked(String chapterId, String fragment) {
            chapters.getItems().stream().filter(c -> c.id().equals(chapterId)).findFirst()
                    .ifPresent(c -> chapters.getSelectionModel().select(c));
        }

        @Override
        public void externalLinkClicked(String url) {
            javafx.application.Platform.runLater(() -> {
                if (dialogs.confirm(PageEvents.outsideLink(texts, url))) {
                    browser.accept(url);
                }
            });
        }

        @Override
        public void scrolled(double fraction) {
        }

        @Override
        public void laidOut(String chapterId, double fraction) {
        }

        @Override
        public void failed(String message) {
            dialogs.inform(texts.get("action.readersGuide"), message);
        }

        @Override
        public void selected(int start, int end, Bounds onScreen) {
        }
    }
}
