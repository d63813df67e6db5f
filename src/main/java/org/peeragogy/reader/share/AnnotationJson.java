package org.peeragogy.reader.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;

/** Annotations as JSON objects with the same fields the store keeps (the `notes --json` output). */
public final class AnnotationJson {
    private AnnotationJson() {
    }

    public static String write(List<Annotation> annotations) {
        return write(annotations, Map.of());
    }

    /** With {@code source}, the address an unplaced note came with, for the notes in {@code sources}. */
    public static String write(List<Annotation> annotations, Map<String, String> sources) {
        return JsonWriter.write(annotations.stream().map(a -> toMap(a, sources.get(a.id()))).toList());
    }

    /**
     * With what each note says of its conversation (issue 15), for the notes that have any: {@code parent} (the
     * note it replies to), {@code question} (true), {@code answeredBy} (the reply marked as the answer),
     * {@code votes} (how many +1s it has now) and {@code voters} (their author ids). Plain notes without votes
     * have none of these fields, as before.
     */
    public static String write(List<Annotation> annotations, Map<String, String> sources,
                               org.peeragogy.reader.store.Conversation conversation) {
        Map<String, List<String>> voters = new java.util.HashMap<>();
        conversation.votes().stream().filter(org.peeragogy.reader.book.Vote::given)
                .forEach(v -> voters.computeIfAbsent(v.noteId(), k -> new java.util.ArrayList<>()).add(v.voterId()));
        return JsonWriter.write(annotations.stream().map(a -> {
            Map<String, Object> m = toMap(a, sources.get(a.id()));
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

    static Map<String, Object> toMap(Annotation a, String source) {
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
        if (a.anchor().isPresent()) {
            TextAnchor t = a.anchor().get();
            Map<String, Object> quote = new LinkedHashMap<>();
            quote.put("exact", t.quote().exact());
            quote.put("prefix", t.quote().prefix());
            quote.put("suffix", t.quote().suffix());
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("start", t.position().start());
            position.put("end", t.position().end());
            position.put("unit", "utf-16");
            m.put("quote", quote);
            m.put("position", position);
            m.put("block", t.blockId());
            m.put("textFingerprint", t.fingerprint());
        }
        if (source != null) {
            m.put("source", source);
        }
        a.deleted().ifPresent(d -> m.put("deleted", d.toString()));
        return m;
    }
}
