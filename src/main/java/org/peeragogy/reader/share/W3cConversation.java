package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.AuthorStore;

/**
 * Replies, questions and votes in W3C Web Annotation JSON-LD (issue 15, decision 0025), with the model's own
 * motivations (Web Annotation Data Model §3.3.5; Vocabulary, {@code oa:Motivation} instances):
 * <ul>
 *   <li>a reply: {@code motivation} {@code replying}, and the <b>parent annotation as its target</b>
 *       ({@code {"id": "urn:uuid:<parent>"}}); the reader's chapter stays in {@code peeragogy:readerTarget};</li>
 *   <li>a question: {@code motivation} {@code questioning} (a question that is also a reply stays
 *       {@code replying}; {@code peeragogy:question: true} says it on both), the answer in
 *       {@code peeragogy:answeredBy} ({@code urn:uuid:<reply>});</li>
 *   <li>a vote: an annotation of its own, {@code motivation} {@code moderating} ("the motivation for when the
 *       user intends to assign some value or quality to the Target", {@code oa:moderating}), whose target is the
 *       note voted on, with {@code peeragogy:vote} 1 (and a {@code +1} body) or 0 when withdrawn. Its id is
 *       stable per person and note ({@link Vote#fileId()}), its {@code modified} the time it was given or
 *       withdrawn.</li>
 * </ul>
 * Another tool's {@code moderating} annotation of an annotation is read as a +1; its {@code replying} one as a
 * reply to the annotation its target names (a foreign id becomes the same derived UUID as that note's).
 */
final class W3cConversation {
    static final String QUESTION = "peeragogy:question";
    static final String ANSWERED_BY = "peeragogy:answeredBy";
    static final String VOTE = "peeragogy:vote";

    private W3cConversation() {
    }

    /** Marks an annotation written for a note with what its link says (the target was written already). */
    static void mark(Map<String, Object> m, NoteLink link) {
        if (link == null) {
            return;
        }
        if (link.parentId().isPresent()) {
            m.put("motivation", "replying");
            @SuppressWarnings("unchecked")
            Map<String, Object> old = (Map<String, Object>) m.get("target");
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("id", "urn:uuid:" + link.parentId().get());
            if (old != null && old.get(W3cJson.READER_TARGET) != null) {
                target.put(W3cJson.READER_TARGET, old.get(W3cJson.READER_TARGET));
            }
            m.put("target", target);
        } else if (link.question()) {
            m.put("motivation", "questioning");
        }
        if (link.question()) {
            m.put(QUESTION, true);
            link.answeredBy().ifPresent(r -> m.put(ANSWERED_BY, "urn:uuid:" + r));
        }
    }

    /** A vote as an annotation of its own. */
    static Map<String, Object> voteItem(Vote v, Map<String, AuthorStore.Person> people, Map<String, Object> generator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "urn:uuid:" + v.fileId());
        m.put("type", "Annotation");
        m.put("motivation", "moderating");
        Map<String, Object> creator = new LinkedHashMap<>();
        if (!AuthorIds.isNameOnly(v.voterId())) {
            creator.put("id", v.voterId());
        }
        creator.put("type", "Person");
        AuthorStore.Person p = people.get(v.voterId());
        creator.put("name", p != null && !p.name().isEmpty() ? p.name() : v.voter().isEmpty() ? "someone" : v.voter());
        if (p != null && !p.nickname().isEmpty()) {
            creator.put("nickname", p.nickname());
        }
        m.put("creator", creator);
        m.put("created", v.updated().toString());
        m.put("modified", v.updated().toString());
        m.put("generator", generator);
        m.put(VOTE, v.value());
        if (v.given()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "TextualBody");
            body.put("value", "+1");
            body.put("format", "text/plain");
            body.put("purpose", "moderating");
            m.put("body", body);
        }
        m.put("target", "urn:uuid:" + v.noteId());
        return m;
    }

    /**
     * Whether an item is a vote: {@code moderating} an annotation.
     *
     * @param ids the ids of the annotations in the same file (a web address names an annotation only when one
     *            of them has it, or the target says it is one)
     */
    static boolean isVote(Map<?, ?> m, java.util.Set<String> ids) {
        return W3cJson.list(m.get("motivation")).contains("moderating") && annotationTarget(m, ids).isPresent();
    }

    /**
     * Reads a vote item; the voter is a person as a creator is ({@link W3cRead#creator}: a long name shortened
     * and said once in {@code said}, an id the reader does not take listed in {@code lost}).
     */
    static Vote vote(Map<?, ?> m, Reason where, String book, Map<String, AuthorStore.Person> people, List<Reason> lost,
                     java.util.Set<String> ids, java.util.Set<Reason> said) throws ShareException {
        String note = annotationTarget(m, ids).orElseThrow();
        AuthorStore.Person voter = W3cRead.creator(m.get("creator"), lost, said);
        people.putIfAbsent(voter.id(), voter);
        Object raw = m.containsKey("modified") ? m.get("modified") : m.get("created");
        Instant when = NoteCheck.time(raw, ImportReason.TIME_VOTED, where);
        int value = 1;
        if (m.containsKey(VOTE)) {
            if (!(m.get(VOTE) instanceof Long l) || l != 0 && l != 1) {
                throw NoteCheck.bad(where, ImportReason.VOTE_NOT_0_OR_1);
            }
            value = (int) (long) (Long) m.get(VOTE);
        }
        return new Vote(note, book, voter.id(), voter.name(), value, when);
    }

    /** One vote per person and note: the latest of each (another tool may list several). */
    static List<Vote> latest(List<Vote> votes) {
        Map<String, Vote> out = new LinkedHashMap<>();
        for (Vote v : votes) {
            out.merge(v.noteId() + "\n" + v.voterId(), v, (a, b) -> b.updated().isAfter(a.updated()) ? b : a);
        }
        return List.copyOf(out.values());
    }

    /** What an item says of its note's thread; empty for a plain note. */
    static Optional<NoteLink> link(Map<?, ?> m, String noteId, Reason where, java.util.Set<String> ids)
            throws ShareException {
        List<?> motivations = W3cJson.list(m.get("motivation"));
        Optional<String> parent = motivations.contains("replying") ? annotationTarget(m, ids) : Optional.empty();
        boolean question = motivations.contains("questioning") || Boolean.TRUE.equals(m.get(QUESTION));
        Optional<String> answer = Optional.empty();
        if (m.get(ANSWERED_BY) instanceof String s && question) {
            answer = Optional.of(noteId(s, where));
        }
        if (parent.isEmpty() && !question) {
            return Optional.empty();
        }
        if (parent.isPresent() && parent.get().equals(noteId)) {
            parent = Optional.empty(); // a reply to itself says nothing
        }
        return Optional.of(new NoteLink(noteId, parent, question, answer));
    }

    /**
     * The note an annotation's first target names when that target is an annotation: a string, or an
     * object's {@code id} without a {@code source}, that is ours ({@code urn:uuid:}), any IRI that is no web
     * address, or a web address that is the id of an annotation in the same file or whose object says
     * {@code type: Annotation}. A web page (another tool's reply to a page) is not.
     */
    private static Optional<String> annotationTarget(Map<?, ?> m, java.util.Set<String> ids) {
        List<?> targets = W3cJson.list(m.get("target"));
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        Object t = targets.get(0);
        String iri = t instanceof String s ? s
                : t instanceof Map<?, ?> tm && !tm.containsKey("source") && tm.get("id") instanceof String s ? s : null;
        boolean web = iri != null && iri.toLowerCase(java.util.Locale.ROOT).matches("https?:.*");
        boolean typed = t instanceof Map<?, ?> tm && W3cRead.isType(tm, "Annotation");
        if (iri == null || web && !typed && !ids.contains(iri)) {
            return Optional.empty();
        }
        try {
            return Optional.of(noteId(iri, Reason.of(ImportReason.WHERE_TARGET)));
        } catch (ShareException e) {
            return Optional.empty();
        }
    }

    private static String noteId(String iri, Reason where) throws ShareException {
        return iri.startsWith("urn:uuid:") ? NoteCheck.uuid(iri.substring(9), where) : NoteCheck.derivedId("w3c", iri, where);
    }
}
