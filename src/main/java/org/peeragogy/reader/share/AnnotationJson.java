package org.peeragogy.reader.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;

/**
 * Annotations as JSON objects with every field the reader keeps (the {@code notes --json} output): the note's
 * own fields, and what the sharing tables say of it: {@code private} (true or false), {@code conflictOf} (the
 * id of the note it is a second version of, when it is a conflict copy kept from a file), {@code claimedFrom}
 * (the file a new note came from that said it was the reader's, until the reader saves it: decision 0032),
 * {@code source} (the address an unplaced note came with). {@code position} is null when the note's position is not known (0–0,
 * as for a note from another tool that gave none), {@code block} null when it names no block.
 */
public final class AnnotationJson {
    private AnnotationJson() {
    }

    /**
     * What the sharing tables say of notes, by note id: {@code sources} (unplaced notes' addresses),
     * {@code privates} (notes marked private), {@code conflictOf} (a conflict copy's id to its original's),
     * {@code claimedFrom} (a note a file said was the reader's to that file's name).
     */
    public record Facts(Map<String, String> sources, Set<String> privates, Map<String, String> conflictOf,
                        Map<String, String> claimedFrom) {
        public static final Facts NONE = new Facts(Map.of(), Set.of(), Map.of(), Map.of());

        public Facts {
            sources = Map.copyOf(sources);
            privates = Set.copyOf(privates);
            conflictOf = Map.copyOf(conflictOf);
            claimedFrom = Map.copyOf(claimedFrom);
        }
    }

    public static String write(List<Annotation> annotations) {
        return write(annotations, Facts.NONE);
    }

    /** The notes with what {@code facts} says of each. */
    public static String write(List<Annotation> annotations, Facts facts) {
        return JsonWriter.write(annotations.stream().map(a -> toMap(a, facts)).toList());
    }

    /**
     * With what {@code facts} says of each note, and what each note says of its conversation (issue 15), for
     * the notes that have any: {@code parent} (the note it replies to), {@code question} (true),
     * {@code answeredBy} (the reply marked as the answer), {@code votes} (how many +1s it has now) and
     * {@code voters} (their author ids). Plain notes without votes have none of these fields, as before.
     */
    public static String write(List<Annotation> annotations, Facts facts,
                               org.peeragogy.reader.store.Conversation conversation) {
        Map<String, List<String>> voters = new java.util.HashMap<>();
        conversation.votes().stream().filter(org.peeragogy.reader.book.Vote::given)
                .forEach(v -> voters.computeIfAbsent(v.noteId(), k -> new java.util.ArrayList<>()).add(v.voterId()));
        return JsonWriter.write(annotations.stream().map(a -> {
            Map<String, Object> m = toMap(a, facts);
            org.peeragogy.reader.book.NoteLink l = conversation.links().get(a.id());
            if (l != null) {
                l.parentId().ifPresent(p -> m.put("parent", p));
                if (l.question()) {
                    m.put("question", true);
                    l.answeredBy().ifPresent(r -> m.put("answeredBy", r));
                }
            }
            List<String> v = voters.get(a.id());
            if (v != null) {
                m.put("votes", v.size());
                m.put("voters", v);
            }
            return m;
        }).toList());
    }

    static Map<String, Object> toMap(Annotation a, Facts facts) {
        String source = facts.sources().get(a.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("book", a.book());
        m.put("chapter", a.chapterId());
        m.put("kind", a.kind().code());
        m.put("colour", a.colour().code());
        m.put("note", a.note());
        m.put("tags", a.tags());
        m.put("author", a.author());
        m.put("authorId", a.authorId());
        m.put("created", a.created().toString());
        m.put("updated", a.updated().toString());
        m.put("private", facts.privates().contains(a.id()));
        m.put("conflictOf", facts.conflictOf().get(a.id()));
        m.put("claimedFrom", facts.claimedFrom().get(a.id()));
        if (a.anchor().isPresent()) {
            TextAnchor t = a.anchor().get();
            Map<String, Object> quote = new LinkedHashMap<>();
            quote.put("exact", t.quote().exact());
            quote.put("prefix", t.quote().prefix());
            quote.put("suffix", t.quote().suffix());
            m.put("quote", quote);
            if (t.position().end() > t.position().start()) {
                Map<String, Object> position = new LinkedHashMap<>();
                position.put("start", t.position().start());
                position.put("end", t.position().end());
                position.put("unit", "utf-16");
                m.put("position", position);
            } else {
                m.put("position", null); // not known: the file it came from gave none
            }
            m.put("block", t.blockId().isEmpty() ? null : t.blockId());
            m.put("textFingerprint", t.fingerprint());
        }
        if (source != null) {
            m.put("source", source);
        }
        a.deleted().ifPresent(d -> m.put("deleted", d.toString()));
        return m;
    }
}
