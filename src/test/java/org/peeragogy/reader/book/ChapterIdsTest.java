package org.peeragogy.reader.book;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterIdsTest {
    @Test
    void anyNameAFileCanHaveIsAValidId() {
        for (String id : List.of("wiki", "carrying capacity", "Ética", "E\u0301tica", "über-uns", "🌱 seedlings", "中文",
                "a#b?c%20d", "Q&A: one+one=two", "CON", "مرحبا", "فارسی\u200Cها", "👩\u200D💻", "back\\slash", " x ", ".",
                "x".repeat(ChapterIds.MAX_LENGTH))) {
            assertTrue(ChapterIds.isValid(id), id);
        }
    }

    @Test
    void emptyOverlongSlashControlBidiOverrideAndLoneSurrogatesAreNot() {
        for (String id : List.of("", "x".repeat(ChapterIds.MAX_LENGTH + 1), "a/b", "nul\0", "tab\there", "line\nbreak",
                "del\u007F", "c1\u0085", "line\u2028sep", "para\u2029sep", "report\u202Efdp", "embed\u202A",
                "isolate\u2066", "pop\u2069", "lone\uD83C", "\uDF31lone", "\uDF31\uD83C")) {
            assertFalse(ChapterIds.isValid(id), id);
        }
        assertFalse(ChapterIds.isValid(null));
    }
}
