package org.peeragogy.reader.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void aFailureWithoutAMessageIsShownAsAPlainSentenceNamingItsKindAndTheLog() {
        String shown = Messages.of(new NullPointerException());
        assertFalse(shown.isBlank());
        assertTrue(shown.contains("NullPointerException"), shown);
        assertTrue(shown.contains("log"), shown);
    }

    @Test
    void aBlankMessageIsTreatedAsNone() {
        String shown = Messages.of(new IllegalStateException("  "));
        assertTrue(shown.contains("IllegalStateException"), shown);
    }

    @Test
    void ourOwnMessageIsShownAsItIs() {
        assertEquals("The file is damaged.", Messages.of(new IOException("The file is damaged.")));
    }

    @Test
    void wrappersGiveTheMessageOfWhatTheyWrap() {
        IOException cause = new IOException("The disk is full.");
        assertEquals("The disk is full.", Messages.of(new ExecutionException(cause)));
        // new RuntimeException(cause) copies cause.toString() ("java.io.IOException: ...") as its message.
        assertEquals("The disk is full.", Messages.of(new RuntimeException(cause)));
        assertTrue(Messages.of(new RuntimeException(new NullPointerException())).contains("NullPointerException"));
    }

    @Test
    void noFailureAtAllStillGivesASentence() {
        assertFalse(Messages.of(null).isBlank());
    }

    @Test
    void runningOutOfMemoryIsSaidInWordsWithTheLimitAndThatSavedWorkIsSafe() {
        // Java's own message is only "Java heap space"; the reader says what happened and what to do.
        String shown = Messages.of(new ExecutionException(new OutOfMemoryError("Java heap space")));
        assertTrue(shown.contains("ran out of memory"), shown);
        assertTrue(shown.contains((Runtime.getRuntime().maxMemory() >> 20) + " MiB"), shown);
        assertTrue(shown.contains("already saved is safe"), shown);
        assertFalse(shown.contains("Java heap space"), shown);
    }
}
