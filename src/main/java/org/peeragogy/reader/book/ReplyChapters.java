package org.peeragogy.reader.book;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The chapter a reply is shown in (tester t15's F10): a standard W3C reply targets its parent annotation, not a
 * chapter, so it arrives with no chapter of the handbook ({@link ChapterIds#UNPLACED}, or a chapter this edition
 * lacks). Such a reply belongs to its nearest ancestor's chapter that the handbook has, whether the parent was here
 * first or arrives later (nothing is stored: it is worked out each time, as {@link Threads} are). A reply whose
 * ancestors have no such chapter (not arrived yet) keeps its own. Plain Java; any thread; O(notes) (each note's chain
 * is walked once, loops included).
 */
public final class ReplyChapters {
    private ReplyChapters() {
    }

    /**
     * {@code notes} with each reply whose chapter {@code book} lacks moved into its nearest ancestor's chapter that
     * it has; every other note as it is, in the same order.
     */
    public static List<Annotation> placed(Book book, Collection<Annotation> notes, Map<String, NoteLink> links) {
        Map<String, Boolean> known = new HashMap<>(); // Book.chapter is a search: asked once per chapter id
        return placed(notes, links, id -> known.computeIfAbsent(id, c -> book.chapter(c).isPresent()));
    }

    /**
     * As {@link #placed(Book, Collection, Map)}, with the handbook's chapters as {@code inBook}.
     *
     * @param notes  notes, tombstones included (a deleted parent still says where its replies are)
     * @param links  what notes say of their thread, by note id
     * @param inBook whether a chapter id is one of the handbook's
     */
    public static List<Annotation> placed(Collection<Annotation> notes, Map<String, NoteLink> links,
                                          Predicate<String> inBook) {
        // The usual case, every note on a chapter of the handbook: one look per note, nothing made (the group view's
        // build is timed on 12,000 notes).
        if (notes.stream().allMatch(a -> inBook.test(a.chapterId()))) {
            return List.copyOf(notes);
        }
        Map<String, Annotation> byId = new HashMap<>();
        notes.forEach(a -> byId.put(a.id(), a));
        Map<String, String> found = new HashMap<>(); // note id -> the chapter it is shown in
        List<Annotation> out = new ArrayList<>(notes.size());
        for (Annotation a : notes) {
            String chapter = inBook.test(a.chapterId()) ? a.chapterId() : chapter(a, byId, links, inBook, found);
            out.add(chapter.equals(a.chapterId()) ? a : a.inChapter(chapter));
        }
        return out;
    }

    /** Stands in {@code found} for "no ancestor in the handbook": the note keeps its own chapter. */
    private static final String OWN = "";

    /** The chapter {@code a} is shown in, walking up its parents once and remembering each note's answer. */
    private static String chapter(Annotation a, Map<String, Annotation> byId, Map<String, NoteLink> links,
                                  Predicate<String> inBook, Map<String, String> found) {
        List<Annotation> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String answer = OWN;
        Annotation at = a;
        while (at != null && seen.add(at.id())) {
            String known = found.get(at.id());
            if (known != null) {
                answer = known;
                break;
            }
            if (inBook.test(at.chapterId())) {
                answer = at.chapterId();
                break;
            }
            path.add(at);
            NoteLink l = links.get(at.id());
            at = l == null ? null : l.parentId().map(byId::get).orElse(null);
        }
        for (Annotation p : path) {
            found.put(p.id(), answer);
        }
        String chapter = found.getOrDefault(a.id(), answer);
        // No ancestor in the handbook (not arrived yet, or a loop): it keeps its own chapter.
        return chapter.equals(OWN) ? a.chapterId() : chapter;
    }
}
