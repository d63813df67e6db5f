package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/chooser-check.sh on an X server of its own (xvfb-run, as .ci/run starts the package check), with a
 * stand-in for the reader. An X server resets when its last client leaves and refuses connections while it does; the
 * check's own xdotool polls come and go, so the reader's GTK met a resetting server now and then ("cannot open
 * display: :99", the project's CI at stops 29 and 30). A reset clears the root window's name: the stand-in names the
 * root window, leaves, and reads the name back, which only a server that did not reset still holds.
 */
class ChooserCheckScriptTest {
    @TempDir
    Path dir;

    @Test
    void theCheckKeepsTheDisplayFromResettingWhileTheReaderConnects() throws Exception {
        Path seen = dir.resolve("seen.txt");
        Path standIn = dir.resolve("reader");
        Files.writeString(standIn, """
                #!/bin/sh
                root=$(xdotool search --maxdepth 0 --name '' | head -1)
                xdotool set_window --name kept-marker "$root"
                for i in 1 2 3 4 5; do name=$(xdotool getwindowname "$root" 2> /dev/null) && break; done
                printf '%s' "$name" > "$SEEN"
                """);
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder(List.of("xvfb-run", "-a", "bash", "packaging/chooser-check.sh",
                standIn.toString(), dir.resolve("notes.peeranotes").toString(), dir.resolve("recent.xbel").toString()))
                .redirectErrorStream(true);
        pb.environment().put("SEEN", seen.toString());
        pb.environment().put("CHOOSER_WAIT", "5");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the check did not end");
        // The stand-in ends without a window: the check says so (status 1) with the reader's output.
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("the reader ended before its window opened"), out);
        assertEquals("kept-marker", Files.readString(seen), "the X server reset while the reader ran:\n" + out);
    }
}
