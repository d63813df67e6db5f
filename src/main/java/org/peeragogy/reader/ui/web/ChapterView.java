package org.peeragogy.reader.ui.web;

import org.peeragogy.reader.book.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.book.Resource;
import org.peeragogy.reader.share.JsonWriter;

/**
 * The chapter in the middle of the window. With its helpers of ui.web, the only code that touches the WebEngine: it
 * renders chapters off the FX thread ({@link ChapterPages}), serves them (and the handbook's images and our own script
 * and style) through {@link ContentScheme}, hands the page's messages to {@link PageReceiver}, which checks them before
 * the {@link PageListener} hears of them, and keeps the page's look through {@link PageLook}.
 */
public final class ChapterView implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChapterView.class.getName());

    /** One highlight to paint, by text offsets into the chapter's text. */
    public record Highlight(String id, int start, int end, String colour, boolean hasNote) {
    }

    private static final String APP_PATH = "/_app/";

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private final PageListener listener;
    private final String prefix;
    private final ChapterPages pages;
    // Kept in a field: WebKit holds the bridge weakly and would lose it to the garbage collector.
    private final PageMessages.Bridge bridge;

    private volatile Handbook handbook;
    private volatile RenderedChapter current;
    private String pendingFragment = "";
    private double pendingFraction;
    private long requests;
    private boolean closed;
    private final Showing.Clock clock = new Showing.Clock();
    /** Set by load(), taken by the one request for that page (on a loader thread). */
    private final java.util.concurrent.atomic.AtomicBoolean pageArmed = new java.util.concurrent.atomic.AtomicBoolean();
    private final NavigationGuard loads;
    private final PageCaret caret = new PageCaret(this);
    private final PageTexts texts;
    private final PageHeat heat = new PageHeat(this);
    private final PageLook look = new PageLook(this, webView);
    private final PageReceiver receiver;
    private final GoneFiles goneFiles;

    /** @param texts the window's words: the view's accessible name, its problems, the page's footnote pop-over */
    public ChapterView(Handbook handbook, Path webDataDir, PageListener listener, PageTexts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.handbook = Objects.requireNonNull(handbook);
        this.listener = Objects.requireNonNull(listener);
        this.receiver = new PageReceiver(this, listener, texts, webView);
        this.bridge = new PageMessages.Bridge(receiver);
        this.pages = new ChapterPages(handbook, ChapterPages.DEFAULT_BUDGET);
        // Said to a closed view's window too: it goes with the window (ContentScheme serves a closed view nothing).
        this.goneFiles = new GoneFiles(this::serve, path -> Platform.runLater(
                () -> listener.filesGone(texts.format("page.filesGone", this.handbook.location()))));
        this.prefix = ContentScheme.register(goneFiles);
        engine.setUserDataDirectory(webDataDir.toFile());
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null);
        engine.setOnAlert(e -> { });
        webView.setContextMenuEnabled(false);
        webView.setAccessibleText(texts.get("page.name"));
        webView.setAccessibleHelp(texts.get("page.help"));
        FramesAfterInput.install(webView); // what a key changes in the page is painted at once (17a F3, decision 0051)
        // Back and forward are the window's own; WebKit's history would also keep old pages alive.
        engine.getHistory().setMaxSize(0);
        this.loads = new NavigationGuard(engine, new Loads());
    }

    /** Why a chapter could not be shown, in the window's language; logged once, in English, with its trace. */
    private String said(Throwable failure) {
        Messages.logged(LOG, "Showing a chapter", failure);
        return texts.failure(failure);
    }

    /** How many times the page shown now (or the last one) tried to navigate away and was stopped. */
    public int blockedNavigations() {
        return loads.blockedNavigations();
    }

    public Node node() {
        return webView;
    }

    /** A chapter already being rendered elsewhere; {@link #open} of it uses that render. */
    public void preload(String chapterId, CompletableFuture<RenderedChapter> page) {
        pages.handOver(chapterId, page);
    }

    /**
     * Runs {@code work} on the renderer's thread after every render asked for so far, or on a thread of
     * its own once this view is closed: how a replaced handbook is closed without failing a render of it
     * that is still under way.
     */
    public void afterRenders(Runnable work) {
        pages.afterRenders(work);
    }

    /** Replaces the handbook (after "Add the handbook…"); the caller then opens a chapter of it. */
    public void setHandbook(Handbook handbook) {
        this.handbook = Objects.requireNonNull(handbook);
        this.current = null;
        pages.setHandbook(handbook);
        goneFiles.handbookReplaced();
    }

    /**
     * Shows a chapter scrolled to {@code fragment} (an element id) or, without one, to {@code fraction}
     * of its height. Returns at once; {@link Listener#laidOut} follows.
     */
    public void open(String chapterId, String fragment, double fraction) {
        pendingFragment = fragment == null ? "" : fragment;
        pendingFraction = fraction;
        loads.opened();
        receiver.opened();
        RenderedChapter c = current;
        if (c != null && c.chapter().id().equals(chapterId) && loads.ready()) {
            restore();
            return;
        }
        long request = ++requests;
        clock.asked(chapterId);
        CompletableFuture<RenderedChapter> page = pages.page(chapterId);
        if (page.isDone() && !page.isCompletedExceptionally()) {
            // Rendered ahead: loaded at once, without a round trip through the renderer's thread.
            load(page.join(), true);
            return;
        }
        page.whenComplete((rendered, failure) -> Platform.runLater(() -> {
            if (closed) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                listener.failed(texts.format("page.notRendered", chapterId, said(cause)));
            } else if (request == requests) {
                load(rendered, false);
            }
        }));
    }

    private void load(RenderedChapter chapter, boolean renderedAhead) {
        clock.loading(renderedAhead);
        // A chapter not shown says why in the window's language; the notes' text is read from this same page.
        current = NotShownNotice.inLanguage(chapter, texts);
        pageArmed.set(true);
        loads.load(prefix + encode(chapter.chapter().id()) + ".html" + look.query());
    }

    /** Sets the page's theme: "light", "sepia", "dark" or "contrast"; the page shown takes it at once. FX thread. */
    public void setTheme(String theme) {
        look.setTheme(theme);
    }

    /**
     * Sets the reading settings (font, spacing, upright, underlined highlights) as {@code ReadingSettings.pageValue}
     * gives them: only {@code [a-z0-9.=,]}, else IllegalArgumentException. Applied before the next page paints (it is
     * in the page's address) and to the page shown at once, keeping the line at the top in place. FX thread.
     */
    public void setReading(String settings) {
        look.setReading(settings);
    }

    /**
     * Sets the text size (1.0: the page's own), keeping the reader's place: the line at the top of the view
     * before is the first line after, however the text wraps anew.
     */
    public void setFontScale(double scale) {
        look.setFontScale(scale);
    }

    /** Whether a page's document is there to take calls (not while one loads). FX thread. */
    boolean pageReady() {
        return loads.ready();
    }

    /** The scroll position of the page now, 0 when no page is shown. */
    public double position() {
        return page().map(p -> p.call(PageMessages.Call.POSITION.function))
                .filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue()).orElse(0.0);
    }

    /** Runs a script in the page; for tests that look at the page as a reader would. */
    public Object evaluate(String script) {
        return engine.executeScript(script);
    }

    public void focus() {
        webView.requestFocus();
    }

    private void pageLoaded() {
        clock.document();
        Object window = engine.executeScript("window");
        if (window instanceof JSObject w) {
            w.setMember("peeragogyHost", bridge);
        }
        // The page's own words (its footnote pop-over's), in the window's language, before anything is shown.
        page().ifPresent(p -> p.call(PageMessages.Call.SET_WORDS.function, JsonWriter.compact(Map.of(
                "footnote", texts.format("page.footnote", "{n}"), "goToNote", texts.format("page.goToNote", "{n}")))));
        look.pageLoaded();
        restore();
        caret.pageLoaded();
    }

    /** The keyboard's caret in the page: caret browsing, selecting a sentence or paragraph (issue 14). */
    public PageCaret caret() {
        return caret;
    }

    /** The heat map's margin bars in the page (issue 15). */
    public PageHeat heat() {
        return heat;
    }

    /** Calls a function of the page's {@code PeeragogyReader}; empty when no page is there. */
    Optional<Object> call(PageMessages.Call function, Object... args) {
        return page().map(p -> p.call(function.function, args));
    }

    private void restore() {
        page().ifPresent(p -> p.call(PageMessages.Call.RESTORE.function, pendingFragment, pendingFraction));
    }

    private Optional<JSObject> page() {
        Object reader = engine.executeScript("window.PeeragogyReader");
        return reader instanceof JSObject o ? Optional.of(o) : Optional.empty();
    }

    /** Answers the WebView's requests; runs on WebKit's loader threads. */
    private Optional<Resource> serve(String path) throws IOException {
        if (path.startsWith(APP_PATH)) {
            return AppFiles.serve(path.substring(APP_PATH.length()));
        }
        if (path.startsWith("/book/")) {
            return handbook.resource(path.substring("/book/".length()));
        }
        if (path.endsWith(".html")) {
            // Only the page the view is loading, once per load(): a navigation the page starts
            // itself, to another chapter or to itself, finds nothing.
            String id = path.substring(1, path.length() - ".html".length());
            RenderedChapter c = current;
            return c == null || !c.chapter().id().equals(id) || !pageArmed.compareAndSet(true, false) ? Optional.empty()
                    : Optional.of(new Resource(c.html().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
        }
        return Optional.empty();
    }

    /** The id as the page's path: quoted where a URI needs it; the leading "/" keeps a ':' in it a path. */
    static String encode(String id) {
        try {
            return new URI(null, null, "/" + id, null).getRawPath().substring(1);
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** What the navigation guard does through the view. */
    private final class Loads implements NavigationGuard.Owner {
        @Override
        public boolean closed() {
            return closed;
        }

        @Override
        public RenderedChapter current() {
            return current;
        }

        @Override
        public void reload(RenderedChapter chapter) {
            load(chapter, false);
        }

        @Override
        public void documentReady() {
            pageLoaded();
        }

        @Override
        public void firstBlocked(String url) {
            String shown = url.length() > 80 ? url.substring(0, 77) + "..." : url;
            Platform.runLater(() -> listener.pageBlocked(texts.format("page.blocked", shown)));
        }

        @Override
        public void failed(Throwable cause) {
            listener.failed(cause == null ? texts.get("page.notShown") : texts.format("page.notShownBecause", said(cause)));
        }
    }

    /** The handbook shown; any thread. */
    Handbook handbook() {
        return handbook;
    }

    /** The page is laid out (fraction in 0..1); heard only for the chapter shown now. FX thread. */
    void pageLaidOut(String chapterId, double fraction) {
        RenderedChapter c = current;
        if (c != null && c.chapter().id().equals(chapterId)) {
            clock.laidOut(chapterId, call(PageMessages.Call.MARKS).orElse(null));
            listener.laidOut(chapterId, fraction);
            clock.heard();
            // While this page is read, the chapters likely opened next are rendered (issue 17).
            pages.ahead(ChapterPages.likelyAfter(handbook.book(), chapterId));
        }
    }

    /** The chapter now shown, as rendered. */
    public Optional<RenderedChapter> current() {
        return Optional.ofNullable(current);
    }

    /** Paints these highlights over the chapter, replacing those painted before. */
    public void paint(List<Highlight> highlights) {
        String json = JsonWriter.compact(highlights.stream().map(h -> Map.of("id", h.id(), "start", h.start(),
                "end", h.end(), "colour", h.colour(), "note", h.hasNote())).toList());
        page().ifPresent(p -> p.call(PageMessages.Call.PAINT.function, json));
    }

    /** Marks find-in-chapter matches, given as [start, end) text offsets; an empty list clears them. */
    public void markFind(List<int[]> matches) {
        String json = JsonWriter.compact(matches.stream().map(m -> Map.of("start", m[0], "end", m[1])).toList());
        page().ifPresent(p -> p.call(PageMessages.Call.MARK_FIND.function, json));
    }

    /** Makes find match {@code n} (from 0) the current one and scrolls to it. */
    public void showFind(int n) {
        page().ifPresent(p -> p.call(PageMessages.Call.SHOW_FIND.function, n));
    }

    /** Scrolls a painted highlight into view and flashes it; false when it is not painted. */
    public boolean flash(String annotationId) {
        return page().map(p -> p.call(PageMessages.Call.FLASH.function, annotationId)).map(Boolean.TRUE::equals)
                .orElse(false);
    }

    /** Selects text as a reader would (the listener hears of it); for keyboard use and tests. */
    public void select(int start, int end) {
        page().ifPresent(p -> p.call(PageMessages.Call.SELECT.function, start, end));
    }

    /** Scrolls so the text at this offset is near the top (where a bookmark points). */
    public void scrollToOffset(int offset) {
        page().ifPresent(p -> p.call(PageMessages.Call.SCROLL_TO_OFFSET.function, offset));
    }

    public void clearSelection() {
        page().ifPresent(p -> p.call(PageMessages.Call.CLEAR_SELECTION.function));
    }

    /** The chapter's text as the page has it; offsets count into this. */
    public String pageText() {
        return page().map(p -> p.call(PageMessages.Call.TEXT.function)).map(String::valueOf).orElse("");
    }

    /** Text offset of the first block at the top of the view (where a bookmark goes). */
    public int visibleOffset() {
        return page().map(p -> p.call(PageMessages.Call.VISIBLE_OFFSET.function))
                .filter(Number.class::isInstance).map(n -> ((Number) n).intValue()).orElse(0);
    }

    /**
     * Where the time of the last chapter shown went, from {@link #open} to the page's {@code laidOut}; empty before
     * the first. For benchmarks (ReaderBenchmark); FX thread.
     */
    public Optional<Showing> lastShowing() {
        return clock.last();
    }

    @Override
    public void close() {
        closed = true;
        pages.close();
        ContentScheme.unregister(prefix);
        engine.load(null);
    }
}
