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
