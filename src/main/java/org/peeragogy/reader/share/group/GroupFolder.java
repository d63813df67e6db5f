package org.peeragogy.reader.share.group;

import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.GroupReason;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peeragogy.reader.share.Authorship;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.GroupFolderStore.SeenFile;
import org.peeragogy.reader.store.GroupFolderStore.State;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * A folder that a group's sync tool (a USB stick passed round, the system's file sharing, Syncthing,
 * Nextcloud) keeps the same on everyone's computer (issue 16, decision 0026). The reader writes its own notes
 * there as one notes file ({@link #writeOwn}) and reads everyone else's ({@link #scan}); it never writes,
 * renames or deletes a file it did not write, even one named with its own id (decision 0035).
 *
 * <p>Each file of the folder is a stranger's: it is judged by its size and head first ({@code NotesFileHead}:
 * one that can never be read is said once, with what to do), then read with {@link NoteSharing#previewNotesFile}
 * (every check for hostile notes files), and one that fails them is "not complete yet" (a file still being copied
 * fails them the same way) and is read again when it changes; it never stops the others. A file whose notes are
 * not all its owner's (by the id in its name) is no one's: it always asks ({@code Authorship}). A sync tool's conflict
 * copy is another version of its person's file, merged after it, its differing notes kept as second
 * versions. A file that disappears, or comes back older, changes nothing: deletions come only from the
 * tombstones inside files. Which version of each file was looked at, and what came of it, is kept in the
 * reader's database ({@link GroupFolderStore}), so nothing is offered twice.
 *
 * <p>Threads: any but the FX thread (everything here reads or writes files and the database); one call at a
 * time per instance and per database. Errors of one file are in its {@link SeenFile}; the methods throw only
 * when the reader's own database cannot be used.
 */
public final class GroupFolder {
    /** Setting: the group folder's path. */
    public static final String FOLDER_SETTING = "group.folder";
    /** Setting: the group's name, as the reader gave it. */
    public static final String GROUP_SETTING = org.peeragogy.reader.store.SettingsStore.GROUP_NAME;
    /** Setting: "true" to merge files of people accepted once without asking. */
    public static final String MERGE_ACCEPTED_SETTING = "group.merge-accepted";

    private final Path folder;
    private final Path staging;
    private final ComputerName computer;

    /** A group folder whose writes ask the computer's name once, of their own ({@link ComputerName}). */
    public GroupFolder(Path folder, Path staging) {
        this(folder, staging, new ComputerName());
    }

    /**
     * @param folder   the group folder
     * @param staging  a folder of the reader's own (in the data folder) where its file is made before it is
     *                 copied into the group folder; made when needed
     * @param computer this computer's name, asked once for the process (the window makes one for all its folders)
     */
    public GroupFolder(Path folder, Path staging, ComputerName computer) {
        this.folder = folder.toAbsolutePath().normalize();
        this.staging = Objects.requireNonNull(staging);
        this.computer = Objects.requireNonNull(computer);
    }

    /** The group folder, absolute. Any thread. */
    public Path folder() {
        return folder;
    }

    /**
     * One look at the folder.
     *
     * @param reachable   false when the folder is not there or cannot be read (a stick unplugged, a share
     *                    offline): nothing was read or changed, and the next look tries again
     * @param problem     why it is not reachable, for the reader; null when it is
     * @param arrivals    files that bring something new, main files before conflict copies
     * @param files       every notes file in the folder as now known (the reader's own left out), by name
     * @param arriving    names of files still arriving (temporary names), left for later
     * @param handouts    facilitator's digests new or changed since the last look ({@link GroupHandout}); none
     *                    when the look was told not to mark them seen
     * @param unusable    files found in this look that can never be read (a newer format, not a notes file, over
     *                    the size limit), each version said once: {@link SeenFile#summary()} says why and what to do
     * @param underYourId files named with the reader's own id that the reader did not write (another computer
     *                    with a copy of this profile, or a forgery): never removed, read as anyone's (decision 0035)
     * @param digests     every facilitator's digest in the folder now, seen before or not
     * @param ownFile     the name the reader's own notes went under in this folder last ({@code Ana-2_<uuid>…}),
     *                    empty when it wrote none
     * @param notYours    those of {@code underYourId} that hold notes, deletions or votes of other people (a
     *                    forgery, not a copy of the reader's profile)
     */
    public record Scan(boolean reachable, Reason problem, List<Arrival> arrivals, List<SeenFile> files,
                       List<String> arriving, List<GroupHandout> handouts, List<SeenFile> unusable,
                       List<String> underYourId, List<GroupHandout> digests, String ownFile, List<String> notYours) {
        public Scan {
            arrivals = List.copyOf(arrivals);
            files = List.copyOf(files);
            arriving = List.copyOf(arriving);
            handouts = List.copyOf(handouts);
            unusable = List.copyOf(unusable);
            underYourId = List.copyOf(underYourId);
            digests = List.copyOf(digests);
            ownFile = ownFile == null ? "" : ownFile;
            notYours = List.copyOf(notYours);
        }

        /** A look without unusable files, files under the reader's id or digests listed. Any thread. */
        public Scan(boolean reachable, Reason problem, List<Arrival> arrivals, List<SeenFile> files,
                    List<String> arriving, List<GroupHandout> handouts) {
            this(reachable, problem, arrivals, files, arriving, handouts, List.of(), List.of(), List.of(), "", List.of());
        }

        /**
         * What the files under the reader's id are, with what to do, or empty when there is none (issue 16's second
         * retest, b3): "Another computer writes notes under your id in the group folder: FILE. … yours under
         * Ana-2_….peeranotes. …" for copies of the reader's profile, and "A file under your id in the group folder
         * does not hold your notes: FILE. …" for those that hold other people's. Any thread.
         */
        public Optional<String> underYourIdProblem() {
            return UnderYourId.problem(underYourId, notYours, ownFile);
        }
    }

    /**
     * Looks at every file in the folder and reads those that are new or changed since they were last looked
     * at (by size and time, then by their bytes' hash), marking the facilitator's digests seen. Records what came
     * of each; merges nothing.
     *
     * @param db      the reader's database (its own connection for this work)
     * @param sharing      sharing on that same database, with the open handbook's chapters
     * @param offerWaiting offer again the files offered before and not merged yet (the first look of a
     *                     session, the command line); else only what is new or changed is read
     * @throws StoreException when the reader's database cannot be read or written
     */
    public Scan scan(Database db, NoteSharing sharing, boolean offerWaiting) throws StoreException {
        return scan(db, sharing, offerWaiting, true);
    }

    /**
     * As {@link #scan(Database, NoteSharing, boolean)}; {@code markHandoutsSeen} false lists the digests without
     * marking them seen (the command line: the window's notice of a digest is not used up by a script).
     *
     * @throws StoreException when the reader's database cannot be read or written
     */
    public Scan scan(Database db, NoteSharing sharing, boolean offerWaiting, boolean markHandoutsSeen)
            throws StoreException {
        return scan(db, sharing, offerWaiting, markHandoutsSeen, Taking.NOTHING);
    }

    /**
     * What the reader takes of what a group file says for people other than its owner (decision 0077): by default
     * nothing, held back and said as an import's is.
     *
     * @param othersChanges its changes to other people's notes (edits, deletions, answered marks, decision 0069)
     * @param othersVotes   other people's votes in it (decision 0061)
     */
    public record Taking(boolean othersChanges, boolean othersVotes) {
        /** Nothing taken: the default of every look. */
        public static final Taking NOTHING = new Taking(false, false);
    }

    /**
     * As {@link #scan(Database, NoteSharing, boolean, boolean)}, taking what {@code taking} says of what files say
     * for other people than their owners (the command line's {@code sync --others-changes}, {@code --others-votes}).
     *
     * @throws StoreException when the reader's database cannot be read or written
     */
    public Scan scan(Database db, NoteSharing sharing, boolean offerWaiting, boolean markHandoutsSeen, Taking taking)
            throws StoreException {
        if (!Files.isDirectory(folder)) {
            return unreachable(Reason.of(GroupReason.GROUP_NOT_THERE, folder));
        }
        if (MountRecord.leftBehind(db, folder)) {
            return unreachable(Reason.of(GroupReason.GROUP_UNMOUNTED, folder));
        }
        String me = db.settings().readerId();
        GroupFolderStore store = db.groupFolder();
        Map<String, SeenFile> seen = store.seen(folder.toString());
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            dir.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            return unreachable(Reason.of(GroupReason.GROUP_UNREADABLE, folder, String.valueOf(e.getMessage())));
        }
        entries.sort(Comparator.comparing((Path p) -> GroupFileNames.classify(name(p)).kind()
                == GroupFileNames.Kind.CONFLICT_COPY).thenComparing(GroupFolder::name));
        FileLook look = new FileLook(folder.toString(), db, sharing, taking);
        List<Arrival> arrivals = new ArrayList<>();
        List<SeenFile> files = new ArrayList<>();
        List<String> arriving = new ArrayList<>();
        List<GroupHandout> handouts = new ArrayList<>();
        List<GroupHandout> digests = new ArrayList<>();
        List<SeenFile> unusable = new ArrayList<>();
        List<String> underYourId = new ArrayList<>();
        List<String> notYours = new ArrayList<>();
        int looked = 0;
        int lost = -1; // how many were looked at when the first one was found missing
        for (Path p : entries) {
            if (lost < 0 && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                lost = looked;
            }
            looked++;
            String name = name(p);
            GroupFileNames.Name kind = GroupFileNames.classify(name);
            if (kind.kind() == GroupFileNames.Kind.ARRIVING) {
                // t32's F13: a pipe or device so named never arrives: passed over, not listed as arriving.
                arriving.addAll(Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? List.of(name) : List.of());
                continue;
            }
            if (kind.kind() == GroupFileNames.Kind.HANDOUT) {
                GroupHandout.listed(p).ifPresent(digests::add);
                if (markHandoutsSeen) {
                    GroupHandout.lookAt(p, folder.toString(), seen.get(name), store, db.now()).ifPresent(handouts::add);
                }
                continue;
            }
            if (kind.kind() != GroupFileNames.Kind.NOTES && kind.kind() != GroupFileNames.Kind.CONFLICT_COPY) {
                continue;
            }
            if (kind.kind() == GroupFileNames.Kind.NOTES && GroupFileNames.authorIdOf(name).filter(me::equals).isPresent()) {
                if (OwnFile.ownOrBroken(p, store, folder)) {
                    continue; // the reader's own file, as this reader wrote it or a write of it cut short (t38's F3)
                }
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    underYourId.add(name); // not written here: said, and read as anyone's file (never removed)
                }
            }
            Optional<FileLook.Result> r = look.at(p, name, kind, seen.get(name), offerWaiting);
            if (r.isEmpty()) {
                continue;
            }
            files.add(r.get().file());
            if (underYourId.contains(name) && !r.get().file().authorId().equals(me)) {
                notYours.add(name); // holds other people's notes: no copy of this profile (b3)
            }
            r.get().arrival().ifPresent(arrivals::add);
            if (r.get().newlyUnusable()) {
                unusable.add(r.get().file());
            }
        }
        if (!Files.isDirectory(folder) || lost >= 0 && entries.stream().noneMatch(
                e -> Files.exists(e, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
            // Pulled out while it was read (b4), or emptied (a stick unmounted lazily leaves its mount point, an empty
            // folder: tester 16c's F4): what was read is not offered as the whole folder, so nothing
            // merges; the files it would have offered are offered at the next look, as an undone merge's are.
            for (Arrival a : arrivals) {
                store.record(a.seen().with(State.UNDONE, a.seen().summary()));
            }
            return unreachable(Reason.of(GroupReason.GROUP_WENT_AWAY, folder, lost < 0 ? looked : lost, entries.size()));
        }
        String ownFile = store.ownFiles(folder.toString()).keySet().stream().findFirst().orElse("");
        return new Scan(true, null, arrivals, files, arriving, handouts, unusable, underYourId, digests, ownFile,
                notYours);
    }

    /**
     * Merges an arrival (what {@link #scan} offered) as one undoable import, and remembers the version as
     * merged. {@code byHand}: the reader chose to; their person is then accepted (the setting may merge their
     * next files without asking).
     *
     * @throws ShareException when it cannot be saved (nothing was)
     * @throws StoreException when what was merged cannot be remembered (the notes are merged)
     */
    public ShareStore.Applied merge(Database db, NoteSharing sharing, Arrival arrival, boolean byHand)
            throws ShareException, StoreException {
        return mergeAll(db, sharing, List.of(arrival), byHand).get(0);
    }

    /**
     * Merges these arrivals in one transaction, as one undoable import (Undo takes back everything the notice
     * named), each planned against what the ones before it wrote, and remembers their versions as merged, in one
     * more. {@code byHand}: the reader chose to; their people are then accepted. One transaction rather than one
     * per file: 30 files of 500 notes were 30 writes of the whole batch to disk (issue 16's figure).
     *
     * @return each arrival's import, in order
     * @throws ShareException when it cannot be saved (nothing was)
     * @throws StoreException when what was merged cannot be remembered (the notes are merged)
     */
    public List<ShareStore.Applied> mergeAll(Database db, NoteSharing sharing, List<Arrival> arrivals, boolean byHand)
            throws ShareException, StoreException {
        if (arrivals.isEmpty()) {
            return List.of();
        }
        List<NoteSharing.Together> files = new ArrayList<>();
        arrivals.forEach(a -> files.add(new NoteSharing.Together(a.preview(), a.alongside())));
        List<ShareStore.Applied> applied = sharing.applyTogether(files, arrivals.size() == 1 ? arrivals.get(0).fileName()
                : "group folder (" + arrivals.size() + " files)");
        List<SeenFile> merged = new ArrayList<>();
        Map<String, String> accepted = new java.util.LinkedHashMap<>();
        Map<String, String> anonymous = new java.util.LinkedHashMap<>();
        String me = db.settings().readerId();
        for (int k = 0; k < arrivals.size(); k++) {
            Arrival a = arrivals.get(k);
            merged.add(a.seen().with(State.MERGED, applied.get(k).plan().summary()));
            if (!a.seen().authorId().isEmpty() && !a.seen().authorId().equals(me)) {
                // An owner's file: its "Anonymous" passed as theirs, and passes in their later files (B1).
                Authorship.anonymousIn(a.preview().contents(), a.seen().authorId())
                        .ifPresent(id -> anonymous.putIfAbsent(id, a.seen().authorId()));
            }
            if (byHand && !a.seen().authorId().isEmpty() && !a.seen().authorId().equals(me)) {
                accepted.putIfAbsent(a.seen().authorId(), a.seen().person()); // never the reader (m8)
            }
        }
        java.util.OptionalLong batch = applied.stream().map(ShareStore.Applied::batchId)
                .filter(java.util.OptionalLong::isPresent).findFirst().orElse(java.util.OptionalLong.empty());
        db.groupFolder().merged(merged, accepted, anonymous, batch);
        return applied;
    }

    /**
     * Whether the arrival's file is still in the folder with the bytes it had when it was looked at (by its SHA-256):
     * a file taken out, renamed or changed since is not merged from what was read before. Off the FX thread (reads
     * the whole file); false when it cannot be read.
     */
    public boolean stillAsSeen(Arrival arrival) {
        Path p = folder.resolve(arrival.fileName());
        return Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && FileSha256.of(p).filter(arrival.seen().sha256()::equals).isPresent();
    }

    /**
     * Whether the reader merged a file of this arrival's person by hand before (and did not undo it): then the
     * setting may merge it without asking. Never for a file whose notes are not all its owner's, nor for the
     * reader's own id (decision 0035).
     */
    public boolean accepted(Database db, Arrival arrival) throws StoreException {
        // One that holds back something for others asks (decision 0077): merged without asking, it would be left out unseen.
        // And only a file under its person's own name (Ana_<id>.peeranotes, or a conflict copy of it): one under another
        // name asks (t15g's M1: a copy of Ana's file under another name merged as hers without a question).
        return !arrival.seen().authorId().isEmpty() && arrival.preview().forOthers().nothingToTake()
                && org.peeragogy.reader.share.Authorship.ownerOf(GroupFileNames.classify(arrival.fileName()).original())
                        .filter(arrival.seen().authorId()::equals).isPresent()
                && db.groupFolder().people().accepted(arrival.seen().authorId());
    }

    /**
     * Writes the reader's own notes on the open handbook (tombstones included) into the folder as
     * {@link GroupFileNames#own}: made in the staging folder, copied into the group folder under a temporary
     * name that sync tools skip, synced, then moved into place atomically, so that no tool ever sees half of
     * it. Only over a file the reader wrote itself (by the SHA-256 it remembers, decision 0035): when a file it
     * did not write has its name (another computer with a copy of the profile), it writes under the next name
     * ({@code Ana-2_<uuid>}). Files it wrote under earlier names (they renamed themselves) are then removed,
     * when they are still as it wrote them. Writes nothing else.
     *
     * @return the file written
     * @throws ShareException when the folder is not reachable or the file cannot be written (the message says
     *                        why and what to check; the file in the folder is then as it was)
     * @throws StoreException when the reader's id cannot be read or what was written cannot be remembered
     */
    public Path writeOwn(Database db, NoteSharing sharing) throws ShareException, StoreException {
        if (MountRecord.leftBehind(db, folder)) {
            throw new ShareException(Reason.of(GroupReason.GROUP_UNMOUNTED, folder));
        }
        Path written = OwnFile.write(folder, staging, computer, db, sharing);
        MountRecord.wrote(db, folder);
        return written;
    }

    /** Whether the folder is a stick's mount point left behind ({@link MountRecord}). Not the FX thread. */
    public boolean leftBehind(Database db) throws StoreException {
        return MountRecord.leftBehind(db, folder);
    }

    /**
     * Whether the file the reader wrote last in this folder is there and still holds what it wrote (by its
     * SHA-256): false when it was removed, replaced or forged, the folder was swapped (another stick at the same
     * place), or nothing was written yet; then it is due to be written again (m1). Reads the file: not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public boolean ownIntact(Database db) throws StoreException {
        return OwnFile.intact(folder, db);
    }

    /** What the reader's notes on this handbook are now, in one line: it changes with every note they make, edit or delete. */
    public static String ownFingerprint(Database db, String bookIdentity) throws StoreException {
        Optional<String> anon = db.conversation().anonymousId();
        return db.annotations().fingerprintOf(db.settings().readerId(), bookIdentity)
                + (anon.isEmpty() ? "" : "|" + db.annotations().fingerprintOf(anon.get(), bookIdentity))
                + "|" + db.settings().get(org.peeragogy.reader.store.SettingsStore.READER_NAME).orElse("");
    }

    private static Scan unreachable(Reason why) {
        return new Scan(false, why, List.of(), List.of(), List.of(), List.of());
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString();
    }
}
