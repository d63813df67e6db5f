package org.peeragogy.reader.ui;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.peeragogy.reader.store.GroupPeopleStore;

/**
 * The people whose group folder files merge without asking (decision 0035: accepted by merging a file of theirs by
 * hand), to see and to take back (issue 16's window try-out w9: a stranger accepted by one click could not be found
 * or taken back). Reads and writes in the background on a connection of its own. FX thread; failures go to
 * {@code problems}, never thrown.
 */
final class GroupPeopleViewModel {
    private static final System.Logger LOG = System.getLogger(GroupPeopleViewModel.class.getName());

    /** A person accepted: their author id, and "Ben (since 30 Nov 2026)" in the window's words. */
    record Person(String authorId, String line) {
    }

    private final GroupFolderViewModel.Connection connection;
    private final BackgroundTasks tasks;
    private final Consumer<String> problems;
    private final Texts texts;
    private final Consumer<Set<String>> taken;

    /** @param taken told (FX thread) whose acceptance was taken back, once it is saved */
    GroupPeopleViewModel(GroupFolderViewModel.Connection connection, BackgroundTasks tasks, Consumer<String> problems,
                         Texts texts, Consumer<Set<String>> taken) {
        this.connection = Objects.requireNonNull(connection);
        this.tasks = Objects.requireNonNull(tasks);
        this.problems = Objects.requireNonNull(problems);
        this.texts = Objects.requireNonNull(texts);
        this.taken = Objects.requireNonNull(taken);
    }

    /** The people accepted, by name, read in the background; {@code then} gets them on the FX thread. FX thread. */
    void accepted(Consumer<List<Person>> then) {
        tasks.run("group-folder-people", p -> connection.run((db, sharing, book) -> apart(db.groupFolder().people()
                        .acceptedPeople(), db.authors().firstKnown(), db.authors().byId())),
                people -> then.accept(people.stream().map(this::person).toList()),
                e -> problems.accept(texts.logged(LOG, "The group folder", e)));
    }

    /**
     * {@code people} told apart as everywhere else (try17w F12: "Ana (since …)" twice): two who share a name each
     * carry the start of their id, "Ana (id 0835edf4)" (decision 0101); in natural order ("Participant2" before
     * "Participant10").
     */
    static List<GroupPeopleStore.Accepted> apart(List<GroupPeopleStore.Accepted> people, List<String> knownFirst,
                                                 java.util.Map<String, org.peeragogy.reader.store.AuthorStore.Author> known) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        known.forEach((id, a) -> names.put(id, a.name()));
        people.forEach(a -> names.put(a.authorId(), a.name().isBlank() ? a.authorId() : a.name()));
        java.util.Map<String, String> labels = org.peeragogy.reader.book.AuthorNames.apart(names, knownFirst);
        return people.stream().map(a -> new GroupPeopleStore.Accepted(a.authorId(), labels.get(a.authorId()),
                a.since())).sorted(java.util.Comparator.comparing(GroupPeopleStore.Accepted::name,
                org.peeragogy.reader.book.AuthorNames.NATURAL)).toList();
    }

    private Person person(GroupPeopleStore.Accepted a) {
        return new Person(a.authorId(), texts.format("group.acceptedLine",
                FileNameWords.person(texts, a.name().isBlank() ? a.authorId() : a.name()), Date.from(a.since())));
    }

    /**
     * Takes back these people's acceptance: their files that wait, and their next ones, ask first again. {@code done}
     * runs on the FX thread once it is saved; nothing runs for none. FX thread.
     */
    void unaccept(Set<String> authorIds, Runnable done) {
        if (authorIds.isEmpty()) {
            return;
        }
        Set<String> ids = Set.copyOf(authorIds);
        taken.accept(ids); // at once: a file that waits is not merged without asking while the write runs
        tasks.run("group-folder-people", p -> connection.run((db, sharing, book) -> {
            db.groupFolder().people().unaccept(ids);
            return ids;
        }), saved -> done.run(), e -> problems.accept(texts.logged(LOG, "The group folder", e)));
    }
}
