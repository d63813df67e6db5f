package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.peeragogy.reader.share.SalvagedNotes;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Backups;
import org.peeragogy.reader.store.DamagedDatabase;
import org.peeragogy.reader.store.Salvage;
import org.peeragogy.reader.store.StoreException;

/**
 * The two ways on from a notes file that is damaged (docs/decisions/0010), for the command line and the
 * window: restore the latest automatic backup that passes SQLite's check, or save the notes that can
 * still be read to a notes file and start fresh. Either way the damaged file is set aside under a new
 * name, never changed or deleted. Every method blocks on disk: call it off the FX thread.
 */
final class Recovery {
    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());
    /**
     * What was done, in words for the reader.
     *
     * @param salvaged the notes file with the notes saved from the damaged file, to be imported
     */
    record Outcome(String message, Optional<Path> salvaged) {
    }

    private final Path dataDir;
    private final Clock clock;
    private final Backups backups;
    private final DamagedDatabase damaged;

    Recovery(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.backups = new Backups(dataDir);
        this.damaged = new DamagedDatabase(dataDir);
    }

    /** The newest backup that opens and passes the check; empty when there is none. */
    Optional<Backups.Verified> latestBackup() {
        return backups.latestGood();
    }

    /** "the backup of 2026-11-20 (42 notes)" */
    static String describe(Backups.Verified b) {
        return "the backup of " + b.backup().day() + " (" + b.notes() + (b.notes() == 1 ? " note)" : " notes)");
    }

    /**
     * Puts the latest good backup in the notes file's place and checks that it opens.
     *
     * @throws StoreException when there is no good backup, or it could not be put in place (then nothing was
     *                        changed, or the message says where the files are)
     */
    Outcome restoreLatestBackup() throws StoreException {
        Backups.Verified b = latestBackup().orElseThrow(() -> new StoreException("There is no automatic backup of"
                + " your notes to restore in " + backups.folder() + " (one is made each day the reader is opened)."
                + " Nothing was changed.", null));
        Optional<Path> aside = damaged.restore(b.backup(), clock.instant());
        try (var db = org.peeragogy.reader.store.Database.open(dataDir)) {
            // Opening it checks it (and brings an older backup's schema up to date).
        }
        return new Outcome("Restored your notes from " + describe(b) + "; changes made since are not in it."
                + aside.map(a -> " The damaged file is kept as " + a + ".").orElse(""), Optional.empty());
    }

    /**
     * Saves the notes that can still be read to {@code salvaged-notes-<time>.peeranotes} in the data folder,
     * then sets the damaged file aside; the next open starts a new, empty notes file.
     *
     * @param appVersion written into the notes file
     * @throws StoreException when the readable notes could not be saved (then nothing was set aside), or the
     *                        damaged file could not be set aside
     */
    Outcome setAsideAndStartFresh(String appVersion) throws StoreException {
        Instant now = clock.instant();
        Salvage.Result read = Salvage.read(damaged.file());
        Optional<SalvagedNotes.Written> written = Optional.empty();
        if (!read.notes().isEmpty()) {
            Path out = SalvagedNotes.fileIn(dataDir, DamagedDatabase.stamp(now));
            try {
                written = Optional.of(SalvagedNotes.write(out, read.notes(), read.bases(), read.people(),
                        read.privates(), appVersion, read.conversation()));
            } catch (ShareException e) {
                throw new StoreException("The notes that can still be read could not be saved: " + e.getMessage()
                        + " The damaged file was not set aside; free some space and try again, or restore the"
                        + " backup.", e);
            }
        }
        Optional<Path> aside = damaged.setAside(now);
        if (read.reader().isPresent()) {
            // The new file goes on as the same reader, so the salvaged notes, imported, are still theirs.
            try (var db = org.peeragogy.reader.store.Database.open(dataDir)) {
                db.settings().adoptReader(read.reader().get().id(), read.reader().get().name());
            } catch (StoreException e) {
                // Recovers: the new file keeps an id of its own (the salvaged notes, imported, then show as
                // the earlier profile's, read-only); starting fresh itself has worked. Logged for diagnosis.
                LOG.log(System.Logger.Level.WARNING, "The new notes file could not take the reader's id", e);
            }
        }
        StringBuilder m = new StringBuilder("Started a new, empty notes file.");
        if (written.isPresent()) {
            int n = written.get().notes();
            m.append(" The ").append(n).append(n == 1 ? " note" : " notes").append(" that could still be read ")
                    .append(n == 1 ? "is" : "are").append(" saved in ").append(written.get().file()).append('.');
            if (read.unreadable() > 0 || written.get().leftOut() > 0) {
                m.append(" Some notes could not be read.");
            }
        } else {
            m.append(" No notes could be read from the damaged file.");
        }
        aside.ifPresent(a -> m.append(" The damaged file is kept as ").append(a).append('.'));
        return new Outcome(m.toString(), written.map(SalvagedNotes.Written::file));
    }
}
