package org.peeragogy.reader.share.group;

import org.peeragogy.reader.share.RealPaths;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.GroupReason;
import org.peeragogy.reader.share.ShareReason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.NotesFileHead;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The reader's own file in the group folder ({@link GroupFolder#writeOwn}, decisions 0026 and 0035): made in the
 * data folder, copied in under a name every sync tool skips, synced, moved into place atomically. The reader knows
 * its files by the SHA-256 of what it last wrote under each name (kept in its database): it replaces or removes
 * only a file still holding those bytes, never one it did not write, even under its own id. When such a file holds
 * its name (a second computer with a copy of the profile, which writes the same name on a plain shared folder or a
 * stick), it writes under the next name, {@code Ana-2_<uuid>}, so that both computers' notes reach the group.
 * Threads: not the FX thread (it writes files and the database).
 */
final class OwnFile {
    /** How many names ({@code Ana}, {@code Ana-2} … {@code Ana-9}) the reader tries before it gives up. */
    private static final int NAMES = 9;

    private OwnFile() {
    }

    /** The data folder (a folder holding a reader's notes file) that {@code folder} is, or is inside, links followed. */
    private static Optional<Path> dataFolderAround(Path folder) {
        for (Path at = RealPaths.real(folder); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(Database.FILE_NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** {@code computer}: this computer's name, for {@link #forgetIfCopied} (asked of the system once, not per write). */
    static Path write(Path folder, Path staging, ComputerName computer, Database db, NoteSharing sharing)
            throws ShareException, StoreException {
        String me = db.settings().readerId();
        // The name set, else the one the reader's notes carry (given on the command line only, try17w F1). Not the
        // system's user name that notes made on the command line carry until a name is set (t35's F9 asked the two to
        // agree): a reader with no note of their own, one who only asked anonymously, would have their login name on a
        // file everyone in the group sees (AnonymousOnlyParticipantTest). Their first note names the file.
        String name = db.settings().get(SettingsStore.READER_NAME).filter(n -> !n.isBlank())
                .or(() -> newestName(db, me)).orElse("reader");
        if (folder.startsWith(staging.toAbsolutePath().normalize())) {
            // The staging copy would be the file itself, and removed once copied: the folder is no group's.
            throw new ShareException(Reason.of(GroupReason.GROUP_IS_STAGING, folder, staging));
        }
        if (!Files.isDirectory(folder)) {
            throw new ShareException(Reason.of(GroupReason.GROUP_FOLDER_GONE, folder));
        }
        // Checked at each write, not only when the folder was chosen: a link in its path may point elsewhere since
        // (fresh tester 16c's F7), and a data folder inside the group folder would be synced to everyone.
        Optional<Path> data = dataFolderAround(folder);
        if (data.isPresent() || RealPaths.inside(staging, folder)) {
            throw new ShareException(Reason.of(GroupReason.GROUP_HOLDS_DATA_FOLDER, folder,
                    data.orElse(staging.toAbsolutePath().normalize().getParent())));
        }
        Path made;
        try {
            Files.createDirectories(staging);
            made = staging.resolve(GroupFileNames.own(name, me));
            // A leftover of a write cut short goes first: exports never replace a file of the data folder (0060).
            Files.deleteIfExists(made);
        } catch (IOException e) {
            throw new ShareException(Reason.of(GroupReason.CANNOT_MAKE, staging, String.valueOf(e.getMessage())), e);
        }
        GroupFolderStore store = db.groupFolder();
        forgetIfCopied(db, staging, computer, store);
        String key = folder.toString();
        try {
            // The reader's anonymous questions are theirs too (decision 0031): their file carries them.
            Set<String> mine = db.readerIds();
            sharing.exportOwnFile(made, new ExportFilter(Set.of(), Set.of(), Set.of(), mine));
            String sha = FileSha256.of(made).orElseThrow(() -> new ShareException(Reason.of(ShareReason.CANNOT_READ_BACK, made)));
            String own = target(folder, name, me, store, sha);
            put(folder, made, own);
            store.wroteOwn(key, own, sha);
            removeOld(folder, me, own, store, key);
            return folder.resolve(own);
        } finally {
            try {
                Files.deleteIfExists(made);
            } catch (IOException ignored) {
                // A leftover in the reader's own staging folder is replaced next time.
            }
        }
    }

    /** The name on the reader's newest note, if it can be read. */
    private static Optional<String> newestName(Database db, String me) {
        try {
            return db.authors().newestName(me);
        } catch (StoreException e) {
            return Optional.empty(); // the file is then named "reader", as before a name was known
        }
    }

    /**
     * Where this database writes from: the computer's name and the data folder's real path. A copy of the data
     * folder (another laptop, or {@code cp -r} beside it) inherits the record of the files the original wrote, and
     * would replace the original's file as its own and push the original aside (try17w F16); a database that finds
     * itself elsewhere than where it last wrote forgets that record, so the one already writing keeps its file and
     * the newcomer writes under the next name ({@code Ana-2_<uuid>}). A backup restored in place is the same place.
     * The computer's name is asked of the system once per process ({@link ComputerName}): with a broken resolver
     * each ask took seconds, at every write.
     */
    private static void forgetIfCopied(Database db, Path staging, ComputerName computer, GroupFolderStore store)
            throws StoreException {
        String here = computer.get() + "\n" + RealPaths.real(staging.toAbsolutePath().normalize().getParent());
        Optional<String> was = db.settings().get(WRITER_SETTING);
        if (was.isPresent() && !was.get().equals(here)) {
            store.forgetAllOwn();
        }
        if (!was.equals(Optional.of(here))) {
            db.settings().put(WRITER_SETTING, here);
        }
    }

    /** The setting that holds {@link #forgetIfCopied}'s place. */
    static final String WRITER_SETTING = "group.writer";

    /**
     * Whether the file the reader wrote last in {@code folder} is there and holds what it wrote.
     *
     * @throws StoreException when the database cannot be read
     */
    static boolean intact(Path folder, Database db) throws StoreException {
        Map<String, String> written = db.groupFolder().ownFiles(folder.toString());
        if (written.isEmpty()) {
            return false;
        }
        Map.Entry<String, String> last = written.entrySet().iterator().next();
        return hash(folder.resolve(last.getKey())).filter(last.getValue()::equals).isPresent();
    }

    /**
     * Whether {@code p} holds bytes the reader wrote under its name, in this folder or another copy of it
     * ({@link GroupFolderStore#wrote}).
     *
     * @throws StoreException when the database cannot be read
     */
    static boolean isMine(Path p, GroupFolderStore store) throws StoreException {
        Optional<String> sha = hash(p);
        return sha.isPresent() && store.wrote(String.valueOf(p.getFileName()), sha.get());
    }

    /**
     * Whether {@code p} is a regular file of no bytes or of zero bytes only: what a stick pulled out during a write
     * leaves under the reader's own name (fresh tester t31's F13). It holds no one's notes, so the reader writes its
     * file there again instead of calling it another computer's and writing under the next name, which left the
     * empty file "not complete yet" for everyone for good. The import's rule ({@code share.BlankFiles#zerosOnly}); reads
     * at most the notes files' size limit.
     */
    static boolean holdsNothing(Path p) {
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > NotesFileHead.MAX_BYTES) {
                return false;
            }
            return org.peeragogy.reader.share.BlankFiles.zerosOnly(p, LinkOption.NOFOLLOW_LINKS); // the import's rule
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code p} is the reader's own file, as this reader wrote it ({@link #isMine}), a write of it cut short
     * to nothing ({@link #holdsNothing}), or one cut short ({@link #cutShortOwn}): the reader writes it again.
     *
     * @throws StoreException when the database cannot be read
     */
    static boolean ownOrBroken(Path p, GroupFolderStore store, Path folder) throws StoreException {
        return isMine(p, store) || holdsNothing(p) || cutShortOwn(p, store, folder);
    }

    /**
     * Whether {@code p} is a notes file cut short (fewer bytes than its header says, or not even a header) under a name
     * this reader has written in {@code folder}: its own file, broken by a copy or a sync that stopped halfway (fresh
     * tester t38's F3: Ann's own half file made her reader call it another computer's and write {@code Ann-2_…}, while
     * everyone else saw it "still arriving"). A reader's file arrives whole (it is moved into place once written), and
     * a copy of the profile elsewhere forgets the names it wrote ({@link #forgetIfCopied}), so such a file is this
     * reader's own and is written again. Reads at most the header and the last page.
     *
     * @throws StoreException when the database cannot be read
     */
    static boolean cutShortOwn(Path p, GroupFolderStore store, Path folder) throws StoreException {
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > NotesFileHead.MAX_BYTES
                    || !store.ownFiles(folder.toString()).containsKey(String.valueOf(p.getFileName()))) {
                return false;
            }
            return !NotesFileHead.complete(p, Files.size(p));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The SHA-256 of a regular file at {@code p}; empty when there is none, it cannot be read just now, or it is
     * over the notes files' size limit (the reader writes none that large, and never hashes one).
     */
    private static Optional<String> hash(Path p) {
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > NotesFileHead.MAX_BYTES) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return FileSha256.of(p);
    }

    /** The first of the reader's names that is free, or holds a file it wrote (or these very bytes). */
    private static String target(Path folder, String name, String me, GroupFolderStore store, String sha)
            throws ShareException, StoreException {
        for (int copy = 1; copy <= NAMES; copy++) {
            String candidate = GroupFileNames.own(name, me, copy);
            Path p = folder.resolve(candidate);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                // Not another computer's file (t33: a pipe under the reader's name made it write reader-2_… unsaid).
                throw new ShareException(Reason.of(GroupReason.GROUP_NAME_NOT_A_FILE, folder, candidate));
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || ownOrBroken(p, store, folder)
                    || hash(p).filter(sha::equals).isPresent()) {
                return candidate;
            }
        }
        throw new ShareException(Reason.of(GroupReason.GROUP_NAMES_TAKEN, folder, NAMES, GroupFileNames.own(name, me)));
    }

    /** Copies {@code made} in under a temporary name, syncs it, moves it into place as {@code own}. */
    private static void put(Path folder, Path made, String own) throws ShareException {
        Path target = folder.resolve(own);
        Path temp = folder.resolve(GroupFileNames.temporary(own));
        try {
            Files.copy(made, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary name is skipped by every reader and sync tool; it is replaced next time.
            }
            // The group folder and why, never the reader's temporary or staging file's name (t16's N6: a stick's
            // owner read ".syncthing.Cat_….tmp" and "group-staging/Cat_…").
            throw new ShareException(Reason.of(GroupReason.GROUP_WRITE_FAILED, folder,
                    org.peeragogy.reader.share.IoReason.of(e)), e);
        }
    }

    /** Removes the reader's files under its other names that still hold what it wrote (it renamed itself). */
    private static void removeOld(Path folder, String me, String own, GroupFolderStore store, String key)
            throws StoreException {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                String n = String.valueOf(p.getFileName());
                if (!n.equals(own) && GroupFileNames.classify(n).kind() == GroupFileNames.Kind.NOTES
                        && GroupFileNames.authorIdOf(n).filter(me::equals).isPresent() && isMine(p, store)) {
                    Files.deleteIfExists(p);
                    store.forgetOwn(key, n);
                }
            }
        } catch (IOException | RuntimeException e) {
            // An older own file left behind is read by the others as an older version: it changes nothing.
        }
    }
}
