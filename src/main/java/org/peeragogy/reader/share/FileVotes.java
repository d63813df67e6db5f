package org.peeragogy.reader.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peeragogy.reader.book.Vote;

/**
 * A file's votes as an import takes them ({@link OwnerCheck}, {@link NoWriterCheck}), in the file's order: those of
 * whom the file speaks for, and those of ids it names no one by (the store leaves them out and says so, decision
 * 0043), are taken; those that say they are the reader's are never taken from a file that does not speak for the
 * reader (tester t15's F12), only counted; everyone else's are taken only by the reader's choice.
 *
 * @param taken   the votes to import (a new list, the caller's to change)
 * @param leftOut other people's votes left out (the reader may take them; a new list)
 * @param claimed how many said they were the reader's and were not taken
 */
record FileVotes(List<Vote> taken, List<Vote> leftOut, int claimed) {
    /**
     * Splits {@code contents}' votes. Any thread; no disk.
     *
     * @param speaksFor  whom the file speaks for (its writer's ids); empty for no one
     * @param named      the people the file names ({@link OwnerCheck#named}), the reader's ids among them
     * @param mine       the reader's ids
     * @param takeOthers the reader chose to take other people's votes
     */
    static FileVotes split(ImportFile contents, Set<String> speaksFor, Set<String> named, Set<String> mine,
                           boolean takeOthers) {
        List<Vote> taken = new ArrayList<>();
        List<Vote> leftOut = new ArrayList<>();
        int claimed = 0;
        for (Vote v : contents.conversation().votes()) {
            if (speaksFor.contains(v.voterId()) || !named.contains(v.voterId())) {
                taken.add(v); // the writer's, or one the store leaves out as unnamed (0043)
            } else if (mine.contains(v.voterId())) {
                claimed++; // only the reader votes for the reader (t15's F12)
            } else if (takeOthers) {
                taken.add(v);
            } else {
                leftOut.add(v);
            }
        }
        return new FileVotes(taken, leftOut, claimed);
    }
}
