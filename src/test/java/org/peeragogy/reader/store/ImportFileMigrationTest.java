package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile of schema 11 (before each import recorded the files it merged, t15b's F5) opened by this version: a file's
 * import names its file, a group folder's merge of several files names each as group_merge recorded it, and a folder's
 * import of that time, whose files were never recorded one by one, names none (the digest then shows its source).
 */
class ImportFileMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anUpgradedProfileNamesTheFilesOfItsImportsWhereItKnewThem() throws Exception {
        try (Database old = Database.open(dir, Database.MIGRATIONS.subList(0, 11));
             Statement st = old.connection().createStatement()) {
            assertEquals(11, old.schemaVersion());
            st.execute("INSERT INTO import_batch (id, source, format, imported_at, summary) VALUES"
                    + " (1, 'ana.peeranotes', 'notes', '2026-11-29T09:00:00Z', '1 new'),"
                    + " (2, 'group folder (2 files)', 'folder', '2026-11-29T09:01:00Z', '2 new'),"
                    + " (3, 'stick (3 files)', 'folder', '2026-11-29T09:02:00Z', '3 new')");
            st.execute("INSERT INTO group_merge (batch_id, folder, name, author_id) VALUES"
                    + " (2, '/media/group', 'Bo_x.peeranotes', 'x'), (2, '/media/group', 'Cy_y.peeranotes', 'y')");
        }
        try (Database db = Database.open(dir)) {
            List<ShareStore.Batch> batches = db.sharing().batches();
            assertEquals(List.of("ana.peeranotes"), batches.get(2).files());
            assertEquals(List.of("Bo_x.peeranotes", "Cy_y.peeranotes"), batches.get(1).files());
            assertEquals(List.of(), batches.get(0).files());
        }
    }
}
