package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t33's F8f: a valid W3C file of more values than the reader imports at once was refused as "the JSON is
 * not valid at line 1 (character 50517263): more than 2000000 values", and one nested too deep as not valid too. Each
 * says what it is, with its figure and what to do. Real files on disk, the command line as typed.
 */
class JsonTooLargeNotInvalidTest {
    @TempDir
    Path tmp;

    @Test
    void aFileOfTooManyValuesIsSaidTooLargeToImportAtOnceWithWhatToDoNotInvalid() throws Exception {
        StringBuilder many = new StringBuilder(4_200_000).append('[');
        for (int k = 0; k <= 2_000_000; k++) {
            many.append(k == 0 ? "0" : ",0");
        }
        Path big = Files.writeString(tmp.resolve("big.json"), many.append(']'));
        CommandRun reader = new CommandRun(tmp.resolve("data"));

        assertEquals(1, reader.run("import", big.toString()));

        assertEquals("This file cannot be imported: it is too large for the reader to import at once: it holds more than"
                + " 2,000,000 values (names, texts and numbers; a note takes 20 to 60 of them). Split it into smaller files"
                + " and import each, or export it again in parts (by chapter, or fewer notes at a time); a notes file"
                + " (export --format notes) has no such limit. Nothing was changed.\n", reader.err());
    }

    @Test
    void aFileNestedTooDeepIsSaidSoWithWhatToDoNotInvalid() throws Exception {
        Path deep = Files.writeString(tmp.resolve("deep.json"), "[".repeat(40) + "]".repeat(40));
        CommandRun reader = new CommandRun(tmp.resolve("data"));

        assertEquals(1, reader.run("import", deep.toString()));

        assertEquals("This file cannot be imported: it is nested deeper than 32 levels (objects and lists inside each"
                + " other), more than any file of notes needs, so the reader does not read it. Whoever made it can export"
                + " the notes again without that nesting. Nothing was changed.\n", reader.err());
        assertFalse(reader.err().contains("not valid"), reader.err());
    }
}
