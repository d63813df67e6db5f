package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema migration 9 (decision 0035) on a real file of schema 8: a reader that accepted its own id (by merging its
 * own conflict copy, try16's m8) no longer does, other people stay accepted, and the new tables work.
 */
class GroupFolderStoreUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void theUpgradeTakesBackTheReadersAcceptanceOfItselfAndKeepsEveryoneElses() throws Exception {
        String me;
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 8))) {
            me = old.settings().readerId();
            // What an earlier version's merge of the reader's own conflict copy left behind.
            try (PreparedStatement ps = old.connection().prepareStatement(
                    "INSERT INTO group_person (author_id, name, accepted_at) VALUES (?, 'Ana', '2026-11-30T10:00:00Z')")) {
                ps.setString(1, me);
                ps.executeUpdate();
            }
            old.groupFolder().people().accept("urn:uuid:b", "Ben");
        }
        try (Database db = Database.open(dir)) {
            assertEquals(Database.MIGRATIONS.size(), db.schemaVersion());
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT author_id FROM group_person");
                 ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("urn:uuid:b", rs.getString(1), "Ben stays accepted");
                assertFalse(rs.next(), "the reader's own id is gone");
            }
            assertFalse(db.groupFolder().people().accepted(me));
            db.groupFolder().people().accept(me, "Ana");
            assertFalse(db.groupFolder().people().accepted(me), "and is never accepted again");
            db.groupFolder().wroteOwn("/stick", "Ana_x.peeranotes", "ab".repeat(32));
            assertTrue(db.groupFolder().wrote("Ana_x.peeranotes", "ab".repeat(32)));
            assertFalse(db.groupFolder().wrote("Ana_x.peeranotes", "cd".repeat(32)));
        }
    }
}
