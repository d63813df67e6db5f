package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An import's figures summed in one place ({@link MergeRecords.Counts#plus}): a folder's files, the versions made
 * beside them and an import's batches all add their counts with it, so a figure added to the record cannot be left
 * out of one of those sums by hand. Each field has its own prime, so a figure dropped, doubled or moved to another
 * field shows.
 */
class ImportCountsSumTest {
    @Test
    void plusAddsEachFigureToItselfAndDropsNone() {
        MergeRecords.Counts a = new MergeRecords.Counts(2, 3, 5, 7, 11, 13, 17);
        MergeRecords.Counts b = new MergeRecords.Counts(19, 23, 29, 31, 37, 41, 43);
        assertEquals(new MergeRecords.Counts(21, 26, 34, 38, 48, 54, 60), a.plus(b));
        assertEquals(a.plus(b), b.plus(a), "the order of the sum does not matter");
        assertEquals(a, a.plus(MergeRecords.Counts.NONE), "NONE adds nothing");
        assertEquals(a, MergeRecords.Counts.NONE.plus(a), "a sum starts from NONE");
    }

    @Test
    void oneNoteCountsOnceInTheFigureOfWhatHappensToIt() {
        Map<MergeRecords.Action, MergeRecords.Counts> one = new EnumMap<>(MergeRecords.Action.class);
        one.put(MergeRecords.Action.ADD, new MergeRecords.Counts(1, 0, 0, 0, 0, 0, 0));
        one.put(MergeRecords.Action.UPDATE, new MergeRecords.Counts(0, 1, 0, 0, 0, 0, 0));
        one.put(MergeRecords.Action.DELETE, new MergeRecords.Counts(0, 0, 1, 0, 0, 0, 0));
        one.put(MergeRecords.Action.UNCHANGED, new MergeRecords.Counts(0, 0, 0, 1, 0, 0, 0));
        one.put(MergeRecords.Action.CONFLICT, new MergeRecords.Counts(0, 0, 0, 0, 1, 0, 0));
        one.put(MergeRecords.Action.TOMBSTONE, new MergeRecords.Counts(0, 0, 0, 0, 0, 0, 1));
        assertEquals(MergeRecords.Action.values().length, one.size(), "every action has its figure");
        one.forEach((action, counts) -> assertEquals(counts, MergeRecords.Counts.of(action), action.name()));
        assertEquals(new MergeRecords.Counts(0, 0, 0, 0, 0, 3, 0), MergeRecords.Counts.unplaced(3));
        assertEquals("1 new, 0 updated, 0 deleted, 0 unchanged, 1 conflict, 2 could not be placed",
                MergeRecords.Counts.of(MergeRecords.Action.ADD).plus(MergeRecords.Counts.of(MergeRecords.Action.CONFLICT))
                        .plus(MergeRecords.Counts.unplaced(2)).summary());
    }
}
