package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile of schema 10 (before the reader remembered every file it wrote into a group folder, decision 0042)
 * opened by this version: the file it last wrote under each name is still its own, and from then on each write is
 * remembered beside the older ones, so an older file of its own (yesterday's stick) is known; the memory is bounded.
 */
class GroupOwnWrittenMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anUpgradedProfileKeepsItsLastFileAndRemembersEveryWriteFromThenOn() throws Exception {
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 10))) {
            assertEquals(10, old.schemaVersion());
            try (PreparedStatement ps = old.connection().prepareStatement("INSERT INTO group_own (folder, name,"
                    + " sha256, written_at, latest) VALUES ('/media/stick/group', 'Ana_x.peeranotes', 'aaa',"
                    + " '2026-11-29T09:00:00Z', 1)")) {
                ps.executeUpdate();
            }
        }
        try (Database db = Database.open(dir)) {
            GroupFolderStore store = db.groupFolder();
            assertTrue(store.wrote("Ana_x.peeranotes", "aaa"), "the file written last before the upgrade is still its own");

            store.wroteOwn("/media/stick/group", "Ana_x.peeranotes", "bbb");
            store.wroteOwn("/media/stick/group", "Ana_x.peeranotes", "ccc");

            assertTrue(store.wrote("Ana_x.peeranotes", "aaa"), "yesterday's bytes under that name");
            assertTrue(store.wrote("Ana_x.peeranotes", "bbb"), "an earlier write of today");
            assertTrue(store.wrote("Ana_x.peeranotes", "ccc"));
            assertFalse(store.wrote("Ana_x.peeranotes", "ddd"), "bytes it never wrote");
            assertFalse(store.wrote("Ana-2_x.peeranotes", "ccc"), "its bytes under another name are no file of its");
        }
    }

    @Test
    void writesOlderThanAMonthAreForgotten() throws Exception {
        try (Database db = Database.open(dir)) {
            try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO group_own_written (name, sha256,"
                    + " written_at) VALUES ('Ana_x.peeranotes', 'old', ?)")) {
                ps.setString(1, db.now().minus(GroupFolderStore.OWN_WRITTEN_DAYS).minusSeconds(60).toString());
                ps.executeUpdate();
            }
            assertTrue(db.groupFolder().wrote("Ana_x.peeranotes", "old"));

            db.groupFolder().wroteOwn("/media/stick/group", "Ana_x.peeranotes", "new");

            assertFalse(db.groupFolder().wrote("Ana_x.peeranotes", "old"), "bounded: a month of writes");
        }
    }
}
