package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every window and dialog the reader window opens fits a 1024 × 600 screen, whole, with no label cut short (issue
 * 14; fresh tester 14b m2: the Group window, 760 × 680, and the reader's guide, 900 × 640, were taller than the
 * screen and placed at a negative y, their first and last lines off it). The test's own display is larger, so
 * the windows are opened by {@link SmallScreenProbe} in a child JVM on a display of its own, an Xvfb screen of
 * 1024 × 600, as a netbook's. The windows kept open beside the text stand below the reader window's menu bar and
 * toolbar (fresh tester 17a F11: All notes and Group covered them).
 */
@Tag("ui")
class WindowsFitTheScreenTest {
    @TempDir
    Path temp;

    @Test
    void everyWindowAndDialogFitsA1024By600ScreenWhole() throws Exception {
        Path xvfb = Path.of("/usr/bin/Xvfb");
        Assumptions.assumeTrue(Files.isExecutable(xvfb), "needs Xvfb for a screen of its own");
        // -displayfd 1: Xvfb picks a free display and writes its number on its standard output.
        Process server = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1024x600x24", "-nolisten",
                "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertTrue(display != null && display.matches("\\d+"), "Xvfb's display: " + display);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dbasedir=" + System.getProperty("basedir", ""), "-Duser.language=en", "-Duser.country=US",
                    "-Dtestfx.robot=glass", "-cp", System.getProperty("java.class.path"),
                    SmallScreenProbe.class.getName(), temp.toString()));
            ProcessBuilder child = new ProcessBuilder(cmd).redirectError(temp.resolve("err.txt").toFile())
                    .redirectOutput(temp.resolve("out.txt").toFile());
            child.environment().put("DISPLAY", ":" + display);
            Process p = child.start();
            boolean ended = p.waitFor(240, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String out = Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8);
            String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
            assertTrue(ended && out.contains("DONE"), "the probe ran through:\n" + out + "\n" + err);
            List<String> wrong = new ArrayList<>();
            int seen = 0;
            double bars = Double.NaN;
            for (String line : out.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("BARS")) {
                    bars = Double.parseDouble(f[1]);
                    continue;
                }
                if (f.length < 6) {
                    if (f.length == 2) {
                        wrong.add(line); // MISSING or DISABLED: a window this test should have seen
                    }
                    continue;
                }
                seen++;
                double x = Double.parseDouble(f[1]);
                double y = Double.parseDouble(f[2]);
                double w = Double.parseDouble(f[3]);
                double h = Double.parseDouble(f[4]);
                String[] s = f[5].split(",");
                double sx = Double.parseDouble(s[0]);
                double sy = Double.parseDouble(s[1]);
                double sw = Double.parseDouble(s[2]);
                double sh = Double.parseDouble(s[3]);
                if (x < sx || y < sy || x + w > sx + sw + 0.5 || y + h > sy + sh + 0.5) {
                    wrong.add(f[0] + " at " + x + "," + y + " " + w + "×" + h + " on " + f[5]);
                }
                if (SmallScreenProbe.BESIDE.contains(f[0]) && !(y >= bars)) {
                    wrong.add(f[0] + " at y " + y + " covers the reader window's menu bar and toolbar (to y " + bars + ")");
                }
                if (f.length > 6 && !f[6].isBlank()) {
                    wrong.add(f[0] + " cuts: " + f[6]);
                }
            }
            assertEquals(List.of(), wrong, out);
            // The items, the main window, the folder's import preview, the group folder's Details… and its OK.
            assertEquals(SmallScreenProbe.ITEMS.size() + 4, seen, out);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
