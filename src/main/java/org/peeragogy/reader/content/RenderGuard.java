package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;

import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders one chapter within {@link RenderLimits} (decision 0011), so that a hostile or broken chapter
 * becomes a "could not be shown" page instead of taking the book down:
 * <ol>
 *   <li>{@link #markdown} reads the file and refuses one that cannot be read or is too large, before
 *       decoding it (invalid UTF-8 becomes U+FFFD);</li>
 *   <li>{@link #run} screens the text ({@link ChapterScreen}), then runs the job on a thread of its own
 *       with a large stack, where flexmark reads the text through {@link #parse}, which stops it at the
 *       time limit, and its HTML is refused when link references would multiply it past the output
 *       limit ({@link #render}); {@link #checkDepth} refuses a page nested too deeply for WebKit.</li>
 * </ol>
 * A {@link StackOverflowError}, an {@link OutOfMemoryError}, a timeout or any other failure of the
 * job becomes a {@link NotShownException}.
 *
 * <p><b>Threads and cost.</b> Each {@link #run} hands its job to a daemon render thread (kept for
 * {@link #IDLE_SECONDS} after its last job, with the stack of {@link RenderLimits#stackBytes()}) and
 * blocks the caller until the job ends, or for at most {@link #WAIT_FACTOR} times the time limit. The
 * time limit counts the render thread's processor time. flexmark does not look at interrupts; it stops at its next read of the
 * text once the time is used up (the clock is read every 4,096 characters read). jsoup and the
 * sanitiser do not read through it: if they are what overruns, the caller stops waiting and the
 * thread is abandoned, finishing on its own and holding its memory until then; their work is linear
 * in the HTML, which is limited, so that is seconds at most. Interrupting the caller stops the wait,
 * asks the job to stop and throws {@link InterruptedIOException} with the interrupt flag set again.
 */
final class RenderGuard {
    /**
     * The caller waits at most this many times the time limit, in time on the clock: the time limit counts
     * the render thread's processor time, which a busy machine spreads over more of the clock's, and jsoup
     * and the sanitiser cannot be stopped.
     */
    static final int WAIT_FACTOR = 3;

    /** Work done on the render thread; throws {@link NotShownException} to refuse the chapter. */
    @FunctionalInterface
    interface Job<T> {
        T run(Budget budget) throws NotShownException;
    }

    /** How long an idle render thread is kept for the next chapter. */
    static final long IDLE_SECONDS = 30;

    private final RenderLimits limits;
    private final ThreadPoolExecutor threads;

    RenderGuard(RenderLimits limits) {
        this.limits = limits;
        AtomicInteger made = new AtomicInteger();
        // Threads are reused while busy reading (starting one with a 64 MiB stack costs 1 to 2 ms); one
        // abandoned by a timeout stays busy until its job ends, and another is made meanwhile.
        this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), job -> {
                    Thread t = new Thread(null, job, "render-" + made.incrementAndGet(), limits.stackBytes());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Lets the render threads go (idle ones at once, busy ones when their job ends); later renders fail. */
    void close() {
        threads.shutdown();
    }

    RenderLimits limits() {
        return limits;
    }

    /**
     * The chapter's text: {@code bytes} as UTF-8 (a byte-order mark dropped, invalid sequences replaced),
     * or {@link NotShownException} when the source gave nothing or the file is over the size limit.
     */
    String markdown(Optional<byte[]> bytes, Reason unreadableReason) throws NotShownException {
        if (bytes.isEmpty()) {
            throw NotShownException.unreadable(unreadableReason);
        }
        byte[] b = bytes.get();
        if (b.length > limits.maxChapterBytes()) {
            throw NotShownException.tooLarge(b.length, limits.maxChapterBytes());
        }
        String s = new String(b, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Reads the chapter through {@link #markdown(Optional, String)}, turning a failed read into the same
     * refusal; an interrupted read is passed on as it is, since the caller asked to stop.
     */
    String markdown(Source source, String path) throws NotShownException, InterruptedIOException {
        Optional<byte[]> bytes;
        try {
            bytes = source.read(path);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw NotShownException.unreadable(e);
        }
        return markdown(bytes, source.unreadableReason(path));
    }

    /**
     * Screens {@code markdown}, then runs {@code job} on a render thread within the limits; see the class
     * comment. Blocks the calling thread.
     */
    <T> T run(String markdown, String name, Job<T> job) throws NotShownException, IOException {
        Optional<NotShownException> refused = ChapterScreen.check(markdown, limits);
        if (refused.isPresent()) {
            throw refused.get();
        }
        Budget budget = new Budget(limits.timeLimit());
        FutureTask<T> task = new FutureTask<>(() -> {
            budget.start();
            return job.run(budget);
        });
        try {
            threads.execute(task);
        } catch (RejectedExecutionException e) {
            throw new ExplainedIOException(Reason.of(ContentReason.CLOSED, name), null, e);
        }
        try {
            return task.get(limits.timeLimit().toMillis() * WAIT_FACTOR, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            budget.cancel();
            throw NotShownException.tooSlow(limits.timeLimit());
        } catch (InterruptedException e) {
            budget.cancel();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(Reason.of(ContentReason.STOPPED_PREPARING, name).english());
        } catch (ExecutionException e) {
            throw refusal(e.getCause());
        }
    }

    private NotShownException refusal(Throwable cause) {
        if (cause instanceof NotShownException n) {
            return n;
        }
        if (cause instanceof Budget.TimeUp) {
            return NotShownException.tooSlow(limits.timeLimit());
        }
        if (cause instanceof StackOverflowError) {
            return NotShownException.tooDeep(cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return NotShownException.outOfMemory(cause);
        }
        return NotShownException.failed(cause);
    }

    /** Parses on the render thread; flexmark reads the text through the budget, which stops it when time is up. */
    static Document parse(String markdown, Budget budget) {
        return Markdown.parse(new BudgetedText(markdown, budget));
    }

    /**
     * flexmark's HTML for {@code document}, refused before rendering when it has more parts than
     * {@link RenderLimits#maxNodes()} or its link references would repeat more than the output limit of
     * text, and after when the HTML is over that limit.
     */
    String render(Document document, Budget budget) throws NotShownException {
        long repeated = 0;
        int nodes = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            budget.tick();
            nodes++;
            if (node instanceof RefNode ref) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    repeated += target.getChars().length();
                    if (repeated > limits.maxHtmlChars()) {
                        throw NotShownException.tooMuchOutput(limits.maxHtmlChars());
                    }
                }
            }
            node = nextInOrder(node, document);
        }
        if (nodes > limits.maxNodes()) {
            throw NotShownException.tooManyParts(nodes, limits.maxNodes());
        }
        String html = Markdown.toHtml(document);
        if (html.length() > limits.maxHtmlChars()) {
            throw NotShownException.tooMuchOutput(limits.maxHtmlChars());
        }
        return html;
    }

    /** The node after {@code node} in document order, without recursion. */
    private static Node nextInOrder(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        Node n = node;
        while (n != null && n != root) {
            if (n.getNext() != null) {
                return n.getNext();
            }
            n = n.getParent();
        }
        return null;
    }

    /** Refuses a page whose elements nest deeper than {@link RenderLimits#maxElementDepth()} below {@code root}. */
    void checkDepth(Element root) throws NotShownException {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (depth > max[0] && node instanceof Element) {
                    max[0] = depth;
                }
            }
        }, root);
        if (max[0] > limits.maxElementDepth()) {
            throw NotShownException.tooDeep(max[0], limits.maxElementDepth(), ContentReason.LEVELS_OF_ELEMENTS);
        }
    }

    /**
     * The processor time a render may still take, measured on the render thread (so that a busy machine
     * does not turn an ordinary chapter away); checked by that thread as it reads, cancelled by the caller.
     */
    static final class Budget {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private final long limitNanos;
        private volatile boolean cancelled;
        /** The render thread's processor time at its start (or the clock's, where processor time is not measured). */
        private long start;
        /** Reads since the last look at the clock; only the render thread touches it. */
        private int reads;

        Budget(Duration limit) {
            this.limitNanos = limit.toNanos();
        }

        /** Called on the render thread before it starts. */
        void start() {
            start = now();
        }

        void cancel() {
            cancelled = true;
        }

        /** Cheap enough for every character read: looks at the clock once per 4,096 calls. */
        void tick() {
            if ((++reads & 0xfff) == 0) {
                check();
            }
        }

        void check() {
            if (cancelled || now() - start > limitNanos) {
                throw new TimeUp();
            }
        }

        private static long now() {
            long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
            return cpu >= 0 ? cpu : System.nanoTime();
        }

        /** Unwinds the render thread when time is up; caught by {@link RenderGuard#run}. */
        static final class TimeUp extends RuntimeException {
            private static final long serialVersionUID = 1L;

            TimeUp() {
                super("time is up", null, false, false);
            }
        }
    }

    /** The chapter's text as flexmark reads it: every character read counts against the budget. */
    private static final class BudgetedText implements CharSequence {
        private final String text;
        private final Budget budget;

        BudgetedText(String text, Budget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            budget.tick();
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            budget.tick();
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
