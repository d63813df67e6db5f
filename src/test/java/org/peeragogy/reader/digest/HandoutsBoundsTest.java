package org.peeragogy.reader.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.ShareException;

/**
 * A digest.html in a group folder is anyone's file (issue 16's try-out: a 24 MB page of 400,000 paragraphs kept a
 * core busy for five minutes and said nothing). An HTML digest over 16 MB is refused with a word at once, and
 * cleaning a large one takes time in proportion to its size, not to its square.
 */
class HandoutsBoundsTest {
    @TempDir
    Path temp;

    @Test
    void anHtmlDigestOverSixteenMegabytesIsRefusedWithAWordAndNothingIsCopied() throws Exception {
        Path digest = temp.resolve("digest.html");
        try (var out = Files.newBufferedWriter(digest)) {
            out.write("<!DOCTYPE html><html><body>");
            String line = "<p>Open question number 1234567890, hostile <img src=x onerror=alert(1)></p>\n";
            for (long written = 0; written <= Handouts.MAX_HTML_BYTES; written += line.length()) {
                out.write(line);
            }
            out.write("</body></html>");
        }
        Path copies = Files.createDirectories(temp.resolve("copies"));
        ShareException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ShareException.class, () -> Handouts.copyForReading(digest, copies)));
        assertEquals("The digest digest.html is larger than 16 MB, more than any digest the reader writes. Nothing was"
                + " opened; ask the facilitator to write it again.", e.getMessage());
        try (var left = Files.list(copies)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aDigestOfAQuarterMillionParagraphsIsCleanedInTimeInProportionToItsSize() throws Exception {
        Path digest = temp.resolve("digest.html");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Big</title></head><body>");
        for (int i = 0; i < 250_000; i++) {
            html.append("<p onclick=\"alert(1)\">q").append(i).append("</p>\n");
        }
        Files.writeString(digest, html.append("</body></html>"));
        Path copies = Files.createDirectories(temp.resolve("copies"));
        // Moving the cleaned body's nodes one by one took minutes here (quadratic); once, a few seconds.
        Path copy = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Handouts.copyForReading(digest, copies));
        String out = Files.readString(copy);
        assertTrue(out.contains("<p>q0</p>") && out.contains("<p>q249999</p>"), "every paragraph is kept");
        assertFalse(out.contains("onclick"));
        assertTrue(out.contains("script-src 'none'") && out.contains("<title>Big</title>"));
    }
}
