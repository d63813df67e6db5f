package org.peeragogy.reader.share;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.store.ShareStore;

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
 * <p>Reading takes this shape, the one earlier versions wrote (our URN as the target's source, positions
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
    /** Longest address of ours read: a handbook identity and a chapter id, every character encoded. */
    private static final int MAX_URN = 8_192;

    private W3cJson() {
    }

    /**
     * What a W3C file says of its people and its text beyond the notes themselves.
     *
     * @param authorId  a stable identity (an IRI) for an author's name, when the profile knows one
     * @param language  the handbook's language (BCP 47), when known; given to every text body
     */
    record Facts(Function<String, Optional<String>> authorId, Optional<String> language) {
        /** What the store can tell today: no author ids, no language. */
        static final Facts NONE = new Facts(name -> Optional.empty(), Optional.empty());
    }

    static String write(Book book, List<Annotation> notes, Map<String, Instant> bases, Chapters chapters,
                        String appVersion, Instant now, Facts facts) {
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
        root.put("total", notes.size());
        List<Object> items = new ArrayList<>();
        Map<String, Optional<String>> texts = new HashMap<>();
        for (Annotation a : notes) {
            Map<String, Object> item = item(a, bases.get(a.id()), texts.computeIfAbsent(a.chapterId(), chapters::text), facts);
            item.put("generator", generator); // each annotation, served alone, still says what wrote it
            items.add(item);
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

    private static Map<String, Object> item(Annotation a, Instant base, Optional<String> text, Facts facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "urn:uuid:" + a.id());
        m.put("type", "Annotation");
        m.put("motivation", switch (a.kind()) {
            case HIGHLIGHT -> a.note().isEmpty() ? "highlighting" : "commenting";
            case CHAPTER_NOTE -> "commenting";
            case BOOKMARK -> "bookmarking";
        });
        Map<String, Object> creator = new LinkedHashMap<>();
        facts.authorId().apply(a.author()).ifPresent(id -> creator.put("id", id));
        creator.put("type", "Person");
        creator.put("name", a.author());
        m.put("creator", creator);
        m.put("created", a.created().toString());
        m.put("modified", a.updated().toString());
        m.put("peeragogy:kind", a.kind().code());
        m.put("peeragogy:colour", a.colour().code());
        if (base != null) {
            m.put("peeragogy:base", base.toString());
        }
        a.deleted().ifPresent(d -> m.put("peeragogy:deleted", d.toString()));
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
        m.put("target", target(a, text));
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

    private static Map<String, Object> target(Annotation a, Optional<String> text) {
        Map<String, Object> target = new LinkedHashMap<>();
        Map<String, Object> reader = new LinkedHashMap<>();
        target.put("type", "SpecificResource");
        reader.put("type", "SpecificResource");
        String ours = ChapterUris.urn(a.book(), a.chapterId());
        // A note whose address named no chapter has no page of the handbook; our address is all there is.
        target.put("source", a.chapterId().equals(NoteCheck.UNPLACED_CHAPTER) ? ours : ChapterUris.webPage(a.chapterId()));
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

    static ImportFile read(Map<String, Object> root, Chapters chapters) throws ShareException {
        Object ctx = root.get("@context");
        if (!(CONTEXT.equals(ctx) || ctx instanceof List<?> l && l.contains(CONTEXT))) {
            throw NoteCheck.bad("the JSON", "is not a W3C Web Annotation file (no @context " + CONTEXT + ")");
        }
        List<?> items;
        Object type = root.get("type");
        if ("AnnotationCollection".equals(type)) {
            Object first = root.get("first");
            if (!(first instanceof Map<?, ?> page) || !(page.get("items") instanceof List<?> l)) {
                throw NoteCheck.bad("the collection", "has no first page of items");
            }
            items = l;
        } else if ("AnnotationPage".equals(type) && root.get("items") instanceof List<?> l) {
            items = l;
        } else if ("Annotation".equals(type)) {
            items = List.of(root);
        } else {
            throw NoteCheck.bad("the JSON", "is neither an AnnotationCollection, an AnnotationPage nor an Annotation");
        }
        NoteCheck.limitCount(items.size());
        String book = root.get("peeragogy:book") instanceof String s ? s : chapters.book().identity();
        List<ShareStore.Incoming> notes = new ArrayList<>();
        List<ImportFile.Skipped> skipped = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            if (!(items.get(n) instanceof Map<?, ?> item)) {
                throw NoteCheck.bad("item " + (n + 1), "is not an object");
            }
            String where = "annotation " + (n + 1);
            try {
                notes.add(item(item, where, book, chapters));
            } catch (NoteCheck.Skip s) {
                skipped.add(new ImportFile.Skipped(where, s.getMessage()));
            }
        }
        NoteCheck.uniqueIds(notes);
        return new ImportFile("w3c", book, notes, Map.of(), Map.of(), skipped, List.of());
    }

    private static ShareStore.Incoming item(Map<?, ?> m, String where, String defaultBook, Chapters chapters)
            throws ShareException, NoteCheck.Skip {
        if (!"Annotation".equals(m.get("type"))) {
            throw NoteCheck.bad(where, "is not of type Annotation");
        }
        String rawId = str(m, "id", where);
        String id = rawId.startsWith("urn:uuid:") ? NoteCheck.uuid(rawId.substring(9), where)
                : NoteCheck.derivedId("w3c", rawId, where);
        Object creator = m.get("creator");
        String author = NoteCheck.author(creator instanceof Map<?, ?> cm && cm.get("name") instanceof String s ? s
                : creator instanceof String s ? s : "", where);
        Instant created = NoteCheck.time(m.get("created"), "created", where);
        Instant updated = m.containsKey("modified") ? NoteCheck.time(m.get("modified"), "modified", where) : created;
        Optional<Instant> deleted = m.containsKey("peeragogy:deleted")
                ? Optional.of(NoteCheck.time(m.get("peeragogy:deleted"), "deleted", where)) : Optional.empty();
        Optional<Instant> base = m.containsKey("peeragogy:base")
                ? Optional.of(NoteCheck.time(m.get("peeragogy:base"), "last shared", where)) : Optional.empty();
        Annotation.Colour colour = m.get("peeragogy:colour") instanceof String c
                ? Annotation.Colour.ofCode(c).orElseThrow(() -> NoteCheck.bad(where, "has an unknown colour"))
                : Annotation.Colour.YELLOW;
        StringBuilder note = new StringBuilder();
        List<Object> tags = new ArrayList<>();
        for (Object b : list(m.get("body"))) {
            if (!(b instanceof Map<?, ?> body)) {
                throw NoteCheck.bad(where, "has a body that is not an object");
            }
            if (!(body.get("value") instanceof String value)) {
                continue;
            }
            if ("tagging".equals(body.get("purpose"))) {
                tags.add(value);
            } else {
                note.append(note.length() == 0 ? "" : "\n\n").append(value);
            }
        }
        List<?> targets = list(m.get("target"));
        if (targets.isEmpty()) {
            throw NoteCheck.bad(where, "has no target");
        }
        Object t0 = targets.get(0);
        Map<?, ?> target = t0 instanceof Map<?, ?> tm ? tm : Map.of("source", t0);
        String book = defaultBook;
        String chapter = null;
        Optional<String> sourceUri = Optional.empty();
        // Ours: the reader's own address of the chapter, in readerTarget (this version) or as the
        // target's source (earlier versions); else the public page another tool names.
        Map<?, ?> reader = target.get(READER_TARGET) instanceof Map<?, ?> r ? r : Map.of();
        String source = reader.get("source") instanceof String s && s.startsWith(ChapterUris.URN) ? s
                : target.get("source") instanceof String s ? s : "";
        if (source.startsWith(ChapterUris.URN)) {
            NoteCheck.text(source, MAX_URN, "address", where);
            Optional<ChapterUris.Named> named = ChapterUris.fromUrn(source, chapters.book());
            if (named.isPresent()) {
                book = NoteCheck.text(named.get().book(), 200, "handbook name", where);
                chapter = named.get().chapter();
            }
            if (!NoteCheck.isChapterId(chapter)) {
                sourceUri = Optional.of(source); // kept, as for addresses that name no chapter
            }
        } else {
            String scope = target.get("scope") instanceof String s ? s : "";
            chapter = chapters.chapterFor(source).or(() -> chapters.chapterFor(scope)).orElse(null);
            if (chapter == null) {
                sourceUri = Optional.of(NoteCheck.text(source, 2000, "address", where));
            }
        }
        if (chapter == null || !NoteCheck.isChapterId(chapter)) {
            chapter = NoteCheck.UNPLACED_CHAPTER;
        }
        String exact = null;
        String prefix = "";
        String suffix = "";
        Long start = null;
        Long end = null;
        String block = "";
        List<Object> selectors = new ArrayList<>(list(target.get("selector")));
        selectors.addAll(list(reader.get("selector")));
        for (Object s : selectors) {
            if (!(s instanceof Map<?, ?> sel)) {
                throw NoteCheck.bad(where, "has a selector that is not an object");
            }
            Object st = sel.get("type");
            if ("TextQuoteSelector".equals(st)) {
                exact = NoteCheck.content(str(sel, "exact", where), NoteCheck.MAX_QUOTE, "quote", where);
                prefix = NoteCheck.content(sel.get("prefix") instanceof String p ? p : "", NoteCheck.MAX_CONTEXT, "quote context", where);
                suffix = NoteCheck.content(sel.get("suffix") instanceof String p ? p : "", NoteCheck.MAX_CONTEXT, "quote context", where);
            } else if ("TextPositionSelector".equals(st)) {
                if (!(sel.get("start") instanceof Long a) || !(sel.get("end") instanceof Long b) || a < 0 || b < a
                        || b > 50_000_000) {
                    throw NoteCheck.bad(where, "has an impossible text position");
                }
                start = a;
                end = b;
            } else if ("FragmentSelector".equals(st) && sel.get("value") instanceof String v) {
                block = NoteCheck.text(v, 200, "block id", where);
            }
        }
        Object print = reader.containsKey("peeragogy:textFingerprint") ? reader.get("peeragogy:textFingerprint")
                : target.get("peeragogy:textFingerprint");
        String fingerprint = print instanceof String f
                ? NoteCheck.text(f, 200, "fingerprint", where) : "";
        Optional<TextAnchor> anchor = Optional.empty();
        if (exact != null && deleted.isEmpty()) {
            anchor = Optional.of(new TextAnchor(new TextQuoteSelector(exact, prefix, suffix),
                    utf16(chapters, chapter, book, start, end), block, fingerprint));
        }
        Annotation.Kind kind = m.get("peeragogy:kind") instanceof String k ? kind(k, where)
                : anchor.isPresent() ? Annotation.Kind.HIGHLIGHT : Annotation.Kind.CHAPTER_NOTE;
        Annotation a = new Annotation(id, book, chapter, kind, colour,
                deleted.isPresent() ? "" : NoteCheck.content(note.toString(), NoteCheck.MAX_NOTE, "note", where),
                deleted.isPresent() ? List.of() : NoteCheck.tags(tags, where), author, created, updated, anchor, deleted);
        return new ShareStore.Incoming(a, base, sourceUri);
    }

    /** Code-point positions to our UTF-16 ones, with the chapter's current text when we have it. */
    static TextPositionSelector utf16(Chapters chapters, String chapter, String book, Long start, Long end) {
        if (start == null) {
            return new TextPositionSelector(0, 0);
        }
        Optional<String> text = book.equals(chapters.book().identity()) ? chapters.text(chapter) : Optional.empty();
        if (text.isPresent() && end <= text.get().codePointCount(0, text.get().length())) {
            return TextPositionSelector.fromCodePoints(text.get(), start.intValue(), end.intValue());
        }
        return new TextPositionSelector(start.intValue(), end.intValue());
    }

    private static Annotation.Kind kind(String k, String where) throws ShareException {
        try {
            return Annotation.Kind.ofCode(k);
        } catch (IllegalArgumentException e) {
            throw NoteCheck.bad(where, "has an unknown kind");
        }
    }

    static List<?> list(Object o) {
        return o == null ? List.of() : o instanceof List<?> l ? l : List.of(o);
    }

    static String str(Map<?, ?> m, String key, String where) throws ShareException {
        if (!(m.get(key) instanceof String s)) {
            throw NoteCheck.bad(where, "has no text \"" + key + "\"");
        }
        return s;
    }
}
