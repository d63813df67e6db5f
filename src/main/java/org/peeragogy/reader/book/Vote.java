package org.peeragogy.reader.book;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's +1 on a note (issue 15, decision 0025). A vote is never deleted: withdrawing sets its value to
 * 0 and voting again to 1, each with a new {@code updated} time, so that the latest of either travels in files
 * and wins a merge (a tombstone would keep a withdrawn vote from being given again).
 *
 * @param noteId  the note voted on; it may not have arrived yet
 * @param book    the handbook's identity ({@link Book#identity()}): which exports carry the vote
 * @param voterId who votes, an author id ({@link AuthorIds}); one vote per person and note
 * @param voter   the voter's name to show
 * @param value   1 for a vote given, 0 for one withdrawn
 * @param updated when it was given or withdrawn, to the millisecond
 */
public record Vote(String noteId, String book, String voterId, String voter, int value, Instant updated) {
    public Vote {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(voterId, "voterId");
        voter = voter == null ? "" : voter;
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("A vote is 1 (given) or 0 (withdrawn), not " + value);
        }
        Objects.requireNonNull(updated, "updated");
    }

    /** Whether the vote counts (given, not withdrawn). Any thread. */
    public boolean given() {
        return value == 1;
    }

    /** A stable id for the vote in files that need one (W3C): the same for the same note and voter. Any thread. */
    public String fileId() {
        return java.util.UUID.nameUUIDFromBytes(("vote|" + noteId + "|" + voterId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
