package org.peeragogy.reader.share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.StoreException;

/**
 * What a file changes of notes by people other than its writer (decision 0069, extending 0061): an edit of a note the
 * reader has, its deletion, a question marked answered or open again, a second version beside it in its author's name,
 * and a deletion of a note the reader does not have yet (which would keep it out for good). A note changes by its own writer's file; what
 * another file says of it is held back unless the reader takes it, and the preview names each, with a short quote
 * (fresh tester t15b's M2: Mal's file re-worded Chen's question, marked it answered by Mal's reply and deleted Ana's
 * highlight, and Chen's and Ana's own files could not undo it). New notes by others (an honest relay of Chen's notes
 * in Ana's file) are not changes: they come in as before. Threads: not the FX thread (reads the database).
 */
final class OthersChanges {
    /** Most changes named in a remark; the rest are counted ("… and 3 more"). */
    static final int NAMED = 5;
    /** Most characters of a note quoted to name it. */
    private static final int QUOTE = 40;

    private OthersChanges() {
    }

    /**
     * Changes found.
     *
     * @param notes the file's versions that make them (held back, or taken when the reader chose)
     * @param links those notes' links in the file (a question marked answered travels in its link)
     * @param each  one line per change: "Chen's question “Is the whole chapter…” re-worded, marked answered"
     */
    record Found(List<MergeRecords.Incoming> notes, Map<String, NoteLink> links, List<Reason> each) {
        static final Found NONE = new Found(List.of(), Map.of(), List.of());

        Found {
            notes = List.copyOf(notes);
            links = Map.copyOf(links);
            each = List.copyOf(each);
        }

        boolean isEmpty() {
            return notes.isEmpty();
        }

        int size() {
            return notes.size();
        }

        /** These changes and {@code other}'s. */
        Found plus(Found other) {
            if (other.isEmpty() || isEmpty()) {
                return isEmpty() ? other : this;
            }
            List<MergeRecords.Incoming> n = new ArrayList<>(notes);
            n.addAll(other.notes());
            Map<String, NoteLink> l = new HashMap<>(links);
            l.putAll(other.links());
            List<Reason> e = new ArrayList<>(each);
            e.addAll(other.each());
            return new Found(n, l, e);
        }

        /** The changes named, {@link #NAMED} at most, then how many more. */
        Reason named() {
            List<Reason> shown = each.subList(0, Math.min(NAMED, each.size()));
            return each.size() > shown.size()
                    ? Reason.of(ShareReason.AND_MORE, Reason.listOf(shown), each.size() - shown.size())
                    : Reason.listOf(shown);
        }
    }

    /**
     * The changes {@code contents} makes to the reader's notes by the authors {@code others} accepts, as the merge
     * would make them (planned against the database: an older version of a note, which changes nothing, is no
     * change). {@code unknownToo}: deletions of notes the reader does not have count too.
     *
     * @param known the reader's layers by id (how it names each person)
     * @param mine  the reader's own ids (their notes are "your note")
     * @throws StoreException when the reader's notes cannot be read
     */
    static Found find(Database db, ImportFile contents, Predicate<String> others, Map<String, AuthorStore.Author> known,
                      Set<String> mine, boolean unknownToo) throws StoreException {
        List<MergeRecords.Incoming> theirs = contents.notes().stream()
                .filter(n -> others.test(n.annotation().authorId())).toList();
        if (theirs.isEmpty()) {
            return Found.NONE;
        }
        Map<String, NoteLink> links = new HashMap<>();
        theirs.forEach(n -> Optional.ofNullable(contents.conversation().links().get(n.annotation().id()))
                .ifPresent(l -> links.put(l.noteId(), l)));
        // Placing is not asked here: only what the merge does to each note (the import places what it takes).
        MergeRecords.Plan plan = db.sharing().plan(theirs, new Conversation(links, List.of()), contents.people(), a -> true);
        List<MergeRecords.Change> changes = new ArrayList<>();
        Set<String> had = new HashSet<>();
        for (MergeRecords.Change ch : plan.changes()) {
            if (ch.local().filter(l -> mine.contains(l.authorId())).isPresent()) {
                continue; // the reader's own notes: said apart ({@link #yours}), never as another person's (t15e's F1)
            }
            boolean change = switch (ch.action()) {
                case UPDATE, DELETE -> true;
                // A second version under another author's id is theirs, shown as theirs (a new note, in effect); one
                // under the note's own author's id puts words in their mouth.
                case CONFLICT -> ch.local().map(Annotation::authorId).filter(ch.incoming().annotation().authorId()::equals)
                        .isPresent();
                case TOMBSTONE -> unknownToo;
                default -> false;
            };
            if (change) {
                changes.add(ch);
                ch.local().ifPresent(l -> had.add(l.id()));
            }
        }
        return found(db, changes, had, links, contents, known, mine);
    }

    /** {@code changes} (of notes {@code had} here) described, in one order whatever the file's. */
    private static Found found(Database db, List<MergeRecords.Change> changes, Set<String> had, Map<String, NoteLink> links,
                               ImportFile contents, Map<String, AuthorStore.Author> known, Set<String> mine)
            throws StoreException {
        if (changes.isEmpty()) {
            return Found.NONE;
        }
        // Deletions first (what would be lost), then the rest, each by when the note was made: one order whatever the
        // file's.
        changes.sort(java.util.Comparator.comparing((MergeRecords.Change ch) -> !ch.incoming().annotation().isDeleted())
                .thenComparing(ch -> ch.local().orElse(ch.incoming().annotation()).created())
                .thenComparing(ch -> ch.incoming().annotation().id()));
        Map<String, NoteLink> here = db.conversation().linksOf(had);
        List<MergeRecords.Incoming> notes = new ArrayList<>();
        Map<String, NoteLink> held = new HashMap<>();
        List<Reason> each = new ArrayList<>();
        for (MergeRecords.Change ch : changes) {
            String id = ch.incoming().annotation().id();
            notes.add(ch.incoming());
            Optional.ofNullable(links.get(id)).ifPresent(l -> held.put(id, l));
            each.add(describe(ch, links.get(id), here.get(id), whose(ch, contents, known, mine)));
        }
        return new Found(notes, held, each);
    }

    /**
     * What a file (not the reader's own) changes of the reader's own notes (fresh tester t15e's F1: a W3C file's new
     * words for Fay's question were dropped and counted "1 unchanged", with no word).
     *
     * @param takeable versions of the reader's notes the reader may take, each kept beside its note as a second
     *                 version (the store never changes the reader's notes, decision 0017)
     * @param never    versions that differ from the reader's note and are newer, but that the merge would not take
     *                 (the file says they were not changed since the version they share): left out whatever the choice
     */
    record Yours(Found takeable, Found never) {
        static final Yours NONE = new Yours(Found.NONE, Found.NONE);

        boolean isEmpty() {
            return takeable.isEmpty() && never.isEmpty();
        }
    }

    /**
     * The changes {@code contents} makes to the reader's own notes ({@code mine}: the reader's ids), as the merge would
     * make them; said apart from other people's ({@link #yoursRemarks}).
     *
     * @throws StoreException when the reader's notes cannot be read
     */
    static Yours yours(Database db, ImportFile contents, Set<String> mine) throws StoreException {
        List<MergeRecords.Incoming> claimed = contents.notes().stream()
                .filter(n -> mine.contains(n.annotation().authorId())).toList();
        if (claimed.isEmpty()) {
            return Yours.NONE;
        }
        Map<String, NoteLink> links = new HashMap<>();
        claimed.forEach(n -> Optional.ofNullable(contents.conversation().links().get(n.annotation().id()))
                .ifPresent(l -> links.put(l.noteId(), l)));
        MergeRecords.Plan plan = db.sharing().plan(claimed, new Conversation(links, List.of()), contents.people(), a -> true);
        Set<String> ids = new HashSet<>();
        plan.changes().forEach(ch -> ch.local().ifPresent(l -> ids.add(l.id())));
        Map<String, NoteLink> here = ids.isEmpty() ? Map.of() : db.conversation().linksOf(ids);
        List<MergeRecords.Change> takeable = new ArrayList<>();
        List<MergeRecords.Change> never = new ArrayList<>();
        Set<String> had = new HashSet<>();
        for (MergeRecords.Change ch : plan.changes()) {
            Optional<Annotation> local = ch.local().filter(l -> !l.isDeleted() && mine.contains(l.authorId()));
            if (local.isEmpty()) {
                continue;
            }
            Annotation i = ch.incoming().annotation();
            Annotation l = local.get();
            if (ch.action() == MergeRecords.Action.CONFLICT && l.authorId().equals(i.authorId())) {
                takeable.add(ch);
                had.add(l.id());
            } else if (ch.action() == MergeRecords.Action.UNCHANGED && l.authorId().equals(i.authorId())
                    && (i.isDeleted() || i.updated().isAfter(l.updated()))
                    && differs(i, l, links.get(i.id()), here.get(i.id()))) {
                never.add(ch);
                had.add(l.id());
            }
        }
        return new Yours(found(db, takeable, had, links, contents, Map.of(), mine),
                found(db, never, had, links, contents, Map.of(), mine));
    }

    /** Whether a file's version {@code i} says something else than the reader's {@code l}: words, mark, place, answer. */
    private static boolean differs(Annotation i, Annotation l, NoteLink incoming, NoteLink here) {
        Optional<String> before = here == null ? Optional.empty() : here.answeredBy();
        return i.isDeleted() || !i.note().equals(l.note()) || !sameBesidesWords(i, l)
                || incoming != null && !incoming.answeredBy().equals(before);
    }

    /**
     * "1 change to your own note is left out: your question “…” re-worded": what is left out of {@code yours}, and,
     * when {@code taken}, what is kept beside the reader's notes as second versions, as they chose.
     */
    static List<Reason> yoursRemarks(Yours yours, boolean taken) {
        List<Reason> out = new ArrayList<>();
        if (taken && !yours.takeable().isEmpty()) {
            out.add(Reason.of(ShareReason.YOUR_CHANGES_TAKEN, yours.takeable().named()));
        }
        List<Reason> left = new ArrayList<>(yours.never().each());
        if (!taken) {
            left.addAll(0, yours.takeable().each());
        }
        if (left.isEmpty()) {
            return out;
        }
        Found all = new Found(List.of(), Map.of(), left);
        out.add(left.size() == 1 ? Reason.of(ShareReason.ONE_YOUR_CHANGE_LEFT_OUT, all.named())
                : Reason.of(ShareReason.YOUR_CHANGES_LEFT_OUT, left.size(), all.named()));
        return out;
    }

    /** {@code f} without the notes of {@code found} (and their links): what is held back stays as the reader has it. */
    static ImportFile without(ImportFile f, Found found) {
        if (found.isEmpty()) {
            return f;
        }
        Set<MergeRecords.Incoming> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(found.notes());
        List<MergeRecords.Incoming> kept = f.notes().stream().filter(n -> !out.contains(n)).toList();
        Map<String, NoteLink> links = new LinkedHashMap<>(f.conversation().links());
        links.keySet().removeAll(found.links().keySet());
        return new ImportFile(f.format(), f.bookIdentity(), kept, f.people(), f.meta(), f.skipped(), f.notKept(),
                f.writtenAt(), new Conversation(links, f.conversation().votes()));
    }

    /** "2 changes to other people's notes are left out: …" (held back), or "… are taken, as you chose: …". */
    static Reason remark(Found found, boolean taken) {
        if (taken) {
            return Reason.of(ShareReason.OTHERS_CHANGES_TAKEN, found.named());
        }
        return found.size() == 1 ? Reason.of(ShareReason.ONE_OTHERS_CHANGE_LEFT_OUT, found.named())
                : Reason.of(ShareReason.OTHERS_CHANGES_LEFT_OUT, found.size(), found.named());
    }

    /** "Chen's question “Is the whole chapter…” re-worded, marked answered". */
    private static Reason describe(MergeRecords.Change ch, NoteLink incoming, NoteLink here, Optional<String> whose) {
        Annotation i = ch.incoming().annotation();
        Optional<Annotation> local = ch.local();
        if (local.isEmpty()) {
            return whose.map(n -> Reason.of(ShareReason.CHANGE_UNKNOWN_DELETED, n))
                    .orElseGet(() -> Reason.of(ShareReason.YOUR_CHANGE_UNKNOWN_DELETED));
        }
        Annotation l = local.get();
        List<Reason> what = new ArrayList<>();
        if (ch.action() == MergeRecords.Action.CONFLICT) {
            what.add(Reason.of(ShareReason.CHANGE_SECOND_VERSION));
        }
        if (i.isDeleted()) {
            what.add(Reason.of(ShareReason.CHANGE_DELETED));
        } else {
            if (!i.note().equals(l.note())) {
                what.add(Reason.of(ShareReason.CHANGE_REWORDED));
            }
            Optional<String> before = here == null ? Optional.empty() : here.answeredBy();
            if (incoming != null && !incoming.answeredBy().equals(before)) {
                what.add(Reason.of(incoming.answeredBy().isPresent() ? ShareReason.CHANGE_MARKED_ANSWERED
                        : ShareReason.CHANGE_MARKED_OPEN));
            }
            if (what.isEmpty() || !sameBesidesWords(i, l)) {
                what.add(Reason.of(ShareReason.CHANGE_OTHERWISE));
            }
        }
        Reason kind = Reason.of(here != null && here.question() ? ShareReason.KIND_QUESTION
                : here != null && here.parentId().isPresent() ? ShareReason.KIND_REPLY
                : l.kind() == Annotation.Kind.HIGHLIGHT ? ShareReason.KIND_HIGHLIGHT
                : l.kind() == Annotation.Kind.BOOKMARK ? ShareReason.KIND_BOOKMARK : ShareReason.KIND_NOTE);
        String quote = quote(l);
        return whose.map(n -> Reason.of(ShareReason.CHANGED_NOTE, n, kind, quote, Reason.listOf(what)))
                .orElseGet(() -> Reason.of(ShareReason.YOUR_CHANGED_NOTE, kind, quote, Reason.listOf(what)));
    }

    /**
     * "Ana's question “Is the whole…” re-worded, marked answered": what {@code theirs} (with {@code theirsLink}) would do
     * to {@code own}, a note as its author's own file has it (with {@code ownLink}); {@code whose}: the author's name.
     */
    static Reason against(MergeRecords.Incoming theirs, NoteLink theirsLink, Annotation own, NoteLink ownLink,
                          String whose) {
        MergeRecords.Action action = theirs.annotation().isDeleted() ? MergeRecords.Action.DELETE : MergeRecords.Action.UPDATE;
        return describe(new MergeRecords.Change(action, theirs, Optional.of(own), true), theirsLink, ownLink,
                Optional.of(whose));
    }

    /** Whether two versions differ in their words alone (colour, tags and place the same). */
    private static boolean sameBesidesWords(Annotation a, Annotation b) {
        return a.colour() == b.colour() && a.tags().equals(b.tags()) && a.chapterId().equals(b.chapterId())
                && a.anchor().equals(b.anchor()) && a.kind() == b.kind();
    }

    /** The note's first words, else the passage it marks, on one line and cut: "Is the whole chapter outd…". */
    static String quote(Annotation a) {
        String text = a.note().isBlank() ? a.anchor().map(x -> x.quote().exact()).orElse("") : a.note();
        String line = AuthorNames.listed(text).replaceAll("\\s+", " ").strip();
        return AuthorNames.cut(line, QUOTE, true);
    }

    /** Whose note it is, by the reader's name for them; empty for the reader's own. */
    private static Optional<String> whose(MergeRecords.Change ch, ImportFile contents,
                                          Map<String, AuthorStore.Author> known, Set<String> mine) {
        String id = ch.local().map(Annotation::authorId).orElse(ch.incoming().annotation().authorId());
        if (mine.contains(id)) {
            return Optional.empty();
        }
        String name = Optional.ofNullable(known.get(id)).map(AuthorStore.Author::name)
                .or(() -> Optional.ofNullable(contents.people().get(id)).map(AuthorStore.Person::name))
                .or(() -> ch.local().map(Annotation::author)).filter(n -> !n.isBlank()).orElse(id);
        return Optional.of(AuthorNames.shorten(AuthorNames.listed(name)));
    }
}
