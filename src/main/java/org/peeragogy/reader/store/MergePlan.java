package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.store.MergeRecords.Action;
import org.peeragogy.reader.store.MergeRecords.Change;
import org.peeragogy.reader.store.MergeRecords.Counts;
import org.peeragogy.reader.store.MergeRecords.Incoming;
import org.peeragogy.reader.store.MergeRecords.Plan;

/**
 * Decides what importing each note does (decisions 0008 and 0017); reads, never writes. The rules, in order:
 *
 * <ol>
 *   <li>A note the reader does not have is added (a deletion of one is kept as a tombstone).</li>
 *   <li>A note the reader deleted stays deleted.</li>
 *   <li>A deletion applies only when it comes from the note's own author, and never to the reader's own
 *       notes: only the reader deletes those.</li>
 *   <li>The same content (author id included) changes nothing. A note known here by a name only
 *       ({@link AuthorIds#isNameOnly}) whose incoming copy has a real id under that name, or that name as
 *       nickname or account name, takes the id: it is the same person's note (an update).</li>
 *   <li>Else the last-shared base decides: only the incoming side changed, an update; both, a conflict copy;
 *       neither or only ours, unchanged; with no base, the newer wins.</li>
 *   <li>An update that would change the note's author, or change one of the reader's own notes, is made a
 *       conflict copy instead: a new version by someone else is never an edit, and the reader's own notes
 *       change only by the reader's hand.</li>
 *   <li>A version that says it is the reader's (their author id) of a note the reader has as someone else's
 *       changes nothing, neither taking the id (rule 4) nor as a conflict copy under it: only notes the reader
 *       wrote are theirs (decision 0021). The plan's remarks say how many.</li>
 *   <li>A version dated in the future (later than {@link #FUTURE_ALLOWANCE} past this computer's clock) never
 *       wins (decision 0028): it replaces nothing (kept as a conflict copy, a second version, instead), deletes
 *       nothing, and a new note or tombstone so dated is dated now. A note the reader has that is dated in the
 *       future (taken before this rule) is replaced by any present-dated differing version of its author.</li>
 * </ol>
 */
final class MergePlan {
    /**
     * How far past this computer's clock a file's time may be and still count as present: a day. Clocks of two
     * computers differ by seconds when set by the network, and by up to 14 hours when one is set to local time
     * but says UTC (time zone offsets run from -12:00 to +14:00, ISO 8601 and the IANA time zone database);
     * a day covers both with room, and still stops a forged date of years ahead (issue 11).
     */
    static final Duration FUTURE_ALLOWANCE = Duration.ofDays(1);

    /** No line for 0, {@code one} for 1, else {@code many} with the count: a remark said with its number. */
    static List<Reason> counted(int n, StoreReason one, StoreReason many) {
        return n == 0 ? List.of() : List.of(n == 1 ? Reason.of(one) : Reason.of(many, n));
    }

    private MergePlan() {
    }

    /** Whether {@code a} says it was changed, made or deleted after {@code limit}. */
    private static boolean future(Annotation a, Instant limit) {
        return a.updated().isAfter(limit) || a.created().isAfter(limit)
                || a.deleted().filter(d -> d.isAfter(limit)).isPresent();
    }

    /** {@code in} dated {@code now} where it said a time after {@code limit}: a new note is taken as made now. */
    private static Incoming datedNow(Incoming in, Instant now, Instant limit) {
        Annotation a = in.annotation();
        Instant created = a.created().isAfter(limit) ? now : a.created();
        Instant updated = a.updated().isAfter(limit) ? now : a.updated();
        Annotation dated = new Annotation(a.id(), a.book(), a.chapterId(), a.kind(), a.colour(), a.note(), a.tags(),
                a.author(), a.authorId(), created, updated.isBefore(created) ? created : updated, a.anchor(),
                a.deleted().map(d -> d.isAfter(limit) ? now : d));
        return new Incoming(dated, in.base().filter(b -> !b.isAfter(limit)), in.sourceUri(), in.privateNote());
    }

    /**
     * What importing {@code incoming} does to each note, decided against {@code local}: the reader's notes with
     * the file's ids and the conflict copies it could make, by id (the others cannot be touched by this file).
     * With {@code links}, what the file says of each note's thread (issue 15): a note whose link differs from
     * the one here is a changed note (a question marked answered), decided by the same rules. {@code alongside}:
     * the notes come from a version of a file made beside another one (a sync tool's conflict copy, issue 16),
     * so a note whose content differs from the reader's is another version of it, kept as a conflict copy,
     * whichever is newer; one whose link alone differs is decided by the rules above (a second version with the
     * same words would only repeat it). {@code versions}: the second versions the reader has of the file's notes, by
     * the note's id ({@link SecondVersions#of}; those this plan makes are added); {@code besideOf}: the file a version
     * made beside comes from, null when not known ({@link SecondVersions#copy}).
     */
    static Plan plan(Connection c, Map<String, Annotation> local, List<Incoming> incoming,
                     Map<String, org.peeragogy.reader.book.NoteLink> links, Map<String, AuthorStore.Person> people,
                     Predicate<Annotation> placeable, String me, Optional<String> myAnonymous, boolean alongside,
                     Map<String, List<Annotation>> versions, String besideOf)
            throws SQLException {
        Map<String, org.peeragogy.reader.book.NoteLink> localLinks = links.isEmpty() ? Map.of()
                : ConversationStore.links(c, links.keySet());
        Map<String, Instant> bases = new HashMap<>();
        List<String> ids = new ArrayList<>(incoming.size());
        incoming.forEach(in -> ids.add(in.annotation().id()));
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, base_updated FROM annotation_share"
                + " WHERE base_updated IS NOT NULL AND annotation_id IN " + Ids.IN_JSON)) {
            ps.setString(1, Ids.json(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bases.put(rs.getString(1), Instant.parse(rs.getString(2)));
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        Counts counts = Counts.NONE;
        int claimed = 0;
        int keptYours = 0;
        int notDeleted = 0;
        int privateNotes = 0;
        int notYours = 0;
        int future = 0;
        Map<String, Integer> tookIds = new java.util.TreeMap<>();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant limit = now.plus(FUTURE_ALLOWANCE);
        for (Incoming in : incoming) {
            Annotation i = in.annotation();
            Annotation l = local.get(i.id());
            boolean sameLink = ConversationMerge.sameLink(links.get(i.id()), localLinks.get(i.id()));
            boolean fromTheFuture = future(i, limit);
            Action action = decide(i, l, in.base(), Optional.ofNullable(bases.get(i.id())), people, sameLink, limit);
            if (fromTheFuture) {
                future++;
                if (action == Action.UPDATE && !sameContent(i, l.withAuthor(l.author(), i.authorId()))) {
                    action = Action.CONFLICT; // a version that says it is from the future replaces nothing
                }
                if (action == Action.ADD || action == Action.TOMBSTONE) {
                    in = datedNow(in, now, limit);
                    i = in.annotation();
                }
            }
            // Yours: your notes and the questions you asked anonymously (decision 0031; a file's tombstone of
            // your anonymous question never deletes it, issue 16's second retest B1).
            boolean mine = l != null && !l.isDeleted() && (me.equals(l.authorId())
                    || myAnonymous.filter(l.authorId()::equals).isPresent());
            if (l != null && !me.equals(l.authorId()) && me.equals(i.authorId()) && !i.isDeleted()
                    && action != Action.UNCHANGED) {
                // A note the reader has as someone else's, that the file says is the reader's: only notes the
                // reader wrote are theirs, so it is neither adopted under their id nor copied under it.
                action = Action.UNCHANGED;
                notYours++;
            }
            if (action == Action.UPDATE && (mine || !sameAuthor(i, l, people))) {
                action = Action.CONFLICT;
            }
            if (alongside && (action == Action.UPDATE || action == Action.UNCHANGED) && l != null && !l.isDeleted()
                    && !i.isDeleted() && i.authorId().equals(l.authorId()) && !sameContent(i, l)) {
                action = Action.CONFLICT; // a version made beside the reader's: kept as a second version
            }
            SecondVersions.Copy copy = null;
            if (action == Action.CONFLICT) {
                // Kept once by its words, not its time (t38's F2); a file's later version replaces its earlier one.
                copy = SecondVersions.copy(l, i, versions.getOrDefault(l.id(), List.of()), besideOf);
                if (copy == null) {
                    action = Action.UNCHANGED; // the other side's version is kept already
                } else {
                    SecondVersions.written(versions, l.id(), copy.id(), i);
                }
            }
            if (action == Action.UPDATE && l != null && AuthorIds.isNameOnly(l.authorId())
                    && !AuthorIds.isNameOnly(i.authorId())) {
                // 0017's rule: a person known by name only takes the id a file gives that name. Any file can
                // give one, so the preview names each (issue 11, second tester, MINOR 7).
                tookIds.merge(l.author() + "\u0000" + i.authorId(), 1, Integer::sum);
            }
            keptYours += mine && action == Action.CONFLICT ? 1 : 0;
            if (action == Action.DELETE && (mine || !sameAuthor(i, l, people))) {
                action = Action.UNCHANGED;
                notDeleted++;
            }
            if (action == Action.DELETE && fromTheFuture) {
                action = Action.UNCHANGED; // nor deletes: a tombstone of 2099 would hold for good
            }
            if (action == Action.ADD && me.equals(i.authorId())) {
                claimed++;
            }
            if (in.privateNote() && action != Action.UNCHANGED && !i.isDeleted()) {
                privateNotes++;
            }
            boolean place = true;
            if ((action == Action.ADD || action == Action.UPDATE || action == Action.CONFLICT) && !i.isDeleted()) {
                place = placeable.test(i);
                boolean reply = links.get(i.id()) != null && links.get(i.id()).parentId().isPresent();
                if (!place && !reply) {
                    // A reply is shown in its thread (its parent's chapter, book.ReplyChapters), not under "could not
                    // be placed": counted so, the import agrees with the digest (t15b's F10 re-check: 3 here, 2 there).
                    counts = counts.plus(Counts.unplaced(1));
                }
            }
            counts = counts.plus(Counts.of(action));
            changes.add(new Change(action, in, Optional.ofNullable(l), place,
                    Optional.ofNullable(copy).map(SecondVersions.Copy::id), copy != null && copy.replaces()));
        }
        List<Reason> remarks = new ArrayList<>();
        if (future > 0) {
            remarks.add(future == 1 ? Reason.of(StoreReason.FUTURE_ITEM, String.valueOf(limit))
                    : Reason.of(StoreReason.FUTURE_ITEMS, future, String.valueOf(limit)));
        }
        tookIds.forEach((key, count) -> {
            String[] nameAndId = key.split("\u0000", 2);
            remarks.add(count == 1 ? Reason.of(StoreReason.TOOK_ID, nameAndId[0], nameAndId[1])
                    : Reason.of(StoreReason.TOOK_IDS, count, nameAndId[0], nameAndId[1]));
        });
        remarks.addAll(counted(claimed, StoreReason.CLAIMED, StoreReason.CLAIMED_MANY));
        remarks.addAll(counted(notYours, StoreReason.NOT_YOURS, StoreReason.NOT_YOURS_MANY));
        remarks.addAll(counted(keptYours, StoreReason.KEPT_YOURS, StoreReason.KEPT_YOURS_MANY));
        remarks.addAll(counted(notDeleted, StoreReason.NOT_DELETED, StoreReason.NOT_DELETED_MANY));
        remarks.addAll(counted(privateNotes, StoreReason.PRIVATE, StoreReason.PRIVATE_MANY));
        return new Plan(changes, counts, remarks);
    }

    private static Action decide(Annotation i, Annotation l, Optional<Instant> incomingBase, Optional<Instant> localBase,
                                 Map<String, AuthorStore.Person> people, boolean sameLink, Instant limit) {
        if (l == null) {
            return i.isDeleted() ? Action.TOMBSTONE : Action.ADD;
        }
        if (l.isDeleted()) {
            return Action.UNCHANGED;
        }
        if (i.isDeleted()) {
            return Action.DELETE;
        }
        if (sameContent(i, l) && sameLink) {
            return Action.UNCHANGED;
        }
        if (takesId(i, l, people) && sameLink && sameContent(i, l.withAuthor(l.author(), i.authorId()))) {
            return Action.UPDATE; // the same note, its author now known by id
        }
        Optional<Instant> base = Optional.empty();
        if (incomingBase.isPresent() || localBase.isPresent()) {
            base = Optional.of(max(incomingBase.orElse(Instant.EPOCH), localBase.orElse(Instant.EPOCH)));
        }
        if (l.updated().isAfter(limit) && !future(i, limit)) {
            return Action.UPDATE; // the version here says it is from the future: a present one outranks it
        }
        if (base.isEmpty()) {
            return i.updated().isAfter(l.updated()) ? Action.UPDATE : Action.UNCHANGED;
        }
        boolean incomingChanged = i.updated().isAfter(base.get());
        boolean localChanged = l.updated().isAfter(base.get());
        if (incomingChanged && !localChanged) {
            return Action.UPDATE;
        }
        if (incomingChanged) {
            return Action.CONFLICT;
        }
        return Action.UNCHANGED;
    }

    /** Whether incoming {@code i} is by the author of local {@code l}: the same id, or the id of a name known here. */
    private static boolean sameAuthor(Annotation i, Annotation l, Map<String, AuthorStore.Person> people) {
        return l == null || i.authorId().equals(l.authorId()) || takesId(i, l, people);
    }

    /**
     * A note known here by its author's name only whose incoming copy names the author by a real id under
     * that name (as name, nickname, or the user of an {@code acct:} id): the id is theirs.
     */
    private static boolean takesId(Annotation i, Annotation l, Map<String, AuthorStore.Person> people) {
        if (!AuthorIds.isNameOnly(l.authorId()) || AuthorIds.isNameOnly(i.authorId())) {
            return false;
        }
        String name = l.author();
        AuthorStore.Person p = people.get(i.authorId());
        return name.equals(i.author()) || p != null && (name.equals(p.name()) || name.equals(p.nickname()))
                || AuthorIds.acctName(i.authorId()).filter(name::equals).isPresent();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The same note: everything a note says, its author's id included (never their name, which may change). */
    static boolean sameContent(Annotation a, Annotation b) {
        return a.kind() == b.kind() && a.colour() == b.colour() && a.note().equals(b.note())
                && a.tags().equals(b.tags()) && a.anchor().equals(b.anchor()) && a.chapterId().equals(b.chapterId())
                && a.book().equals(b.book()) && a.authorId().equals(b.authorId()) && a.isDeleted() == b.isDeleted();
    }
}
