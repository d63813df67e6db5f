package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chapter ids are file names without .md, composed (NFC); a name that could not be a chapter id makes no chapter. */
class ChapterFileNamesTest {
    @Test
    void idsAreTheComposedFileNameAndAClashGetsASuffix() {
        Map<String, String> paths = OpenHandbook.chapterPaths(List.of("carrying capacity.md", "Ética.md",
                "more/Ética.md", "🌱 seedlings.md", "a#b?c%20d.md", "CON.md", "Cafe\u0301.md"));
        // A decomposed name (as macOS writes it) gives the composed id (decision 0023).
        assertEquals(List.of("CON", "Caf\u00e9", "a#b?c%20d", "carrying capacity", "Ética", "🌱 seedlings", "Ética-2"),
                List.copyOf(paths.keySet()));
        assertEquals("more/Ética.md", paths.get("Ética-2"));
        assertEquals("Cafe\u0301.md", paths.get("Caf\u00e9"), "the file is still read by its own name");
    }

    @Test
    void namesWithControlOrBidiOverrideCharactersOrAbsurdLengthsAreNoChapters() {
        String tooLong = "x".repeat(300) + ".md";
        Map<String, String> paths = OpenHandbook.chapterPaths(List.of("ok.md", "report\u202Efdp.md", "tab\there.md",
                "new\nline.md", tooLong));
        assertEquals(List.of("ok"), List.copyOf(paths.keySet()));
    }
}
