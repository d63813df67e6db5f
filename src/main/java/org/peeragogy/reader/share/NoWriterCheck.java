package org.peeragogy.reader.share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.ConversationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * What a file that does not say who wrote it (an older version's notes file, one whose writer line was taken out, W3C,
 * Hypothesis) says for people, for {@link OwnerCheck}: it speaks for no one (fresh tester t15c's M2: taking out one line
 * of Mal's file let it change everyone's notes). Its new notes come in, but its changes to notes the reader has, its
 * votes and the names it gives people the reader knows are taken only by choice, as a writer's file's are for others
 * (decision 0069, amended). Votes that say they are the reader's are never taken ({@link FileVotes}, shared with the
 * writer's path). Its preview names the people in it when there are several. Threads: not the FX thread (reads the
 * database); one call at a time.
 */
final class NoWriterCheck {
    private final Database db;
    private final Map<String, AuthorStore.Author> known;
    private final Set<String> mine;

    /**
     * @param known the people the reader has, by author id
     * @param mine  the reader's ids
     */
    NoWriterCheck(Database db, Map<String, AuthorStore.Author> known, Set<String> mine) {
        this.db = db;
        this.known = known;
        this.mine = mine;
    }

    /**
     * Checks {@code contents}; {@code takeOthersChanges} true keeps its changes to notes the reader has and the names
     * it gives people the reader knows, {@code takeOthersVotes} true the votes of people other than the reader.
     *
     * @throws StoreException when the reader's database cannot be read
     */
    OwnerCheck.Checked check(ImportFile contents, boolean takeOthersChanges, boolean takeOthersVotes)
            throws StoreException {
        Set<String> named = OwnerCheck.named(contents, mine);
        List<Authorship.Other> found = new ArrayList<>(Authorship.others(contents, "", known, mine, Set.of()).stream()
                .filter(o -> named.contains(o.id())).toList());
        Map<String, AuthorStore.Person> people = new HashMap<>(contents.people());
        List<Reason> namesNotTaken = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Authorship.Other o = found.get(i);
            AuthorStore.Author k = known.get(o.id());
            AuthorStore.Person p = contents.people().get(o.id());
            if (k != null && p != null && !o.yours() && !p.name().isEmpty() && !p.name().equals(k.name())) {
                found.set(i, o.renamed());
                if (!takeOthersChanges) { // a new name is a change: taken with the others, by choice
                    namesNotTaken.add(Reason.of(ShareReason.NAME_GIVEN, OwnerCheck.shown(k.name()),
                            OwnerCheck.shown(p.name())));
                    people.put(o.id(), new AuthorStore.Person(o.id(), k.name(), k.nickname(), p.colour()));
                }
            }
        }
        // Speaking for no one, none of its votes is anyone's own: the reader's never taken, others' by choice.
        FileVotes split = FileVotes.split(contents, Set.of(), named, mine, takeOthersVotes);
        List<Vote> votesLeftOut = split.leftOut();
        List<Reason> remarks = new ArrayList<>();
        // Several people, not counting the reader nor "Anonymous" (someone's anonymous questions, decision 0031).
        if (found.stream().filter(o -> !o.yours() && !Optional.ofNullable(contents.people().get(o.id()))
                .map(AuthorStore.Person::name).filter(ConversationStore.ANONYMOUS_NAME::equals).isPresent()).count() > 1) {
            remarks.add(Authorship.remark(found, "", ShareReason.NO_WRITER_PEOPLE));
        }
        ImportFile kept = OwnerCheck.with(contents, namesNotTaken.isEmpty() ? contents.people() : people, split.taken());
        OthersChanges.Found changes = OthersChanges.find(db, kept, id -> true, known, mine, true);
        if (!changes.isEmpty()) {
            remarks.add(OthersChanges.remark(changes, takeOthersChanges));
            if (!takeOthersChanges) {
                kept = OthersChanges.without(kept, changes);
            }
        }
        OthersChanges.Yours yours = OthersChanges.yours(db, kept, mine);
        kept = OwnerCheck.yoursLeftOut(kept, yours, takeOthersChanges, remarks);
        if (!votesLeftOut.isEmpty()) {
            remarks.add(Reason.of(ShareReason.NO_WRITER_VOTES_LEFT_OUT, votesLeftOut.size()));
        }
        if (!namesNotTaken.isEmpty()) {
            remarks.add(Reason.of(ShareReason.NAMES_NOT_TAKEN, Reason.listOf(namesNotTaken)));
        }
        OwnerCheck.claimedRemark(split.claimed()).ifPresent(remarks::add);
        OthersChanges.Found out = takeOthersChanges ? OthersChanges.Found.NONE : changes.plus(yours.takeable());
        Set<String> notTheirs = new HashSet<>();
        if (!takeOthersChanges) { // a file taken as it says names everyone in it as it says
            found.forEach(o -> notTheirs.add(o.id()));
        }
        return new OwnerCheck.Checked(kept, found, "", out.size(), remarks, votesLeftOut, notTheirs, out, Optional.empty());
    }
}
