package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t31's F15: an export of no notes, an import of a file that holds none and a search that finds nothing
 * printed a row of zeros, a Markdown heading alone or nothing at all. Each says so in one line; the export's file is
 * written all the same (a script or a facilitator may wait for it), and a search's output stays empty for a script.
 */
class EmptyResultsAreSaidTest {
    @TempDir
    Path tmp;

    @Test
    void anExportOfNoNotesSaysThereWereNoneAndTheFileWasWrittenWithNone() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        Path md = tmp.resolve("ana.md");
        assertEquals(0, ana.run("export", "--format", "markdown", "--out", md.toString()), ana.err());
        assertTrue(ana.out().matches("Exported 0 notes to \\Q" + md + "\\E \\(\\d+ bytes\\): there are no notes to export"
                + " yet; the file was written with none\n"), ana.out());
        assertTrue(Files.readString(md).endsWith("\n\nNo notes.\n"), Files.readString(md));

        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Beans first"), ana.err());
        Path notes = tmp.resolve("ana.peeranotes");
        assertEquals(0, ana.run("export", "--format", "notes", "--out", notes.toString(), "--chapter", "meetings"),
                ana.err());
        assertTrue(ana.out().endsWith(": no note matches the --chapter, --color, --tag or --author given; the file was"
                + " written with none\n"), ana.out());
        assertTrue(Files.isRegularFile(notes));
    }

    /** Fresh tester t32's F16: a digest of no notes said "0 chapters, 0 people" and ended "People (0), by name: ". */
    @Test
    void aDigestOfNoNotesSaysThereAreNone() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        Path md = tmp.resolve("digest.md");
        assertEquals(0, ana.run("digest", "--format", "markdown", "--out", md.toString()), ana.err());
        assertEquals("Wrote the digest (0 chapters, 0 people, 0 open questions) to " + md + ": there are no notes yet;"
                + " the digest was written with none\n", ana.out());
        String written = Files.readString(md);
        assertTrue(written.endsWith("\n\nNo notes yet.\n"), written);
        assertTrue(!written.contains("by name:"), written);

        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Beans first"), ana.err());
        assertEquals(0, ana.run("digest", "--format", "markdown", "--out", md.toString()), ana.err());
        assertTrue(!ana.out().contains("no notes") && Files.readString(md).contains("by name:"), ana.out());
    }

    @Test
    void anImportOfAFileThatHoldsNoNotesSaysSoUnderItsCounts() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        Path empty = tmp.resolve("nothing.json");
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", empty.toString()), ana.err());
        CommandRun ben = new CommandRun(tmp.resolve("ben"));

        assertEquals(0, ben.run("import", "--dry-run", empty.toString()), ben.err());
        assertEquals("Would import: 0 new, 0 updated, 0 deleted, 0 unchanged, 0 conflicts, 0 could not be placed\n"
                + "The file nothing.json holds no notes: there is nothing to import.\n", ben.out());
        assertEquals(0, ben.run("import", empty.toString()), ben.err());
        assertEquals("Imported: 0 new, 0 updated, 0 deleted, 0 unchanged, 0 conflicts, 0 could not be placed\n"
                + "The file nothing.json holds no notes: there is nothing to import.\n", ben.out());

        Path one = tmp.resolve("one.json");
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Beans first"), ana.err());
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", one.toString()), ana.err());
        assertEquals(0, ben.run("import", one.toString()), ben.err());
        assertTrue(ben.out().startsWith("Imported: 1 new,") && !ben.out().contains("holds no notes"), ben.out());
    }

    @Test
    void aSearchThatFindsNothingSaysSoOnTheErrorStreamAndPrintsNoResultLine() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("search", "zzqxv"), ana.err());
        assertEquals("", ana.out());
        assertEquals("No results for \u201czzqxv\u201d.\n", ana.err());

        assertEquals(0, ana.run("search", "zzqxv", "--json"), ana.err());
        assertEquals("[]", ana.out().strip());
        assertEquals("", ana.err(), "JSON says it by itself");

        assertEquals(0, ana.run("search", "beans"), ana.err());
        assertTrue(!ana.out().isEmpty() && ana.err().isEmpty(), ana.err());
    }
}
