package org.peeragogy.reader.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Reason;

/**
 * What a merge of shared notes takes and decides ({@link ShareStore}, {@link MergePlan}): the notes of a file
 * ({@link Incoming}), one file of an import of several ({@link Step}), what importing does to each note ({@link Action},
 * {@link Change}) and the plan of it all ({@link Plan}, with its {@link Counts}). Values only: they read and write
 * nothing, and any thread may hold them.
 */
public final class MergeRecords {
    private MergeRecords() {
    }

    /**
     * A note from a file.
     *
     * @param base        the revision the sender last shared for this note (its base), when known
     * @param sourceUri   the web address the note named when it named no chapter of the book
     * @param privateNote only its author could read it where it came from (a private Hypothesis note): it is
     *                    kept, marked private, and left out of exports unless the reader includes it
     */
    public record Incoming(Annotation annotation, Optional<Instant> base, Optional<String> sourceUri,
                           boolean privateNote) {
        public Incoming {
            Objects.requireNonNull(annotation, "annotation");
            base = base == null ? Optional.empty() : base;
            sourceUri = sourceUri == null ? Optional.empty() : sourceUri;
        }

        /** A note that is not private. Threads: any; nothing is read or written. */
        public Incoming(Annotation annotation, Optional<Instant> base, Optional<String> sourceUri) {
            this(annotation, base, sourceUri, false);
        }
    }

    /** What importing does to one note. */
    public enum Action {
        /** a note the reader does not have */
        ADD,
        /** a newer version of a note the reader has not changed since it was last shared */
        UPDATE,
        /** the sender deleted a note the reader has: it becomes a tombstone */
        DELETE,
        /** a deletion of a note the reader never had: kept so the note cannot arrive later from someone else */
        TOMBSTONE,
        /** nothing to do: the same version, an older one, or a note the reader deleted */
        UNCHANGED,
        /** both sides changed the note since they last shared: both versions are kept */
        CONFLICT
    }

    /**
     * One incoming note and what happens to it; {@code placeable} is false for notes that will be orphans. For a
     * {@link Action#CONFLICT}, {@code copyId} is the id its second version is written under, and {@code copyReplaced}
     * whether a second version of that id is there already (an earlier version from the same conflict copy of a file,
     * which this one replaces: F2 of tester t38).
     */
    public record Change(Action action, Incoming incoming, Optional<Annotation> local, boolean placeable,
                         Optional<String> copyId, boolean copyReplaced) {
        public Change {
            copyId = copyId == null ? Optional.empty() : copyId;
        }

        /** A change that makes no second version under an id of its own choosing. Any thread. */
        public Change(Action action, Incoming incoming, Optional<Annotation> local, boolean placeable) {
            this(action, incoming, local, placeable, Optional.empty(), false);
        }
    }

    /** The figures of a preview (and of the import that follows it). */
    public record Counts(int added, int updated, int deleted, int unchanged, int conflicts, int unplaced,
                         int tombstones) {
        /** Every figure 0: where a sum of counts starts. Immutable; any thread. */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        /** One note's part of a sum: 1 in the figure of {@code action}, 0 in the others. Any thread. */
        public static Counts of(Action action) {
            return switch (action) {
                case ADD -> new Counts(1, 0, 0, 0, 0, 0, 0);
                case UPDATE -> new Counts(0, 1, 0, 0, 0, 0, 0);
                case DELETE -> new Counts(0, 0, 1, 0, 0, 0, 0);
                case UNCHANGED -> new Counts(0, 0, 0, 1, 0, 0, 0);
                case CONFLICT -> new Counts(0, 0, 0, 0, 1, 0, 0);
                case TOMBSTONE -> new Counts(0, 0, 0, 0, 0, 0, 1);
            };
        }

        /** {@code notes} notes that could not be placed, every other figure 0. Any thread. */
        public static Counts unplaced(int notes) {
            return new Counts(0, 0, 0, 0, 0, notes, 0);
        }

        /**
         * Each figure of this and {@code other} added: the counts of two imports (or files, or notes) as those of
         * one. Any thread.
         */
        public Counts plus(Counts other) {
            return new Counts(added + other.added, updated + other.updated, deleted + other.deleted,
                    unchanged + other.unchanged, conflicts + other.conflicts, unplaced + other.unplaced,
                    tombstones + other.tombstones);
        }

        /** "3 new, 1 updated, 0 deleted, 5 unchanged, 1 conflict, 0 could not be placed". Any thread. */
        public String summary() {
            return added + " new, " + updated + " updated, " + deleted + " deleted, " + unchanged + " unchanged, "
                    + conflicts + (conflicts == 1 ? " conflict, " : " conflicts, ") + unplaced + " could not be placed"
                    + (tombstones == 0 ? "" : " (" + tombstones + (tombstones == 1 ? " deletion" : " deletions")
                    + " of notes you never had recorded)");
        }

        /** True when importing would add, change and delete nothing. Any thread. */
        public boolean changesNothing() {
            return added + updated + deleted + conflicts + tombstones == 0;
        }
    }

    /**
     * What an import would do, note by note; {@code remarks} says, one line each, what the reader should
     * know before importing (a file that claims to be the reader's, private notes).
     */
    public record Plan(List<Change> changes, Counts counts, List<Reason> remarks, int votes) {
        public Plan {
            changes = List.copyOf(changes);
            remarks = List.copyOf(remarks);
        }

        /** A plan without votes to take in. Any thread. */
        public Plan(List<Change> changes, Counts counts, List<Reason> remarks) {
            this(changes, counts, remarks, 0);
        }

        /**
         * True when importing would change no note and no vote ({@code votes}: how many of the file's votes
         * would be written, issue 15). A file whose only news is a vote is something to import. Any thread.
         */
        public boolean changesNothing() {
            return counts.changesNothing() && votes == 0;
        }

        /** {@link Counts#summary()}, then ", 2 votes new or changed" when there are any. Any thread. */
        public String summary() {
            return counts.summary() + (votes == 0 ? "" : ", " + votes + (votes == 1 ? " vote" : " votes")
                    + " new or changed");
        }
    }

    /**
     * One file of an import of several ({@link ShareStore#applyTogether}), as its preview read it.
     *
     * @param alongside     the file is a version made beside another (see {@link ShareStore#planAlongside})
     * @param besideOf      for a version made beside, the name of the file it comes from (a conflict copy's), which
     *                      names its second versions: a later version from the same file replaces its earlier one;
     *                      null when not known (each version then kept apart)
     * @param personNamedAt when the file that names each person was written, where it is not {@code namedAt} (a
     *                      folder's files combined into one step); a person named by an undated file is left out
     *                      and {@code namedAt} is then null, so that no undated file renames anyone
     */
    public record Step(List<Incoming> incoming, Conversation conversation, Predicate<Annotation> placeable,
                       Map<String, AuthorStore.Person> people, Instant namedAt, boolean alongside,
                       Map<String, Instant> personNamedAt, String besideOf) {
        public Step {
            personNamedAt = Map.copyOf(personNamedAt);
        }

        /** A step whose second versions are named by no file. Any thread. */
        public Step(List<Incoming> incoming, Conversation conversation, Predicate<Annotation> placeable,
                    Map<String, AuthorStore.Person> people, Instant namedAt, boolean alongside,
                    Map<String, Instant> personNamedAt) {
            this(incoming, conversation, placeable, people, namedAt, alongside, personNamedAt, null);
        }

        /** One file's people, all named at {@code namedAt}. Any thread. */
        public Step(List<Incoming> incoming, Conversation conversation, Predicate<Annotation> placeable,
                    Map<String, AuthorStore.Person> people, Instant namedAt, boolean alongside) {
            this(incoming, conversation, placeable, people, namedAt, alongside, Map.of());
        }

        /**
         * When the file that names {@code authorId} was written: {@code personNamedAt}'s time for them (a folder's
         * files combined, each person named by the newest file naming them: tester t15's M1), else {@code namedAt}.
         */
        Instant namedAtOf(String authorId) {
            Instant own = personNamedAt.get(authorId);
            return own != null ? own : namedAt;
        }
    }
}
