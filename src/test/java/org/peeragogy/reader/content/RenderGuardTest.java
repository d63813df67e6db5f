package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The guard turns every way a render can go wrong into a refusal, and lets ordinary chapters through. */
class RenderGuardTest {
    private static final String ORDINARY = "# Ordinary\n\nA paragraph with *emphasis* and a [link](other.md).\n";

    private final RenderGuard guard = new RenderGuard(RenderLimits.STANDARD);

    private static String render(RenderGuard guard, String markdown) throws Exception {
        return guard.run(markdown, "test", budget -> guard.render(RenderGuard.parse(markdown, budget), budget));
    }

    @Test
    void anOrdinaryChapterRendersAsFlexmarkRendersIt() throws Exception {
        assertEquals(Markdown.toHtml(Markdown.parse(ORDINARY)), render(guard, ORDINARY));
    }

    @Test
    void aChapterOverTheSizeLimitIsRefusedBeforeItIsDecoded() {
        byte[] big = new byte[(int) RenderLimits.STANDARD.maxChapterBytes() + 1];
        NotShownException e = assertThrows(NotShownException.class, () -> guard.markdown(Optional.of(big), null));
        assertEquals("it is larger than the reader allows (1.0 MB; the limit is 1 MB)", e.detail().english());
    }

    @Test
    void invalidUtf8IsReplacedAndAByteOrderMarkDropped() throws Exception {
        byte[] bytes = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a', (byte) 0xff, 'b'};
        assertEquals("a\uFFFDb", guard.markdown(Optional.of(bytes), null));
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWithItsDepthAndTheLimit() {
        NotShownException e = assertThrows(NotShownException.class, () -> render(guard, ">".repeat(65) + " a\n"));
        assertEquals("it is nested more deeply than the reader allows (65 levels of lists and quotes; the limit is 64)",
                e.detail().english());
        assertEquals("This chapter could not be shown: it is nested more deeply than the reader allows (65 levels of "
                + "lists and quotes; the limit is 64). The rest of the book is unaffected.", NotShownPage.sentence(e).english());
    }

    @Test
    void nestingWithinTheLimitRenders() throws Exception {
        assertTrue(render(guard, ">".repeat(64) + " a\n").contains("<blockquote>"));
    }

    @Test
    void aPageNestedDeeperThanWebKitBuildsIsRefused() {
        String html = "<div>".repeat(300) + "a" + "</div>".repeat(300);
        NotShownException e = assertThrows(NotShownException.class,
                () -> guard.checkDepth(org.jsoup.Jsoup.parseBodyFragment(html).body()));
        assertEquals("it is nested more deeply than the reader allows (300 levels of HTML elements; the limit is 256)",
                e.detail().english());
    }

    @Test
    void aParagraphWithTooManyMarksIsRefusedBeforeParsing() {
        NotShownException e = assertThrows(NotShownException.class, () -> render(guard, "[a".repeat(5_001) + "\n"));
        assertTrue(e.detail().english().startsWith("one paragraph holds more brackets"), e.detail().english());
    }

    @Test
    void runsOfBackticksThatCostTooMuchToPairAreRefused() {
        NotShownException e = assertThrows(NotShownException.class,
                () -> render(guard, Pathological.Kind.BACKTICKS.markdown(300)));
        assertTrue(e.detail().english().contains("runs of backticks"), e.detail().english());
    }

    @Test
    void linkReferencesThatWouldMultiplyTextPastTheOutputLimitAreRefusedBeforeRendering() {
        String md = "[r]: /" + "x".repeat(10_000) + "\n\n" + "[r] ".repeat(1_000) + "\n";
        NotShownException e = assertThrows(NotShownException.class, () -> render(guard, md));
        assertEquals("it would make a page larger than the reader allows (more than 5,000,000 characters)", e.detail().english());
    }

    @Test
    void aChapterWithMorePartsThanTheLimitIsRefusedBeforeRendering() {
        String md = "Text with *emphasis*, `code` and [a link](x.md).\n\n".repeat(12_000);
        NotShownException e = assertThrows(NotShownException.class, () -> render(guard, md));
        assertEquals("it has more parts (paragraphs, links, table cells and the like) than the reader allows "
                + "(132,000; the limit is 100,000)", e.detail().english());
    }

    @Test
    void aTableWithMoreCellsThanThePartsAllowIsRefusedBeforeParsing() {
        NotShownException e = assertThrows(NotShownException.class,
                () -> render(guard, Pathological.Kind.WIDE_TABLE.markdown(3_000)));
        assertEquals("one table has more cells than the reader allows (66,022; the limit is 50,000)", e.detail().english());
    }

    @Test
    void aChapterThatUsesUpItsProcessorTimeIsStoppedAndRefused() {
        RenderGuard hurried = new RenderGuard(RenderLimits.STANDARD.withTimeLimit(Duration.ofMillis(1)));
        String md = Pathological.Kind.HUGE.markdown(1_000);
        NotShownException e = assertThrows(NotShownException.class, () -> render(hurried, md));
        assertEquals("preparing it took longer than the reader allows (0.001 seconds of work)", e.detail().english());
    }

    @Test
    void aStackOverflowOnTheRenderThreadBecomesARefusal() {
        NotShownException e = assertThrows(NotShownException.class,
                () -> guard.run("a", "test", budget -> recurse(0)));
        assertEquals("it is nested more deeply than the reader can follow", e.detail().english());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String recurse(int depth) {
        return depth < 0 ? "" : recurse(depth + 1) + "x";
    }

    @Test
    void runningOutOfMemoryOnTheRenderThreadBecomesARefusal() {
        NotShownException e = assertThrows(NotShownException.class, () -> guard.run("a", "test", budget -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertEquals("preparing it needs more memory than the reader has", e.detail().english());
    }

    @Test
    void aFailureInsideTheLibrariesBecomesARefusalNamingIt() {
        NotShownException e = assertThrows(NotShownException.class, () -> guard.run("a", "test", budget -> {
            throw new IllegalStateException("parser bug");
        }));
        assertEquals("preparing it failed (IllegalStateException: parser bug)", e.detail().english());
    }

    @Test
    void aJobThatNeverReadsTheTextIsAbandonedAfterTheWait() throws Exception {
        RenderGuard hurried = new RenderGuard(RenderLimits.STANDARD.withTimeLimit(Duration.ofMillis(50)));
        CountDownLatch release = new CountDownLatch(1);
        try {
            NotShownException e = assertThrows(NotShownException.class, () -> hurried.run("a", "test", budget -> {
                awaitQuietly(release);
                return "late";
            }));
            assertTrue(e.detail().english().startsWith("preparing it took longer"), e.detail().english());
        } finally {
            release.countDown();
        }
    }

    @Test
    void interruptingTheCallerStopsTheWaitAndKeepsTheInterrupt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                guard.run("a", "test", budget -> {
                    started.countDown();
                    awaitQuietly(release);
                    return "done";
                });
            } catch (Exception e) {
                thrown.set(e);
            }
            interrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS));
            caller.interrupt();
            caller.join(10_000);
            assertTrue(thrown.get() instanceof InterruptedIOException, String.valueOf(thrown.get()));
            assertEquals(Boolean.TRUE, interrupted.get());
        } finally {
            release.countDown();
        }
    }

    @Test
    void rendersRunOnDaemonRenderThreads() throws Exception {
        Thread worker = guard.run("a", "one", budget -> Thread.currentThread());
        assertTrue(worker.getName().startsWith("render-"), worker::getName);
        assertTrue(worker.isDaemon());
        assertTrue(worker != Thread.currentThread());
    }

    @Test
    void aClosedGuardRefusesToRenderWithAPlainMessage() {
        RenderGuard closed = new RenderGuard(RenderLimits.STANDARD);
        closed.close();
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> render(closed, ORDINARY));
        assertEquals("This handbook was closed; open it again to read chapter test.", e.getMessage());
    }
}
