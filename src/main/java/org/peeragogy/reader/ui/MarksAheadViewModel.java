package org.peeragogy.reader.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.ui.web.MarkedPage;
import org.peeragogy.reader.ui.web.PageMarks;

/**
 * The pages likely opened next with their highlights written in (issue 17, decision 0089), so that a jump's first
 * picture shows them: for each page rendered ahead, its notes are read and placed as the chapter shown's are
 * ({@link ChapterNotesViewModel#placed}, the same layers and rules) and written into its HTML ({@link MarkedPage}),
 * one page at a time on the notes' reading thread, nearest first, so a load of the chapter shown waits for at most
 * one of them. Storage (the store), placing (anchoring) and painting (the markup, {@code ui.web}) stay apart.
 *
 * <p>Never stale: every page prepared carries the <em>epoch</em> it was read in, and is served only in that epoch. The
 * epoch moves on with every change that may touch notes: a new layer or rule, a change said to be anywhere
 * ({@link #changedAnywhere}), and, as soon as it is asked, every load of the chapter shown again (a save's). When that
 * load arrives and shows the chapter's own notes changed (the others' list as it was), the change was that chapter's:
 * the other pages go back into the new epoch without being read again, and only that chapter's page waits for its
 * next preparation. Otherwise every page is prepared again, in the background, nearest first.
 *
 * <p>Threads: the FX thread, but the preparation (the reads executor) and the futures' completion.
 */
final class MarksAheadViewModel implements PageMarks {
    private static final System.Logger LOG = System.getLogger(MarksAheadViewModel.class.getName());

    /** How a chapter's placed notes are read (on the reads thread). */
    interface Placed {
        List<NotesViewModel.Item> placed(ChapterNotesViewModel.Request layers, Supplier<ChapterText> text)
                throws StoreException;
    }

    /** A page prepared in {@code epoch}: with its highlights written in, or null when it has none to paint. */
    private record Prepared(RenderedChapter page, long epoch, MarkedPage marked) {
    }

    private final Placed reader;
    private final Executor reads;
    private final Executor onUi;
    private final Map<String, Prepared> prepared = new HashMap<>();
    private long epoch;
    /** The last load of the chapter shown: its layers and rules are every page's. */
    private ChapterNotesViewModel.Request shown;
    private ChapterNotesViewModel.Loaded shownLoaded;
    /** The epoch a load of the chapter shown again moved on from (-1: none pending). */
    private long suspectedFrom = -1;
    /** A change anywhere was said: the next load asked for prepares every page again, with its layers. */
    private boolean anywhere;
    private List<CompletableFuture<RenderedChapter>> queue = List.of();
    private int next;
    private CompletableFuture<RenderedChapter> waitingFor;
    private boolean busy;

    MarksAheadViewModel(Placed reader, Executor reads, Executor onUi) {
        this.reader = Objects.requireNonNull(reader);
        this.reads = Objects.requireNonNull(reads);
        this.onUi = Objects.requireNonNull(onUi);
    }

    @Override
    public void ahead(List<CompletableFuture<RenderedChapter>> pages) {
        queue = List.copyOf(pages);
        next = 0;
        waitingFor = null;
        pump();
    }

    @Override
    public Optional<MarkedPage> ready(RenderedChapter page) {
        Prepared p = prepared.get(page.chapter().id());
        return p != null && p.page() == page && p.epoch() == epoch ? Optional.ofNullable(p.marked()) : Optional.empty();
    }

    @Override
    public boolean prepared(String chapterId) {
        Prepared p = prepared.get(chapterId);
        return p != null && p.epoch() == epoch && p.marked() != null;
    }

    /** Notes may have changed anywhere (an import, a group folder's, a person shown or hidden): all is read again. */
    void changedAnywhere() {
        epoch++;
        suspectedFrom = -1;
        anywhere = true;
    }

    /** A load of the chapter shown is asked (ChapterNotesViewModel). */
    void asked(ChapterNotesViewModel.Request r) {
        ChapterNotesViewModel.Request was = shown;
        shown = r;
        boolean everywhere = anywhere;
        anywhere = false;
        if (was == null || !was.book().equals(r.book())) {
            // Another handbook: its pages come with the next page shown.
            prepared.clear();
            queue = List.of();
            epoch++;
            shownLoaded = null;
            suspectedFrom = -1;
        } else if (everywhere || !sameLayers(was, r)) {
            epoch++;
            suspectedFrom = -1;
            again();
        } else if (was.chapter().equals(r.chapter()) && was.text() == r.text()) {
            // The chapter shown read again: a save landed, maybe here, maybe elsewhere; nothing is served until known.
            suspectedFrom = suspectedFrom >= 0 ? -1 : epoch;
            epoch++;
        } else {
            shownLoaded = null;
        }
    }

    /** The newest load of the chapter shown arrived: was the change only that chapter's? */
    void delivered(ChapterNotesViewModel.Request r, ChapterNotesViewModel.Loaded loaded) {
        ChapterNotesViewModel.Loaded before = shownLoaded;
        shownLoaded = loaded.failure() == null ? loaded : null;
        long from = suspectedFrom;
        suspectedFrom = -1;
        if (from < 0 || r != shown) {
            return;
        }
        if (before != null && loaded.failure() == null && epoch == from + 1 && before.lost().equals(loaded.lost())
                && !before.placed().equals(loaded.placed())) {
            prepared.replaceAll((id, p) -> p.epoch() == from && !id.equals(r.chapter())
                    ? new Prepared(p.page(), epoch, p.marked()) : p);
        } else {
            again();
        }
    }

    private static boolean sameLayers(ChapterNotesViewModel.Request a, ChapterNotesViewModel.Request b) {
        return a.hidden().equals(b.hidden()) && a.conflicted().equals(b.conflicted()) && a.shown() == b.shown()
                && a.claimed().equals(b.claimed());
    }

    /** Prepares the pages asked for last again, from the nearest. */
    private void again() {
        next = 0;
        waitingFor = null;
        pump();
    }

    /** Starts the preparation of the next page that needs it, one at a time. */
    private void pump() {
        while (!busy && shown != null && next < queue.size()) {
            CompletableFuture<RenderedChapter> f = queue.get(next);
            if (!f.isDone()) {
                if (waitingFor != f) {
                    waitingFor = f;
                    List<CompletableFuture<RenderedChapter>> in = queue;
                    f.whenComplete((page, e) -> onUi.execute(() -> {
                        if (queue == in && waitingFor == f) {
                            waitingFor = null;
                            pump();
                        }
                    }));
                }
                return;
            }
            next++;
            RenderedChapter page = f.isCompletedExceptionally() ? null : f.join();
            if (page != null && page.notShown().isEmpty() && !current(page)) {
                prepare(page);
            }
        }
    }

    private boolean current(RenderedChapter page) {
        Prepared p = prepared.get(page.chapter().id());
        return p != null && p.page() == page && p.epoch() == epoch;
    }

    private void prepare(RenderedChapter page) {
        busy = true;
        long in = epoch;
        ChapterNotesViewModel.Request layers = shown;
        try {
            reads.execute(() -> {
                Optional<MarkedPage> marked = mark(layers, page);
                onUi.execute(() -> {
                    busy = false;
                    if (marked != null && in == epoch && shown != null && shown.book().equals(layers.book())) {
                        prepared.put(page.chapter().id(), new Prepared(page, in, marked.orElse(null)));
                    }
                    pump();
                });
            });
        } catch (RejectedExecutionException closing) {
            // The window is closing: its reading thread has stopped, and nothing more is shown.
            busy = false;
            queue = List.of();
        }
    }

    /** The reads thread: the page with its placed notes written in (empty: none to paint; null: not known). */
    private Optional<MarkedPage> mark(ChapterNotesViewModel.Request layers, RenderedChapter page) {
        try {
            // A chapter without notes shown costs a read only: its text is made for the notes to be placed in.
            List<NotesViewModel.Item> placed = reader.placed(new ChapterNotesViewModel.Request(layers.book(),
                    page.chapter().id(), layers.text(), layers.open(), layers.hidden(), layers.conflicted(),
                    layers.shown(), layers.claimed()), () -> ChapterText.of(page.html()));
            return MarkedPage.of(page, PaintList.of(placed));
        } catch (StoreException | RuntimeException e) {
            // Recovers: the page is served as rendered, and its notes are painted once shown, as before (logged).
            LOG.log(System.Logger.Level.DEBUG, "Notes not prepared ahead for " + page.chapter().id(), e);
            return null;
        }
    }
}
