package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;

class HandbookLocatorTest {
    @TempDir
    Path temp;

    @Test
    void withNoHandbookAnywhereTheGuideOpens() throws Exception {
        try (Handbook h = HandbookLocator.locate(Optional.empty(), List.of(temp.resolve("absent")))) {
            assertTrue(h.isGuide());
            assertFalse(h.book().chapters().isEmpty());
        }
    }

    @Test
    void firstUsableCandidateWins() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        try (Handbook h = HandbookLocator.locate(Optional.empty(), List.of(temp.resolve("absent"), empty,
                TestHandbooks.fixture()))) {
            assertFalse(h.isGuide());
            assertEquals("welcome", h.book().chapters().get(0).id());
        }
    }

    @Test
    void namedHandbookThatCannotOpenIsABadOptionWithItsReason() {
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> HandbookLocator.locate(Optional.of(temp.resolve("nowhere")), List.of(TestHandbooks.fixture())));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void jarRemembersTheHandbookTheBuildWasPointedAt() throws Exception {
        var props = new java.util.Properties();
        try (var in = HandbookLocator.class.getResourceAsStream("build.properties")) {
            props.load(in);
        }
        assertEquals(TestHandbooks.real().toRealPath(), Path.of(props.getProperty("handbook.dir")).toRealPath());
    }
}
