package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.store.Database;

/**
 * Fresh tester t35's F6: {@code export --author Nobody --out keep.peeranotes}, a name that fits no one, replaced a
 * notes file of three notes with an empty one and ended well. It is refused as a name two people share is: the
 * authors there are are named with their ids, the file is left as it was, and the exit code says it failed. A real
 * process, as the tester typed it.
 */
class ExportAuthorOfNoOneTest {
    @TempDir
    Path tmp;

    @Test
    void aNameThatFitsNoOneIsRefusedNamingTheAuthorsAndTheFileIsLeftAsItWas() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("data"));
        assertEquals(0, ana.run("name", "Ana"), ana.err());
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans"), ana.err());
        Path keep = tmp.resolve("keep.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", keep.toString()), ana.err());
        byte[] before = Files.readAllBytes(keep);
        String id;
        try (Database db = Database.open(tmp.resolve("data"))) {
            id = db.settings().readerId();
        }

        Run r = run("export", "--author", "Nobody", "--format", "notes", "--out", keep.toString());
        assertEquals(1, r.code(), r.said());
        assertEquals("--author Nobody fits no one who wrote or voted on notes for this handbook: the author is Ana (id "
                + id.substring(9, 17) + ", 1 note). Give one of their names, or the start of an id (as in --author "
                + id.substring(9, 17) + "), or leave out --author to export everyone's. Nothing was written.\n",
                r.said());
        assertArrayEquals(before, Files.readAllBytes(keep), "the notes file is as it was");

        Path fresh = tmp.resolve("new.md");
        assertEquals(1, run("export", "--author", "Nobody", "--format", "markdown", "--out", fresh.toString()).code());
        assertTrue(!Files.exists(fresh), "nothing written");
        Run own = run("export", "--author", "ana", "--format", "markdown", "--out", fresh.toString());
        assertEquals(0, own.code(), own.said());
        assertTrue(Files.readString(fresh).contains("how deep to sow beans"));
    }

    private record Run(int code, String said) {
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ClassPathJar.java(), "-Dpeeragogy.relaunch=false", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--handbook",
                TestHandbooks.fixture().toString(), "--data-dir", tmp.resolve("data").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(tmp.toFile());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        return new Run(p.exitValue(), said.replaceAll("(?m)^WARNING.*\\n", ""));
    }
}
