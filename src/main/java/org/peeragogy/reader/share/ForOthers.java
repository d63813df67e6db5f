package org.peeragogy.reader.share;

import java.util.List;
import java.util.Map;

/**
 * What a file imported by hand says for people other than its writer that the import leaves out (decision 0061).
 * Threads: any; a value.
 *
 * @param votesLeftOut their votes, taken only if the reader chooses ({@link NoteSharing.Preview#withOthersVotes})
 * @param namedAt      per author id, {@link java.time.Instant#EPOCH} for each person whose name the file gives
 *                     though it is not theirs: it renames no one, and their own file names them whatever its age
 */
public record ForOthers(List<org.peeragogy.reader.book.Vote> votesLeftOut, Map<String, java.time.Instant> namedAt) {
    public static final ForOthers NONE = new ForOthers(List.of(), Map.of());

    public ForOthers {
        votesLeftOut = List.copyOf(votesLeftOut);
        namedAt = Map.copyOf(namedAt);
    }
}
