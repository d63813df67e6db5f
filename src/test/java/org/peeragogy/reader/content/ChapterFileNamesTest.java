package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chapter ids are file names without .md; a name that could not be a chapter id makes no chapter. */
class ChapterFileNamesTest {
    @Test
    void idsKeepTheFileNameExactlyAndAClashGetsASuffix() {
        Map<String, String> paths = OpenHandbook.chapterPaths(List.of("carrying capacity.md", "Ética.md",
                "more/Ética.md", "🌱 seedlings.md", "a#b?c%20d.md", "CON.md", "Cafe\u0301.md"));
        assertEquals(List.of("CON", "Cafe\u0301", "a#b?c%20d", "carrying capacity", "Ética", "🌱 seedlings", "Ética-2"),
                List.copyOf(paths.keySet()));
        assertEquals("more/Ética.md", paths.get("Ética-2"));
    }

    @Test
    void namesWithControlOrBidiOverrideCharactersOrAbsurdLengthsAreNoChapters() {
        String tooLong = "x".repeat(300) + ".md";
        Map<String, String> paths = OpenHandbook.chapterPaths(List.of("ok.md", "report\u202Efdp.md", "tab\there.md",
                "new\nline.md", tooLong));
        assertEquals(List.of("ok"), List.copyOf(paths.keySet()));
    }
}
