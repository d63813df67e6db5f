package org.peeragogy.reader.book;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The blind first pass of a workshop (issue 15, decision 0031), as one rule every view of notes follows: in a
 * chapter, others' notes stay hidden until the reader has written a note of their own there (a live highlight,
 * note, question or reply; a bookmark is not writing). The notes panel and page, the heat map, All notes, search
 * results and the group view all ask this class. Pure; any thread.
 */
public final class BlindPass {
    private BlindPass() {
    }

    /** Whether the reader wrote among {@code notes} (a live note of theirs that is not a bookmark). */
    public static boolean wrote(Collection<Annotation> notes, Predicate<Annotation> mine) {
        return notes.stream().anyMatch(a -> writes(a, mine));
    }

    /** The chapters (in their composed form, decision 0023) where the reader wrote among {@code notes}. */
    public static Set<String> chaptersWritten(Collection<Annotation> notes, Predicate<Annotation> mine) {
        Set<String> wrote = new HashSet<>();
        notes.stream().filter(a -> writes(a, mine)).forEach(a -> wrote.add(ChapterIds.composed(a.chapterId())));
        return wrote;
    }

    /**
     * The notes of {@code notes} (of one chapter or of the whole book) that show: in each chapter all of them once
     * the reader wrote there, else only the reader's own. Order kept; throws NullPointerException for null.
     */
    public static List<Annotation> shown(List<Annotation> notes, Predicate<Annotation> mine) {
        Set<String> wrote = chaptersWritten(notes, mine);
        return notes.stream().filter(a -> mine.test(a) || wrote.contains(ChapterIds.composed(a.chapterId()))).toList();
    }

    private static boolean writes(Annotation a, Predicate<Annotation> mine) {
        return !a.isDeleted() && a.kind() != Annotation.Kind.BOOKMARK && mine.test(a);
    }
}
