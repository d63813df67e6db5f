package org.peeragogy.reader.share.group;

import org.peeragogy.reader.share.RealPaths;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.peeragogy.reader.share.Authorship;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * Where an export may not write (fresh tester 16c's F11: {@code export --out} onto another participant's file in
 * the group folder replaced their file with the exporter's notes, and every reader then took it for "notes by other
 * people"). Two places: an existing file whose name carries another reader's author id ({@code Ben_<uuid>.peeranotes},
 * decision 0026), wherever it is; and, for the notes-file format, the reader's own group folder, where the reader
 * writes its own file itself and takes every other file for someone's notes. Threads: not the FX thread (reads
 * the disk and the database).
 */
public final class ExportPlace {
    private ExportPlace() {
    }

    /**
     * Why {@code out} must not be written by an export of this reader's notes, in English for the command line and
     * the log; empty when it may be.
     *
     * @param notesFormat the export is a notes file (.peeranotes), the format a group folder reads
     * @throws StoreException when the reader's settings cannot be read
     */
    public static Optional<String> refusal(Database db, Path out, boolean notesFormat) throws StoreException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        Optional<String> owner = Authorship.ownerOf(name);
        if (owner.isPresent() && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            boolean mine = db.readerIds().contains(owner.get());
            if (!mine) {
                return Optional.of(name + " is another reader's notes file: its name carries their id, and an export would"
                        + " replace their notes with yours. Nothing was exported. Choose another file name.");
            }
        }
        Optional<String> folder = db.settings().get(GroupFolder.FOLDER_SETTING);
        Path parent = out.toAbsolutePath().getParent();
        if (notesFormat && folder.isPresent() && parent != null
                && RealPaths.real(parent).equals(RealPaths.real(Path.of(folder.get())))) {
            return Optional.of(out + " is in your group folder, where the reader writes your notes file itself"
                    + " (group-folder sync, or the open window) and reads every other file as someone's notes."
                    + " Nothing was exported. Export to another folder.");
        }
        return Optional.empty();
    }
}
