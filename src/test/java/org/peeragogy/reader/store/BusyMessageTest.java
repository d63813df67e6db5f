package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A write that waited past the busy timeout says the file is busy, not that the disk may be full. */
class BusyMessageTest {
    @TempDir
    Path dataDir;

    @Test
    void aLockHeldTooLongIsReportedAsABusyFileNotAFullDisk() throws Exception {
        try (Database db = Database.open(dataDir)) {
            // What sqlite-jdbc throws when busy_timeout runs out (its own exception type and words).
            SQLiteException busy = new SQLiteException("[SQLITE_BUSY] The database file is locked (database is locked)",
                    SQLiteErrorCode.SQLITE_BUSY);
            String m = db.writeFailed(StoreReason.DOING_SAVE_NAME, busy).getMessage();
            assertTrue(m.startsWith("Saving your name failed: your notes file is busy"), m);
            assertFalse(m.contains("disk"), m);

            String other = db.writeFailed(StoreReason.DOING_SAVE_NAME, new SQLiteException("[SQLITE_IOERR] disk I/O error",
                    SQLiteErrorCode.SQLITE_IOERR)).getMessage();
            assertFalse(other.contains("busy"), other);
        }
    }
}
