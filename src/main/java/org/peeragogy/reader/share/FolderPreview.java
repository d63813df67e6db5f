package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder of files read and checked as one import (issue 15, {@link NoteSharing#previewFolder}): per file who
 * and how many, the files refused with their reasons, and the combined preview. Threads: any; a value.
 *
 * @param lines   one per file read: "ana.peeranotes (notes file): Ana — 12 notes (3 replies, 2 questions), 4 votes"
 * @param refused one per file that cannot be imported: its name and the reason; the others are imported
 */
public record FolderPreview(Path folder, List<String> lines, List<String> refused, NoteSharing.Preview combined) {
    public FolderPreview {
        lines = List.copyOf(lines);
        refused = List.copyOf(refused);
    }
}
