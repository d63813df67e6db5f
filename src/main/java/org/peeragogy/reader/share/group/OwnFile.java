package org.peeragogy.reader.share.group;

import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.ShareReason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * The reader's own file in the group folder ({@link GroupFolder#writeOwn}, decision 0026): made in the data
 * folder, copied in under a name every sync tool skips, synced, moved into place atomically. Threads: not the FX
 * thread (it writes files).
 */
final class OwnFile {
    private OwnFile() {
    }

    static Path write(Path folder, Path staging, Database db, NoteSharing sharing) throws ShareException, StoreException {
        String me = db.settings().readerId();
        String name = db.settings().get(org.peeragogy.reader.store.SettingsStore.READER_NAME)
                .filter(n -> !n.isBlank()).orElse("reader");
        String own = GroupFileNames.own(name, me);
        if (!Files.isDirectory(folder)) {
            throw new ShareException(Reason.of(ShareReason.GROUP_FOLDER_GONE, folder));
        }
        Path made;
        try {
            Files.createDirectories(staging);
            made = staging.resolve(own);
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_MAKE, staging, String.valueOf(e.getMessage())), e);
        }
        // The reader's anonymous questions are theirs too (decision 0031): their file carries them.
        Set<String> mine = db.conversation().anonymousId().map(anon -> Set.of(me, anon)).orElse(Set.of(me));
        sharing.export(NoteSharing.Format.NOTES, made, new ExportFilter(Set.of(), Set.of(), Set.of(), mine));
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
            throw new ShareException(Reason.of(ShareReason.GROUP_WRITE_FAILED, folder, String.valueOf(e.getMessage())), e);
        } finally {
            try {
                Files.deleteIfExists(made);
            } catch (IOException ignored) {
                // A leftover in the reader's own staging folder is replaced next time.
            }
        }
        removeOldOwn(folder, me, own);
        return target;
    }

    private static void removeOldOwn(Path folder, String me, String own) {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                String n = String.valueOf(p.getFileName());
                GroupFileNames.Name kind = GroupFileNames.classify(n);
                if (kind.kind() == GroupFileNames.Kind.NOTES && !n.equals(own)
                        && GroupFileNames.authorIdOf(n).filter(me::equals).isPresent()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // An older own file left behind is read by the others as an older version: it changes nothing.
        }
    }
}
