package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * {@code export --author Ana} run on a handbook where Ana has no note, her notes all kept for another handbook, wrote
 * an empty file and ended well (a line after it said why). It is refused as an author of no one is: nothing written,
 * exit 1, and the message names the handbook that holds her notes and the {@code --handbook} that exports them, which
 * then does. Real processes ({@code java -jar}) on one data folder with two handbooks, one installed.
 */
class ExportAuthorElsewhereTest {
    @TempDir
    Path tmp;

    @Test
    void anAuthorWhoseNotesAreAllInAnotherHandbookIsRefusedNamingItAndItsHandbookOptionExportsThem() throws Exception {
        Path data = tmp.resolve("data");
        CommandRun ana = new CommandRun(data);
        assertEquals(0, ana.run("add-handbook", TestHandbooks.fixture().toString()), ana.err());
        String identity = ana.out().lines().findFirst().orElseThrow().split("\t")[0];
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "a vegetable bed"), ana.err());
        Path jar = ClassPathJar.write(tmp.resolve("reader.jar"));
        Path out = tmp.resolve("ana.md");

        Run refused = jar(jar, data, "--handbook", TestHandbooks.fixture("scripts").toString(), "export", "--author",
                "Ana", "--format", "markdown", "--out", out.toString());
        assertEquals(1, refused.code(), refused.err());
        assertEquals("--author Ana has no notes for this handbook: their 2 notes are kept for another handbook, \u201CThe"
                + " Study Circle Handbook\u201D (--handbook " + identity + "). Export them from there: this export command"
                + " with that --handbook. Nothing was written.\n", refused.err());
        assertEquals("", refused.out());
        assertTrue(!Files.exists(out), "no file written");

        Run there = jar(jar, data, "--handbook", identity, "export", "--author", "Ana", "--format", "markdown", "--out",
                out.toString());
        assertEquals(0, there.code(), there.err());
        assertTrue(there.out().startsWith("Exported 2 notes to "), there.out());
        assertTrue(Files.readString(out).contains("how deep to sow beans"));
    }

    private record Run(int code, String out, String err) {
    }

    /** {@code java -jar} of the reader on {@code data} with {@code args}: its exit code, output and error output. */
    private Run jar(Path jar, Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ClassPathJar.java(), "-jar", jar.toString(), "--data-dir",
                data.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err).replaceAll("(?m)^WARNING.*\\n", ""));
    }
}
