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
import org.peeragogy.reader.store.StoreReason;
import org.peeragogy.reader.book.Reason;

/**
 * The two ways on from a notes file that is damaged (docs/decisions/0010), for the command line and the
 * window: restore the latest automatic backup that passes SQLite's check, or save the notes that can
 * still be read to a notes file and start fresh. Either way the damaged file is set aside under a new
 * name, never changed or deleted. Every method blocks on disk: call it off the FX thread.
 */
final class Recovery {
    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());
    /**
     * What was done, in words for the reader: sentences said one after the other (the window says each in its
     * language, decision 0038).
     *
     * @param salvaged the notes file with the notes saved from the damaged file, to be imported
     */
    record Outcome(java.util.List<Reason> said, Optional<Path> salvaged) {
        Outcome {
            said = java.util.List.copyOf(said);
        }

        /** In English, as the command line prints it. */
        String message() {
            return String.join(" ", said.stream().map(Reason::english).toList());
        }
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
    static Reason describe(Backups.Verified b) {
        return b.notes() == 1 ? Reason.of(StoreReason.BACKUP_OF_ONE_NOTE, String.valueOf(b.backup().day()))
                : Reason.of(StoreReason.BACKUP_OF, String.valueOf(b.backup().day()), b.notes());
    }

    /**
     * Puts the latest good backup in the notes file's place and checks that it opens.
     *
     * @throws StoreException when there is no good backup, or it could not be put in place (then nothing was
     *                        changed, or the message says where the files are)
     */
    Outcome restoreLatestBackup() throws StoreException {
        Backups.Verified b = latestBackup().orElseThrow(() -> new StoreException(Reason.of(StoreReason.NO_BACKUP,
                backups.folder()), null));
        Optional<Path> aside = damaged.restore(b.backup(), clock.instant());
        try (var db = org.peeragogy.reader.store.Database.open(dataDir)) {
            // Opening it checks it (and brings an older backup's schema up to date).
        }
        java.util.List<Reason> said = new java.util.ArrayList<>(java.util.List.of(Reason.of(StoreReason.RESTORED,
                describe(b))));
        aside.ifPresent(a -> said.add(Reason.of(StoreReason.DAMAGED_KEPT_AS, a)));
        return new Outcome(said, Optional.empty());
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
                        read.privates(), appVersion, read.conversation(),
                        read.reader().map(org.peeragogy.reader.store.AuthorStore.Person::id).orElse("")));
            } catch (ShareException e) {
                throw new StoreException(Reason.of(StoreReason.SALVAGE_NOT_SAVED, e.reason()), e);
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
        java.util.List<Reason> said = new java.util.ArrayList<>(java.util.List.of(Reason.of(StoreReason.STARTED_FRESH)));
        if (written.isPresent()) {
            int n = written.get().notes();
            said.add(n == 1 ? Reason.of(StoreReason.SALVAGED_ONE, written.get().file())
                    : Reason.of(StoreReason.SALVAGED, n, written.get().file()));
            if (read.unreadable() > 0 || written.get().leftOut() > 0) {
                said.add(Reason.of(StoreReason.SALVAGED_SOME_UNREADABLE));
            }
        } else {
            said.add(Reason.of(StoreReason.SALVAGED_NONE));
        }
        aside.ifPresent(a -> said.add(Reason.of(StoreReason.DAMAGED_KEPT_AS, a)));
        return new Outcome(said, written.map(SalvagedNotes.Written::file));
    }
}
