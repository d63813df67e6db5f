package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.Optional;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * The notes file a command reads and changes. Where no notes file can be made in the data folder (a locked stick
 * never started, a data folder that cannot be created, a full disk: {@link StoreException#seedMayBeReadInstead}),
 * the package's seed is read as it is, read-only, as the window does (fresh tester t17b's F3: {@code search},
 * {@code notes}, {@code export} on a locked stick refused with a message about a full disk): commands that only read
 * then run, and a command that would change the notes says the data folder is read-only and changes nothing.
 */
final class NotesFile {
    private NotesFile() {
    }

    /** {@link #open(Path, Optional)} for the data folder {@code options} name and the package's seed. Any thread but FX. */
    static Database open(Options options) throws StoreException {
        return open(DataDirs.resolve(options), Main.seedFile());
    }

    /**
     * Opens {@code dataDir}'s notes file, or {@code seed} read-only where none can be made there.
     *
     * @throws StoreException the data folder's own failure, when the seed cannot stand in for it (none, damaged
     *                        notes, a newer schema…)
     */
    static Database open(Path dataDir, Optional<Path> seed) throws StoreException {
        try {
            return Database.open(dataDir);
        } catch (StoreException e) {
            if (seed.isEmpty() || !e.seedMayBeReadInstead()) {
                throw e;
            }
            try {
                return Database.openSeedReadOnly(dataDir, seed.get(), e);
            } catch (StoreException unreadableSeed) {
                e.addSuppressed(unreadableSeed);
                throw e;
            }
        }
    }
}
