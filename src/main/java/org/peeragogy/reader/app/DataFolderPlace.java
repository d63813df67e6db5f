package org.peeragogy.reader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupFolderRule;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.NativeLibrary;
import org.peeragogy.reader.store.SettingsStore;

/**
 * Whether the folder {@code --data-dir} names may be a data folder (fresh tester t31's F19): never the shared group
 * folder nor a folder inside it, where other computers write ({@link GroupFolderRule#dataFolderRefusal}). The group
 * folders known are those set in the reader's usual data folders (the system's default one and the portable one),
 * read without creating anything; a folder that holds group notes files at its top is one too. Checked before the
 * data folder is made or its log started, and only for a folder being made new: one that already holds its notes file
 * ({@link GroupFolderRule#holdsNotesFile}) is never refused, and its start reads no usual profile. Reads the disk; any
 * thread but FX.
 */
final class DataFolderPlace {
    private DataFolderPlace() {
    }

    /** Why the data folder {@code options} name with {@code --data-dir} cannot be one; empty when it can, or none is named. */
    static Optional<Reason> refusal(Options options) {
        Optional<Path> named = options.dataDir();
        if (named.isEmpty() || GroupFolderRule.holdsNotesFile(named.get())) {
            // A folder already holding its notes file is never refused: the usual profiles are not opened at its start.
            return Optional.empty();
        }
        Set<Path> usual = new LinkedHashSet<>();
        usual.add(DataDirs.defaultFor(System.getProperty("os.name", ""), System.getenv(), DataDirs.home(System.getenv())));
        Portable.dataDir(true).ifPresent(usual::add);
        Set<Path> groups = new LinkedHashSet<>();
        for (Path data : usual) {
            groupFolderOf(data).ifPresent(groups::add);
        }
        return GroupFolderRule.dataFolderRefusal(named.get(), groups);
    }

    /**
     * The group folder set in {@code data}'s notes file, when there is one to read: read-only, so that another profile's
     * file is neither checked, migrated nor backed up at this start ({@link SettingsStore#peek}). SQLite's library is
     * first placed in that folder's {@code native/}, where its own starts keep it, not the temporary folder (issue 17).
     */
    private static Optional<Path> groupFolderOf(Path data) {
        if (!Files.isRegularFile(data.resolve(Database.FILE_NAME))) {
            return Optional.empty();
        }
        NativeLibrary.prepare(data.resolve("native"));
        return SettingsStore.peek(data, GroupFolder.FOLDER_SETTING).filter(s -> !s.isBlank()).flatMap(DataFolderPlace::path);
    }

    private static Optional<Path> path(String s) {
        try {
            return Optional.of(Path.of(s));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty(); // a setting no path can be made of names no folder to guard
        }
    }
}
