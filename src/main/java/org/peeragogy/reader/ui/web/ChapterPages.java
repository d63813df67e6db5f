package org.peeragogy.reader.ui.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * The chapters' pages as rendered, all off the FX thread, on one thread of their own ("chapter-renderer"): the page
 * asked for, and the pages a reader is likely to open next, rendered ahead while the page shown is read (issue 17:
 * the render was a third of a jump's time). Rendered pages are kept, least recently used out first, up to
 * {@link #budget} characters of HTML in all (the real handbook's 61 chapters are about 0.7 million).
 *
 * <p>A page asked for never waits behind the pages rendered ahead: asking cancels those not yet started, so it waits
 * at most for the one being rendered. A page that says it was not shown ({@link Problem.Kind#NOT_SHOWN}: too large,
 * too slow on a busy machine) is not kept, so the next visit tries again; a render that failed is not kept either.
 *
 * <p>Threads: every method but {@link #size} and {@link #keeps} on one thread (the FX thread); the futures complete on
 * the renderer's thread (a page handed over: on its own).
 */
final class ChapterPages implements AutoCloseable {
    /** The pages kept, in characters of HTML: about 8 MB of heap at most, or 5 times the real handbook. */
    static final long DEFAULT_BUDGET = 4_000_000;

    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chapter-renderer");
        t.setDaemon(true);
        return t;
    });
    private final long budget;
    /** Guarded by this: the pages of {@link #handbook}, in access order (the least recently used first). */
    private final LinkedHashMap<String, CompletableFuture<RenderedChapter>> kept = new LinkedHashMap<>(64, 0.75f, true);
    /** Guarded by this: the characters of the finished pages in {@link #kept}. */
    private long size;
    private volatile Handbook handbook;
    /**
     * Renders ahead asked for last, by their pages, each with its claim: taken by the render when it starts, or by
     * {@link #cancelQueued} first, which then drops it.
     */
    private final Map<CompletableFuture<RenderedChapter>, AtomicBoolean> queued = new LinkedHashMap<>();

    /** @param budget the characters of HTML kept at most; a single page larger than that is still shown, not kept */
    ChapterPages(Handbook handbook, long budget) {
        this.handbook = Objects.requireNonNull(handbook);
        this.budget = budget;
    }

    /**
     * The page of {@code chapterId}: a kept one (done, or still being rendered ahead), else one rendered now. The
     * future fails with the render's exception (an IOException when the chapter cannot be read); a page rendered ahead
     * that failed is rendered again here, so the error reported is this render's.
     */
    CompletableFuture<RenderedChapter> page(String chapterId) {
        Handbook h = handbook;
        CompletableFuture<RenderedChapter> ready;
        synchronized (this) {
            ready = kept.get(chapterId);
        }
        // The others queued ahead go: this one, queued or under way, is the next to finish.
        cancelQueued(ready);
        if (ready == null) {
            return render(h, chapterId);
        }
        return ready.exceptionallyCompose(e -> render(h, chapterId));
    }

    /**
     * Renders these chapters ahead, in this order, unless kept already; stops adding when the pages kept reach the
     * budget. Replaces the list asked for before (its renders not yet started are dropped).
     */
    void ahead(List<String> chapterIds) {
        cancelQueued(null);
        Handbook h = handbook;
        for (String id : chapterIds) {
            synchronized (this) {
                if (size >= budget) {
                    return;
                }
                if (kept.containsKey(id)) {
                    continue;
                }
            }
            CompletableFuture<RenderedChapter> page = new CompletableFuture<>();
            synchronized (this) {
                kept.put(id, page);
            }
            AtomicBoolean claim = new AtomicBoolean();
            try {
                renderer.execute(() -> {
                    if (claim.compareAndSet(false, true)) {
                        complete(h, id, page);
                    }
                });
                queued.put(page, claim);
            } catch (RejectedExecutionException closed) {
                synchronized (this) {
                    kept.remove(id, page);
                }
                return;
            }
        }
    }

    /** A page already being rendered elsewhere (the start-up's first page): kept as if rendered here. */
    void handOver(String chapterId, CompletableFuture<RenderedChapter> page) {
        Handbook h = handbook;
        synchronized (this) {
            kept.put(chapterId, page);
        }
        page.whenComplete((c, e) -> finished(h, chapterId, page, c, e));
    }

    /** Drops every page kept: they are the old handbook's. The renders under way finish unkept. */
    void setHandbook(Handbook next) {
        cancelQueued(null);
        synchronized (this) {
            handbook = Objects.requireNonNull(next);
            kept.clear();
            size = 0;
        }
    }

    /** The characters of HTML kept now (for tests). */
    synchronized long size() {
        return size;
    }

    /** Whether the page of this chapter is kept, rendered or being rendered (for tests). */
    synchronized boolean keeps(String chapterId) {
        return kept.containsKey(chapterId);
    }

    /**
     * The chapters most likely opened after {@code chapterId}, nearest first: the next one, the one before, then
     * outwards in reading order (the contents list chapters in that order, so these are its neighbours too).
     */
    static List<String> likelyAfter(Book book, String chapterId) {
        List<Chapter> all = book.chapters();
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(chapterId)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return List.of();
        }
        List<String> order = new ArrayList<>();
        for (int d = 1; d < all.size(); d++) {
            if (at + d < all.size()) {
                order.add(all.get(at + d).id());
            }
            if (at - d >= 0) {
                order.add(all.get(at - d).id());
            }
        }
        return order;
    }

    /**
     * Runs {@code work} on the renderer's thread after every render asked for so far (those ahead not yet started are
     * dropped), or on a thread of its own once closed.
     */
    void afterRenders(Runnable work) {
        cancelQueued(null);
        try {
            renderer.execute(work);
        } catch (RejectedExecutionException closedAlready) {
            Thread t = new Thread(work, "after-renders");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public void close() {
        renderer.shutdownNow();
    }

    private CompletableFuture<RenderedChapter> render(Handbook h, String chapterId) {
        CompletableFuture<RenderedChapter> page = new CompletableFuture<>();
        synchronized (this) {
            if (h == handbook) {
                kept.put(chapterId, page);
            }
        }
        try {
            renderer.execute(() -> complete(h, chapterId, page));
        } catch (RejectedExecutionException closed) {
            page.completeExceptionally(closed);
        }
        return page;
    }

    private void complete(Handbook h, String chapterId, CompletableFuture<RenderedChapter> page) {
        try {
            RenderedChapter c = h.render(chapterId);
            finished(h, chapterId, page, c, null);
            page.complete(c);
        } catch (Throwable e) {
            // Whatever went wrong is the page's answer (the view says it); the thread renders the next one.
            finished(h, chapterId, page, null, e);
            page.completeExceptionally(e);
        }
    }

    /** Counts a finished page in, or takes it out when it failed or says it was not shown; evicts over the budget. */
    private synchronized void finished(Handbook h, String chapterId, CompletableFuture<RenderedChapter> page,
                                       RenderedChapter c, Throwable failed) {
        if (h != handbook || kept.get(chapterId) != page) {
            return;
        }
        if (failed != null || c == null || c.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.NOT_SHOWN)) {
            kept.remove(chapterId);
            return;
        }
        size += c.html().length();
        Iterator<Map.Entry<String, CompletableFuture<RenderedChapter>>> oldest = kept.entrySet().iterator();
        while (size > budget && oldest.hasNext()) {
            Map.Entry<String, CompletableFuture<RenderedChapter>> e = oldest.next();
            Optional<RenderedChapter> done = doneNormally(e.getValue());
            if (done.isPresent() && e.getValue() != page) {
                size -= done.get().html().length();
                oldest.remove();
            }
        }
        if (size > budget) {
            // Larger than the whole budget alone: shown, not kept.
            kept.remove(chapterId);
            size -= c.html().length();
        }
    }

    private static Optional<RenderedChapter> doneNormally(CompletableFuture<RenderedChapter> f) {
        if (!f.isDone() || f.isCompletedExceptionally()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(f.getNow(null));
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /** Drops the renders ahead not yet started but {@code keep}'s; their pages go, so they are asked for again. */
    private void cancelQueued(CompletableFuture<RenderedChapter> keep) {
        queued.forEach((page, claim) -> {
            if (page != keep && claim.compareAndSet(false, true)) {
                synchronized (this) {
                    kept.values().remove(page);
                }
            }
        });
        queued.clear();
    }
}
