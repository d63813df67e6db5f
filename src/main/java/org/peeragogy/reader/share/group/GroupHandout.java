package org.peeragogy.reader.share.group;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import org.peeragogy.reader.share.NotesFileHead;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.GroupFolderStore.SeenFile;
import org.peeragogy.reader.store.StoreException;

/**
 * A facilitator's digest in the group folder, the group's handout (issue 16: "a participant opens it from the
 * notice"; {@link GroupFileNames.Kind#HANDOUT}). Each version is offered once: it is remembered in the reader's
 * database by its size, time and SHA-256 as the notes files are ({@link GroupFolderStore}), and offered again only
 * when its bytes change. The reader never reads it as notes; opening it is a copy made for reading
 * ({@code digest.Handouts}).
 *
 * @param name     the file's name in the folder
 * @param file     where it is
 * @param modified the file's modification time when it was looked at
 */
public record GroupHandout(String name, Path file, Instant modified) {
    /**
     * The handout at {@code p} as it is now, whether seen before or not (what {@code group-folder status} lists);
     * empty when it is no regular file or cannot be read just now. Reads its attributes only.
     */
    static Optional<GroupHandout> listed(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS); // a link is never followed (b8)
            return attrs.isRegularFile() ? Optional.of(new GroupHandout(String.valueOf(p.getFileName()), p,
                    attrs.lastModifiedTime().toInstant())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The handout at {@code p} when this version is new (then remembered as seen); empty when it was seen before,
     * or cannot be read just now (looked at again next time).
     *
     * @param before what was remembered of this name, if anything
     * @throws StoreException when the reader's database cannot be written
     */
    static Optional<GroupHandout> lookAt(Path p, String folder, SeenFile before, GroupFolderStore store, Instant now)
            throws StoreException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS); // a link is never followed (b8)
        } catch (IOException e) {
            return Optional.empty();
        }
        Instant modified = attrs.lastModifiedTime().toInstant();
        if (!attrs.isRegularFile() || attrs.size() > NotesFileHead.MAX_BYTES // never hashed: no digest is that large
                || before != null && before.size() == attrs.size() && before.modified().equals(modified)) {
            return Optional.empty();
        }
        Optional<String> hash = FileSha256.of(p);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        String name = String.valueOf(p.getFileName());
        store.record(new SeenFile(folder, name, attrs.size(), modified, hash.get(), GroupFolderStore.State.HANDOUT,
                "", "", Optional.empty(), now, "the group's digest"));
        if (before != null && before.sha256().equals(hash.get())) {
            return Optional.empty(); // the same bytes, touched or copied again: offered once
        }
        return Optional.of(new GroupHandout(name, p, modified));
    }
}
