package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.ui.web.ChapterView;

/**
 * The reader window: contents and search on the left, the chapter in the middle, the notes on the
 * right, a status line below. It puts its parts together (docs/architecture.md, "The window in
 * parts") and passes the page's events to them; each part talks to its view-model. FX thread.
 */
public final class ReaderWindow {
    /** Builds the search index of a handbook (off the FX thread), telling how far it has come. */
    @FunctionalInterface
    public interface Indexer {
        void index(Handbook handbook, BiConsumer<Integer, Integer> progress) throws Exception;
    }

    /** The view-models the window shows, made by the application (they hold the database and the disk). */
    public record ViewModels(ReaderViewModel reader, NotesViewModel notes, AllNotesViewModel allNotes,
                             SearchViewModel search, SharingViewModel sharing, HandbooksViewModel handbooks,
                             WindowBoundsViewModel bounds, PanelsViewModel panels, GroupFolderViewModel group,
                             KeyboardViewModel keyboard, InterfaceLanguageViewModel language,
                             WorkshopViewModels workshop) {
        public ViewModels {
            Objects.requireNonNull(language);
            Objects.requireNonNull(workshop);
            Objects.requireNonNull(group);
            Objects.requireNonNull(reader);
            Objects.requireNonNull(notes);
            Objects.requireNonNull(allNotes);
            Objects.requireNonNull(search);
            Objects.requireNonNull(sharing);
            Objects.requireNonNull(handbooks);
            Objects.requireNonNull(bounds);
            Objects.requireNonNull(panels);
            Objects.requireNonNull(keyboard);
        }
    }

    private final Stage stage;
    private final WindowThemes windowThemes;
    private final ReaderViewModel vm;
    private final WindowPlace place;
    private final PageEvents pageEvents;
    private final ChapterView chapterView;
    private final FindBar findBar;
    private final ChapterPresenter presenter;
    private final NotesPane notesPane;
    private final SearchSide searchSide;
    private final SharingActions sharingActions;
    private final HandbooksViewModel handbookWork;
    private final HandbooksView handbooks;
    private final ContentsView contents;
    private final LanguagesViewModel languages;
    private final Dialogs dialogs;
    private final SharingViewModel sharingModel;
    /** Import, undo of an import, export, install or switch of a handbook running. */
    private javafx.beans.binding.BooleanBinding busy;
    private final WindowActions actions;
    private final PanelsViewModel panels;
    private final StatusViewModel status;
    private final NoticeViewModel notices;
    private final HelpActions help;
    private PanelsView panelsView;
    /** Issue 15: the heat map, Hotspots, Notes → Group, File → Digest…, and the conversation's actions. */
    private final WorkshopParts workshop;
    /** Issue 14: regions, caret browsing, the chapter in the system browser; the live text for screen readers. */
    private final KeyboardAccess keys;
    private final BrowserCopyViewModel browserCopy;
    private final LiveText live;
    /** Issue 16: the group folder's state, under the notice. */
    private final GroupFolderLine groupLine;
    private final Texts texts;
    private final InterfaceLanguageViewModel language;
    private final AccessibleNames names;
    /** View → Reading settings, docked beside the text it changes (decision 0038). */
    private final ReadingSettingsPane readingSettings;
    /** View → Interface language; disabled while work runs, as Quit waits for it. */
    private InterfaceLanguageMenu interfaceLanguage;
    /** The search index is built, and the installed handbooks listed, after the first chapter is on screen. */
    private boolean indexWhenShown = true;

    /**
     * Builds the window on {@code stage} (not shown yet: {@link #show}). FX thread.
     *
     * @param webDataDir the page's own data folder
     * @param tasks      runs the window's background work (the search index build)
     * @param browser    opens an address in the system browser, after the reader has confirmed it
     */
    public ReaderWindow(Stage stage, ViewModels models, Indexer indexer, Path webDataDir, BackgroundTasks tasks,
                        Consumer<String> browser) {
        this.stage = Objects.requireNonNull(stage);
        this.windowThemes = new WindowThemes(stage);
        this.vm = models.reader();
        this.language = models.language();
        Texts texts = this.texts = language.texts();
        this.names = new AccessibleNames(texts);
        this.place = new WindowPlace(stage, models.bounds());
        NotesViewModel notes = models.notes();
        Dialogs dialogs = new FxDialogs(stage, texts);
        this.dialogs = dialogs;
        // Nothing to open an address with (no browser on this system) is said in the problem bar.
        Consumer<String> opens = SystemOpener.reporting(browser, vm::report, texts);
        this.pageEvents = new PageEvents(vm, dialogs, opens, texts);
        this.chapterView = new ChapterView(vm.handbookProperty().get(), webDataDir, pageEvents, texts);
        FindViewModel find = new FindViewModel(texts);
        this.findBar = new FindBar(find, chapterView, texts);
        ChapterViewModel chapter = new ChapterViewModel(notes, find, () -> vm.book().identity());
        HeatMapViewModel heat = new HeatMapViewModel(notes, models.workshop().talk()::person); // t15b's N9
        chapter.addPageListener((book, id, text) -> heat.chapterShown(text));
        chapter.addPageListener(models.workshop().talk()::chapterShown);
        this.presenter = new ChapterPresenter(chapterView, chapter, notes, vm, findBar, new AroundShowing());
        this.notices = new NoticeViewModel(vm);
        this.searchSide = new SearchSide(models.search(), Objects.requireNonNull(indexer),
                Objects.requireNonNull(tasks), vm, presenter, texts);
        this.notesPane = new NotesPane(stage, notes, models.allNotes(), vm, chapterView, presenter, dialogs, notices,
                searchSide::find, texts, models.workshop().talk(), models.workshop().options());
        pageEvents.connect(presenter, notesPane);
        notes.paintVersionProperty().addListener((o, was, now) -> searchSide.notesChanged());
        this.sharingModel = models.sharing();
        // Show file opens the folder holding the file in the system's file manager.
        Consumer<Path> showFile = file -> opens.accept(file.toAbsolutePath().getParent().toUri().toString());
        this.sharingActions = new SharingActions(dialogs, models.sharing(), notes, notesPane::notesChanged, notices,
                showFile, texts);
        this.workshop = new WorkshopParts(stage, models.workshop(), heat, notes, vm, notesPane, presenter, chapterView,
                dialogs, notices, showFile, texts);
        this.handbookWork = models.handbooks();
        this.handbooks = new HandbooksView(handbookWork, dialogs, texts);
        ContentsViewModel contentsModel = new ContentsViewModel(vm);
        this.contents = new ContentsView(contentsModel, models.workshop().group(), texts);
        this.status = new StatusViewModel(vm, texts);
        // A page shown gives its sections to the contents and the status line, which then reads where the top is.
        chapter.outlineProperty().addListener((o, was, now) -> {
            chapterView.current().ifPresent(c -> contentsModel.pageShown(c.chapter().id(), now));
            status.outline(now, chapterView.current().flatMap(c -> c.notShown()).isPresent());
            status.readingAt(chapterView.visibleOffset());
        });
        vm.scrollProperty().addListener((o, was, now) -> status.readingAt(chapterView.visibleOffset()));
        this.languages = new LanguagesViewModel(vm, tasks, texts);
        this.panels = models.panels();
        this.help = new HelpActions(stage, new HelpViewModel(texts), dialogs, opens, webDataDir, texts);
        GroupFolderActions groupFolder = new GroupFolderActions(dialogs, models.group(), notices, sharingActions, texts,
                browser);
        this.live = new LiveText(vm, notes, notices, models.search(), texts);
        this.groupLine = new GroupFolderLine(models.group(), dialogs, live::say, texts);
        // Its failure in the problem bar; what it did in a notice, whole there (the live text that echoes it is one line).
        this.browserCopy = new BrowserCopyViewModel(tasks, browser, vm::report, done -> notices.show(done), texts);
        this.keys = new KeyboardAccess(models.keyboard(), chapterView, browserCopy, vm, texts);
        this.readingSettings = new ReadingSettingsPane(vm.look().reading(), texts,
                pane -> ((BorderPane) stage.getScene().getRoot()).setRight(pane), chapterView::focus);
        this.actions = new WindowActions(new WindowActions.Parts(this::requestQuit, vm, findBar, find, this::openSearch,
                notesPane, notes, sharingActions, models.sharing(), handbooks, handbookWork, panels, help,
                readingSettings::show, groupFolder,
                java.util.stream.Stream.concat(keys.actions().stream(), workshop.actions().stream()).toList(), texts));
        help.actions(actions.all());
        build(tasks);
        bind();
    }

    private void build(BackgroundTasks tasks) {
        VBox middle = new VBox(findBar.node(), chapterView.node());
        VBox.setVgrow(chapterView.node(), Priority.ALWAYS);
        Tab contentsTab = new Tab(texts.get("main.contentsTab"), contents.node());
        contentsTab.setClosable(false);
        TabPane side = new TabPane(contentsTab, searchSide.tab());
        side.setId("side");
        side.setMinWidth(PanelsViewModel.MIN_WIDTH);
        panelsView = new PanelsView(panels, side, middle, notesPane.node());

        StatusBars bars = new StatusBars(status, vm, live.node(), handbooks.progressBar(), texts);
        HBox statusBar = bars.statusBar();
        HBox problemBar = bars.problemBar();

        // The menu bar stays the first child of the top box (StallBenchmark reaches it there).
        interfaceLanguage = new InterfaceLanguageMenu(language, texts);
        MenuBar menuBar = actions.menuBar(handbooks.switchMenu(), interfaceLanguage, this::fileMenuShowing);
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, new LanguageMenu(languages, handbookWork.workingProperty(),
                texts));
        handbooks.alsoDisabledWhile(languages.workingProperty());
        javafx.scene.control.ToolBar toolBar = actions.toolBar();
        VBox top = new VBox(menuBar, toolBar, handbooks.guideBar(), problemBar);
        VBox bottom = new VBox(groupLine.node(), statusBar);
        // Focus mode shows only the text: the bars above and below go (their keys still work).
        for (Region bar : List.of(top, bottom)) {
            bar.visibleProperty().bind(panels.focusProperty().not());
            bar.managedProperty().bind(bar.visibleProperty());
        }
        javafx.scene.Node noticeBar = new NoticeBar(notices, texts).node();
        BorderPane root = new BorderPane(panelsView.node(), top, null, new VBox(noticeBar, bottom), null);
        keys.bottomBars(noticeBar, groupLine.node(), notices::clear);
        Scene scene = new Scene(root);
        StatusBars.compactBelow(scene);
        scene.getStylesheets().add(WindowThemes.STYLESHEET);
        actions.installMoreKeys(scene);
        CaretRest.install(scene, tasks, CaretRest.BLINK_FOR); // no blinking, so no pulses, in a window left alone
        PulseTimerSwap.install(); // once: a JavaFX timer that stops when nothing animates (Linux; decision 0095)
        MemoryTrim trim = MemoryTrim.install(scene, tasks); // memory given back in a pause after a chapter (issue 17)
        pageEvents.addLaidOutListener((chapter, fraction) -> trim.chapterShown());
        WindowGestures.install(scene, chapterView.node(), vm, sharingActions::importNotes);
        keys.install(scene, panels, side, contents.node(), this::openSearch, searchSide.tab(), notesPane.node(), toolBar,
                readingSettings);
        names.name(scene.getRoot());
        panelsView.closeOnEscOrText(scene);
        ListWindows.escLeavesLists(scene); // Esc in the notes list, the contents, the results closes their drawer
        stage.setScene(scene);
        place.restore();
        panels.windowWidth(stage.getWidth());
    }

    /** Opens the Search tab, bringing the contents side into view first (as a drawer when it is folded away). */
    private void openSearch() {
        panels.reveal(PanelsViewModel.Panel.CONTENTS);
        searchSide.open();
    }

    private void fileMenuShowing() {
        handbooks.tick();
        handbookWork.refreshChoices();
    }

    private javafx.beans.binding.BooleanBinding sharingBusy() {
        return sharingModel.workingProperty().or(sharingModel.exportingProperty());
    }

    /**
     * Quit (the menu, Ctrl+Q, the window's ×). While notes are being imported or exported or a handbook
     * installed it asks first, and OK closes the window as soon as that work has ended: quitting in the
     * middle dropped it without a word (found by a fresh tester). FX thread.
     */
    private void requestQuit() {
        if (!busy.get()) {
            stage.close();
            return;
        }
        boolean wait = dialogs.confirm(Dialogs.Question.of(texts.get("quit.title"), texts.get("quit.header"),
                texts.get("quit.text")).withId("quit-while-busy"));
        if (wait) {
            vm.report(texts.get("quit.willClose"));
            busy.addListener((o, was, now) -> {
                if (!now) {
                    stage.close();
                }
            });
        }
    }

    private void bind() {
        busy = sharingBusy().or(handbookWork.workingProperty()).or(languages.workingProperty()).or(workshop.busy());
        // Opening the window again in another language closes this one: not while work runs, which would be lost.
        interfaceLanguage.disableProperty().bind(busy);
        stage.setOnCloseRequest(e -> {
            if (busy.get()) {
                e.consume();
                requestQuit();
            }
        });
        vm.locationProperty().addListener((o, was, now) -> {
            if (now != null) {
                chapterView.open(now.chapterId(), now.fragment(), now.scroll());
            }
        });
        vm.handbookProperty().addListener((o, was, now) -> {
            searchSide.stopIndexing(); // it reads the replaced handbook, which is closed next
            chapterView.setHandbook(now);
            presenter.handbookReplaced();
            showBook();
            handbooks.tick();
            indexWhenShown = true;
        });
        WindowLook.follow(vm.look(), chapterView, help, windowThemes, panels);
        showBook();
    }

    private void showBook() {
        stage.setTitle(texts.format("main.title", vm.book().title()));
        handbooks.showGuideBar(vm.handbookProperty().get().isGuide());
    }

    /** Checks a notes file off the FX thread, shows what importing it would do, and imports on OK. FX thread. */
    public void importNotes(Path file) {
        sharingActions.importNotes(file);
    }

    /** Reads every notes file of a folder off the FX thread, shows one preview of them all, and imports on OK. FX thread. */
    public void importFolder(Path folder) {
        sharingActions.importFolder(folder);
    }

    /**
     * Installs a handbook folder or zip into the reader's own library (off the FX thread, with a
     * progress bar) and switches to it; a failure is shown and what was installed before stays. FX thread.
     */
    public void addHandbook(Path path) {
        handbooks.add(path);
    }

    /** True while a handbook is installed or opened; the actions that would start another are disabled. */
    public ReadOnlyBooleanProperty handbookWorkProperty() {
        return handbookWork.workingProperty();
    }

    /** Hands over a chapter already being rendered, so the first page does not wait for a second render. */
    public void preload(String chapterId, CompletableFuture<RenderedChapter> page) {
        chapterView.preload(chapterId, page);
    }

    /** Called with (chapter id, scroll fraction) each time a chapter has been shown and painted. */
    public void addLaidOutListener(BiConsumer<String, Double> listener) {
        pageEvents.addLaidOutListener(listener);
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

    /** What is open now besides the chapter ({@link WindowShown}). FX thread. */
    public WindowShown shown() {
        return WindowShown.of(readingSettings, searchSide, notesPane, panels);
    }

    /** Opens again what {@code shown} says was open ({@link WindowShown#showIn}). FX thread. */
    public void showAgain(WindowShown shown) {
        shown.showIn(readingSettings, searchSide, notesPane, panels);
    }

    /** Saves where the reader is and the window's bounds (queued on the writer), and releases the page. */
    public void close() {
        searchSide.stopIndexing();
        pageEvents.close(); // its pending position save would land on closed connections; it is saved just below
        vm.scrolled(chapterView.position());
        vm.savePosition();
        place.close();
        panelsView.rememberWidths();
        panels.save();
        help.close();
        browserCopy.close();
        chapterView.close();
        names.close();
        // The windows it opened (All notes, Reading settings, the selection's bar) go with it: the stage itself may
        // stay, to show the window again in another language (InterfaceLanguageViewModel).
        windowThemes.hideOwned();
    }

    /** Before a page is anchored the selection's bar goes; the first page starts the index, lists the handbooks. */
    private final class AroundShowing implements ChapterPresenter.Listener {
        @Override
        public void showing() {
            notesPane.hideToolbar();
            if (indexWhenShown) {
                indexWhenShown = false;
                searchSide.buildIndex(vm.handbookProperty().get());
                handbookWork.refreshChoices(); // Switch handbook's list, read once a page is on screen (decision 0082)
            }
        }

        @Override
        public void select(String annotationId) {
            notesPane.select(annotationId);
        }

        @Override
        public void painted() {
            workshop.paintHeat();
        }
    }
}
