package org.peeragogy.reader.ui.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Checks what a page asks of the host as if a stranger asked it. The page runs only our own script,
 * but should anything else ever run there it could call the bridge too, so every argument is
 * validated here and the requests that act outside the page (opening another program, going to
 * another chapter) are limited in number: at most {@link #OUTSIDE_PER_WINDOW} outside links and
 * {@link #CHAPTERS_PER_WINDOW} chapter changes per {@link #WINDOW_MS} ms; a person clicking links
 * never comes near either figure. Not thread-safe: used on the FX thread.
 */
final class PageGuard {
    static final int OUTSIDE_PER_WINDOW = 3;
    static final int CHAPTERS_PER_WINDOW = 10;
    static final long WINDOW_MS = 10_000;
    /** Longer than any address in the handbook (the longest is under 300 characters). */
    static final int MAX_URL = 2_000;
    static final int MAX_NAME = 512;
    private static final Set<String> OUTSIDE_SCHEMES = Set.of("http", "https", "mailto");

    private final LongSupplier clockMs;
    private final ArrayDeque<Long> outside = new ArrayDeque<>();
    private final ArrayDeque<Long> chapters = new ArrayDeque<>();
    private int refused;

    /** {@code clockMs}: a monotonic clock in milliseconds (tests pass their own). */
    PageGuard(LongSupplier clockMs) {
        this.clockMs = clockMs;
    }

    /**
     * The address to offer to open in another program: http, https or mailto, a well-formed URI with
     * no spaces or control characters, at most {@link #MAX_URL} characters; empty when it is not
     * one or the page has asked too often.
     */
    Optional<String> outsideLink(String url) {
        if (url == null || url.length() > MAX_URL || url.codePoints().anyMatch(c -> c <= 0x20 || c >= 0x7f && c <= 0x9f
                || Character.getType(c) == Character.FORMAT)) {
            return refuse();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !OUTSIDE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))
                    || !scheme.equalsIgnoreCase("mailto") && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return refuse();
            }
        } catch (URISyntaxException e) {
            return refuse();
        }
        return allow(outside, OUTSIDE_PER_WINDOW) ? Optional.of(url) : refuse();
    }

    /** Whether a request to open another chapter may go ahead (names and fragments of sane length). */
    boolean chapterChange(String chapterId, String fragment) {
        if (chapterId == null || chapterId.isEmpty() || chapterId.length() > MAX_NAME
                || fragment != null && fragment.length() > MAX_NAME) {
            refused++;
            return false;
        }
        if (!allow(chapters, CHAPTERS_PER_WINDOW)) {
            refused++;
            return false;
        }
        return true;
    }

    /** A scroll fraction the host can store: finite and within 0..1. */
    static double fraction(double f) {
        return Double.isFinite(f) ? Math.max(0, Math.min(1, f)) : 0;
    }

    /** A page coordinate the host can use (finite, within ±10⁷ page pixels). */
    static double coordinate(double v) {
        return Double.isFinite(v) ? Math.max(-1e7, Math.min(1e7, v)) : 0;
    }

    /** How many requests were refused since this guard was made. */
    int refused() {
        return refused;
    }

    private Optional<String> refuse() {
        refused++;
        return Optional.empty();
    }

    private boolean allow(ArrayDeque<Long> recent, int limit) {
        long now = clockMs.getAsLong();
        while (!recent.isEmpty() && now - recent.peekFirst() >= WINDOW_MS) {
            recent.pollFirst();
        }
        if (recent.size() >= limit) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
