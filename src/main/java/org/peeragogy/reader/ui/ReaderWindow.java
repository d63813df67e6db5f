package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Part;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.content.TextFinder;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.SearchHit;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.web.ChapterView;

/** The reader window: contents on the left, the chapter in the middle, a status line below. */
public final class ReaderWindow {
    private static final System.Logger LOG = System.getLogger(ReaderWindow.class.getName());

    /** Builds the search index of a handbook (off the FX thread), telling how far it has come. */
    @FunctionalInterface
    public interface Indexer {
        void index(Handbook handbook, BiConsumer<Integer, Integer> progress) throws Exception;
    }

    private static final String WINDOW_KEY = "window.bounds";

    private final Stage stage;
    private final ReaderViewModel vm;
    private final NotesViewModel notes;
    private final AllNotesViewModel allNotes;
    private final NotesPanel notesPanel;
    private final FindViewModel find = new FindViewModel();
    private final SearchViewModel search;
    private final SharingViewModel sharing;
    private final SharingActions sharingActions;
    private SearchPane searchPane;
    private final Indexer indexer;
    private final TabPane side = new TabPane();
    private final Tab searchTab = new Tab("Search");
    private List<String> pendingTerms = List.of();
    private BackgroundTasks.Handle indexTask;
    /** The search index is built after the first chapter is on screen, so it never delays it. */
    private boolean indexWhenShown = true;
    private FindBar findBar;
    private final SelectionToolbar toolbar;
    private AllNotesWindow allNotesWindow;
    private RenderedChapter anchoredOn;
    private String pendingFlash;
    private final SettingsStore settings;
    private final HandbookLibrary library;
    private final SwitchHandbookViewModel handbooks;
    private final ProgressBar installing = new ProgressBar();
    private final Menu switchMenu = new Menu("Switch handbook");
    private List<SwitchHandbookViewModel.Choice> shownChoices;
    private final BackgroundTasks tasks;
    /** True while a handbook is being installed or opened: adding and switching are disabled meanwhile. */
    private final ReadOnlyBooleanWrapper handbookWork = new ReadOnlyBooleanWrapper();
    private final Consumer<String> browser;
    private final ChapterView chapterView;
    private final TreeView<Object> contents = new TreeView<>();
    private final List<BiConsumer<String, Double>> laidOutListeners = new ArrayList<>();
    private final PauseTransition saveAfterScroll = new PauseTransition(Duration.millis(600));
    private final HBox guideBar = new HBox();
    private boolean syncingSelection;

    /**
     * @param browser opens an address in the system browser, after the reader has confirmed it
     */
    public ReaderWindow(Stage stage, ReaderViewModel vm, NotesViewModel notes, AllNotesViewModel allNotes,
                        SearchViewModel search, SharingViewModel sharing, Indexer indexer, SettingsStore settings,
                        Path webDataDir, SwitchHandbookViewModel handbooks, BackgroundTasks tasks, Consumer<String> browser) {
        this.stage = Objects.requireNonNull(stage);
        this.sharing = Objects.requireNonNull(sharing);
        this.sharingActions = new SharingActions(stage, sharing, notes, vm::report, () -> {
            if (allNotesWindow != null) {
                allNotes.refresh();
            }
        });
        this.search = Objects.requireNonNull(search);
        this.indexer = Objects.requireNonNull(indexer);
        this.vm = Objects.requireNonNull(vm);
        this.notes = Objects.requireNonNull(notes);
        this.allNotes = Objects.requireNonNull(allNotes);
        this.notesPanel = new NotesPanel(notes, new PanelActions());
        this.toolbar = new SelectionToolbar(new ToolbarActions());
        this.settings = Objects.requireNonNull(settings);
        this.handbooks = Objects.requireNonNull(handbooks);
        this.tasks = Objects.requireNonNull(tasks);
        this.library = handbooks.library();
        this.browser = Objects.requireNonNull(browser);
        this.chapterView = new ChapterView(vm.handbookProperty().get(), webDataDir, new PageListener());
        saveAfterScroll.setOnFinished(e -> vm.savePosition());
        build();
        bind();
    }

    private void build() {
        contents.setShowRoot(false);
        contents.getStyleClass().add("contents");
        contents.setId("contents");
        contents.setCellFactory(tv -> new ContentsCell());
        contents.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncingSelection && now != null && now.getValue() instanceof Chapter c) {
                vm.open(c.id(), "");
            }
        });

        findBar = new FindBar(find, chapterView);
        VBox middle = new VBox(findBar.node(), chapterView.node());
        VBox.setVgrow(chapterView.node(), Priority.ALWAYS);
        Tab contentsTab = new Tab("Contents", contents);
        contentsTab.setClosable(false);
        // Built when first opened: nothing of it is needed to show the first chapter.
        searchTab.setOnSelectionChanged(e -> {
            if (searchTab.isSelected()) {
                searchPane().focus();
            }
        });
        searchTab.setClosable(false);
        side.getTabs().addAll(contentsTab, searchTab);
        side.setId("side");
        SplitPane split = new SplitPane(side, middle, notesPanel.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.21, 0.76);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(notesPanel.node(), false);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        installing.setVisible(false);
        installing.managedProperty().bind(installing.visibleProperty());
        installing.setId("installing");
        Region statusGrow = new Region();
        HBox.setHgrow(statusGrow, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, statusGrow, installing);
        statusBar.getStyleClass().add("status-bar");

        Label problemText = new Label();
        problemText.setId("problem");
        problemText.setWrapText(true);
        problemText.textProperty().bind(vm.problemProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> vm.clearProblem());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox problemBar = new HBox(problemText, grow, dismiss);
        problemBar.getStyleClass().add("problem-bar");
        problemBar.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problemBar.managedProperty().bind(problemBar.visibleProperty());

        Button addHandbook = new Button("Add the handbook…");
        addHandbook.setOnAction(e -> chooseHandbook(false));
        addHandbook.disableProperty().bind(handbookWork);
        Label guideText = new Label("The Peeragogy Handbook is not installed yet. You are reading the reader's guide.");
        Button addZip = new Button("…or a zip file");
        addZip.setOnAction(e -> chooseHandbook(true));
        addZip.disableProperty().bind(handbookWork);
        guideBar.getChildren().addAll(guideText, addHandbook, addZip);
        guideBar.getStyleClass().add("guide-bar");
        guideBar.managedProperty().bind(guideBar.visibleProperty());

        VBox top = new VBox(menuBar(), toolBar(), guideBar, problemBar);
        BorderPane root = new BorderPane(split, top, null, statusBar, null);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                ReaderWindow.class.getResource("reader-window.css")).toExternalForm());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                vm.back();
                e.consume();
            } else if (e.getButton() == MouseButton.FORWARD) {
                vm.forward();
                e.consume();
            }
        });
        // Ctrl+= and the keypad's plus also enlarge: on many keyboards "+" needs Shift.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY), vm::largerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), vm::largerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), vm::smallerText);
        // A notes file dropped on the window is imported (with the preview first).
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                Path dropped = e.getDragboard().getFiles().get(0).toPath();
                Platform.runLater(() -> sharingActions.importNotes(dropped));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setScene(scene);
        restoreBounds();
    }


    private void openSearch() {
        side.getSelectionModel().select(searchTab);
        searchPane().focus();
    }

    private SearchPane searchPane() {
        if (searchPane == null) {
            searchPane = new SearchPane(search, this::openSearchHit);
            searchTab.setContent(searchPane.node());
        }
        return searchPane;
    }

    /** Checks a notes file off the FX thread, shows what importing it would do, and imports on OK. */
    public void importNotes(Path file) {
        sharingActions.importNotes(file);
    }

    static void runInBackground(Task<?> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** Opens a search result: its chapter at its passage, the searched words marked. */
    private void openSearchHit(SearchHit hit) {
        pendingTerms = search.terms();
        hit.annotationId().ifPresent(id -> pendingFlash = id);
        Chapter here = vm.chapterProperty().get();
        if (here != null && here.id().equals(hit.chapterId()) && hit.blockId().isEmpty()) {
            anchorNotes();
        } else {
            vm.open(hit.chapterId(), hit.blockId());
        }
    }

    /** Builds the search index in the background the first time a handbook is shown. */
    private void buildIndex(Handbook handbook) {
        stopIndexing();
        indexTask = tasks.run("search-index", progress -> {
            indexer.index(handbook, (done, total) -> {
                if (progress.cancelled()) {
                    throw new CancellationException("closing");
                }
                progress.update(done, total);
            });
            return Boolean.TRUE;
        }, (done, total) -> search.indexing((int) done, (int) total), ok -> search.indexing(1, 1), e -> {
            search.indexing(1, 1);
            vm.report("Search could not be prepared: " + Messages.logged(LOG, "Reader window", e));
        });
    }

    /**
     * Stops building the index without waiting: the build runs on its own connection and stops at
     * its next chapter; what it wrote is rolled back, and nothing of it is reported any more.
     */
    private void stopIndexing() {
        if (indexTask != null) {
            indexTask.cancel();
            indexTask = null;
        }
    }

    private MenuBar menuBar() {
        MenuItem addFolder = item("Add a handbook (folder)…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> chooseHandbook(false));
        MenuItem addZip = item("Add a handbook (zip)…", null, () -> chooseHandbook(true));
        addFolder.disableProperty().bind(handbookWork);
        addZip.disableProperty().bind(handbookWork);
        switchMenu.disableProperty().bind(handbookWork);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        MenuItem exportNotes = item("Export notes…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                sharingActions::exportNotes);
        MenuItem importNotes = item("Import notes…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                sharingActions::chooseNotesFile);
        MenuItem undoImport = item("Undo last import", null, sharingActions::undoImport);
        undoImport.disableProperty().bind(sharing.canUndoImportProperty().not().or(sharing.workingProperty()));
        importNotes.disableProperty().bind(sharing.workingProperty());
        Menu file = new Menu("_File", null, addFolder, addZip, switchMenu, new SeparatorMenuItem(), exportNotes,
                importNotes, undoImport, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> fillSwitchMenu());
        fillSwitchMenu(); // read once now, so the menu is ready when first opened

        MenuItem back = item("Back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), vm::back);
        back.disableProperty().bind(vm.canGoBackProperty().not());
        MenuItem forward = item("Forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), vm::forward);
        forward.disableProperty().bind(vm.canGoForwardProperty().not());
        MenuItem previous = item("Previous chapter", new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN),
                vm::previousChapter);
        previous.disableProperty().bind(vm.canGoPreviousProperty().not());
        MenuItem next = item("Next chapter", new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN),
                vm::nextChapter);
        next.disableProperty().bind(vm.canGoNextProperty().not());
        MenuItem findItem = item("Find in chapter…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> findBar.open());
        MenuItem findNext = item("Find next", new KeyCodeCombination(KeyCode.F3), find::next);
        MenuItem findPrevious = item("Find previous", new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN),
                find::previous);
        MenuItem searchItem = item("Search the handbook and notes…", new KeyCodeCombination(KeyCode.F,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openSearch);
        Menu go = new Menu("_Go", null, back, forward, new SeparatorMenuItem(), previous, next, new SeparatorMenuItem(),
                findItem, findNext, findPrevious, searchItem);

        Menu view = new Menu("_View");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.label() + " theme");
            r.setId("theme-" + t.cssName());
            r.setToggleGroup(themes);
            r.setSelected(vm.themeProperty().get() == t);
            r.setOnAction(e -> vm.setTheme(t));
            view.getItems().add(r);
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Larger text", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), vm::largerText),
                item("Smaller text", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), vm::smallerText),
                item("Actual size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), vm::resetText));
        Menu notesMenu = new Menu("_Notes");
        int n = 1;
        for (Annotation.Colour c : Annotation.Colour.values()) {
            notesMenu.getItems().add(item("Highlight " + ColourSwatches.label(c).toLowerCase(Locale.ROOT),
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n++), KeyCombination.SHORTCUT_DOWN),
                    () -> highlightSelection(c)));
        }
        MenuItem undo = item("Undo delete", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                notes::undoDelete);
        undo.disableProperty().bind(notes.canUndoProperty().not());
        notesMenu.getItems().addAll(
                item("Note on selection…", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::noteOnSelection),
                item("Chapter note…", null, this::chapterNote),
                item("Bookmark this place", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                        this::bookmark),
                new SeparatorMenuItem(), undo, new SeparatorMenuItem(),
                item("All notes…", new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::showAllNotes),
                item("People…", null, sharingActions::showPeople),
                item("Your name…", null, () -> askName(true)));
        return new MenuBar(file, go, view, notesMenu);
    }

    private ToolBar toolBar() {
        Button back = button("◀ Back", "back", vm::back);
        back.disableProperty().bind(vm.canGoBackProperty().not());
        Button forward = button("Forward ▶", "forward", vm::forward);
        forward.disableProperty().bind(vm.canGoForwardProperty().not());
        Button previous = button("Previous chapter", "previous-chapter", vm::previousChapter);
        previous.disableProperty().bind(vm.canGoPreviousProperty().not());
        Button next = button("Next chapter", "next-chapter", vm::nextChapter);
        next.disableProperty().bind(vm.canGoNextProperty().not());
        Button smaller = button("A−", "smaller-text", vm::smallerText);
        Button larger = button("A+", "larger-text", vm::largerText);
        return new ToolBar(back, forward, previous, next, smaller, larger);
    }

    private void bind() {
        vm.locationProperty().addListener((o, was, now) -> {
            if (now != null) {
                chapterView.open(now.chapterId(), now.fragment(), now.scroll());
            }
        });
        vm.chapterProperty().addListener((o, was, now) -> selectInContents(now));
        vm.themeProperty().addListener((o, was, now) -> applyTheme(now));
        vm.fontScaleProperty().addListener((o, was, now) -> chapterView.setFontScale(now.doubleValue()));
        vm.handbookProperty().addListener((o, was, now) -> {
            stopIndexing(); // it reads the replaced handbook, which is closed next
            chapterView.setHandbook(now);
            anchoredOn = null;
            showBook();
            indexWhenShown = true;
        });
        notes.paintVersionProperty().addListener((o, was, now) -> {
            paint();
            if (allNotesWindow != null) {
                allNotes.refresh();
            }
            if (!search.results().isEmpty()) {
                search.search();
            }
        });
        applyTheme(vm.themeProperty().get());
        chapterView.setFontScale(vm.fontScaleProperty().get());
        showBook();
    }

    private void applyTheme(Theme theme) {
        chapterView.setTheme(theme.cssName());
        var classes = stage.getScene().getRoot().getStyleClass();
        for (Theme t : Theme.values()) {
            classes.remove("theme-" + t.cssName());
        }
        classes.add("theme-" + theme.cssName());
    }

    private void showBook() {
        Book book = vm.book();
        stage.setTitle(book.title() + " — Peeragogy Reader");
        guideBar.setVisible(vm.handbookProperty().get().isGuide());
        TreeItem<Object> root = new TreeItem<>(book);
        for (Part part : book.parts()) {
            TreeItem<Object> parent = root;
            if (!part.title().isEmpty()) {
                parent = new TreeItem<>(part);
                parent.setExpanded(true);
                root.getChildren().add(parent);
            }
            for (Chapter c : part.chapters()) {
                parent.getChildren().add(new TreeItem<>(c));
            }
        }
        syncingSelection = true;
        contents.setRoot(root);
        syncingSelection = false;
        selectInContents(vm.chapterProperty().get());
    }

    private void selectInContents(Chapter chapter) {
        if (chapter == null || contents.getRoot() == null) {
            return;
        }
        syncingSelection = true;
        try {
            TreeItem<Object> item = find(contents.getRoot(), chapter.id());
            if (item != null) {
                contents.getSelectionModel().select(item);
                int row = contents.getRow(item);
                if (row >= 0) {
                    contents.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncingSelection = false;
        }
    }

    private static TreeItem<Object> find(TreeItem<Object> item, String chapterId) {
        if (item.getValue() instanceof Chapter c && c.id().equals(chapterId)) {
            return item;
        }
        for (TreeItem<Object> child : item.getChildren()) {
            TreeItem<Object> found = find(child, chapterId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void chooseHandbook(boolean zip) {
        File chosen;
        if (zip) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Add the handbook (zip)");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
            chosen = chooser.showOpenDialog(stage);
        } else {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Add the handbook (folder with the Markdown chapters)");
            chosen = chooser.showDialog(stage);
        }
        if (chosen != null) {
            addHandbook(chosen.toPath());
        }
    }

    /**
     * Installs a handbook folder or zip into the reader's own library (off the FX thread, with a
     * progress bar) and switches to it; a failure is shown and what was installed before stays.
     */
    public void addHandbook(Path path) {
        if (handbookWork.get()) {
            return; // its actions are disabled; a dropped or scripted request waits for the next time
        }
        handbookWork.set(true);
        installing.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        installing.setVisible(true);
        tasks.run("install-handbook", progress -> {
            HandbookLibrary.Installed done = library.install(path, progress::update);
            return library.open(done.identity());
        }, (done, total) -> installing.setProgress(total <= 0 ? 0 : (double) done / total), opened -> {
            installing.setVisible(false);
            handbookWork.set(false);
            vm.switchToInstalled(opened);
            fillSwitchMenu();
        }, e -> {
            installing.setVisible(false);
            handbookWork.set(false);
            vm.report(Messages.logged(LOG, "Reader window", e));
        });
    }

    /** Lists the installed handbooks, the one open ticked. */
    /** Reads the choices off the FX thread (the bundled handbook is opened once to learn its title). */
    private void fillSwitchMenu() {
        tasks.run("list-handbooks", progress -> handbooks.choices(), this::showChoices,
                e -> vm.report(Messages.logged(LOG, "Reader window", e)));
    }

    /**
     * Puts the choices in the Switch handbook menu, the open one ticked. The entries are rebuilt only
     * when the choices changed, so an open menu does not flicker or lose the entry under the mouse.
     */
    private void showChoices(List<SwitchHandbookViewModel.Choice> choices) {
        String open = vm.book().identity();
        if (!choices.equals(shownChoices)) {
            shownChoices = choices;
            switchMenu.getItems().clear();
            for (SwitchHandbookViewModel.Choice h : choices) {
                RadioMenuItem item = new RadioMenuItem(h.label());
                item.setUserData(h.identity());
                item.setOnAction(e -> switchTo(h));
                switchMenu.getItems().add(item);
            }
            if (choices.isEmpty()) {
                MenuItem none = new MenuItem("No handbook added yet");
                none.setDisable(true);
                switchMenu.getItems().add(none);
            }
        }
        for (MenuItem m : switchMenu.getItems()) {
            if (m instanceof RadioMenuItem r) {
                r.setSelected(open.equals(r.getUserData()));
            }
        }
    }

    /** Opens the chosen handbook off the FX thread (it reads and hashes every file), then shows it. */
    private void switchTo(SwitchHandbookViewModel.Choice h) {
        if (handbookWork.get()) {
            return;
        }
        handbookWork.set(true);
        tasks.run("open-handbook", progress -> handbooks.open(h), next -> {
            handbookWork.set(false);
            if (h.bundled()) {
                vm.replaceHandbook(next, h.bundledAt());
            } else {
                vm.switchToInstalled(next);
            }
            if (shownChoices != null) {
                showChoices(shownChoices); // the tick moves to the handbook now open
            }
        }, e -> {
            handbookWork.set(false);
            vm.report(Messages.logged(LOG, "Reader window", e));
        });
    }

    /** True while a handbook is installed or opened; the actions that would start another are disabled. */
    public ReadOnlyBooleanProperty handbookWorkProperty() {
        return handbookWork.getReadOnlyProperty();
    }

    /** Hands over a chapter already being rendered, so the first page does not wait for a second render. */
    public void preload(String chapterId, java.util.concurrent.CompletableFuture<RenderedChapter> page) {
        chapterView.preload(chapterId, page);
    }

    /** Called with (chapter id, scroll fraction) each time a chapter has been shown and painted. */
    public void addLaidOutListener(BiConsumer<String, Double> listener) {
        laidOutListeners.add(listener);
    }

    public ChapterView chapterView() {
        return chapterView;
    }

    /** Shows the window on {@code chapterId}, or where the reader left off when it is null. */
    public void show(String chapterId) {
        sharingActions.refreshLayers();
        stage.show();
        vm.startAt(chapterId);
        chapterView.focus();
    }

    /** Saves where the reader is and releases the page. */
    public void close() {
        stopIndexing();
        vm.scrolled(chapterView.position());
        vm.savePosition();
        saveBounds();
        chapterView.close();
    }

    private void restoreBounds() {
        double[] b = {-1, -1, 1280, 800};
        try {
            settings.get(WINDOW_KEY).ifPresent(s -> {
                String[] parts = s.split(",");
                for (int i = 0; i < Math.min(4, parts.length); i++) {
                    b[i] = Double.parseDouble(parts[i]);
                }
            });
        } catch (StoreException | NumberFormatException e) {
            // A damaged window size is not worth bothering the reader about: use the default.
        }
        stage.setWidth(Math.max(480, b[2]));
        stage.setHeight(Math.max(360, b[3]));
        if (b[0] >= 0 && b[1] >= 0) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        }
    }

    private void saveBounds() {
        if (stage.isIconified() || stage.getWidth() <= 0) {
            return;
        }
        try {
            settings.put(WINDOW_KEY, stage.getX() + "," + stage.getY() + "," + stage.getWidth() + "," + stage.getHeight());
        } catch (StoreException e) {
            vm.report(Messages.logged(LOG, "Reader window", e));
        }
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** A toolbar button that leaves the keyboard focus where it was. */
    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Asks before another program opens {@code url}, naming the address and the program exactly. */
    private boolean confirmExternal(String url) {
        boolean mail = url.regionMatches(true, 0, "mailto:", 0, 7);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                url + (mail ? "\n\nThis opens your e-mail program with a message to this address."
                        : "\n\nThis opens your web browser at this address and needs an internet connection."),
                ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Open an outside link?");
        alert.setHeaderText(mail ? "Write an e-mail to this address?" : "Open this link in your web browser?");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private final class PageListener implements ChapterView.Listener {
        private boolean askingExternal;

        @Override
        public void chapterLinkClicked(String chapterId, String fragment) {
            vm.open(chapterId, fragment);
        }

        @Override
        public void externalLinkClicked(String url) {
            // ChapterView has checked the address (http, https or mailto, well formed) and how often
            // the page asks; one question at a time, so a page cannot stack dialogs.
            if (askingExternal) {
                return;
            }
            askingExternal = true;
            // Ask after the page's click handler has returned: a dialog's nested event loop
            // inside a call from the page would hold the page's script engine meanwhile.
            Platform.runLater(() -> {
                try {
                    if (confirmExternal(url)) {
                        browser.accept(url);
                    }
                } finally {
                    askingExternal = false;
                }
            });
        }

        @Override
        public void pageBlocked(String message) {
            vm.report(message);
        }

        @Override
        public void scrolled(double fraction) {
            vm.scrolled(fraction);
            saveAfterScroll.playFromStart();
        }

        @Override
        public void laidOut(String chapterId, double fraction) {
            vm.laidOut(chapterId, fraction);
            anchorNotes();
            for (BiConsumer<String, Double> l : List.copyOf(laidOutListeners)) {
                l.accept(chapterId, fraction);
            }
        }

        @Override
        public void failed(String message) {
            vm.report(message);
        }

        @Override
        public void selected(int start, int end, Bounds onScreen) {
            notes.select(start, end);
            if (notes.selectionProperty().get().isPresent()) {
                toolbar.showFor(stage, onScreen);
            } else {
                toolbar.hide();
            }
        }

        @Override
        public void highlightClicked(String annotationId, Bounds onScreen) {
            notesPanel.select(annotationId);
            notes.item(annotationId).ifPresent(ReaderWindow.this::edit);
        }
    }

    /** Anchors the chapter's notes when a new page is shown, and paints them on every showing. */
    private void anchorNotes() {
        RenderedChapter shown = chapterView.current().orElse(null);
        if (shown == null) {
            return;
        }
        toolbar.hide();
        if (indexWhenShown) {
            indexWhenShown = false;
            buildIndex(vm.handbookProperty().get());
        }
        if (shown != anchoredOn) {
            anchoredOn = shown;
            ChapterText text = ChapterText.of(shown.html());
            notes.chapterShown(vm.book().identity(), shown.chapter().id(), text);
            find.chapterShown(text.text());
        } else {
            paint();
            findBar.mark();
        }
        if (!pendingTerms.isEmpty()) {
            TextFinder finder = TextFinder.of(chapterView.pageText());
            List<int[]> marks = new java.util.ArrayList<>();
            for (String term : pendingTerms) {
                finder.find(term).forEach(m -> marks.add(new int[] {m.start(), m.end()}));
            }
            pendingTerms = List.of();
            chapterView.markFind(marks);
        }
        if (pendingFlash != null) {
            String id = pendingFlash;
            pendingFlash = null;
            notesPanel.select(id);
            notes.item(id).ifPresent(this::reveal);
        }
    }

    /** Shows where a note is: a highlight flashes, a bookmark scrolls to its place. */
    private void reveal(NotesViewModel.Item item) {
        if (item.orphan()) {
            return;
        }
        if (item.annotation().kind() == Annotation.Kind.HIGHLIGHT) {
            chapterView.flash(item.annotation().id());
        } else if (item.annotation().kind() == Annotation.Kind.BOOKMARK) {
            chapterView.scrollToOffset(item.placement().start());
        }
    }

    private void paint() {
        List<ChapterView.Highlight> marks = new java.util.ArrayList<>();
        notes.toPaint().forEach(i -> marks.add(new ChapterView.Highlight(i.annotation().id(),
                i.placement().start(), i.placement().end(), i.annotation().colour().code(),
                !i.annotation().note().isEmpty())));
        notes.bookmarks().forEach(i -> marks.add(new ChapterView.Highlight(i.annotation().id(),
                i.placement().start(), i.placement().end(), "bookmark", false)));
        chapterView.paint(marks);
    }

    private void highlightSelection(Annotation.Colour colour) {
        if (notes.selectionProperty().get().isEmpty() || !askName(false)) {
            return;
        }
        notes.highlight(colour, "", List.of());
        chapterView.clearSelection();
        toolbar.hide();
    }

    private void noteOnSelection() {
        Optional<NotesViewModel.Selection> s = notes.selectionProperty().get();
        if (s.isEmpty()) {
            chapterNote();
            return;
        }
        if (!askName(false)) {
            return;
        }
        toolbar.hide();
        NoteEditor.show(stage, new NoteEditor.Request("Note on the selected text", s.get().text(),
                        Annotation.Colour.YELLOW, "", List.of(), false, false, Optional.empty()))
                .ifPresent(r -> {
                    notes.highlight(r.colour(), r.note(), r.tags());
                    chapterView.clearSelection();
                });
    }

    private void chapterNote() {
        if (!askName(false)) {
            return;
        }
        NoteEditor.show(stage, new NoteEditor.Request("Note on this chapter", "", Annotation.Colour.YELLOW, "",
                        List.of(), false, true, Optional.empty()))
                .ifPresent(r -> notes.chapterNote(r.note(), r.tags()));
    }

    private void bookmark() {
        if (askName(false)) {
            notes.bookmark(chapterView.visibleOffset());
        }
    }

    private void edit(NotesViewModel.Item item) {
        Annotation a = item.annotation();
        Optional<String> other = notes.isMine(a) ? Optional.empty() : Optional.of(a.author());
        NoteEditor.show(stage, new NoteEditor.Request("Edit note", a.quote(), a.colour(), a.note(), a.tags(), true,
                a.kind() == Annotation.Kind.CHAPTER_NOTE, other)).ifPresent(r -> {
            if (r.delete()) {
                notes.delete(a.id());
            } else {
                notes.edit(a.id(), r.colour(), r.note(), r.tags());
            }
        });
    }

    private void showAllNotes() {
        if (allNotesWindow == null) {
            allNotesWindow = new AllNotesWindow(stage, allNotes, vm.book().chapters(), a -> {
                if (vm.book().chapter(a.chapterId()).isEmpty()) {
                    vm.report("This note was made on a page that is not part of this handbook, so it has no place"
                            + " to open; it is kept with its text and quote.");
                    return;
                }
                pendingFlash = a.id();
                if (vm.chapterProperty().get() != null && vm.chapterProperty().get().id().equals(a.chapterId())) {
                    anchorNotes();
                } else {
                    vm.open(a.chapterId(), "");
                }
                stage.toFront();
            });
        }
        allNotesWindow.show();
    }

    /**
     * Asks once for the reader's name, the author of what they write. Returns false when they
     * cancel. With {@code always}, asks again so they can change it.
     */
    private boolean askName(boolean always) {
        if (!always && notes.authorName().isPresent()) {
            return true;
        }
        TextInputDialog dialog = new TextInputDialog(notes.authorName().orElse(System.getProperty("user.name", "")));
        dialog.initOwner(stage);
        dialog.setTitle("Your name");
        dialog.setHeaderText("Your name is written on the notes you make, so that people you share them with"
                + " know whose they are.");
        dialog.setContentText("Name:");
        Optional<String> name = dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
        name.ifPresent(notes::setAuthorName);
        return name.isPresent() || notes.authorName().isPresent();
    }

    private final class ToolbarActions implements SelectionToolbar.Actions {
        @Override
        public void highlight(Annotation.Colour colour) {
            highlightSelection(colour);
        }

        @Override
        public void note() {
            noteOnSelection();
        }
    }

    private final class PanelActions implements NotesPanel.Actions {
        @Override
        public void show(NotesViewModel.Item item) {
            reveal(item);
        }

        @Override
        public void edit(NotesViewModel.Item item) {
            ReaderWindow.this.edit(item);
        }

        @Override
        public void delete(NotesViewModel.Item item) {
            notes.delete(item.annotation().id());
        }

        @Override
        public void reattach(NotesViewModel.Item item) {
            notes.reattach(item.annotation().id());
            chapterView.clearSelection();
        }

        @Override
        public void find(NotesViewModel.Item item) {
            search.queryProperty().set(notes.find(item));
            openSearch();
            search.search();
        }

        @Override
        public void chapterNote() {
            ReaderWindow.this.chapterNote();
        }

        @Override
        public void bookmark() {
            ReaderWindow.this.bookmark();
        }
    }

    private static final class ContentsCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("part");
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Chapter c) {
                setText(c.displayTitle());
            } else if (item instanceof Part p) {
                setText(p.title());
                getStyleClass().add("part");
            } else {
                setText(String.valueOf(item));
            }
        }
    }
}
