package org.peeragogy.reader.share;

import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.MergeRecords;

/**
 * What a file imported by hand says for people other than its writer that the import leaves out (decisions 0061 and
 * 0069). Threads: any; a value.
 *
 * @param votesLeftOut   their votes, taken only if the reader chooses ({@link NoteSharing.Preview#withOthers})
 * @param namedAt        per author id, {@link java.time.Instant#EPOCH} for each person whose name the file gives
 *                       though it is not theirs: it renames no one, and their own file names them whatever its age
 * @param changesLeftOut the file's versions of their notes that would change notes the reader has (an edit, a
 *                       deletion, an answered mark) or delete one they do not have: taken only if the reader chooses
 * @param linksLeftOut   those versions' links (a question's answered mark travels in its link)
 * @param files          the names of the files that carry what is left out (a folder's preview names them: t15b's N4)
 * @param noWriter       of {@code files}, those that do not say who wrote them: what they carry is not "other people's
 *                       than the writer's" but no one's (t15e's N1)
 */
public record ForOthers(List<Vote> votesLeftOut, Map<String, java.time.Instant> namedAt,
                        List<MergeRecords.Incoming> changesLeftOut, Map<String, NoteLink> linksLeftOut, List<String> files,
                        List<String> noWriter) {
    public static final ForOthers NONE = new ForOthers(List.of(), Map.of());

    public ForOthers {
        votesLeftOut = List.copyOf(votesLeftOut);
        namedAt = Map.copyOf(namedAt);
        changesLeftOut = List.copyOf(changesLeftOut);
        linksLeftOut = Map.copyOf(linksLeftOut);
        files = List.copyOf(files);
        noWriter = List.copyOf(noWriter);
    }

    /** What files that all say who wrote them leave out. Any thread. */
    public ForOthers(List<Vote> votesLeftOut, Map<String, java.time.Instant> namedAt,
                     List<MergeRecords.Incoming> changesLeftOut, Map<String, NoteLink> linksLeftOut, List<String> files) {
        this(votesLeftOut, namedAt, changesLeftOut, linksLeftOut, files, List.of());
    }

    /** Whether every file that carries what is left out does not say who wrote it. Any thread. */
    public boolean allWithoutWriter() {
        return !noWriter.isEmpty() && noWriter.size() == files.size();
    }

    /** Only votes left out (and names), no changes. Any thread. */
    public ForOthers(List<Vote> votesLeftOut, Map<String, java.time.Instant> namedAt) {
        this(votesLeftOut, namedAt, List.of(), Map.of(), List.of());
    }

    /** Whether nothing is left out that the reader could take. Any thread. */
    public boolean nothingToTake() {
        return votesLeftOut.isEmpty() && changesLeftOut.isEmpty();
    }
}
