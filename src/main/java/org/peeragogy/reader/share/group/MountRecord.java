package org.peeragogy.reader.share.group;

import java.nio.file.Files;
import java.nio.file.Path;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * Whether the group folder was a file system of its own (a stick or a share at its mount point) when the reader last
 * wrote its file there, kept in the reader's settings so that a restart and the command line know it too (decision
 * 0045 kept it for the window's session only: a reader started while the stick was out, and {@code group-folder sync},
 * wrote onto the laptop's disk at the empty mount point and said so; fresh tester 16c's F6). Choosing the folder again
 * forgets it ({@link #SETTING} emptied). Threads: not the FX thread (file stores and the database).
 */
public final class MountRecord {
    /** The folder, as chosen, when it was a file system of its own at the last write; "" otherwise. */
    public static final String SETTING = "group.folder.mounted-apart";

    private MountRecord() {
    }

    /**
     * True when {@code folder} was a file system of its own at the last write and now is part of its parent's (the
     * stick pulled, its mount point left behind): not the group's folder, so nothing is read or written there.
     *
     * @throws StoreException when the settings cannot be read
     */
    static boolean leftBehind(Database db, Path folder) throws StoreException {
        return db.settings().get(SETTING).filter(folder.toString()::equals).isPresent()
                && Files.isDirectory(folder) && !apart(folder);
    }

    /** Remembers, after a write, whether {@code folder} is a file system of its own. */
    static void wrote(Database db, Path folder) throws StoreException {
        String value = apart(folder) ? folder.toString() : "";
        if (!db.settings().get(SETTING).orElse("").equals(value)) {
            db.settings().put(SETTING, value);
        }
    }

    /** Whether {@code dir} is a file system apart from its parent's; false when it cannot be told. */
    private static boolean apart(Path dir) {
        try {
            Path parent = dir.getParent();
            return parent != null && !Files.getFileStore(dir).equals(Files.getFileStore(parent));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
