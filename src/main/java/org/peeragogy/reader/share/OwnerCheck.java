package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.StoreException;

/**
 * What a file imported by hand ({@code import FILE|FOLDER}, File → Import…, File → Import a folder…) says for people
 * other than its writer (decision 0061, extending 0042 and 0043). Its writer is the owner its name gives
 * ({@code Ben_<uuid>.peeranotes}, a group file's name), else the reader its header says wrote it ({@code exported_by},
 * notes files of this version). Of a file with a writer, the preview names everyone else whose notes, deletions,
 * votes or names it holds; their votes and its changes to their notes (edits, deletions, answered marks:
 * {@link OthersChanges}, decision 0069, which folds 0042's rule for files named after their owner) are left out unless
 * the reader takes them; the names it gives people the reader knows are not taken. A file that does not say who wrote
 * it (an older notes file, W3C, Hypothesis) speaks for no one: its new notes come in, its changes and votes only by
 * the reader's choice, and its preview names the people in it when there are several ({@link NoWriterCheck}). Votes that say they are the
 * reader's are never taken from a file another reader wrote, nor from one that does not say (tester t15's F12;
 * {@link FileVotes}). Threads: not the FX thread (reads the database); one call at a time.
 */
final class OwnerCheck {
    /**
     * A file checked.
     *
     * @param contents     the file, without what is left out (changes to other people's notes, their votes, the names
     *                     it gives them)
     * @param others       the people other than its writer whose notes it holds (empty: nothing to say)
     * @param owner        the name of the file's writer (for the remark), "" when it does not say
     * @param leftOut      how many changes to other people's notes were taken out
     * @param remarks      what the preview says of it first, in order
     * @param votesLeftOut other people's votes taken out (the reader may take them: {@link NoteSharing.Preview#withOthersVotes})
     * @param notTheirs    the people whose names the file gives though it is not theirs: never a rename, and a new
     *                     layer's name is replaced by the person's own file, whatever its age
     * @param changesLeftOut the changes to other people's notes taken out (the reader may take them)
     * @param writer       the author id of the file's writer; empty when it does not say
     */
    record Checked(ImportFile contents, List<Authorship.Other> others, String owner, int leftOut, List<Reason> remarks,
                   List<Vote> votesLeftOut, Set<String> notTheirs, OthersChanges.Found changesLeftOut,
                   Optional<String> writer) {
        Checked {
            others = List.copyOf(others);
            remarks = List.copyOf(remarks);
            votesLeftOut = List.copyOf(votesLeftOut);
            notTheirs = Set.copyOf(notTheirs);
        }

        /**
         * This check with {@code why} said first: why the file speaks for no one. The remark of a file that does not say
         * who wrote it then only names the people in it (t15g's F3: "says someone else wrote it" beside "does not say
         * who wrote it").
         */
        Checked first(Reason why) {
            List<Reason> all = new ArrayList<>(List.of(why));
            for (Reason r : remarks) {
                all.add(r.code() == ShareReason.NO_WRITER_PEOPLE ? Reason.of(ShareReason.PEOPLE_IN_IT, r.args().toArray())
                        : r);
            }
            return new Checked(contents, others, owner, leftOut, all, votesLeftOut, notTheirs, changesLeftOut, writer);
        }

        /** {@code planned} with {@link #remarks()} first among its remarks, and what it left out for others. */
        NoteSharing.Preview saying(NoteSharing.Preview planned) {
            List<Reason> all = new ArrayList<>(remarks);
            all.addAll(planned.plan().remarks());
            MergeRecords.Plan plan = planned.plan();
            Map<String, Instant> named = new HashMap<>();
            notTheirs.forEach(id -> named.put(id, Instant.EPOCH));
            List<String> files = votesLeftOut.isEmpty() && changesLeftOut.isEmpty() ? List.of()
                    : List.of(String.valueOf(planned.file().getFileName()));
            return new NoteSharing.Preview(planned.file(), planned.contents(),
                    new MergeRecords.Plan(plan.changes(), plan.counts(), all, plan.votes()),
                    new ForOthers(votesLeftOut, named, changesLeftOut.notes(), changesLeftOut.links(), files,
                            writer.isEmpty() ? files : List.of()));
        }
    }

    /** Fewest people the reader has never seen that make a file's crowd worth a remark of its own. */
    static final int MANY_STRANGERS = 50;

    private final Database db;
    private Map<String, AuthorStore.Author> known;
    private Set<String> mine;
    /** Whether the reader's group allows anonymous questions (decision 0080), read with {@link #known}. */
    private boolean anonymousAllowed;

    OwnerCheck(Database db) {
        this.db = db;
    }

    /**
     * Checks {@code contents}, read from {@code file}; {@code takeOthersChanges} true keeps the changes it makes to
     * notes of people other than its writer (edits, deletions, answered marks); {@code takeOthersVotes} true keeps the
     * votes of people other than its writer.
     *
     * @throws StoreException when the reader's database cannot be read
     */
    Checked check(Path file, ImportFile contents, boolean takeOthersChanges, boolean takeOthersVotes)
            throws StoreException {
        return check(Authorship.ownerOf(String.valueOf(file.getFileName())), contents, takeOthersChanges,
                takeOthersVotes, true);
    }

    /**
     * Checks a group folder's file (fresh tester t15e's M1: {@code group-folder sync --merge-all} took every change a
     * forged file made to other people's notes): its owner is the one its name gives, {@code named} (a conflict copy's
     * too, by its original name), else the reader its header says wrote it; what it says for anyone else is held back
     * as an import's is. {@code sayOthers} false leaves out the remark naming the other people in it (the group folder
     * says its own, {@code Authorship.saying}).
     *
     * @throws StoreException when the reader's database cannot be read
     */
    Checked check(Optional<String> named, ImportFile contents, boolean takeOthersChanges, boolean takeOthersVotes,
                  boolean sayOthers) throws StoreException {
        return check(named, contents, takeOthersChanges, takeOthersVotes, sayOthers, false);
    }

    /**
     * As {@link #check(Optional, ImportFile, boolean, boolean, boolean)}; {@code groupFile}: a group folder's file, which
     * speaks for its writer only when its name is theirs too ({@code Ana_<id>.peeranotes}, the name Ana's reader writes
     * under; fresh tester t15g's M1: Ana's file copied under another name, her notes changed, merged as hers without a
     * question). A sync tool's conflict copy has its original's name.
     *
     * @throws StoreException when the reader's database cannot be read
     */
    Checked check(Optional<String> named, ImportFile contents, boolean takeOthersChanges, boolean takeOthersVotes,
                  boolean sayOthers, boolean groupFile) throws StoreException {
        if (groupFile && named.isEmpty() && contents.writer().isPresent()) {
            Checked c = check(named, without(contents), takeOthersChanges, takeOthersVotes, sayOthers, false);
            return c.first(Reason.of(ShareReason.NOT_WRITERS_GROUP_FILE, nameOf(contents.writer().get(), contents)));
        }
        if (known == null) {
            known = db.authors().byId();
            mine = db.readerIds();
            anonymousAllowed = db.settings().workshopOption(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS);
        }
        Checked c = checked(named, contents, takeOthersChanges, takeOthersVotes, sayOthers);
        // A file that brings far more people than the reader's notes have is said first (t15b's F9: 10,000 invented
        // people came in under the general remark).
        Set<String> strangers = new HashSet<>(named(contents, mine));
        strangers.removeAll(known.keySet());
        strangers.removeAll(mine);
        if (strangers.size() < MANY_STRANGERS || strangers.size() <= 2 * known.size()) {
            return c;
        }
        List<Reason> remarks = new ArrayList<>(List.of(Reason.of(ShareReason.MANY_NEW_PEOPLE, strangers.size(),
                known.size())));
        remarks.addAll(c.remarks());
        return new Checked(c.contents(), c.others(), c.owner(), c.leftOut(), remarks, c.votesLeftOut(), c.notTheirs(),
                c.changesLeftOut(), c.writer());
    }

    /** As {@link #check}, but for the people it brings. */
    private Checked checked(Optional<String> byName, ImportFile contents, boolean takeOthersChanges,
                            boolean takeOthersVotes, boolean sayOthers) throws StoreException {
        // The writer is the one the file itself names (exported_by); a name like Ana_<id>.peeranotes only agrees or not
        // (fresh tester t15f's M1: a writer-less forgery renamed after Ana changed Ana's notes; t15d's F4: the weaker
        // claim won when the stronger was taken out). Every notes file the reader writes names its writer.
        Optional<String> header = contents.writer();
        Optional<String> writer = byName.isEmpty() ? header : header.filter(byName.get()::equals);
        if (writer.isEmpty()) {
            // A file that does not say who wrote it speaks for no one (t15c's M2: a notes file with its writer line taken
            // out; t15d's M1: the same forgery as W3C JSON-LD): its new notes come in, the rest only by choice.
            Checked c = new NoWriterCheck(db, known, mine).check(contents, takeOthersChanges, takeOthersVotes);
            if (byName.isEmpty()) {
                return c;
            }
            return c.first(Reason.of(header.isEmpty() ? ShareReason.NAME_NOT_WRITER : ShareReason.NAME_NOT_WRITER_OTHER,
                    nameOf(byName.get(), contents)));
        }
        String w = writer.get();
        // Where the reader's group allows no anonymous questions (decision 0080), a writer's "Anonymous" is someone else,
        // and a writer who calls themselves so speaks for no one: said, as the group folder says it (t15i's M1).
        if (!anonymousAllowed && !mine.contains(w) && org.peeragogy.reader.text.LookAlikes.anonymous(AuthorNames.clean(
                Optional.ofNullable(contents.people().get(w)).map(AuthorStore.Person::name).orElse("")))) {
            return new NoWriterCheck(db, known, mine).check(contents, takeOthersChanges, takeOthersVotes).first(
                    Reason.of(ShareReason.WRITER_CALLED_ANONYMOUS));
        }
        List<Authorship.Other> found = Authorship.others(contents, w, known, mine,
                db.groupFolder().people().anonymousOf(w), anonymousAllowed);
        Set<String> named = named(contents, mine);
        Map<String, Authorship.Other> others = new LinkedHashMap<>();
        found.stream().filter(o -> named.contains(o.id())).forEach(o -> others.put(o.id(), o));
        // The writer's own ids: their main one, and the anonymous one Authorship let pass as theirs (or, in a file of
        // the reader's own, the reader's ids).
        Set<String> writers = new HashSet<>(Set.of(w));
        contents.notes().forEach(n -> writers.add(n.annotation().authorId()));
        contents.conversation().votes().forEach(v -> writers.add(v.voterId()));
        writers.removeAll(others.keySet());
        writers.retainAll(named.isEmpty() ? Set.of() : named);
        writers.add(w);

        Map<String, AuthorStore.Person> people = new HashMap<>(contents.people());
        List<Reason> namesNotTaken = new ArrayList<>();
        Set<String> notTheirs = new HashSet<>(others.keySet());
        for (AuthorStore.Person p : contents.people().values()) {
            if (writers.contains(p.id())) {
                continue;
            }
            notTheirs.add(p.id());
            AuthorStore.Author k = known.get(p.id());
            if (k != null && !mine.contains(p.id()) && !p.name().isEmpty() && !p.name().equals(k.name())) {
                namesNotTaken.add(Reason.of(ShareReason.NAME_GIVEN, shown(k.name()), shown(p.name())));
                Authorship.Other o = others.get(p.id());
                others.put(p.id(), o != null ? o.renamed()
                        : new Authorship.Other(p.id(), shown(k.name()), 0, 0, 0, false).renamed());
            }
        }
        // Never a rename by someone else's file: the people the reader knows keep the name they have (the store takes
        // a person's name from the file's people, else from their note).
        for (String id : notTheirs) {
            AuthorStore.Author k = known.get(id);
            if (k != null) {
                AuthorStore.Person p = people.get(id);
                people.put(id, new AuthorStore.Person(id, k.name(), k.nickname(), p == null ? "" : p.colour()));
            }
        }

        FileVotes split = FileVotes.split(contents, writers, named, mine, takeOthersVotes);
        List<Vote> votesLeftOut = split.leftOut();
        String name = nameOf(w, contents);
        Object said = apart(w, name);
        List<Authorship.Other> list = List.copyOf(others.values());
        List<Reason> remarks = new ArrayList<>();
        if (!list.isEmpty() && sayOthers) {
            // One remark whatever says who wrote it, its name or its header: the group folder's (OTHERS_IN_FILE) speaks
            // of merging and accepting, and said its deletions of others' notes came in by merging (decision 0069).
            remarks.add(Authorship.remark(list, said, ShareReason.OTHERS_IN_WRITERS_FILE, Map.of(w, name)));
        } else if (!known.containsKey(w) && !mine.contains(w)) {
            // A new writer with the name of someone the reader has, and no one else's notes to name them by: said
            // alone (t15c's F6: "Ana here: I withdraw my question" read as Ana's own file).
            namesake(w, name).ifPresent(k -> remarks.add(Reason.of(ShareReason.NEW_WRITER_SHARES_NAME,
                    Reason.of(ShareReason.WRITER_NAMED_APART, name, org.peeragogy.reader.book.AuthorIds.shortLabel(w)),
                    shown(k.name()), org.peeragogy.reader.book.AuthorIds.shortLabel(k.id()))));
        }
        ImportFile kept = with(contents, people, split.taken());
        // A note changes by its own writer's file only (decision 0069): what this one changes of anyone else's is held
        // back unless the reader takes it; their new notes come in.
        OthersChanges.Found changes = OthersChanges.find(db, kept, id -> !writers.contains(id), known, mine, true);
        if (!changes.isEmpty()) {
            remarks.add(OthersChanges.remark(changes, takeOthersChanges));
            if (!takeOthersChanges) {
                kept = OthersChanges.without(kept, changes);
            }
        }
        OthersChanges.Yours yours = mine.contains(w) ? OthersChanges.Yours.NONE : OthersChanges.yours(db, kept, mine);
        kept = yoursLeftOut(kept, yours, takeOthersChanges, remarks);
        if (votesLeftOut.size() == 1) {
            remarks.add(Reason.of(ShareReason.ONE_OTHERS_VOTE_LEFT_OUT, said));
        } else if (votesLeftOut.size() > 1) {
            remarks.add(Reason.of(ShareReason.OTHERS_VOTES_LEFT_OUT, votesLeftOut.size(), said));
        }
        if (!namesNotTaken.isEmpty()) {
            remarks.add(Reason.of(ShareReason.NAMES_NOT_TAKEN, Reason.listOf(namesNotTaken)));
        }
        claimedRemark(split.claimed()).ifPresent(remarks::add);
        OthersChanges.Found out = takeOthersChanges ? OthersChanges.Found.NONE : changes.plus(yours.takeable());
        return new Checked(kept, list, name, out.size(), remarks, votesLeftOut, notTheirs, out, writer);
    }

    /**
     * The people a file names: its people, the writers of its notes, and the reader. A vote under any other id is left
     * out by the store, and said so (decision 0043): such a voter is not a person to name here.
     */
    static Set<String> named(ImportFile contents, Set<String> mine) {
        Set<String> named = new HashSet<>(contents.people().keySet());
        contents.notes().forEach(n -> named.add(n.annotation().authorId()));
        named.addAll(mine);
        return named;
    }

    /**
     * {@code kept} without the changes to the reader's own notes it may not take (all of them unless {@code taken}),
     * said in {@code remarks} (fresh tester t15e's F1: dropped and counted "unchanged", with no word).
     */
    static ImportFile yoursLeftOut(ImportFile kept, OthersChanges.Yours yours, boolean taken,
                                   List<Reason> remarks) {
        remarks.addAll(OthersChanges.yoursRemarks(yours, taken));
        ImportFile out = OthersChanges.without(kept, yours.never());
        return taken ? out : OthersChanges.without(out, yours.takeable());
    }

    static Optional<Reason> claimedRemark(int claimed) {
        return claimed == 0 ? Optional.empty() : Optional.of(claimed == 1 ? Reason.of(ShareReason.CLAIMED_VOTE_NOT_TAKEN)
                : Reason.of(ShareReason.CLAIMED_VOTES_NOT_TAKEN, claimed));
    }

    /** {@code f} without the writer it names ({@code exported_by}): read as a file that does not say. */
    private static ImportFile without(ImportFile f) {
        Map<String, String> meta = new HashMap<>(f.meta());
        meta.remove(NotesFile.EXPORTED_BY);
        return new ImportFile(f.format(), f.bookIdentity(), f.notes(), f.people(), meta, f.skipped(), f.notKept(),
                f.writtenAt(), f.conversation());
    }

    /** {@code f} with these people and votes. */
    static ImportFile with(ImportFile f, Map<String, AuthorStore.Person> people, List<Vote> votes) {
        return new ImportFile(f.format(), f.bookIdentity(), f.notes(), people, f.meta(), f.skipped(), f.notKept(),
                f.writtenAt(), new Conversation(f.conversation().links(), votes));
    }

    /** How the reader names {@code id}: the name they have, else the file's, else the id. */
    private String nameOf(String id, ImportFile contents) {
        return Optional.ofNullable(known.get(id)).map(AuthorStore.Author::name)
                .or(() -> Optional.ofNullable(contents.people().get(id)).map(AuthorStore.Person::name))
                .filter(n -> !n.isBlank()).map(AuthorNames::listed).orElse(id);
    }

    /**
     * The writer {@code w}, named {@code name}, told apart when someone else the reader knows has that name (fresh
     * testers t15c's F6, t15d's F6: a new writer calling themselves "Ana" deleted Ana's note, and the remark printed
     * both as "Ana"): "Ana (id 11111111, new to you)"; else the name alone.
     */
    private Object apart(String w, String name) {
        if (namesake(w, name).isEmpty()) {
            return name;
        }
        return Reason.of(known.containsKey(w) || mine.contains(w) ? ShareReason.WRITER_NAMED_APART
                : ShareReason.NEW_WRITER_NAMED_APART, name, org.peeragogy.reader.book.AuthorIds.shortLabel(w));
    }

    /** Someone else the reader knows whose name is {@code name}, the name of the writer {@code w}. */
    private Optional<AuthorStore.Author> namesake(String w, String name) {
        String key = AuthorNames.listed(name).strip().toLowerCase(java.util.Locale.ROOT);
        return known.values().stream().filter(k -> !k.id().equals(w)
                && AuthorNames.listed(k.name()).strip().toLowerCase(java.util.Locale.ROOT).equals(key)).findFirst();
    }

    static String shown(String name) {
        return AuthorNames.shorten(AuthorNames.listed(name));
    }
}
