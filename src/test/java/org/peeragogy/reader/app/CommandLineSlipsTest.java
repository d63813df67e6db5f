package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * Fresh tester t32's F11, the command line's wording slips, each as a person types it (a real process): a limit too
 * big for the reader was "a positive whole number" it already was; {@code group-folder set ""} took the current folder
 * as the group folder; a named pipe was "no folder… make it"; a repeated {@code --format} was taken silently, the last.
 */
class CommandLineSlipsTest {
    private static final String HELP = "The commands and options: peeragogy-reader --help\n";

    @TempDir
    Path tmp;

    @Test
    void aLimitTooBigSaysItsBounds() throws Exception {
        Run r = run("search", "beans", "--limit", "99999999999");
        assertEquals(2, r.code(), r.said());
        assertEquals("--limit needs a whole number from 1 to 999999\n" + HELP, r.said());
        assertEquals(0, run("search", "beans", "--limit", "999999").code());
    }

    /** t33's F8a: an empty or blank query said "No results for “”." and ended well. */
    @Test
    void anEmptyOrBlankQueryIsAUsageMistakeThatSaysWhatToGive() throws Exception {
        for (String query : List.of("", "   ")) {
            Run r = run("search", query);
            assertEquals(2, r.code(), r.said());
            assertEquals("search got an empty query: give the words to look for, as in: search \"peer learning\""
                    + " (\"quotes\" for a phrase)\n" + HELP, r.said());
        }
    }

    @Test
    void anEmptyGroupFolderIsRefusedAsNoFolderNamed() throws Exception {
        Path cwd = Files.createDirectories(tmp.resolve("here"));
        Run r = runIn(cwd, "group-folder", "set", "");
        assertEquals(2, r.code(), r.said());
        assertEquals("group-folder set needs a folder named: group-folder set DIR [--group NAME]\n" + HELP, r.said());
        try (var made = Files.list(cwd)) {
            assertEquals(0, made.count(), "nothing written in the current folder");
        }
        assertTrue(run("group-folder", "status").said().startsWith("No group folder is set"),
                "no group folder was set");
    }

    @Test
    void aNamedPipeIsSaidToBeNoFolder() throws Exception {
        Path pipe = tmp.resolve("group");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Run r = run("group-folder", "set", pipe.toString());
        assertEquals(1, r.code(), r.said());
        assertTrue(r.said().startsWith(pipe + " is not a folder (it is a pipe, a device or a socket). Choose the folder"
                + " the group shares"), r.said());
        assertFalse(r.said().contains("There is no folder"), r.said());
    }

    @Test
    void aRepeatedFormatIsSaidGivenTwiceAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("notes.json");
        Run r = run("export", "--format", "notes", "--format", "w3c", "--out", out.toString());
        assertEquals(2, r.code(), r.said());
        assertEquals("--format was given twice (notes, w3c); give it once\n" + HELP, r.said());
        assertFalse(Files.exists(out));
    }

    /**
     * Fresh tester t35's F9: a group folder set with no {@code --group} said "Group folder for group: /tmp/t35/group",
     * which read as a word left out. Its name is said as a name, and where it came from.
     */
    @Test
    void aGroupNamedAfterItsFolderIsSaidSo() throws Exception {
        Path group = Files.createDirectories(tmp.resolve("group"));
        Run r = run("group-folder", "set", group.toString());
        assertEquals(0, r.code(), r.said());
        assertTrue(r.said().startsWith("Group folder for \u201cgroup\u201d (named after its folder; --group NAME names"
                + " the group): " + group + "\n"), r.said());
        Run named = run("group-folder", "set", group.toString(), "--group", "Tuesday circle");
        assertTrue(named.said().startsWith("Group folder for Tuesday circle: " + group + "\n"), named.said());
    }

    private record Run(int code, String said) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return runIn(tmp, args);
    }

    private Run runIn(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ClassPathJar.java(), "-Dpeeragogy.relaunch=false", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--handbook",
                TestHandbooks.fixture().toString(), "--data-dir", tmp.resolve("data").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(cwd.toFile());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        return new Run(p.exitValue(), said.replaceAll("(?m)^WARNING.*\\n", ""));
    }
}
