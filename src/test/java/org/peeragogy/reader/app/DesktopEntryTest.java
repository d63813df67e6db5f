package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop entry the .deb installs (written by packaging/deb.sh), as desktop-file-validate reads it: not a word to
 * say, not even a hint (fresh tester t34's F9: two main categories, Education and Office, so the reader might be listed
 * twice in a menu).
 */
class DesktopEntryTest {
    @TempDir
    Path dir;

    @Test
    void theDesktopEntryHasOneMainCategoryAndDesktopFileValidateSaysNothing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/desktop-file-validate")), "desktop-file-utils is not installed");
        String deb = Files.readString(Path.of("packaging/deb.sh"));
        int start = deb.indexOf("<<DESKTOP\n");
        assertTrue(start > 0, "the entry's heredoc moved");
        String entry = deb.substring(start + "<<DESKTOP\n".length(), deb.indexOf("\nDESKTOP\n", start) + 1)
                .replace("$NAME", "peeragogy-reader");
        assertTrue(entry.contains("\nCategories=Education;"), entry);
        Path file = dir.resolve("peeragogy-reader.desktop");
        Files.writeString(file, entry);
        Process p = new ProcessBuilder("/usr/bin/desktop-file-validate", file.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("", said);
        assertEquals(0, p.exitValue());
    }
}
