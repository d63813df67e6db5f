package org.peeragogy.reader.share;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.ConversationStore;
import org.peeragogy.reader.store.MergeRecords;

/**
 * Whose notes a group file holds, against whose file its name says it is (issue 16's retest, M2; decision 0035).
 * A reader writes into its file only its own notes, their tombstones and its own votes (the export filter by author
 * id), and the questions it asked anonymously (decision 0031: under one more id, named "Anonymous"). So a file named
 * after one person that holds notes, deletions or votes of anyone else is not that person's file, whatever its name
 * says: it is never merged without asking, merging it accepts no one, and its preview says whose notes are in it.
 * The same check runs on a file imported by hand ({@code import FILE|FOLDER}, File → Import…) whose name names its
 * owner as a group file's does ({@link #ownerOf}; issue 16's second retest, b1).
 *
 * <p>An id counts as the owner's anonymous one only when the file names it "Anonymous", it carries nothing but
 * questions (no deletion, plain note or vote), it is not one of the reader's own ids (their main one and their
 * anonymous one), and the reader has never seen it, or has merged it before from this owner's own file (a file that
 * labels Ana's id "Anonymous" to delete her notes or add to them is caught); and only one such id per file (issue
 * 16's second retest, B1). Threads: any; nothing here touches the disk.
 */
public final class Authorship {
    private Authorship() {
    }

    /** Someone other than the file's owner, and what of theirs the file holds. */
    public record Other(String id, String name, int notes, int deletions, int votes, boolean yours, boolean newName) {
        /** Without a new name for them. Any thread. */
        public Other(String id, String name, int notes, int deletions, int votes, boolean yours) {
            this(id, name, notes, deletions, votes, yours, false);
        }

        /** The same person, with a new name in the file (decision 0061). Any thread. */
        Other renamed() {
            return new Other(id, name, notes, deletions, votes, yours, true);
        }

        /** "Eve (1 note, 2 votes)" ({@link ShareReason#OTHER_PERSON}); "your own (2 notes)" for the reader. */
        public Reason describe() {
            return describe(false);
        }

        /**
         * As {@link #describe()}; {@code apart} (someone else named there has their name: {@link AuthorNames#namesakes})
         * with the start of their id, "Dana (id f5321970, 1 note)" ({@link ShareReason#OTHER_PERSON_APART}).
         */
        Reason describe(boolean apart) {
            return yours ? Reason.of(ShareReason.YOUR_OWN, counts()) : apart ? Reason.of(ShareReason.OTHER_PERSON_APART,
                    name, org.peeragogy.reader.book.AuthorIds.shortLabel(id), counts())
                    : Reason.of(ShareReason.OTHER_PERSON, name, counts());
        }

        /** "1 note, 2 votes". */
        Reason counts() {
            List<Reason> what = new ArrayList<>();
            count(what, notes, ShareReason.ONE_NOTE, ShareReason.NOTES);
            count(what, deletions, ShareReason.ONE_DELETION, ShareReason.DELETIONS);
            count(what, votes, ShareReason.ONE_VOTE, ShareReason.VOTES);
            if (newName) {
                what.add(Reason.of(ShareReason.A_NEW_NAME));
            }
            return Reason.listOf(what);
        }

        private static void count(List<Reason> what, int n, ShareReason one, ShareReason many) {
            if (n == 1) {
                what.add(Reason.of(one));
            } else if (n > 1) {
                what.add(Reason.of(many, n));
            }
        }
    }

    /**
     * The people other than {@code owner} whose notes, deletions or votes {@code file} holds, by id.
     *
     * @param known           the reader's own layers by id (what it already calls each person, and whom it has seen)
     * @param mine            the reader's own ids: its author id and its anonymous id (never anyone else's)
     * @param ownersAnonymous the anonymous ids the reader merged before from {@code owner}'s own files
     */
    public static List<Other> others(ImportFile file, String owner, Map<String, AuthorStore.Author> known, Set<String> mine,
                              Set<String> ownersAnonymous) {
        return others(file, owner, known, mine, ownersAnonymous, true);
    }

    /**
     * As {@link #others(ImportFile, String, Map, Set, Set)}; {@code anonymousAllowed} false (the reader's group does not
     * allow anonymous questions, decision 0080): the owner's "Anonymous" is someone else too, so that a file carrying
     * an anonymous question never merges without asking there (fresh tester t15h's M1: the rule was only the asker's
     * reader's).
     */
    public static List<Other> others(ImportFile file, String owner, Map<String, AuthorStore.Author> known, Set<String> mine,
                              Set<String> ownersAnonymous, boolean anonymousAllowed) {
        Map<String, int[]> counts = new TreeMap<>();
        for (MergeRecords.Incoming n : file.notes()) {
            counts.computeIfAbsent(n.annotation().authorId(), k -> new int[3])[n.annotation().isDeleted() ? 1 : 0]++;
        }
        for (Vote v : file.conversation().votes()) {
            counts.computeIfAbsent(v.voterId(), k -> new int[3])[2]++;
        }
        counts.remove(owner);
        if (mine.contains(owner)) {
            // A file under the reader's own id (a copy of their profile): their anonymous questions are the owner's
            // own, not "other people's" (try17w F16).
            counts.keySet().removeAll(mine);
        }
        // The owner's anonymous id carries only questions they asked, never a deletion, a plain note or a vote
        // (a fresh tester deleted anonymous questions and added a highlight through a forged "Anonymous").
        Set<String> onlyQuestions = new HashSet<>();
        Set<String> anythingElse = new HashSet<>();
        for (MergeRecords.Incoming n : file.notes()) {
            Annotation a = n.annotation();
            boolean question = !a.isDeleted() && Optional.ofNullable(file.conversation().links().get(a.id()))
                    .map(NoteLink::question).orElse(false);
            (question ? onlyQuestions : anythingElse).add(a.authorId());
        }
        for (Vote v : file.conversation().votes()) {
            anythingElse.add(v.voterId());
        }
        // Never the reader's own anonymous id (a forged deletion of their own question would then travel in their
        // own file), and never an id seen elsewhere (Ana's anonymous id, merged from Ana's file) unless it came from
        // this owner's file before.
        // A file that says no writer (owner "") has no owner's anonymous id: its "Anonymous" is one more person, named
        // in its remark as the others are (t15d's F5: a W3C creator called "Anonymous" was left out of the list).
        Optional<String> anonymous = owner.isEmpty() ? Optional.empty() : counts.keySet().stream().filter(id -> !mine.contains(id)
                && onlyQuestions.contains(id) && !anythingElse.contains(id)
                && Optional.ofNullable(file.people().get(id)).map(AuthorStore.Person::name)
                        .filter(ConversationStore.ANONYMOUS_NAME::equals).isPresent()
                && (!known.containsKey(id) || ownersAnonymous.contains(id)
                        && ConversationStore.ANONYMOUS_NAME.equals(known.get(id).name()))).findFirst();
        if (anonymousAllowed) {
            anonymous.ifPresent(counts::remove);
        }
        List<Other> out = new ArrayList<>();
        counts.forEach((id, n) -> out.add(new Other(id, nameOf(id, file, known), n[0], n[1], n[2], mine.contains(id))));
        return out;
    }

    /** {@code _<uuid>} at the end of a group file's name (before {@code .peeranotes}). */
    private static final Pattern UUID_TAIL = Pattern.compile(
            "_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");

    /**
     * The author id a file's name gives its owner, {@code urn:uuid:<uuid>} of {@code Ben_<uuid>.peeranotes}
     * (decision 0026's names); empty for any other name. Any thread.
     */
    public static Optional<String> ownerOf(String fileName) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".peeranotes")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - ".peeranotes".length());
        Matcher m = UUID_TAIL.matcher(stem.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of("urn:uuid:" + m.group(1)) : Optional.empty();
    }

    /**
     * The id a file of {@code owner}'s own (one {@link #others} found nothing else in) carries as their anonymous
     * one, if any: every note's or vote's author but the owner.
     */
    public static Optional<String> anonymousIn(ImportFile file, String owner) {
        return file.notes().stream().map(n -> n.annotation().authorId()).filter(id -> !id.equals(owner)).findFirst();
    }

    /** "This file holds notes by other people: Eve (1 note), Ana (1 deletion). …", six people named at most. */
    static Reason remark(List<Other> others, String whose) {
        return remark(others, whose, ShareReason.OTHERS_IN_FILE);
    }

    /**
     * As {@link #remark(List, String)}, in the words of {@code how}: {@link ShareReason#OTHERS_IN_FILE} (a file named
     * after its owner), {@link ShareReason#OTHERS_IN_WRITERS_FILE} (a file that says who wrote it, decision 0061) or
     * {@link ShareReason#NO_WRITER_PEOPLE} (one that does not; {@code whose} unused). {@code whose}: a name, or a
     * {@link Reason} that names the writer apart from someone of the same name.
     */
    static Reason remark(List<Other> others, Object whose, ShareReason how) {
        return remark(others, whose, how, Map.of());
    }

    /**
     * As {@link #remark(List, Object, ShareReason)}; {@code writer}: the file's writer, by id to name (none when it
     * says none). Two people of one name among those named, or one named as the writer is, are told apart by the
     * start of their id, as the command line's {@code notes} tells them ({@link AuthorNames#namesakes}, t35's F8).
     */
    static Reason remark(List<Other> others, Object whose, ShareReason how, Map<String, String> writer) {
        // The reader's id and their anonymous one are one person to them: said once, counted together.
        List<Other> theirs = others.stream().filter(o -> !o.yours()).toList();
        List<Other> yours = others.stream().filter(Other::yours).toList();
        Optional<Other> own = yours.isEmpty() ? Optional.empty() : Optional.of(new Other(yours.get(0).id(), "",
                yours.stream().mapToInt(Other::notes).sum(), yours.stream().mapToInt(Other::deletions).sum(),
                yours.stream().mapToInt(Other::votes).sum(), true));
        if (theirs.isEmpty() && own.isPresent() && how != ShareReason.NO_WRITER_PEOPLE) {
            // The reader's own notes in someone else's file (a copy made without --author): said as theirs (F15).
            return Reason.of(how == ShareReason.OTHERS_IN_WRITERS_FILE ? ShareReason.YOURS_IN_WRITERS_FILE
                    : ShareReason.YOURS_IN_FILE, own.get().counts(), whose);
        }
        others = new ArrayList<>(theirs);
        own.ifPresent(others::add);
        // What would change the most first: whose notes the file deletes, then whose it adds, then votes alone (a
        // forged deletion of Ana's question came after 50 invented voters and was never named: fresh tester 18w's N2).
        others.sort(java.util.Comparator.comparingInt(Other::deletions).reversed()
                .thenComparing(o -> !o.newName())
                .thenComparing(java.util.Comparator.comparingInt(Other::notes).reversed())
                .thenComparing(java.util.Comparator.comparingInt(Other::votes).reversed()));
        List<Map.Entry<String, String>> people = new ArrayList<>(writer.entrySet());
        theirs.forEach(o -> people.add(Map.entry(o.id(), o.name())));
        java.util.Set<String> namesakes = AuthorNames.namesakes(people);
        List<Reason> named = others.stream().limit(6).map(o -> o.describe(namesakes.contains(o.id()))).toList();
        Reason list = others.size() > named.size()
                ? Reason.of(ShareReason.AND_MORE, Reason.listOf(named), others.size() - named.size())
                : Reason.listOf(named);
        return how == ShareReason.NO_WRITER_PEOPLE ? Reason.of(how, list) : Reason.of(how, list, whose);
    }

    /**
     * {@code preview} with, first among its remarks, "This file holds notes by other people: Eve (1 note), Ana (1
     * deletion). …": what the reader sees in the preview and on the command line before merging it.
     *
     * @param whose the name the file's name gives its owner
     */
    public static NoteSharing.Preview saying(NoteSharing.Preview preview, List<Other> others, String whose) {
        List<Reason> remarks = new ArrayList<>();
        // The owner, by a placeholder id: whoever else is named as they are is told apart from them.
        remarks.add(remark(others, whose, ShareReason.OTHERS_IN_FILE, Map.of("", whose)));
        remarks.addAll(preview.plan().remarks());
        MergeRecords.Plan plan = preview.plan();
        return new NoteSharing.Preview(preview.file(), preview.contents(),
                new MergeRecords.Plan(plan.changes(), plan.counts(), remarks, plan.votes()), preview.forOthers());
    }

    private static String nameOf(String id, ImportFile file, Map<String, AuthorStore.Author> known) {
        String name = Optional.ofNullable(known.get(id)).map(AuthorStore.Author::name)
                .or(() -> Optional.ofNullable(file.people().get(id)).map(AuthorStore.Person::name))
                .map(AuthorNames::listed).filter(n -> !n.isBlank()).orElse(id);
        return AuthorNames.shorten(name);
    }
}
