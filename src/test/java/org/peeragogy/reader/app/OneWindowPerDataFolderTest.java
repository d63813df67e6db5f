package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * One reader per data folder (issue 16's try-out, W3: a second start on one profile raced the first on the group
 * folder's staging file and left three of the reader's files in the group). A real second process started while
 * the data folder is held is refused in words, with its own exit code, and touches nothing; once the lock is given
 * back the same start opens.
 */
@Tag("ui")
class OneWindowPerDataFolderTest {
    @TempDir
    Path temp;

    @Test
    void aSecondStartOnADataFolderInUseSaysSoAndTouchesNothing() throws Exception {
        Path data = Files.createDirectories(temp.resolve("ana"));
        DataDirLock.Outcome first = DataDirLock.take(data);
        DataDirLock lock = assertInstanceOf(DataDirLock.Taken.class, first).lock();
        try {
            WindowProcess.Ended second = WindowProcess.smoke(TestHandbooks.fixture(), data, "gardens", temp);
            assertTrue(second.exited(), second.err());
            assertEquals(Gui.ALREADY_OPEN, second.code(), second.err());
            assertTrue(second.err().contains("Peeragogy Reader is already open with this data folder (" + data
                    .toAbsolutePath() + ")"), second.err());
            assertFalse(Files.exists(data.resolve("reader.db")), "the notes file is not opened, let alone made");
        } finally {
            lock.close();
        }
        assertFalse(lock.held());
        WindowProcess.Ended again = WindowProcess.smoke(TestHandbooks.fixture(), data, "gardens", temp);
        assertEquals(0, again.code(), again.err());
        assertInstanceOf(DataDirLock.Taken.class, DataDirLock.take(data), "given back when the process ended")
                .lock().close();
    }
}
