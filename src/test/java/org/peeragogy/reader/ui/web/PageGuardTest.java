package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a page asks of the host is checked as a stranger's request would be. */
class PageGuardTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final PageGuard guard = new PageGuard(now::get);

    @ParameterizedTest
    @ValueSource(strings = {"https://peeragogy.org/", "http://example.org/a?b=c#d", "mailto:someone@example.org"})
    void wellFormedOutsideAddressesAreOffered(String url) {
        assertEquals(Optional.of(url), guard.outsideLink(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://example.org/",
            "https://exa mple.org/", "https://example.org/\u202Egpj.exe", "https://example.org/\u0000", "http:///nohost",
            "peeragogy://r1/x.html", "//example.org/", "", "smb://server/share"})
    void otherAddressesAreRefused(String url) {
        assertTrue(guard.outsideLink(url).isEmpty(), url);
    }

    @Test
    void overlongAddressesAreRefused() {
        assertTrue(guard.outsideLink("https://example.org/" + "a".repeat(PageGuard.MAX_URL)).isEmpty());
    }

    @Test
    void aPageAskingTooOftenIsRefusedUntilTheWindowPasses() {
        for (int i = 0; i < PageGuard.OUTSIDE_PER_WINDOW; i++) {
            assertTrue(guard.outsideLink("https://example.org/" + i).isPresent());
        }
        assertTrue(guard.outsideLink("https://example.org/again").isEmpty());
        now.addAndGet(PageGuard.WINDOW_MS);
        assertTrue(guard.outsideLink("https://example.org/later").isPresent());
        assertEquals(1, guard.refused());
    }

    @Test
    void chapterChangesAreLimitedAndChecked() {
        for (int i = 0; i < PageGuard.CHAPTERS_PER_WINDOW; i++) {
            assertTrue(guard.chapterChange("wiki", ""));
        }
        assertFalse(guard.chapterChange("wiki", ""));
        assertFalse(guard.chapterChange("x".repeat(PageGuard.MAX_NAME + 1), ""));
        assertFalse(guard.chapterChange("", ""));
    }

    @Test
    void numbersFromThePageAreMadeSafe() {
        assertEquals(0, PageGuard.fraction(Double.NaN));
        assertEquals(1, PageGuard.fraction(7));
        assertEquals(0, PageGuard.fraction(-3));
        assertEquals(0, PageGuard.coordinate(Double.POSITIVE_INFINITY));
        assertEquals(1e7, PageGuard.coordinate(1e300));
    }
}
