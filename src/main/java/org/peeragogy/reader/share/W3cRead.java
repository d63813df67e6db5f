package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.store.MergeRecords;

/**
 * Reads W3C Web Annotations (decision 0008): ours and any other tool's. The shapes the model allows are
 * read, not refused: a collection, a page, one annotation, a top-level array or any set whose items are
 * annotations; {@code @context} as a string or array, http or https; {@code type} and {@code motivation}
 * as arrays; no {@code created}; a body that is an IRI, {@code bodyValue}, {@code Choice} bodies (the
 * first choice kept), HTML bodies (kept as their text, never as markup), tags as text or as an IRI
 * ({@code purpose: tagging}), a colour as a target's {@code styleClass} or a body naming one; selectors
 * inside {@code refinedBy}; every target (a note each). What cannot be kept is listed as "not kept".
 * Text over the reader's limits skips the item ({@link NoteCheck.Skip}), never the file.
 */
final class W3cRead {
    static final Set<String> CONTEXTS = Set.of(W3cJson.CONTEXT, "https://www.w3.org/ns/anno.jsonld");
    private static final int MAX_URN = 8_192;

    private W3cRead() {
    }

    /** {@code root} is the file's JSON: an object with a W3C {@code @context}, or an array of annotations. */
    static ImportFile read(Object root, Chapters chapters) throws ShareException {
        List<?> items;
        Map<?, ?> top = root instanceof Map<?, ?> m ? m : Map.of();
        if (root instanceof List<?> l) {
            items = l;
        } else {
            if (!isW3cContext(top.get("@context"))) {
                throw NoteCheck.bad(Reason.of(ImportReason.WHERE_JSON), Reason.of(ImportReason.NOT_W3C, W3cJson.CONTEXT));
            }
            if (isType(top, "AnnotationCollection") && top.containsKey("first")) {
                if (!(top.get("first") instanceof Map<?, ?> page) || !(page.get("items") instanceof List<?> l)) {
                    throw NoteCheck.bad(Reason.of(ImportReason.WHERE_COLLECTION), ImportReason.NO_FIRST_PAGE);
                }
                items = l;
            } else if (isType(top, "Annotation")) {
                items = List.of(top);
            } else if (top.get("items") instanceof List<?> l) {
                items = l; // a page, or any set whose items are annotations
            } else {
                throw NoteCheck.bad(Reason.of(ImportReason.WHERE_JSON), ImportReason.NOT_A_COLLECTION);
            }
        }
        NoteCheck.limitCount(items.size());
        String book = top.get("peeragogy:book") instanceof String s ? s : chapters.book().identity();
        Instant undated = top.get("generated") instanceof String g ? NoteCheck.time(g, ImportReason.TIME_GENERATED, Reason.of(ImportReason.WHERE_FILE))
                : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<MergeRecords.Incoming> notes = new ArrayList<>();
        List<ImportFile.Skipped> skipped = new ArrayList<>();
        List<Reason> notKept = new ArrayList<>();
        Map<String, AuthorStore.Person> people = new HashMap<>();
        Set<Reason> said = new LinkedHashSet<>(); // said once for the whole file: names shortened, one id two names
        Map<String, org.peeragogy.reader.book.NoteLink> links = new HashMap<>();
        List<org.peeragogy.reader.book.Vote> votes = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>(); // what a reply's or a vote's target may name
        for (Object o : items) {
            if (o instanceof Map<?, ?> im && im.get("id") instanceof String id) {
                ids.add(id);
            }
        }
        List<Reason> labels = new ArrayList<>(); // each note's item, by place and the file's own id
        for (int n = 0; n < items.size(); n++) {
            if (!(items.get(n) instanceof Map<?, ?> item)) {
                skipped.add(new ImportFile.Skipped(NoteCheck.where(ImportReason.WHERE_ITEM, n + 1),
                        NoteCheck.skippedBecause(Reason.of(ImportReason.IS_NOT_AN_OBJECT))));
                continue;
            }
            Reason where = NoteCheck.where(ImportReason.WHERE_ANNOTATION, n + 1);
            Reason label = NoteCheck.label(where, item.get("id"));
            List<Reason> lost = new ArrayList<>();
            try {
                if (W3cConversation.isVote(item, ids) && isType(item, "Annotation")) {
                    votes.add(W3cConversation.vote(item, where, book, people, lost, ids, said));
                    lost.forEach(l -> notKept.add(Reason.of(ImportReason.LABELLED, label, l)));
                    continue;
                }
                List<MergeRecords.Incoming> made = item(item, where, book, undated, chapters, lost, people, said);
                notes.addAll(made);
                made.forEach(r -> labels.add(label));
                W3cConversation.link(item, made.get(0).annotation().id(), where, ids)
                        .ifPresent(l -> links.put(l.noteId(), l));
                lost.forEach(l -> notKept.add(Reason.of(ImportReason.LABELLED, label, l)));
            } catch (NoteCheck.Skip s) {
                skipped.add(new ImportFile.Skipped(label, s.reason()));
            } catch (ShareException e) {
                skipped.add(NoteCheck.skipped(label, e)); // one bad value skips its item (decision 0028)
            }
        }
        notes = NoteCheck.uniqueIds(notes, labels, notKept);
        notKept.addAll(said);
        return new ImportFile("w3c", book, notes, people, Map.of(), skipped, notKept,
                top.containsKey("generated") ? Optional.of(undated) : Optional.empty(),
                new org.peeragogy.reader.store.Conversation(links, W3cConversation.latest(votes)));
    }

    static boolean isW3cContext(Object ctx) {
        return ctx instanceof String s && CONTEXTS.contains(s)
                || ctx instanceof List<?> l && l.stream().anyMatch(CONTEXTS::contains);
    }

    /** Whether the array's items look like W3C annotations (else they may be Hypothesis rows). */
    static boolean looksLikeW3c(List<?> items) {
        return !items.isEmpty() && items.get(0) instanceof Map<?, ?> m
                && (isType(m, "Annotation") || m.containsKey("@context"));
    }

    static boolean isType(Map<?, ?> m, String type) {
        return W3cJson.list(m.get("type")).contains(type);
    }

    private static List<MergeRecords.Incoming> item(Map<?, ?> m, Reason where, String defaultBook, Instant undated,
                                                  Chapters chapters, List<Reason> lost,
                                                  Map<String, AuthorStore.Person> people, Set<Reason> said)
            throws ShareException, NoteCheck.Skip {
        if (!isType(m, "Annotation")) {
            throw NoteCheck.bad(where, ImportReason.NOT_AN_ANNOTATION);
        }
        String rawId = W3cJson.str(m, "id", where);
        String id = rawId.startsWith("urn:uuid:") ? NoteCheck.uuid(rawId.substring(9), where)
                : NoteCheck.derivedId("w3c", rawId, where);
        AuthorStore.Person creator = creator(m.get("creator"), lost, said);
        AuthorStore.Person known = people.putIfAbsent(creator.id(), creator);
        if (known != null && !known.name().equals(creator.name())) {
            // One person, two names in one file: the first is kept (a layer has one name), and the preview says so.
            said.add(NoteCheck.twoNames(creator.id(), creator.name(), known.name()));
            creator = known;
        }
        String author = creator.name();
        // created and modified are SHOULDs of the model: one that is not a time is dropped and said, as if absent.
        Instant modified = optionalTime(m, "modified", ImportReason.TIME_MODIFIED, where, lost);
        Instant created = optionalTime(m, "created", ImportReason.TIME_CREATED, where, lost);
        created = created != null ? created : modified != null ? modified : undated;
        Instant updated = modified != null ? modified : created;
        Optional<Instant> deleted = m.containsKey("peeragogy:deleted")
                ? Optional.of(NoteCheck.time(m.get("peeragogy:deleted"), ImportReason.TIME_DELETED, where)) : Optional.empty();
        Optional<Instant> base = m.containsKey("peeragogy:base")
                ? Optional.of(NoteCheck.time(m.get("peeragogy:base"), ImportReason.TIME_LAST_SHARED, where)) : Optional.empty();
        Optional<Annotation.Colour> colour = Optional.empty();
        if (m.get("peeragogy:colour") instanceof String c) {
            colour = Annotation.Colour.ofCode(c);
            if (colour.isEmpty()) {
                lost.add(NoteCheck.unknownColour(c)); // a newer reader's colour, or a typing error
                colour = Optional.of(Annotation.Colour.YELLOW);
            }
        }
        W3cBodies bodies = W3cBodies.read(m, author, where, lost);
        if (colour.isEmpty()) {
            colour = bodies.colour();
        }
        List<?> targets = W3cJson.list(m.get("target"));
        if (targets.isEmpty()) {
            throw NoteCheck.bad(where, ImportReason.NO_TARGET);
        }
        List<MergeRecords.Incoming> out = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            Object t = targets.get(k);
            Map<?, ?> target = t instanceof Map<?, ?> tm ? tm : Map.of("source", t);
            // Every target is kept, each as a note of its own; the first keeps the annotation's id.
            String noteId = k == 0 ? id : NoteCheck.derivedId("w3c-target", rawId + "#" + (k + 1), where);
            Optional<Annotation.Colour> styled = colour.isPresent() ? colour : styleColour(target);
            out.add(target(target, noteId, where, defaultBook, chapters, m, creator, created, updated, deleted, base,
                    styled.orElse(Annotation.Colour.YELLOW), bodies, lost));
        }
        return out;
    }

    private static MergeRecords.Incoming target(Map<?, ?> target, String id, Reason where, String defaultBook,
                                              Chapters chapters, Map<?, ?> m, AuthorStore.Person author, Instant created,
                                              Instant updated, Optional<Instant> deleted, Optional<Instant> base,
                                              Annotation.Colour colour, W3cBodies bodies, List<Reason> lost)
            throws ShareException, NoteCheck.Skip {
        String book = defaultBook;
        String chapter = null;
        Optional<String> sourceUri = Optional.empty();
        // Ours: the reader's own address of the chapter, in readerTarget (this version) or as the
        // target's source (earlier versions); else the public page another tool names.
        Map<?, ?> reader = target.get(W3cJson.READER_TARGET) instanceof Map<?, ?> r ? r : Map.of();
        String source = reader.get("source") instanceof String s && s.startsWith(ChapterUris.URN) ? s : address(target);
        if (source.startsWith(ChapterUris.URN)) {
            NoteCheck.text(source, MAX_URN, ImportReason.FIELD_ADDRESS, where);
            Optional<ChapterUris.Named> named = ChapterUris.fromUrn(source, chapters.book());
            if (named.isPresent()) {
                book = NoteCheck.text(named.get().book(), 200, ImportReason.FIELD_HANDBOOK_NAME, where);
                chapter = named.get().chapter();
            }
            if (!NoteCheck.isChapterId(chapter)) {
                sourceUri = Optional.of(source);
            }
        } else {
            String scope = target.get("scope") instanceof String s ? s : "";
            chapter = ChapterUris.chapterFor(chapters, source).or(() -> ChapterUris.chapterFor(chapters, scope)).orElse(null);
            if (chapter == null) {
                sourceUri = Optional.of(NoteCheck.text(source, 2000, ImportReason.FIELD_ADDRESS, where));
            }
        }
        if (chapter == null || !NoteCheck.isChapterId(chapter)) {
            chapter = NoteCheck.UNPLACED_CHAPTER;
        }
        String named = address(target);
        if (chapter.equals(NoteCheck.UNPLACED_CHAPTER) && sourceUri.isEmpty() && !named.isEmpty() && !named.equals(source)) {
            // Ours, unplaced: the target's source is the address the note came with.
            sourceUri = Optional.of(NoteCheck.text(named, NotesFileSources.MAX_SOURCE, ImportReason.FIELD_ADDRESS, where));
        }
        Selectors sel = new Selectors();
        sel.add(W3cJson.list(target.get("selector")), where, 0);
        sel.add(W3cJson.list(reader.get("selector")), where, 0);
        if (sel.badPosition) {
            lost.add(NoteCheck.BAD_POSITION);
        }
        Object print = reader.containsKey("peeragogy:textFingerprint") ? reader.get("peeragogy:textFingerprint")
                : target.get("peeragogy:textFingerprint");
        String fingerprint = print instanceof String f ? NoteCheck.text(f, 200, ImportReason.FIELD_FINGERPRINT, where) : "";
        Optional<TextAnchor> anchor = Optional.empty();
        if (sel.exact != null && deleted.isEmpty()) {
            // A position counted in another tool's page is a hint: anchoring takes it only where the quote is;
            // a fragment of another tool's page names no block of ours.
            anchor = Optional.of(new TextAnchor(new TextQuoteSelector(sel.exact, sel.prefix, sel.suffix),
                    W3cJson.utf16(chapters, chapter, book, sel.start, sel.end),
                    source.startsWith(ChapterUris.URN) ? sel.block : "", fingerprint));
        }
        Annotation.Kind kind = m.get("peeragogy:kind") instanceof String k ? kind(k, where)
                : W3cJson.list(m.get("motivation")).contains("bookmarking") ? Annotation.Kind.BOOKMARK
                : anchor.isPresent() ? Annotation.Kind.HIGHLIGHT : Annotation.Kind.CHAPTER_NOTE;
        Annotation a = new Annotation(id, book, chapter, kind, colour,
                deleted.isPresent() ? "" : NoteCheck.content(bodies.note(), org.peeragogy.reader.book.Annotation.MAX_NOTE, ImportReason.FIELD_NOTE, where),
                deleted.isPresent() ? List.of() : NoteCheck.tags(bodies.tags(), where), author.name(), author.id(),
                created, updated, anchor, deleted);
        return new MergeRecords.Incoming(a, base, sourceUri, m.get(W3cJson.PRIVATE) instanceof Boolean b && b);
    }

    /** The address a target names: a string, its {@code source} (a string or an object with an id), or its own id. */
    private static String address(Map<?, ?> target) {
        Object s = target.get("source");
        if (s instanceof Map<?, ?> sm) {
            s = sm.get("id");
        }
        if (s instanceof String str) {
            return str;
        }
        return target.get("id") instanceof String id && !target.containsKey("selector") ? id : "";
    }

    /** A colour named by a target's {@code styleClass} ("yellow", "highlight-green"...). */
    private static Optional<Annotation.Colour> styleColour(Map<?, ?> target) {
        for (Object c : W3cJson.list(target.get("styleClass"))) {
            if (c instanceof String s) {
                Optional<Annotation.Colour> named = colourIn(s);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** A colour of ours named in {@code s} as a word ("Yellow", "#tag/green", "highlight-pink"). */
    static Optional<Annotation.Colour> colourIn(String s) {
        Set<String> words = new LinkedHashSet<>(List.of(s.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        for (Annotation.Colour c : Annotation.Colour.values()) {
            if (words.contains(c.code())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Who made an annotation, in the fallback order of decision 0017: the creator's IRI ({@code id}, or the
     * creator itself when it is a string), else an id made from the name. The name is {@code name}, else
     * {@code nickname}, else the IRI. Listed as not kept (decision 0021): an {@code id} the reader does not take
     * ({@link AuthorIds#isValid}: not an IRI of a scheme that names people, or an id the reader makes from
     * names, which a file cannot claim), then the name stands in; every creator after the first of an array
     * (the note is kept as the first one's). Names longer than the reader keeps are shortened ({@code said}).
     */
    static AuthorStore.Person creator(Object creator, List<Reason> lost, Set<Reason> said) {
        Object c = creator instanceof List<?> l && !l.isEmpty() ? l.get(0) : creator;
        String iri = c instanceof Map<?, ?> cm && cm.get("id") instanceof String s ? s : c instanceof String s ? s : null;
        String name = NoteCheck.author(agentName(creator), said);
        String nickname = c instanceof Map<?, ?> cm && cm.get("nickname") instanceof String n
                ? NoteCheck.author(n, said) : "";
        String id;
        if (iri != null && AuthorIds.isValid(iri) && !AuthorIds.isNameOnly(iri)) {
            id = iri;
        } else {
            if (iri != null && c instanceof Map<?, ?>) {
                lost.add(Reason.of(ImportReason.CREATOR_ID_NOT_TAKEN, AuthorNames.shorten(iri), name));
            }
            id = AuthorIds.fromName(name);
        }
        if (creator instanceof List<?> all && all.size() > 1) {
            List<String> others = new ArrayList<>();
            for (Object o : all.subList(1, all.size())) {
                others.add(NoteCheck.author(agentName(o), said));
            }
            lost.add(others.size() == 1 ? Reason.of(ImportReason.SECOND_CREATOR, others.get(0), name)
                    : Reason.of(ImportReason.OTHER_CREATORS, others.size(), String.join(", ", others), name));
        }
        return new AuthorStore.Person(id, name, nickname.equals(name) ? "" : nickname, "");
    }

    static String agentName(Object creator) {
        Object c = creator instanceof List<?> l && !l.isEmpty() ? l.get(0) : creator;
        if (c instanceof Map<?, ?> cm) {
            Object name = cm.get("name") instanceof String ? cm.get("name") : cm.get("nickname");
            if (name instanceof String s) {
                return s;
            }
            return cm.get("id") instanceof String s ? s : "";
        }
        return c instanceof String s ? s : "";
    }

    /** The time {@code key} of {@code m}; null when absent, or when it is not a time (then said in {@code lost}). */
    private static Instant optionalTime(Map<?, ?> m, String key, ImportReason what, Reason where, List<Reason> lost) {
        if (!m.containsKey(key)) {
            return null;
        }
        try {
            return NoteCheck.time(m.get(key), what, where);
        } catch (ShareException e) {
            Reason why = NoteCheck.timeWhy(m.get(key));
            lost.add(m.get(key) instanceof String s && s.length() <= 64
                    ? Reason.of(ImportReason.TIME_DROPPED_SHOWN, Reason.of(what), NoteCheck.shownId(s), why)
                    : Reason.of(ImportReason.TIME_DROPPED, Reason.of(what), why));
            return null;
        }
    }

    private static Annotation.Kind kind(String k, Reason where) throws ShareException {
        try {
            return Annotation.Kind.ofCode(k);
        } catch (IllegalArgumentException e) {
            throw NoteCheck.bad(where, ImportReason.UNKNOWN_KIND);
        }
    }

    /** The selectors of a target, those inside {@code refinedBy} included. */
    private static final class Selectors {
        String exact;
        String prefix = "";
        String suffix = "";
        Long start;
        Long end;
        String block = "";
        boolean badPosition;

        void add(List<?> selectors, Reason where, int depth) throws ShareException, NoteCheck.Skip {
            for (Object s : selectors) {
                if (!(s instanceof Map<?, ?> sel)) {
                    throw NoteCheck.bad(where, ImportReason.SELECTOR_NOT_OBJECT);
                }
                Object st = sel.get("type");
                if ("TextQuoteSelector".equals(st) && exact == null) {
                    exact = NoteCheck.content(W3cJson.str(sel, "exact", where), NoteCheck.MAX_QUOTE, ImportReason.FIELD_QUOTE, where);
                    prefix = NoteCheck.content(sel.get("prefix") instanceof String p ? p : "", NoteCheck.MAX_CONTEXT, ImportReason.FIELD_QUOTE_CONTEXT, where);
                    suffix = NoteCheck.content(sel.get("suffix") instanceof String p ? p : "", NoteCheck.MAX_CONTEXT, ImportReason.FIELD_QUOTE_CONTEXT, where);
                } else if ("TextPositionSelector".equals(st)) {
                    if (!(sel.get("start") instanceof Long a) || !(sel.get("end") instanceof Long b) || a < 0 || b < a
                            || b > 50_000_000) {
                        badPosition = true; // the quote places the note
                    } else {
                        start = a;
                        end = b;
                    }
                } else if ("FragmentSelector".equals(st) && sel.get("value") instanceof String v && block.isEmpty()) {
                    block = NoteCheck.text(v, 200, ImportReason.FIELD_BLOCK_ID, where);
                }
                if (sel.containsKey("refinedBy") && depth < 8) {
                    add(W3cJson.list(sel.get("refinedBy")), where, depth + 1);
                }
            }
        }
    }
}
