package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.util.Duration;
import org.peeragogy.reader.ui.web.ChapterView;
import org.peeragogy.reader.ui.web.PageListener;

/**
 * What the page tells the window ({@link PageListener}), passed on to the part it is for: links
 * to the reader (an outside link only after the reader agreed, through {@link Dialogs}), the scroll
 * position (saved 600 ms after scrolling stops), a page shown to the {@link ChapterPresenter}, a
 * selection or a click on a highlight to the {@link NotesPane}. FX thread.
 */
final class PageEvents implements PageListener {
    private final ReaderViewModel vm;
    private final Dialogs dialogs;
    private final Consumer<String> browser;
    private ChapterPresenter presenter;
    private NotesPane notesPane;
    private final List<BiConsumer<String, Double>> laidOutListeners = new ArrayList<>();
    private final PauseTransition saveAfterScroll = new PauseTransition(Duration.millis(600));
    private boolean askingExternal;
    private final Texts texts;

    PageEvents(ReaderViewModel vm, Dialogs dialogs, Consumer<String> browser, Texts texts) {
        this.texts = texts;
        this.vm = vm;
        this.dialogs = dialogs;
        this.browser = browser;
        saveAfterScroll.setOnFinished(e -> vm.savePosition());
    }

    /** The window closes: a position save still waiting for the scrolling to stop is dropped (the window saves it). */
    void close() {
        saveAfterScroll.stop();
    }

    /** Gives the parts that are made after the page (which needs this listener first), before it shows anything. */
    void connect(ChapterPresenter presenter, NotesPane notesPane) {
        this.presenter = presenter;
        this.notesPane = notesPane;
    }

    /** Called with (chapter id, scroll fraction) each time a chapter has been shown and painted. */
    void addLaidOutListener(BiConsumer<String, Double> listener) {
        laidOutListeners.add(listener);
    }

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

    /** Asks before another program opens {@code url}, naming the address and the program exactly. */
    private boolean confirmExternal(String url) {
        return dialogs.confirm(outsideLink(texts, url));
    }

    /** The question before an outside link opens: a web address in the browser, a mailto: in the e-mail program. */
    static Dialogs.Question outsideLink(Texts texts, String url) {
        boolean mail = url.regionMatches(true, 0, "mailto:", 0, 7);
        return Dialogs.Question.of(texts.get("link.title"), mail ? texts.get("link.mailHeader") : texts.get("link.webHeader"),
                texts.format(mail ? "link.mailText" : "link.webText", url));
    }

    @Override
    public void pageBlocked(String message) {
        vm.report(message);
    }

    @Override
    public void filesGone(String message) {
        vm.report(message);
    }

    @Override
    public void walkedAway(double fraction) {
        vm.walkedAway(fraction);
    }

    @Override
    public void walkedBack(double fraction) {
        vm.walkedBack(fraction);
    }

    @Override
    public void scrolled(double fraction) {
        vm.scrolled(fraction);
        saveAfterScroll.playFromStart();
    }

    @Override
    public void laidOut(String chapterId, double fraction) {
        vm.laidOut(chapterId, fraction);
        presenter.pageShown();
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
        notesPane.selected(start, end, onScreen);
    }

    @Override
    public void highlightClicked(String annotationId, Bounds onScreen) {
        notesPane.highlightClicked(annotationId);
    }
}
