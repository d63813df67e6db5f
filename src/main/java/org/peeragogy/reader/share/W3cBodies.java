package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;

/**
 * What an annotation's bodies say, as the reader keeps it: the note (text bodies, {@code bodyValue},
 * HTML as its text, bodies that are an address as that address), the tags ({@code purpose: tagging}, as
 * text or as an IRI, whose last part is the tag) and a colour (a body for {@code highlighting} or
 * {@code classifying} naming one). A {@code Choice} keeps its first item; the others, and bodies by
 * another creator than the annotation's, are listed as not kept.
 */
record W3cBodies(String note, List<Object> tags, Optional<Annotation.Colour> colour) {

    static W3cBodies read(Map<?, ?> m, String author, Reason where, List<Reason> lost) throws ShareException {
        StringBuilder note = new StringBuilder();
        List<Object> tags = new ArrayList<>();
        Annotation.Colour[] colour = new Annotation.Colour[1];
        if (m.get("bodyValue") instanceof String v) {
            append(note, v);
        }
        boolean tagging = W3cJson.list(m.get("motivation")).contains("tagging");
        for (Object b : W3cJson.list(m.get("body"))) {
            body(b, note, tags, colour, tagging, author, where, lost);
        }
        return new W3cBodies(note.toString(), tags, Optional.ofNullable(colour[0]));
    }

    private static void body(Object b, StringBuilder note, List<Object> tags, Annotation.Colour[] colour,
                             boolean tagging, String author, Reason where, List<Reason> lost) throws ShareException {
        if (b instanceof String iri) {
            if (tagging) {
                tags.add(tagName(iri));
            } else {
                append(note, iri); // a body that is a resource: its address, as text
            }
            return;
        }
        if (!(b instanceof Map<?, ?> body)) {
            throw NoteCheck.bad(where, ImportReason.BODY_NOT_OBJECT);
        }
        if (W3cRead.isType(body, "Choice")) {
            List<?> items = W3cJson.list(body.get("items"));
            if (!items.isEmpty()) {
                body(items.get(0), note, tags, colour, tagging, author, where, lost);
            }
            if (items.size() > 1) {
                lost.add(items.size() > 2 ? Reason.of(ImportReason.OTHER_CHOICES, items.size() - 1)
                        : Reason.of(ImportReason.OTHER_CHOICE));
            }
            return;
        }
        if (body.containsKey("creator")) {
            String named = AuthorNames.shorten(W3cRead.agentName(body.get("creator")));
            String by = named.isEmpty() ? "unknown" : named;
            if (!by.equals(author)) {
                lost.add(Reason.of(ImportReason.BODY_AUTHOR, by, author));
            }
        }
        List<?> purposes = W3cJson.list(body.get("purpose"));
        Object source = body.get("source") instanceof Map<?, ?> sm ? sm.get("id") : body.get("source");
        String iri = source instanceof String s ? s : body.get("id") instanceof String s ? s : null;
        String value = body.get("value") instanceof String v ? v : null;
        if (value != null && "text/html".equals(body.get("format"))) {
            value = HtmlText.of(value);
        }
        if (purposes.contains("tagging") || tagging && purposes.isEmpty()) {
            if (value != null) {
                tags.add(value);
            } else if (iri != null) {
                tags.add(tagName(iri));
            }
            return;
        }
        if (purposes.contains("highlighting") || purposes.contains("classifying")) {
            Optional<Annotation.Colour> named = W3cRead.colourIn(value != null ? value : iri != null ? iri : "");
            if (named.isPresent() && colour[0] == null) {
                colour[0] = named.get();
                return;
            }
        }
        if (value != null) {
            append(note, value);
        } else if (iri != null) {
            append(note, iri);
        }
    }

    private static void append(StringBuilder note, String text) {
        if (!text.isEmpty()) {
            note.append(note.length() == 0 ? "" : "\n\n").append(text);
        }
    }

    /** The tag an IRI names: its fragment or last path segment, decoded ("http://ex.org/tags/peer%20learning"). */
    static String tagName(String iri) {
        String s = iri;
        int hash = s.lastIndexOf('#');
        if (hash >= 0 && hash < s.length() - 1) {
            s = s.substring(hash + 1);
        } else {
            s = s.replaceAll("[?#].*$", "").replaceAll("/+$", "");
            int slash = s.lastIndexOf('/');
            s = slash >= 0 ? s.substring(slash + 1) : s;
        }
        String decoded = ChapterUris.decodeSegment(s).orElse(s);
        return decoded.isEmpty() ? iri : decoded;
    }
}
