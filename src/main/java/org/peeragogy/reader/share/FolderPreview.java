package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder of files read and checked as one import (issue 15, {@link NoteSharing#previewFolder}): per file who
 * and how many, the files refused with their reasons, and the combined preview. Threads: any; a value.
 *
 * @param lines   one per file read: "ana.peeranotes (notes file): Ana — 12 notes (3 replies, 2 questions), 4 votes"
 * @param refused one per file that cannot be imported: its name and the reason; the others are imported
 * @param leftOut one per file named after one person whose deletions of other people's notes were taken out
 *                ("Ben_….peeranotes: 1 deletion of other people's notes in a file named after Ben"; b1)
 * @param beside  versions of notes that another file of the folder carries too, made beside it from the same base
 *                (a sync tool's conflict copy, the same person on two computers): imported after the combined notes
 *                as a second version each, as a group folder merges a conflict copy (fresh tester 16c's F10)
 */
public record FolderPreview(Path folder, List<String> lines, List<String> refused, NoteSharing.Preview combined,
                            List<String> leftOut, FolderImport.Beside beside) {
    public FolderPreview {
        lines = List.copyOf(lines);
        refused = List.copyOf(refused);
        leftOut = List.copyOf(leftOut);
    }

    /** A folder read with nothing left out and no version made beside another. */
    public FolderPreview(Path folder, List<String> lines, List<String> refused, NoteSharing.Preview combined) {
        this(folder, lines, refused, combined, List.of(), FolderImport.Beside.NONE);
    }
}
