package org.peeragogy.reader.share.group;

import java.util.Optional;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.MergeRecords;

/**
 * How many of a file's new notes are replies, so that a notice says "Ben updated their notes (4 new, 1 reply)" as
 * issue 16 words it: a reply counted as one more "new" note hid that someone answered (fresh tester t16's F4).
 * Threads: any; reads nothing.
 */
public final class NewReplies {
    private NewReplies() {
    }

    /** The notes the preview adds whose file gives them a parent. */
    public static int in(NoteSharing.Preview preview) {
        java.util.Map<String, NoteLink> links = preview.contents().conversation().links();
        return (int) preview.plan().changes().stream().filter(c -> c.action() == MergeRecords.Action.ADD
                && Optional.ofNullable(links.get(c.incoming().annotation().id())).flatMap(NoteLink::parentId)
                .isPresent()).count();
    }

    /**
     * {@code changes} ("5 new, 1 updated", nothing-zero parts only, ", " between them) with {@code replies} of its new
     * notes said apart: "4 new, 1 reply, 1 updated"; the reply part first when all the new notes are replies.
     *
     * @param added   the new notes that are not replies (the "N new" part, absent when 0)
     * @param replies the part for the replies, already worded ("1 reply"); "" for none
     */
    public static String said(String changes, int added, String replies) {
        if (replies.isEmpty()) {
            return changes;
        }
        if (changes.isEmpty()) {
            return replies;
        }
        int comma = changes.indexOf(", ");
        return added == 0 ? replies + ", " + changes : comma < 0 ? changes + ", " + replies
                : changes.substring(0, comma) + ", " + replies + changes.substring(comma);
    }
}
