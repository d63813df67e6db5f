package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.List;

/**
 * A folder of files read and checked as one import (issue 15, {@link NoteSharing#previewFolder}): per file who
 * and how many, the files refused with their reasons, and the combined preview. Threads: any; a value.
 *
 * @param lines   one per file read: "ana.peeranotes (notes file): Ana — 12 notes (3 replies, 2 questions), 4 votes"
 * @param refused one per file that cannot be imported: its name and the reason; the others are imported
 * @param leftOut one per file whose changes to other people's notes were taken out ("mal.peeranotes: 2 changes to
 *                other people's notes in a file that says Mal wrote it"; decision 0069)
 * @param beside  versions of notes that another file of the folder carries too, made beside it from the same base
 *                (a sync tool's conflict copy, the same person on two computers): imported after the combined notes
 *                as a second version each, as a group folder merges a conflict copy (fresh tester 16c's F10)
 * @param files   the names of the files read, in order (recorded by the import: the digest names them, t15b's F5)
 * @param namedAt per author id, when the file their name comes from was written (the newest file naming them; none
 *                for an undated one): each person is renamed as that file says, not by the folder's oldest (t15's M1)
 */
public record FolderPreview(Path folder, List<String> lines, List<String> refused, NoteSharing.Preview combined,
                            List<String> leftOut, FolderImport.Beside beside, Map<String, Instant> namedAt,
                            List<String> files) {
    public FolderPreview {
        files = List.copyOf(files);
        lines = List.copyOf(lines);
        refused = List.copyOf(refused);
        leftOut = List.copyOf(leftOut);
        namedAt = Map.copyOf(namedAt);
    }

    /**
     * This folder's import with what its files carry for people other than their writers taken after all (the reader
     * chose to): their votes (decision 0061) and the files' changes to their notes (decision 0069;
     * {@link NoteSharing.Preview#withOthers}). Any thread; nothing is read.
     */
    public FolderPreview withOthers() {
        return new FolderPreview(folder, lines, refused, combined.withOthers(), List.of(), beside, namedAt, files);
    }

    /** Without the names of the files read (the import then records none). */
    public FolderPreview(Path folder, List<String> lines, List<String> refused, NoteSharing.Preview combined,
                         List<String> leftOut, FolderImport.Beside beside, Map<String, Instant> namedAt) {
        this(folder, lines, refused, combined, leftOut, beside, namedAt, List.of());
    }

    /** Without the times people are named at (no one is renamed). */
    public FolderPreview(Path folder, List<String> lines, List<String> refused, NoteSharing.Preview combined,
                         List<String> leftOut, FolderImport.Beside beside) {
        this(folder, lines, refused, combined, leftOut, beside, Map.of());
    }

    /** A folder read with nothing left out and no version made beside another. */
    public FolderPreview(Path folder, List<String> lines, List<String> refused, NoteSharing.Preview combined) {
        this(folder, lines, refused, combined, List.of(), FolderImport.Beside.NONE);
    }
}
