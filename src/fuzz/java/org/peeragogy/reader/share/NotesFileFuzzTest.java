package org.peeragogy.reader.share;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The notes-file reader (an SQLite file from a stranger): whatever the bytes, it reads the notes or
 * refuses with {@link ShareException}; anything else is a finding. Seeded with a real export, so the
 * fuzzer starts from a valid database and mutates its pages.
 */
class NotesFileFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void read(byte[] input) throws IOException {
        Path file = Files.createTempFile("fuzz-", ".peeranotes");
        try {
            Files.write(file, input);
            NotesFile.read(file);
        } catch (ShareException refused) {
            // The expected answer to a damaged or hostile file.
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
