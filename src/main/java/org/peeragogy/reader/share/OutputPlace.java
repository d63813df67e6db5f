package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.Optional;
import org.peeragogy.reader.book.Reason;

/**
 * Where a file written for a person (an export, a digest, chosen on the command line or in a save dialog) may not go
 * (decision 0060, amended; fresh tester t15b's M1): inside the reader's data folder in use (a new file there too: the
 * reader makes files of its own there, and {@code settings.properties} today is a name it may use tomorrow), or inside
 * the folder of the handbook in use (or over its zip): {@code digest --out hb/wiki.md} replaced a chapter the group was
 * discussing, and every note on it lost its passage. Paths are compared as the disk has them: links and {@code ..}
 * resolved. The reader's own files in its data folder (the group folder's staging file, salvaged notes) do not come
 * here. Any thread but the FX thread (it reads the disk).
 *
 * @param dataFolder the data folder in use (the folder of its {@code reader.db})
 * @param handbook   the handbook's folder, or its zip, in use; empty when it is not on disk (the bundled guide)
 */
public record OutputPlace(Path dataFolder, Optional<Path> handbook) {
    public OutputPlace {
        java.util.Objects.requireNonNull(dataFolder);
        java.util.Objects.requireNonNull(handbook);
    }

    /**
     * @throws ShareException ({@link ShareReason#REPLACES_NOTES_FOLDER_FILE} for a file of the data folder that exists
     *                        or SQLite would read, {@link ShareReason#IN_DATA_FOLDER} for any other place inside it,
     *                        {@link ShareReason#IN_HANDBOOK_FOLDER} inside the handbook's folder or over its file, or
     *                        {@link OutputFile#check}'s when it is a folder, a pipe or a device) when {@code target}
     *                        may not be written; nothing is written
     */
    public void check(Path target) throws ShareException {
        DataFolderFiles.refuseReplacing(target); // the words that say the notes would be lost come first
        Path real = DataFolderFiles.real(target);
        Path data = DataFolderFiles.real(dataFolder);
        if (real.startsWith(data)) {
            throw new ShareException(Reason.of(ShareReason.IN_DATA_FOLDER, target, dataFolder));
        }
        if (handbook.isPresent() && real.startsWith(DataFolderFiles.real(handbook.get()))) {
            throw new ShareException(Reason.of(ShareReason.IN_HANDBOOK_FOLDER, target, handbook.get()));
        }
        OutputFile.check(target); // before any work: a file, never a pipe, a device or a folder (t15d's N5)
    }
}
