package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.ReadOnlyFolders;

/**
 * Reading one setting of another data folder's notes file, as a start that names its own data folder does to learn
 * which group folder the usual profile has set (t31's F19): the other profile is never opened as a profile (no
 * migration, check or backup), so its file and folder are left exactly as they were, even when its schema is an
 * older one that opening would migrate, and a read-only folder is read too.
 */
class SettingsPeekTest {
    @TempDir
    Path dir;

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOlderProfileIsReadAsItIsAndNotMigrated() throws Exception {
        Path other = dir.resolve("other");
        // A profile of the schema before the last migration, closed cleanly (its WAL checkpointed into the file).
        try (Database db = Database.open(other, Database.MIGRATIONS.subList(0, Database.MIGRATIONS.size() - 1))) {
            db.settings().put("group.folder", "/media/stick/Group");
        }
        byte[] before = Files.readAllBytes(other.resolve(Database.FILE_NAME));
        List<String> files = listing(other);

        assertEquals(Optional.of("/media/stick/Group"), SettingsStore.peek(other, "group.folder"));
        assertEquals(Optional.empty(), SettingsStore.peek(other, "no.such.setting"));

        assertArrayEquals(before, Files.readAllBytes(other.resolve(Database.FILE_NAME)), "the other profile's file changed");
        assertEquals(files, listing(other), "files were made or removed in the other profile's folder");
        try (Database db = Database.open(other)) {
            // Opening it as a profile is what migrates it: it had not been.
            assertEquals(Optional.of("/media/stick/Group"), db.settings().get("group.folder"));
        }
    }

    @Test
    void aProfileInAReadOnlyFolderIsReadToo() throws Exception {
        Path other = dir.resolve("stick");
        try (Database db = Database.open(other)) {
            db.settings().put("group.folder", "/media/stick/Group");
        }
        try (ReadOnlyFolders readOnly = new ReadOnlyFolders()) {
            readOnly.protect(other.resolve(Database.FILE_NAME));
            readOnly.protect(other);
            assertEquals(Optional.of("/media/stick/Group"), SettingsStore.peek(other, "group.folder"));
        }
    }

    @Test
    void aProfileOpenInAnotherReaderIsReadWithWhatItHasNotYetCheckpointed() throws Exception {
        Path other = dir.resolve("open");
        try (Database db = Database.open(other)) {
            db.settings().put("group.folder", "/media/stick/Group");
            // The other reader still runs: its change is in the WAL file only.
            assertEquals(Optional.of("/media/stick/Group"), SettingsStore.peek(other, "group.folder"));
        }
    }

    @Test
    void noFileOrAFileThatIsNoDatabaseGivesNothing() throws Exception {
        assertEquals(Optional.empty(), SettingsStore.peek(dir.resolve("none"), "group.folder"));
        Path junk = Files.createDirectories(dir.resolve("junk"));
        Files.writeString(junk.resolve(Database.FILE_NAME), "not a database at all, just words");
        assertEquals(Optional.empty(), SettingsStore.peek(junk, "group.folder"));
        assertFalse(Files.exists(junk.resolve(Database.FILE_NAME + "-wal")));
    }
}
