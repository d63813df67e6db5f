package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.store.AuthorStore;

/**
 * W3C Web Annotation JSON-LD (decision 0008), checked by the W3C's own model tests ({@code W3cExportConformanceTest}).
 * An {@code AnnotationCollection} whose one {@code AnnotationPage} ({@code first}, {@code last}) holds the
 * annotations. Each target is a {@code SpecificResource} whose {@code source} is the chapter's public page
 * {@code https://peeragogy.github.io/<chapter-id>.html}, so that other tools can attach the note, with the
 * one selector that is true of that page: the {@code TextQuoteSelector}. What is true only of the reader's
 * own text of the chapter is kept apart in {@code peeragogy:readerTarget}, a SpecificResource of its own
 * whose source is {@code urn:peeragogy-reader:<book-identity>:<chapter-id>}: the {@code TextPositionSelector}
 * in code points of that text, a {@code FragmentSelector} with the block id of the reader's page, and the
 * text's fingerprint. Identity and id are percent-encoded path segments ({@link ChapterUris}).
 *
 * <p>Reading ({@link W3cRead}) takes this shape, the one earlier versions wrote (our URN as the target's source, positions
 * and block id among its selectors, the web page as {@code scope}), with the ids raw as the oldest wrote
 * them, and any other tool's W3C annotations (the chapter found from the source's or scope's address).
 * Our own fields are absolute IRIs with the scheme {@code peeragogy:} (colour, kind, text fingerprint,
 * last-shared base, deletion), so that JSON-LD processors keep them.
 */
final class W3cJson {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Where our own rendering of the chapter, and what is true only of it, sits in a target. */
    static final String READER_TARGET = "peeragogy:readerTarget";
    /** The software that writes the files, as a stable identity (the version is in its name). */
    static final String GENERATOR_ID = "urn:peeragogy-reader:app";
    /** Ours: {@code true} on a note only its author could read where it came from (decision 0017). */
    static final String PRIVATE = "peeragogy:private";

    private W3cJson() {
    }

    /**
     * What a W3C file says of its people and its text beyond the notes themselves.
     *
     * @param people   the authors by id, for their nicknames (a creator's id and name are on each note)
     * @param language the handbook's language (BCP 47), when known; given to every text body
     * @param privates ids of the notes marked private that the reader chose to export: each says so
     */
    record Facts(Map<String, AuthorStore.Person> people, Optional<String> language, Set<String> privates) {
        /** Nothing beyond the notes: no nicknames, no language, no private notes. */
        static final Facts NONE = new Facts(Map.of(), Optional.empty(), Set.of());
    }

    static String write(Book book, List<Annotation> notes, Map<String, Instant> bases, Chapters chapters,
                        String appVersion, Instant now, Facts facts) {
        return write(book, notes, bases, Map.of(), chapters, appVersion, now, facts);
    }

    /** @param sources the address each unplaced note came with, by id: its target's source */
    static String write(Book book, List<Annotation> notes, Map<String, Instant> bases, Map<String, String> sources,
                        Chapters chapters, String appVersion, Instant now, Facts facts) {
        return write(book, notes, bases, sources, chapters, appVersion, now, facts,
                org.peeragogy.reader.store.Conversation.NONE);
    }

    /**
     * As above, with the notes' replies and questions marked and each vote an annotation of its own after the
     * notes ({@link W3cConversation}).
     */
    static String write(Book book, List<Annotation> notes, Map<String, Instant> bases, Map<String, String> sources,
                        Chapters chapters, String appVersion, Instant now, Facts facts,
                        org.peeragogy.reader.store.Conversation conv) {
        String collectionId = "urn:uuid:" + UUID.randomUUID();
        String pageId = "urn:uuid:" + UUID.randomUUID();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", CONTEXT);
        root.put("id", collectionId);
        root.put("type", "AnnotationCollection");
        root.put("label", "Notes on " + book.title());
        Map<String, Object> generator = generator(appVersion);
        root.put("generator", generator);
        root.put("generated", now.toString());
        root.put("peeragogy:book", book.identity());
        root.put("peeragogy:bookFingerprint", book.fingerprint());
        root.put("total", notes.size() + conv.votes().size());
        List<Object> items = new ArrayList<>();
        Map<String, Optional<String>> texts = new HashMap<>();
        for (Annotation a : notes) {
            Map<String, Object> item = item(a, bases.get(a.id()), sources.get(a.id()),
                    texts.computeIfAbsent(a.chapterId(), chapters::text), facts);
            item.put("generator", generator); // each annotation, served alone, still says what wrote it
            W3cConversation.mark(item, conv.links().get(a.id()));
            items.add(item);
        }
        for (org.peeragogy.reader.book.Vote v : conv.votes()) {
            items.add(W3cConversation.voteItem(v, facts.people(), generator));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", pageId);
        page.put("type", "AnnotationPage");
        // The collection as an object with its id: the W3C tests take a partOf that is only an address
        // for an object and fail it (decision 0008).
        page.put("partOf", new LinkedHashMap<>(Map.of("id", collectionId)));
        page.put("startIndex", 0);
        page.put("items", items);
        root.put("first", page);
        root.put("last", pageId);
        return JsonWriter.write(root);
    }

    private static Map<String, Object> generator(String appVersion) {
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("id", GENERATOR_ID);
        generator.put("type", "Software");
        generator.put("name", "Peeragogy Reader " + appVersion);
        return generator;
    }

    private static Map<String, Object> item(Annotation a, Instant base, String source, Optional<String> text, Facts facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "urn:uuid:" + a.id());
        m.put("type", "Annotation");
        m.put("motivation", switch (a.kind()) {
            case HIGHLIGHT -> a.note().isEmpty() ? "highlighting" : "commenting";
            case CHAPTER_NOTE -> "commenting";
            case BOOKMARK -> "bookmarking";
        });
        Map<String, Object> creator = new LinkedHashMap<>();
        // An id made from a name names no one (two people called Ana share it): left out (decision 0017).
        if (!AuthorIds.isNameOnly(a.authorId())) {
            creator.put("id", a.authorId());
        }
        creator.put("type", "Person");
        creator.put("name", a.author());
        AuthorStore.Person p = facts.people().get(a.authorId());
        if (p != null && !p.nickname().isEmpty()) {
            creator.put("nickname", p.nickname());
        }
        m.put("creator", creator);
        m.put("created", a.created().toString());
        m.put("modified", a.updated().toString());
        m.put("peeragogy:kind", a.kind().code());
        m.put("peeragogy:colour", a.colour().code());
        if (base != null) {
            m.put("peeragogy:base", base.toString());
        }
        a.deleted().ifPresent(d -> m.put("peeragogy:deleted", d.toString()));
        if (facts.privates().contains(a.id())) {
            m.put(PRIVATE, true);
        }
        List<Object> body = new ArrayList<>();
        if (!a.note().isEmpty()) {
            body.add(textBody(a.note(), "commenting", facts));
        }
        for (String t : a.tags()) {
            body.add(textBody(t, "tagging", facts));
        }
        if (!body.isEmpty()) {
            m.put("body", body);
        }
        m.put("target", target(a, source, text));
        return m;
    }

    private static Map<String, Object> textBody(String value, String purpose, Facts facts) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "TextualBody");
        b.put("value", value);
        b.put("format", "text/plain");
        facts.language().ifPresent(l -> b.put("language", l));
        b.put("purpose", purpose);
        return b;
    }

    private static Map<String, Object> target(Annotation a, String source, Optional<String> text) {
        Map<String, Object> target = new LinkedHashMap<>();
        Map<String, Object> reader = new LinkedHashMap<>();
        target.put("type", "SpecificResource");
        reader.put("type", "SpecificResource");
        String ours = ChapterUris.urn(a.book(), a.chapterId());
        // A note whose address named no chapter has no page of the handbook: its source is the address it
        // came with (so it keeps it through every export and re-import), else our address.
        boolean unplaced = a.chapterId().equals(NoteCheck.UNPLACED_CHAPTER);
        target.put("source", !unplaced ? ChapterUris.webPage(a.chapterId()) : source != null ? source : ours);
        reader.put("source", ours);
        if (a.anchor().isPresent()) {
            TextAnchor t = a.anchor().get();
            Map<String, Object> quote = new LinkedHashMap<>();
            quote.put("type", "TextQuoteSelector");
            quote.put("exact", t.quote().exact());
            quote.put("prefix", t.quote().prefix());
            quote.put("suffix", t.quote().suffix());
            target.put("selector", quote);
            List<Object> selectors = new ArrayList<>();
            TextPositionSelector p = t.position();
            if (text.isPresent() && p.end() <= text.get().length()) {
                p = p.inCodePoints(text.get());
                selectors.add(Map.of("type", "TextPositionSelector", "start", p.start(), "end", p.end()));
            }
            if (!t.blockId().isEmpty()) {
                selectors.add(Map.of("type", "FragmentSelector", "conformsTo", "http://tools.ietf.org/rfc/rfc3986",
                        "value", t.blockId()));
            }
            if (!selectors.isEmpty()) {
                reader.put("selector", selectors);
            }
            reader.put("peeragogy:textFingerprint", t.fingerprint());
        }
        target.put(READER_TARGET, reader);
        return target;
    }

    // ---------------------------------------------------------------- reading

    /** Code-point positions to our UTF-16 ones, with the chapter's current text when we have it. */
    static TextPositionSelector utf16(Chapters chapters, String chapter, String book, Long start, Long end) {
        if (start == null) {
            return new TextPositionSelector(0, 0);
        }
        Optional<String> text = book.equals(chapters.book().identity()) ? chapters.text(chapter) : Optional.empty();
        if (text.isPresent() && chapters.positionsAreCodePoints(chapter)) {
            return new TextPositionSelector(start.intValue(), end.intValue()); // the same in both counts
        }
        if (text.isPresent() && end <= text.get().codePointCount(0, text.get().length())) {
            return TextPositionSelector.fromCodePoints(text.get(), start.intValue(), end.intValue());
        }
        return new TextPositionSelector(start.intValue(), end.intValue());
    }

    static List<?> list(Object o) {
        return o == null ? List.of() : o instanceof List<?> l ? l : List.of(o);
    }

    static String str(Map<?, ?> m, String key, Reason where) throws ShareException {
        if (!(m.get(key) instanceof String s)) {
            throw NoteCheck.bad(where, Reason.of(ImportReason.NO_TEXT, key));
        }
        return s;
    }
}
