package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * The group folder's {@link Authorship} check on a file imported by hand ({@code import FILE|FOLDER}, File →
 * Import…, File → Import a folder…; issue 16's second retest, b1): a file whose name names its owner as a group
 * file's does ({@code Ben_<uuid>.peeranotes}) and holds notes, deletions or votes of anyone else says so, in the
 * same words, and the deletions it carries for other people can be taken out (the command line does unless told
 * otherwise; the window asks with the remark shown). A file of any other name is a facilitator's export or a
 * person's and is taken as it is. Threads: not the FX thread (reads the database); one call at a time.
 */
final class OwnerCheck {
    /**
     * A file checked.
     *
     * @param contents the file, without the other people's deletions when they were taken out
     * @param others   the people other than its owner whose notes it holds (empty: nothing to say)
     * @param owner    the name the file gives its owner (for the remark)
     * @param leftOut  how many deletions of other people's were taken out
     */
    record Checked(ImportFile contents, List<Authorship.Other> others, String owner, int leftOut) {
        /** "This file holds notes by other people: Ana (1 deletion). …" when it does. */
        Optional<Reason> remark() {
            if (others.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Authorship.remark(others, owner));
        }

        /** {@code planned} with {@link #remark()}, when there is one, first among its remarks. */
        NoteSharing.Preview saying(NoteSharing.Preview planned) {
            return others.isEmpty() ? planned : Authorship.saying(planned, others, owner);
        }
    }

    private final Database db;
    private Map<String, AuthorStore.Author> known;
    private Set<String> mine;

    OwnerCheck(Database db) {
        this.db = db;
    }

    /**
     * Checks {@code contents}, read from {@code file}; {@code keepOthersDeletions} false takes out the deletions it
     * carries for people other than its owner.
     *
     * @throws StoreException when the reader's database cannot be read
     */
    Checked check(Path file, ImportFile contents, boolean keepOthersDeletions) throws StoreException {
        Optional<String> owner = Authorship.ownerOf(String.valueOf(file.getFileName()));
        if (owner.isEmpty()) {
            return new Checked(contents, List.of(), "", 0);
        }
        if (known == null) {
            known = db.authors().byId();
            String me = db.settings().readerId();
            mine = db.conversation().anonymousId().map(anon -> Set.of(me, anon)).orElse(Set.of(me));
        }
        List<Authorship.Other> others = Authorship.others(contents, owner.get(), known, mine,
                db.groupFolder().anonymousOf(owner.get()));
        String name = Optional.ofNullable(known.get(owner.get())).map(AuthorStore.Author::name)
                .or(() -> Optional.ofNullable(contents.people().get(owner.get())).map(AuthorStore.Person::name))
                .filter(n -> !n.isBlank()).map(org.peeragogy.reader.book.AuthorNames::listed).orElse(owner.get());
        if (keepOthersDeletions || others.isEmpty()) {
            return new Checked(contents, others, name, 0);
        }
        return new Checked(Authorship.withoutDeletionsOf(contents, others), others, name, Authorship.deletions(others));
    }
}
