package org.peeragogy.reader.share.group;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.share.Authorship;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.NotesFileHead;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.ConversationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.GroupFolderStore;
import org.peeragogy.reader.store.GroupFolderStore.SeenFile;
import org.peeragogy.reader.store.GroupFolderStore.State;
import org.peeragogy.reader.store.StoreException;

/**
 * One look at one notes file of a group folder ({@link GroupFolder#scan}): read again only when its size or time
 * changed and then its bytes, judged by its size and head before anything hashes it ({@link NotesFileHead}: a file
 * over the limit, or one that can never be read, is said once and costs nothing more, m3 and m4), read and checked
 * as any stranger's notes file, and held to its name: a file whose notes are not all its owner's is no one's
 * ({@link Authorship}, M2). What came of it is remembered. Threads: not the FX thread (files and the database).
 */
final class FileLook {
    /**
     * What one look found.
     *
     * @param file          the version as now known
     * @param arrival       when it brings something new
     * @param newlyUnusable it can never be read, and this version (or reason) was not said before
     */
    record Result(SeenFile file, Optional<Arrival> arrival, boolean newlyUnusable) {
    }

    /** Why a link in the group folder is not read (b8). */
    static final String LINK_REASON = "it is a link to another place, not a file, and the reader reads only files"
            + " that are in the group folder itself. Whoever put it there can take it out.";

    /**
     * Why a file cut short is not read yet: only that it is still arriving (t16's N1: "not complete yet: This file is
     * damaged…Nothing was changed" said it was both arriving and damaged, in an import's words).
     */
    static final String STILL_ARRIVING = "it is still arriving (a copy or a sync not finished), and is read again"
            + " once it has all arrived";

    private final String folder;
    private final Database db;
    private final NoteSharing sharing;
    private final GroupFolderStore store;
    /** The reader's own ids: its author id and, once it asked anonymously, its anonymous id. */
    private final Set<String> mine;
    /** Whether the reader's group allows anonymous questions (decision 0080), read once per look when needed. */
    private Boolean anonymousAllowed;
    /** The reader's layers by id, read once per look when a file names its owner. */
    private Map<String, AuthorStore.Author> known;
    /** The reader's layers in the order it first knew them, read once per look when a file names a person. */
    private List<String> firstKnown;

    /** What the reader chose to take of what files say for others (the command line's {@code --others-…}). */
    private final GroupFolder.Taking taking;

    FileLook(String folder, Database db, NoteSharing sharing, GroupFolder.Taking taking) throws StoreException {
        this.taking = taking;
        this.folder = folder;
        this.db = db;
        this.sharing = sharing;
        this.store = db.groupFolder();
        this.mine = db.readerIds();
    }

    /**
     * Looks at {@code p}. Empty when it is no regular file, or cannot be read just now (looked at again next time).
     *
     * @param offerWaiting offer again a version offered before and not merged yet
     */
    Optional<Result> at(Path p, String name, GroupFileNames.Name kind, SeenFile before, boolean offerWaiting)
            throws StoreException {
        BasicFileAttributes attrs;
        try {
            // The entry itself, never what a link points to: a link in a shared folder would make every reader
            // open a path of someone else's choosing (issue 16's second retest, b8).
            attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Optional.empty(); // gone between the listing and now: a deleted file changes nothing
        }
        Optional<String> owner = GroupFileNames.authorIdOf(kind.original());
        Instant modified = attrs.lastModifiedTime().toInstant();
        if (attrs.isSymbolicLink()) {
            String summary = "cannot be used: " + LINK_REASON;
            SeenFile looked = new SeenFile(folder, name, 0, modified, "", State.UNUSABLE, owner.orElse(""),
                    nameOf(kind.original()), Optional.empty(), db.now(), summary);
            store.record(looked);
            boolean said = before != null && before.state() == State.UNUSABLE && before.summary().equals(summary);
            return Optional.of(new Result(looked, Optional.empty(), !said));
        }
        if (!attrs.isRegularFile()) {
            return Optional.empty();
        }
        boolean again = before != null && (before.state() == State.UNDONE
                || offerWaiting && before.state() == State.WAITING);
        // Not all there and now left as it is for long enough: looked at once more, to be said as never arriving (t33's F7).
        boolean leftSince = before != null && before.state() == State.INCOMPLETE
                && NotesFileHead.leftBehind(modified, db.now());
        if (before != null && before.size() == attrs.size() && before.modified().equals(modified) && !again && !leftSince) {
            return Optional.of(new Result(before, Optional.empty(), false));
        }
        NotesFileHead.Judgement head = NotesFileHead.judge(p, attrs.size(), modified, db.now());
        if (head.verdict() != NotesFileHead.Verdict.READABLE) {
            boolean never = head.verdict() == NotesFileHead.Verdict.UNUSABLE;
            String summary = (never ? "cannot be used: " : "not complete yet: ") + head.reason();
            SeenFile looked = new SeenFile(folder, name, attrs.size(), modified, "", never ? State.UNUSABLE
                    : State.INCOMPLETE, owner.orElse(""), nameOf(kind.original()), Optional.empty(), db.now(), summary);
            store.record(looked);
            boolean said = before != null && before.state() == State.UNUSABLE && before.summary().equals(summary);
            return Optional.of(new Result(looked, Optional.empty(), never && !said));
        }
        Optional<String> hash = FileSha256.of(p);
        if (hash.isEmpty()) {
            return Optional.empty(); // could not be read just now (being replaced): looked at again next time
        }
        if (before != null && before.sha256().equals(hash.get()) && before.state() != State.INCOMPLETE && !again) {
            SeenFile same = new SeenFile(folder, name, attrs.size(), modified, before.sha256(), before.state(),
                    before.authorId(), before.person(), before.writtenAt(), before.seenAt(), before.summary());
            store.record(same);
            return Optional.of(new Result(same, Optional.empty(), false));
        }
        boolean alongside = kind.kind() == GroupFileNames.Kind.CONFLICT_COPY;
        SeenFile looked;
        Optional<Arrival> arrival = Optional.empty();
        try {
            // Checked as a file imported by hand is (t15e's M1): its changes to other people's notes, their votes and
            // the names it gives them are held back unless taken, and said.
            org.peeragogy.reader.share.GroupFilePreview checked = sharing.previewGroupFile(p, owner, alongside,
                    taking.othersChanges(), taking.othersVotes());
            NoteSharing.Preview preview = checked.preview();
            String author;
            if (owner.isPresent()) {
                if (known == null) {
                    known = db.authors().byId();
                }
                if (anonymousAllowed == null) {
                    anonymousAllowed = db.settings().workshopOption(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS);
                }
                List<Authorship.Other> others = Authorship.others(checked.asRead(), owner.get(), known, mine,
                        store.people().anonymousOf(owner.get()), anonymousAllowed);
                // No one's file, which always asks and accepts no one: one that holds others' notes, or one that does not
                // itself say its name's owner wrote it (t15f's M1: a forgery renamed Ana_<id>.peeranotes).
                // And one whose owner calls themselves "Anonymous": an anonymous id writes no file of its own (t15h's M1).
                author = others.isEmpty() && checked.writer().equals(owner) && !org.peeragogy.reader.text.LookAlikes
                        .anonymous(Optional.ofNullable(checked.asRead().people().get(owner.get()))
                                .map(AuthorStore.Person::name).map(org.peeragogy.reader.book.AuthorNames::clean).orElse(""))
                        ? owner.get() : "";
                if (!others.isEmpty()) {
                    // "not treated as Ben's": the owner its id points to, by the reader's name for them when it has one.
                    String whose = Optional.ofNullable(known.get(owner.get())).map(AuthorStore.Author::name)
                            .map(org.peeragogy.reader.book.AuthorNames::listed).filter(n -> !n.isBlank())
                            .orElse(personOf(checked.asRead(), owner.get(), kind));
                    preview = Authorship.saying(preview, others, whose);
                }
            } else {
                author = onlyAuthor(checked.asRead()).orElse("");
            }
            String person = author.isEmpty() ? nameOf(kind.original()) : personOf(checked.asRead(), author, kind);
            boolean newNamesake = false;
            if (!author.isEmpty()) {
                String plain = person;
                person = apart(author, person);
                newNamesake = !known.containsKey(author) && !person.equals(plain);
            }
            // Notes and votes (a vote alone is news too, issue 15), and what it says for others that is held back: offered,
            // so that the reader sees it and may take it (t15e's M1).
            boolean news = !preview.plan().changesNothing() || !preview.forOthers().nothingToTake() || checked.renames();
            looked = new SeenFile(folder, name, attrs.size(), modified, hash.get(),
                    news ? State.WAITING : State.NOTHING_NEW, author, person, preview.contents().writtenAt(),
                    db.now(), preview.plan().summary());
            if (news) {
                // Named with the reader's own id, yet not the file this reader wrote (that one is skipped before).
                arrival = Optional.of(new Arrival(looked, preview, alongside, newNamesake,
                        owner.filter(mine::contains).isPresent()));
            }
        } catch (ShareException e) {
            // A file still being copied fails the same checks as a damaged one: it is "not complete yet",
            // never an alarm, and is read again when it changes. One whose header says it is all there is
            // whole and failed for good: unusable, with its true reason, said once (b6). One cut short and left so
            // for long enough is not arriving any more: said as cut short, once (t33's F7).
            boolean whole = NotesFileHead.complete(p, attrs.size());
            boolean left = !whole && NotesFileHead.leftBehind(modified, db.now());
            // An import's reason says "Nothing was changed"; a look at the folder changes nothing (t35's F9).
            String summary = whole ? "cannot be used: " + e.reason().english().replace(" Nothing was changed.", "")
                    + " Whoever put it in the group folder"
                    + " can take it out, and whoever wrote it can write it again." : left ? "cannot be used: "
                    + NotesFileHead.leftShort(p, attrs.size()).english() : "not complete yet: " + STILL_ARRIVING;
            looked = new SeenFile(folder, name, attrs.size(), modified, hash.get(), whole || left ? State.UNUSABLE
                    : State.INCOMPLETE, owner.orElse(""), nameOf(kind.original()), Optional.empty(), db.now(), summary);
            store.record(looked);
            boolean said = before != null && before.state() == State.UNUSABLE && before.summary().equals(summary);
            return Optional.of(new Result(looked, Optional.empty(), (whole || left) && !said));
        }
        store.record(looked);
        return Optional.of(new Result(looked, arrival, false));
    }

    /**
     * {@code person}, {@code author}'s name, told apart from the people the reader knows as the Group view tells them
     * ({@code AuthorNames.apart}): a newcomer sharing a name is "Ana (id 6ff2ef44)", the start of their id
     * (try17w F12, decision 0101).
     */
    private String apart(String author, String person) throws StoreException {
        if (known == null) {
            known = db.authors().byId();
        }
        if (firstKnown == null) {
            firstKnown = db.authors().firstKnown();
        }
        Map<String, String> names = new java.util.LinkedHashMap<>();
        known.forEach((id, a) -> names.put(id, a.name()));
        names.put(author, person);
        return org.peeragogy.reader.book.AuthorNames.apart(names, firstKnown).get(author);
    }

    /**
     * The name the file gives {@code id}, else "Anonymous" when all it holds are questions asked anonymously (its
     * owner wrote nothing under their name: not "reader", the file name of someone who never gave one, nor the name
     * their file is named after; issue 15's N5), else the one its file name gives.
     */
    private static String personOf(org.peeragogy.reader.share.ImportFile asRead, String id, GroupFileNames.Name kind) {
        // Asked first: a file now names its writer among its people even when none of its notes is theirs (decision
        // 0061), and an anonymous-only file would then say the name its questions were asked without.
        if (onlyAnonymous(asRead, id)) {
            return ConversationStore.ANONYMOUS_NAME;
        }
        return Optional.ofNullable(asRead.people().get(id)).map(AuthorStore.Person::name)
                .map(org.peeragogy.reader.book.AuthorNames::listed).filter(n -> !n.isBlank())
                .orElse(nameOf(kind.original()));
    }

    /** Whether the file holds notes, none of them {@code id}'s and all under an id it names "Anonymous", and no vote of {@code id}. */
    private static boolean onlyAnonymous(org.peeragogy.reader.share.ImportFile asRead, String id) {
        Map<String, AuthorStore.Person> people = asRead.people();
        return !asRead.notes().isEmpty()
                && asRead.conversation().votes().stream().noneMatch(v -> v.voterId().equals(id))
                && asRead.notes().stream().map(n -> n.annotation().authorId()).allMatch(a -> !a.equals(id)
                        && Optional.ofNullable(people.get(a)).map(AuthorStore.Person::name)
                        .filter(ConversationStore.ANONYMOUS_NAME::equals).isPresent());
    }

    /** The one author of a file's notes, tombstones and votes, when there is exactly one. */
    private static Optional<String> onlyAuthor(org.peeragogy.reader.share.ImportFile asRead) {
        Set<String> ids = new HashSet<>();
        asRead.notes().forEach(n -> ids.add(n.annotation().authorId()));
        asRead.conversation().votes().forEach(v -> ids.add(v.voterId()));
        return ids.size() == 1 ? ids.stream().findFirst() : Optional.empty();
    }

    /**
     * "Ben" of "Ben_3f2a….peeranotes" and of "Ben-6_3f2a….peeranotes" (a second name, decision 0035: the person is
     * the same whatever the suffix), for a file whose people do not name its owner.
     */
    static String nameOf(String original) {
        String stem = original.substring(0, original.length() - GroupFileNames.EXTENSION.length());
        int u = stem.lastIndexOf('_');
        boolean named = u > 0 && GroupFileNames.authorIdOf(original).isPresent();
        String person = named ? stem.substring(0, u).replaceFirst("(?<=.)-[2-9]$", "") : stem;
        return org.peeragogy.reader.book.AuthorNames.listed(person.replace('-', ' '));
    }
}
