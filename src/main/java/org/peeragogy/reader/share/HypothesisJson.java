package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.store.MergeRecords;

/**
 * A Hypothesis export ({@code {"export_date": ..., "annotations": [...]}}). The page address names the
 * chapter (peeragogy.org slugs, peeragogy.github.io pages); an address that names no chapter puts the
 * note under {@link NoteCheck#UNPLACED_CHAPTER} with the address kept, counted as could-not-place. Ids
 * become stable UUIDs derived from the Hypothesis id, so importing the same export again changes nothing.
 *
 * <p>The author is the Hypothesis user, {@code acct:maria@hypothes.is}, as their author id (decision 0017):
 * {@code acct:maria@hypothes.is} and {@code acct:maria@another.example} are two people. Their name is
 * {@code user_info.display_name} when given, else the user name ("maria"), which is also their nickname.
 * A note whose {@code permissions.read} does not name the public group (only its author or a closed group
 * could read it) is private. A reply keeps its link to the annotation it replies to (its parent, issue 15).
 */
final class HypothesisJson {
    private HypothesisJson() {
    }

    static ImportFile read(Map<String, Object> root, Chapters chapters) throws ShareException {
        Object list = root.containsKey("annotations") ? root.get("annotations") : root.get("rows");
        if (!(list instanceof List<?> items)) {
            throw NoteCheck.bad(Reason.of(ImportReason.WHERE_JSON), ImportReason.NO_LIST);
        }
        Optional<Instant> exported = root.get("export_date") instanceof String d
                ? Optional.of(NoteCheck.time(d, ImportReason.TIME_EXPORT, Reason.of(ImportReason.WHERE_FILE))) : Optional.empty();
        return read(items, chapters, exported);
    }

    /** Hypothesis annotations: an export's {@code annotations}, an API search's {@code rows}, or a bare array of them. */
    static ImportFile read(List<?> items, Chapters chapters) throws ShareException {
        return read(items, chapters, Optional.empty());
    }

    private static ImportFile read(List<?> items, Chapters chapters, Optional<Instant> exported) throws ShareException {
        NoteCheck.limitCount(items.size());
        String book = chapters.book().identity();
        List<MergeRecords.Incoming> notes = new ArrayList<>();
        List<ImportFile.Skipped> skipped = new ArrayList<>();
        Map<String, AuthorStore.Person> people = new HashMap<>();
        List<Reason> notKept = new ArrayList<>();
        Set<Reason> said = new LinkedHashSet<>();
        Map<String, org.peeragogy.reader.book.NoteLink> links = new HashMap<>();
        List<Reason> labels = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            Reason where = NoteCheck.where(ImportReason.WHERE_ANNOTATION, n + 1);
            if (!(items.get(n) instanceof Map<?, ?> m)) {
                skipped.add(new ImportFile.Skipped(where, NoteCheck.skippedBecause(Reason.of(ImportReason.IS_NOT_AN_OBJECT))));
                continue;
            }
            Reason label = NoteCheck.label(where, m.get("id"));
            try {
                List<Reason> lost = new ArrayList<>();
                MergeRecords.Incoming in = item(m, where, book, chapters, said, lost);
                notes.add(in);
                parent(m, in.annotation().id(), where).ifPresent(l -> links.put(l.noteId(), l));
                labels.add(label);
                lost.forEach(l -> notKept.add(Reason.of(ImportReason.LABELLED, label, l)));
                String id = in.annotation().authorId();
                AuthorStore.Person known = people.putIfAbsent(id, new AuthorStore.Person(id, in.annotation().author(),
                        AuthorIds.acctName(id).orElse(""), ""));
                if (known != null && !known.name().equals(in.annotation().author())) {
                    said.add(NoteCheck.twoNames(id, in.annotation().author(), known.name()));
                }
            } catch (NoteCheck.Skip s) {
                skipped.add(new ImportFile.Skipped(label, s.reason()));
            } catch (ShareException e) {
                skipped.add(NoteCheck.skipped(label, e)); // one bad value skips its item (decision 0028)
            }
        }
        notes = NoteCheck.uniqueIds(notes, labels, notKept);
        notKept.addAll(said);
        return new ImportFile("hypothesis", book, notes, people, Map.of(), skipped, notKept, exported,
                new org.peeragogy.reader.store.Conversation(links, List.of()));
    }

    /**
     * A reply's parent (issue 15): the last entry of {@code references}, the thread's ids from its root down,
     * as Hypothesis writes them; its id becomes the same UUID as that annotation's ({@link NoteCheck#derivedId}).
     */
    static Optional<org.peeragogy.reader.book.NoteLink> parent(Map<?, ?> m, String id, Reason where)
            throws ShareException {
        if (!m.containsKey("references")) {
            return Optional.empty();
        }
        if (!(m.get("references") instanceof List<?> refs) || refs.stream().anyMatch(r -> !(r instanceof String))) {
            throw NoteCheck.bad(where, ImportReason.REFERENCES_NOT_IDS);
        }
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        String parent = NoteCheck.derivedId("hypothesis", (String) refs.get(refs.size() - 1), where);
        return parent.equals(id) ? Optional.empty() : Optional.of(org.peeragogy.reader.book.NoteLink.reply(id, parent));
    }

    /**
     * Whether Hypothesis let not everyone read it: {@code permissions.read} does not list the public group
     * {@code group:__world__}, so only its author (an {@code acct:}) or a closed group ({@code group:abc123})
     * could (decision 0021: a closed group's note is not for everyone either).
     */
    static boolean isPrivate(Object permissions) {
        if (!(permissions instanceof Map<?, ?> p) || !(p.get("read") instanceof List<?> read)) {
            return false; // nothing said: shared, as Hypothesis shares by default
        }
        return !read.contains("group:__world__");
    }

    private static MergeRecords.Incoming item(Map<?, ?> m, Reason where, String book, Chapters chapters, Set<Reason> said,
                                            List<Reason> lost)
            throws ShareException, NoteCheck.Skip {
        {
            String id = NoteCheck.derivedId("hypothesis", W3cJson.str(m, "id", where), where);
            Instant created = NoteCheck.time(m.get("created"), ImportReason.TIME_CREATED, where);
            Instant updated = created;
            if (m.containsKey("updated")) {
                try {
                    updated = NoteCheck.time(m.get("updated"), ImportReason.TIME_UPDATED, where);
                } catch (ShareException e) {
                    lost.add(Reason.of(ImportReason.UPDATED_NOT_A_TIME));
                }
            }
            String user = m.get("user") instanceof String u ? u : "";
            Optional<String> acct = AuthorIds.fromAcct(user);
            String display = m.get("user_info") instanceof Map<?, ?> info && info.get("display_name") instanceof String d
                    ? d : "";
            String author = NoteCheck.author(!display.isBlank() ? display
                    : acct.flatMap(AuthorIds::acctName).orElse(user), said);
            // The fallback order of decision 0017: the Hypothesis account, else the name.
            String authorId = acct.orElse(AuthorIds.fromName(author));
            String text = NoteCheck.content(m.get("text") instanceof String s ? s : "", org.peeragogy.reader.book.Annotation.MAX_NOTE, ImportReason.FIELD_NOTE, where);
            Object rawTags = m.get("tags");
            if (rawTags != null && !(rawTags instanceof List<?>)) {
                throw NoteCheck.bad(where, ImportReason.TAGS_NOT_A_LIST);
            }
            List<String> tags = NoteCheck.tags(rawTags == null ? List.of() : (List<?>) rawTags, where);
            String uri = m.get("uri") instanceof String u ? NoteCheck.text(u, 2000, ImportReason.FIELD_ADDRESS, where) : "";
            List<?> targets = W3cJson.list(m.get("target"));
            Map<?, ?> target = !targets.isEmpty() && targets.get(0) instanceof Map<?, ?> t ? t : Map.of();
            if (uri.isEmpty() && target.get("source") instanceof String s) {
                uri = NoteCheck.text(s, 2000, ImportReason.FIELD_ADDRESS, where);
            }
            Optional<String> chapter = ChapterUris.chapterFor(chapters, uri).filter(NoteCheck::isChapterId);
            String exact = null;
            String prefix = "";
            String suffix = "";
            Long start = null;
            Long end = null;
            for (Object s : W3cJson.list(target.get("selector"))) {
                if (!(s instanceof Map<?, ?> sel)) {
                    throw NoteCheck.bad(where, ImportReason.SELECTOR_NOT_OBJECT);
                }
                if ("TextQuoteSelector".equals(sel.get("type"))) {
                    exact = NoteCheck.content(W3cJson.str(sel, "exact", where), NoteCheck.MAX_QUOTE, ImportReason.FIELD_QUOTE, where);
                    prefix = NoteCheck.content(sel.get("prefix") instanceof String p ? p : "", NoteCheck.MAX_CONTEXT, ImportReason.FIELD_QUOTE_CONTEXT, where);
                    suffix = NoteCheck.content(sel.get("suffix") instanceof String p ? p : "", NoteCheck.MAX_CONTEXT, ImportReason.FIELD_QUOTE_CONTEXT, where);
                } else if ("TextPositionSelector".equals(sel.get("type"))) {
                    if (!(sel.get("start") instanceof Long a) || !(sel.get("end") instanceof Long b) || a < 0 || b < a
                            || b > 50_000_000) {
                        lost.add(NoteCheck.BAD_POSITION);
                    } else {
                        start = a;
                        end = b;
                    }
                }
            }
            String chapterId = chapter.orElse(NoteCheck.UNPLACED_CHAPTER);
            Optional<TextAnchor> anchor = exact == null ? Optional.empty()
                    : Optional.of(new TextAnchor(new TextQuoteSelector(exact, prefix, suffix),
                    W3cJson.utf16(chapters, chapterId, book, start, end), "", ""));
            Annotation a = new Annotation(id, book, chapterId,
                    anchor.isPresent() ? Annotation.Kind.HIGHLIGHT : Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.YELLOW, text, tags, author, authorId, created, updated, anchor, Optional.empty());
            return new MergeRecords.Incoming(a, Optional.empty(),
                    chapter.isPresent() ? Optional.empty() : Optional.of(uri), isPrivate(m.get("permissions")));
        }
    }
}
