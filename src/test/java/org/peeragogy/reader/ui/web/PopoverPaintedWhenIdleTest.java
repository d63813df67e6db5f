package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A footnote's pop-over is painted as soon as Enter opens it and gone as soon as Esc closes it, in a window left
 * otherwise alone (fresh tester 17a's F3: it showed only at the next key, and stayed drawn after Esc). The reader runs
 * WebKit's timers on a thread of their own ({@code com.sun.webkit.platformticks=false}, app.ProcessSettings, for no
 * CPU while idle), and then nothing asks JavaFX for the frame that shows what a key changed in the page. WebKit takes
 * that mode once per JVM and the test JVM has the other, so {@link PopoverPaintProbe} runs in a child JVM with the
 * reader's, reads the screen's pixels after each key and says whether both changes were painted.
 */
@Tag("ui")
class PopoverPaintedWhenIdleTest {
    @TempDir
    Path tmp;

    @Test
    void thePopOverIsPaintedAtOnceAfterEnterAndGoneAtOnceAfterEscWithTheReadersWebKitTimers() throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcom.sun.webkit.platformticks=false", "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), PopoverPaintProbe.class.getName(), tmp.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String said = Files.readString(out, StandardCharsets.UTF_8).strip();
        assertTrue(ended, "the probe ended within 120 s");
        assertEquals("painted", said, said + "\n" + Files.readString(err, StandardCharsets.UTF_8));
        assertEquals(0, p.exitValue());
    }
}
