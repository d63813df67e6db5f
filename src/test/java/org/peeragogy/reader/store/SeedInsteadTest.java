package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.ReadOnlyFolders;

/**
 * Which failures to open the notes file let the package's seed be read instead (t17a's M2): only those where no
 * notes file can be made at all. A file that is there but damaged, busy or newer must be said, never hidden behind
 * the seed. (A full disk is FullDiskTest's, which needs a mount.)
 */
class SeedInsteadTest {
    @TempDir
    Path dir;
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();

    @AfterEach
    void writableAgain() {
        readOnly.close();
    }

    @Test
    void aDataFolderThatCannotBeMadeLetsTheSeedBeRead() throws Exception {
        Path aFile = Files.writeString(dir.resolve("a-file"), "not a folder");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(aFile.resolve("data")));
        assertTrue(e.seedMayBeReadInstead(), e.getMessage());
    }

    @Test
    void aReadOnlyFolderWithoutANotesFileLetsTheSeedBeRead() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        readOnly.protect(data);
        OpenFailure e = assertThrows(OpenFailure.class, () -> Database.open(data));
        assertTrue(e.seedMayBeReadInstead(), e.getMessage());
    }

    @Test
    void aDamagedNotesFileIsSaidNotReplacedByTheSeed() throws Exception {
        Files.write(dir.resolve(Database.FILE_NAME), new byte[0]);
        OpenFailure e = assertThrows(OpenFailure.class, () -> Database.open(dir));
        assertTrue(e.damaged());
        assertFalse(e.seedMayBeReadInstead(), e.getMessage());
    }

    @Test
    void aNotesFileFromANewerVersionIsSaidNotReplacedByTheSeed() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=99");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertFalse(e.seedMayBeReadInstead(), e.getMessage());
    }
}
