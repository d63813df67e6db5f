package org.peeragogy.reader.ui;

import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Placement;

/**
 * A chapter's note as {@link NotesViewModel} lists it: an annotation and where it landed in the current text (kind
 * ORPHAN: nowhere); {@code conflict} when an import brought another version of it and both were kept; {@code elsewhere}
 * when it belongs to no chapter on screen: a page that is not in this handbook, or the note the reader is looking for;
 * {@code claimedFrom} the file a new note came from that said it was the reader's, until they save it (decision 0032),
 * else "".
 */
public record NoteItem(Annotation annotation, Placement placement, boolean conflict, boolean elsewhere,
                       String claimedFrom) {
    public NoteItem(Annotation annotation, Placement placement, boolean conflict) {
        this(annotation, placement, conflict, false);
    }

    public NoteItem(Annotation annotation, Placement placement, boolean conflict, boolean elsewhere) {
        this(annotation, placement, conflict, elsewhere, "");
    }

    public boolean orphan() {
        return placement.kind() == Placement.Kind.ORPHAN;
    }
}
