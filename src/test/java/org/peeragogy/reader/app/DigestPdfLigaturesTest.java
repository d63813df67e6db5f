package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's F6: the PDF digest's text keeps "fi", "ffi" and "fl" as the letters typed, so that pdftotext (and a
 * search, a copy, a screen reader) reads "first" rather than "ﬁrst" (U+FB01). Real data folder, the command line's
 * digest, poppler's pdftotext (skipped, saying so, where it is not installed, as DigestTest does).
 */
class DigestPdfLigaturesTest {
    @TempDir
    Path tmp;

    @Test
    void thePdfsTextHasTheLettersTypedNotLigatures() throws Exception {
        Assumptions.assumeTrue(pdftotext(), "pdftotext not found (apt-get install poppler-utils): not checked here");
        CommandRun cli = new CommandRun(tmp.resolve("data"));
        String said = "Is the first field fine? Office affiliation, fluent waffles";
        assertEquals(0, cli.run("ask", "gardens", "--note", said), cli.err());
        Path pdf = tmp.resolve("digest.pdf");
        assertEquals(0, cli.run("digest", "--format", "pdf", "--out", pdf.toString()), cli.err());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, text);
        assertTrue(text.contains(said), "the question as typed\n" + text);
        assertFalse(text.codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature letter\n" + text);
    }

    private static boolean pdftotext() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
