package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * An image whose file is gone when the page loads it (the package removed, a stick pulled while the window is open:
 * fresh tester t34's F3): WebKit's loader warns with a Java stack trace, which goes to the reader's log, not to the
 * terminal. Here the image is a link that leads nowhere: listed in the handbook, but nothing to read behind it.
 */
@Tag("ui")
class WebKitWarningsToTheLogTest {
    @TempDir
    Path dir;

    @Test
    void anImageGoneWhenThePageLoadsIsLoggedWithoutAStackTraceOnTheTerminal() throws Exception {
        Path book = dir.resolve("handbook");
        try (var files = Files.walk(TestHandbooks.fixture())) {
            for (Path from : files.toList()) {
                Path to = book.resolve(TestHandbooks.fixture().relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path welcome = book.resolve("welcome.md");
        Files.writeString(welcome, Files.readString(welcome) + "\n![The room](images/gone.png)\n");
        Files.createSymbolicLink(book.resolve("images/gone.png"), dir.resolve("nowhere.png"));
        Path data = Files.createDirectories(dir.resolve("data"));

        WindowProcess.Ended e = WindowProcess.smoke(book, data, "welcome", dir);
        assertEquals(0, e.code(), e.err());
        String log = Files.readString(data.resolve("logs/reader-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("gone.png"), log + "\n---- stderr:\n" + e.err());
        assertFalse(e.err().contains("gone.png") || e.err().contains("\tat "), e.err());
    }

    @Test
    void webKitsOwnWarningsGoToTheReadersLogNotToTheConsole() throws Exception {
        Path data = dir.resolve("data");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try (Logs logs = Logs.start(data, null, new java.io.PrintStream(err, true, StandardCharsets.UTF_8))) {
            java.util.logging.Logger loader = java.util.logging.Logger.getLogger("com.sun.webkit.network.URLLoader");
            loader.log(java.util.logging.Level.WARNING, "Unexpected error", new java.io.IOException("images/x.png"));
            assertFalse(loader.getParent().getUseParentHandlers(), "WebKit's warnings still go to the console");
        }
        String log = Files.readString(data.resolve("logs/reader-0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("com.sun.webkit.network.URLLoader: Unexpected error") && log.contains("images/x.png"), log);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(java.util.logging.Logger.getLogger("com.sun.webkit").getUseParentHandlers(), "not given back");
    }
}
