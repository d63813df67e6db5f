package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.ForwardingHandbook;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;

/**
 * The pages kept and rendered ahead (issue 17), over a real handbook of five chapters written here, each render
 * counted: a page rendered ahead is shown without another render; a page asked for waits for at most the render
 * under way, never for those queued ahead; what is kept stays within its budget, the least recently used going
 * first; a failed render or a page not shown is tried again; another handbook's pages are never shown.
 */
class ChapterPagesTest {
    private static final long WAIT = 20;

    @TempDir
    Path temp;
    private Counting handbook;
    private ChapterPages pages;
    private List<String> ids;

    /** The real handbook, its renders counted; a chapter in {@code held} waits for {@code letGo} before rendering. */
    private static final class Counting extends ForwardingHandbook {
        final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
        final Set<String> held = ConcurrentHashMap.newKeySet();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch letGo = new CountDownLatch(1);
        final Set<String> failOnce = ConcurrentHashMap.newKeySet();
        final Set<String> notShown = ConcurrentHashMap.newKeySet();

        Counting(Handbook real) {
            super(real);
        }

        Handbook real() {
            return real;
        }

        int renders(String id) {
            return renders.getOrDefault(id, new AtomicInteger()).get();
        }

        @Override
        public RenderedChapter render(String chapterId) throws IOException {
            renders.computeIfAbsent(chapterId, k -> new AtomicInteger()).incrementAndGet();
            if (held.contains(chapterId)) {
                started.countDown();
                try {
                    letGo.await(WAIT, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
            }
            if (failOnce.remove(chapterId)) {
                throw new IOException("could not read " + chapterId + " this time");
            }
            RenderedChapter r = real.render(chapterId);
            return notShown.contains(chapterId) ? new RenderedChapter(r.chapter(), r.html(),
                    List.of(new Problem(chapterId, Problem.Kind.NOT_SHOWN, "too slow this time"))) : r;
        }
    }

    @BeforeEach
    void handbook() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        for (String name : List.of("alpha", "bravo", "charlie", "delta", "echo")) {
            Files.writeString(dir.resolve(name + ".md"), "# " + name + "\n\nThe chapter called " + name + ".\n");
        }
        handbook = new Counting(Handbooks.open(dir));
        ids = handbook.book().chapters().stream().map(Chapter::id).toList();
        assertEquals(5, ids.size(), "five chapters: " + ids);
        pages = new ChapterPages(handbook, ChapterPages.DEFAULT_BUDGET);
    }

    @AfterEach
    void close() throws IOException {
        handbook.letGo.countDown();
        pages.close();
        handbook.close();
    }

    private static RenderedChapter shown(CompletableFuture<RenderedChapter> page) throws Exception {
        return page.get(WAIT, TimeUnit.SECONDS);
    }

    @Test
    void aPageRenderedAheadIsShownWithoutAnotherRender() throws Exception {
        String next = ids.get(1);
        pages.ahead(List.of(next));
        RenderedChapter ahead = shown(pages.page(next));
        RenderedChapter again = shown(pages.page(next));
        assertSame(ahead, again);
        assertEquals(1, handbook.renders(next));
        assertEquals(ahead.html().length(), pages.size());
    }

    @Test
    void aPageAskedForWaitsForTheRenderUnderWayButNotForThoseQueuedAhead() throws Exception {
        handbook.held.add(ids.get(1));
        pages.ahead(List.of(ids.get(1), ids.get(2), ids.get(3)));
        assertTrue(handbook.started.await(WAIT, TimeUnit.SECONDS), "the first render ahead started");
        CompletableFuture<RenderedChapter> asked = pages.page(ids.get(4));
        handbook.letGo.countDown();
        assertEquals(ids.get(4), shown(asked).chapter().id());
        assertEquals(1, handbook.renders(ids.get(1)), "the render under way finished");
        assertEquals(0, handbook.renders(ids.get(2)), "queued ahead, dropped");
        assertEquals(0, handbook.renders(ids.get(3)), "queued ahead, dropped");
        assertTrue(pages.keeps(ids.get(1)));
        assertFalse(pages.keeps(ids.get(2)), "a dropped page is not kept unfinished");
        // Asked for later, a dropped page is rendered then.
        assertEquals(ids.get(2), shown(pages.page(ids.get(2))).chapter().id());
    }

    @Test
    void thePagesKeptStayWithinTheBudgetTheLeastRecentlyUsedGoingFirst() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String id : ids.subList(0, 3)) {
            sizes.add(handbook.real().render(id).html().length());
        }
        pages.close();
        pages = new ChapterPages(handbook, sizes.get(0) + sizes.get(1) + sizes.get(2) - 1);
        shown(pages.page(ids.get(0)));
        shown(pages.page(ids.get(1)));
        shown(pages.page(ids.get(0))); // used again: now the second-to-go
        shown(pages.page(ids.get(2)));
        assertTrue(pages.keeps(ids.get(0)));
        assertFalse(pages.keeps(ids.get(1)), "the least recently used went");
        assertTrue(pages.keeps(ids.get(2)));
        assertEquals(sizes.get(0) + sizes.get(2), pages.size());
    }

    @Test
    void nothingIsRenderedAheadOnceThePagesKeptFillTheBudget() throws Exception {
        long two = handbook.real().render(ids.get(0)).html().length() + handbook.real().render(ids.get(1)).html().length();
        pages.close();
        pages = new ChapterPages(handbook, two);
        shown(pages.page(ids.get(0)));
        shown(pages.page(ids.get(1)));
        pages.ahead(List.of(ids.get(2), ids.get(3)));
        assertFalse(pages.keeps(ids.get(2)), "not even queued");
        assertFalse(pages.keeps(ids.get(3)));
        assertTrue(pages.keeps(ids.get(0)) && pages.keeps(ids.get(1)), "and nothing evicted for it");
    }

    @Test
    void aPageLargerThanTheWholeBudgetIsShownButNotKept() throws Exception {
        pages.close();
        pages = new ChapterPages(handbook, 10);
        assertEquals(ids.get(0), shown(pages.page(ids.get(0))).chapter().id());
        assertFalse(pages.keeps(ids.get(0)));
        assertEquals(0, pages.size());
    }

    @Test
    void aFailedRenderIsReportedAndTriedAgainAtTheNextVisit() throws Exception {
        String id = ids.get(2);
        handbook.failOnce.add(id);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> shown(pages.page(id)));
        assertTrue(failed.getCause().getMessage().contains("could not read"), failed.getCause().getMessage());
        assertFalse(pages.keeps(id));
        assertEquals(id, shown(pages.page(id)).chapter().id());
        assertEquals(2, handbook.renders(id));
    }

    @Test
    void aPageRenderedAheadThatFailedIsRenderedAgainWhenAskedFor() throws Exception {
        String id = ids.get(1);
        handbook.failOnce.add(id);
        handbook.held.add(id);
        pages.ahead(List.of(id));
        assertTrue(handbook.started.await(WAIT, TimeUnit.SECONDS));
        CompletableFuture<RenderedChapter> asked = pages.page(id); // joins the render under way, which fails
        handbook.letGo.countDown();
        assertEquals(id, shown(asked).chapter().id(), "the error reported is this render's, and there is none");
        assertEquals(2, handbook.renders(id));
    }

    @Test
    void aPageThatSaysItWasNotShownIsNotKept() throws Exception {
        String id = ids.get(3);
        handbook.notShown.add(id);
        assertEquals(1, shown(pages.page(id)).problems().size());
        assertFalse(pages.keeps(id), "a busy machine's 'too slow' is not remembered");
        handbook.notShown.remove(id);
        assertEquals(List.of(), shown(pages.page(id)).problems());
        assertEquals(2, handbook.renders(id));
    }

    @Test
    void anotherHandbooksPagesAreNeverShown() throws Exception {
        shown(pages.page(ids.get(0)));
        Counting other = new Counting(handbook.real());
        pages.setHandbook(other);
        assertFalse(pages.keeps(ids.get(0)));
        assertEquals(0, pages.size());
        shown(pages.page(ids.get(0)));
        assertEquals(1, other.renders(ids.get(0)), "rendered from the new handbook");
    }

    @Test
    void theChaptersLikelyOpenedNextAreTheNearestFirstInReadingOrder() {
        assertEquals(List.of(ids.get(3), ids.get(1), ids.get(4), ids.get(0)),
                ChapterPages.likelyAfter(handbook.book(), ids.get(2)));
        assertEquals(ids.subList(1, 5), ChapterPages.likelyAfter(handbook.book(), ids.get(0)));
        assertEquals(List.of(), ChapterPages.likelyAfter(handbook.book(), "not-a-chapter"));
    }

    @Test
    void workAfterTheRendersRunsOnceTheRenderAskedForHasFinished() throws Exception {
        handbook.held.add(ids.get(0));
        CompletableFuture<RenderedChapter> asked = pages.page(ids.get(0));
        assertTrue(handbook.started.await(WAIT, TimeUnit.SECONDS));
        CompletableFuture<Boolean> after = new CompletableFuture<>();
        pages.afterRenders(() -> after.complete(asked.isDone()));
        handbook.letGo.countDown();
        assertTrue(after.get(WAIT, TimeUnit.SECONDS), "ran after the render, not beside it");
    }
}
