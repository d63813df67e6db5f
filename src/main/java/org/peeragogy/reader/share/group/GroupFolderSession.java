package org.peeragogy.reader.share.group;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.share.GroupReason;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * A group folder while a window has it open: each {@link #tick} writes the reader's own file when their notes
 * changed and then stayed the same for {@code debounce} (so a burst of edits is one write, a few seconds
 * after the last), and looks at the others' files. The first tick writes at once (notes may have changed
 * while the reader was away) and offers again what was offered before and not merged. While the folder is
 * not reachable the write waits, and is made on the first tick after it is back. Each tick also checks that the
 * reader's file is there and holds what it wrote ({@link GroupFolder#ownIntact}), and writes it again at once when
 * it does not (removed, replaced, another stick at the same place).
 *
 * <p>Threads: ticks one at a time, on any thread but the FX thread (they read and write files and the
 * database).
 */
public final class GroupFolderSession {
    private final GroupFolder folder;
    private final Duration debounce;
    private final Clock clock;
    private String lastSeen;
    private Instant changedAt = Instant.MIN;
    private String written;
    private boolean offered;
    /** Why a whole file failed its full reading, by name and SHA-256: read again once per version and session (w4). */
    private final java.util.Map<String, Reason> fullReadWhy = new java.util.HashMap<>();

    /**
     * @param debounce how long the reader's notes must stay unchanged before their file is written again
     * @param clock    what "now" is (tests move it on)
     */
    public GroupFolderSession(GroupFolder folder, Duration debounce, Clock clock) {
        this.folder = Objects.requireNonNull(folder);
        this.debounce = Objects.requireNonNull(debounce);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The folder this session looks after. Any thread. */
    public GroupFolder folder() {
        return folder;
    }

    /**
     * What one tick did.
     *
     * @param written      the reader's own file, when it was written in this tick
     * @param writeProblem why it could not be written and what to check (the next tick, or the folder's return,
     *                     tries again)
     * @param scan         the look at the others' files
     * @param unreadable   why each file of the look that cannot be read is so, by name, to be said in the reader's
     *                     language (its head judged again; a file that failed its full reading is not in it, and its
     *                     stored summary, in English, is all there is)
     * @param pending      the reader's notes changed since their file was last written, and the change is not in
     *                     the folder yet (it goes in once the notes stay unchanged for the debounce, or at Quit)
     */
    public record Tick(Optional<Path> written, Optional<Reason> writeProblem, GroupFolder.Scan scan,
                       java.util.Map<String, Reason> unreadable, boolean pending) {
        public Tick {
            unreadable = java.util.Map.copyOf(unreadable);
        }
    }

    /**
     * Writes the reader's own file if it is due, then looks at the folder.
     *
     * @param book the open handbook's identity (the reader's notes on it are what their file holds)
     * @throws StoreException when the reader's database cannot be read or written
     */
    public synchronized Tick tick(Database db, NoteSharing sharing, String book) throws StoreException {
        Instant now = clock.instant();
        String fingerprint = GroupFolder.ownFingerprint(db, book) + "|" + book;
        if (!fingerprint.equals(lastSeen)) {
            lastSeen = fingerprint;
            changedAt = written == null ? Instant.MIN : now;
        }
        Optional<Path> wrote = Optional.empty();
        Optional<Reason> problem = Optional.empty();
        boolean settled = changedAt.equals(Instant.MIN) || !now.isBefore(changedAt.plus(debounce));
        boolean reachable = Files.isDirectory(folder.folder());
        if (reachable && folder.leftBehind(db)) {
            // The stick was pulled and its mount point stayed, a folder of the laptop's own disk (issue 16's window
            // try-out w2: the reader wrote there and said "your notes are in it"): not reachable, nothing written.
            return new Tick(Optional.empty(), Optional.empty(), new GroupFolder.Scan(false,
                    Reason.of(GroupReason.GROUP_UNMOUNTED, folder.folder()), List.of(), List.of(), List.of(), List.of()),
                    java.util.Map.of(), !fingerprint.equals(written));
        }
        boolean due = !fingerprint.equals(written) && settled;
        // Removed, replaced or forged in the folder, or another stick at the same place: written again now (m1).
        if (due || written != null && reachable && !folder.ownIntact(db)) {
            try {
                wrote = Optional.of(write(db, sharing, fingerprint));
            } catch (ShareException e) {
                // A read-only folder is said as one, whose others' notes are still read (t32's F12).
                problem = Optional.of(reachable && GroupFolderRule.unwritable(folder.folder()).isPresent()
                        ? Reason.of(GroupReason.GROUP_READ_ONLY_NOW, folder.folder())
                        : Reason.of(Reason.General.SENTENCES, e.reason(),
                        Reason.of(reachable ? GroupReason.GROUP_TRIES_AGAIN : GroupReason.GROUP_WRITTEN_WHEN_BACK)));
            }
        }
        GroupFolder.Scan scan = folder.scan(db, sharing, !offered);
        if (scan.reachable()) {
            offered = true;
        }
        // Judged again by their heads (100 bytes each) so that the window says why in its language (issue 16's
        // window try-out w4: Details… translated the write problem and left every file's reason in English).
        java.util.Map<String, Reason> why = new java.util.HashMap<>();
        for (org.peeragogy.reader.store.GroupFolderStore.SeenFile f : scan.files()) {
            Path p = folder.folder().resolve(f.name());
            if ((f.state() == org.peeragogy.reader.store.GroupFolderStore.State.UNUSABLE
                    || f.state() == org.peeragogy.reader.store.GroupFolderStore.State.INCOMPLETE)
                    && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                org.peeragogy.reader.share.NotesFileHead.Judgement head =
                        org.peeragogy.reader.share.NotesFileHead.judge(p, f.size(), f.modified(), db.now());
                if (head.why() != null) {
                    why.put(f.name(), head.why());
                } else if (f.state() == org.peeragogy.reader.store.GroupFolderStore.State.UNUSABLE
                        && !org.peeragogy.reader.share.NotesFileHead.complete(p, f.size())) {
                    // Cut short and left so (t33's F7): said as the look said it, not as a damaged file.
                    why.put(f.name(), org.peeragogy.reader.share.NotesFileHead.leftShort(p, f.size()));
                } else if (f.state() == org.peeragogy.reader.store.GroupFolderStore.State.UNUSABLE) {
                    fullReadWhy(sharing, p, f).ifPresent(r -> why.put(f.name(), r));
                }
            }
        }
        return new Tick(wrote, problem, scan, why, !fingerprint.equals(written));
    }

    /**
     * The last write, when the window closes (fresh tester t16's M1: a note made seconds before Quit never reached
     * the group folder, while the line said "your notes are in it"): the reader's own file is written now if their
     * notes changed since it was last written, without waiting for the debounce; nothing when the folder is not
     * reachable (the stick is out: the next start writes it, as before). Call after the reader's saves are written.
     * Threads: not the FX thread; never beside a {@link #tick} (both hold this session).
     *
     * @return the file written, or empty when nothing was due or the folder is not there
     * @throws StoreException when the reader's notes cannot be read
     * @throws ShareException when the file cannot be written (the reason says why)
     */
    public synchronized Optional<Path> writeIfChanged(Database db, NoteSharing sharing, String book)
            throws StoreException, ShareException {
        String fingerprint = GroupFolder.ownFingerprint(db, book) + "|" + book;
        if (fingerprint.equals(written) || !Files.isDirectory(folder.folder()) || folder.leftBehind(db)) {
            return Optional.empty();
        }
        lastSeen = fingerprint;
        return Optional.of(write(db, sharing, fingerprint));
    }

    /** Writes the reader's own file and remembers which state of their notes it holds. */
    private Path write(Database db, NoteSharing sharing, String fingerprint) throws StoreException, ShareException {
        Path wrote = folder.writeOwn(db, sharing);
        written = fingerprint;
        return wrote;
    }

    /**
     * Why a file whose head is fine failed its full reading, as a reason the window says in its language (issue 16's
     * window try-out w4: the look keeps only an English summary). Read once per version of the file and session.
     */
    private Optional<Reason> fullReadWhy(NoteSharing sharing, Path p, org.peeragogy.reader.store.GroupFolderStore.SeenFile f) {
        String key = f.name() + "\n" + f.sha256();
        if (!fullReadWhy.containsKey(key)) {
            Reason why = null;
            try {
                sharing.previewNotesFile(p, GroupFileNames.classify(f.name()).kind() == GroupFileNames.Kind.CONFLICT_COPY);
            } catch (ShareException e) {
                why = Reason.of(Reason.General.SENTENCES, e.reason(), Reason.of(GroupReason.GROUP_FILE_WRITE_AGAIN));
            }
            fullReadWhy.put(key, why);
        }
        return Optional.ofNullable(fullReadWhy.get(key));
    }
}
