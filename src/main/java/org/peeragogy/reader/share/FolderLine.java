package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.MergeRecords;

/**
 * One file of a folder's import ({@link FolderImport}), as its preview lists it: who wrote in it and how much.
 * Names read from the file are set apart in quotes, each cut at a name's limit ({@link AuthorNames#MAX}, what the
 * {@code name} command takes), and six at most are listed, then how many more, as the remark below it does: a name
 * cannot read as the reader's own words (fresh tester t15b's N7: "Bo — 1 note Imported: 0 new, … signed and verified
 * by the facilitator"), and a file of 10,000 people is one line, not 140 KB (t15b's F9). Threads: any; a value.
 *
 * @param people    the names of the people whose notes or votes it has, as the file gives them
 * @param notes     live notes (replies and questions included)
 * @param replies   of which replies
 * @param questions of which questions
 * @param deletions tombstones
 * @param votes     votes (given or withdrawn)
 * @param otherHandbook how many of its notes are for another handbook than the one open, and which, said at the end of
 *                  its line ({@link ImportReason#ANOTHER_HANDBOOK_IN_FOLDER}); empty when none is
 */
record FolderLine(Path file, String format, List<String> people, int notes, int replies, int questions,
                  int deletions, int votes, java.util.Optional<org.peeragogy.reader.book.Reason> otherHandbook) {
    /** Most names listed on a file's line; the rest are counted. */
    static final int NAMED = 6;

    FolderLine {
        people = List.copyOf(people);
    }

    /** "ana.peeranotes (notes file): “Ana” — 12 notes (3 replies, 2 questions), 1 deletion, 4 votes". */
    String line() {
        return AuthorNames.listed(String.valueOf(file.getFileName())) + " (" + format + "): " + names()
                + " — " + n(notes) + (notes == 1 ? " note" : " notes")
                + (replies + questions == 0 ? "" : " (" + n(replies) + (replies == 1 ? " reply, " : " replies, ")
                + n(questions) + (questions == 1 ? " question)" : " questions)"))
                + (deletions == 0 ? "" : ", " + n(deletions) + (deletions == 1 ? " deletion" : " deletions"))
                + (votes == 0 ? "" : ", " + n(votes) + (votes == 1 ? " vote" : " votes"))
                + otherHandbook.map(r -> "; " + r.english()).orElse("");
    }

    /** {@code id}'s name as the import takes it, else as the file gives it, else {@code otherwise}. */
    private static String name(String id, String otherwise, java.util.Map<String, AuthorStore.Person> taken,
                               ImportFile f) {
        AuthorStore.Person p = taken.get(id);
        if (p == null || p.name().isEmpty()) {
            p = f.people().get(id);
        }
        return p != null && !p.name().isEmpty() ? p.name() : otherwise;
    }

    /** A count as the command line writes numbers: "10,005". */
    private static String n(int count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    /** "“Ana”, “Bo” and 9,996 more", or "nobody". */
    private String names() {
        if (people.isEmpty()) {
            return "nobody";
        }
        StringBuilder out = new StringBuilder();
        for (String p : people.subList(0, Math.min(NAMED, people.size()))) {
            out.append(out.isEmpty() ? "" : ", ").append('\u201C')
                    .append(AuthorNames.cut(AuthorNames.listed(p).strip(), AuthorNames.MAX, true)).append('\u201D');
        }
        if (people.size() > NAMED) {
            out.append(String.format(java.util.Locale.ROOT, " and %,d more", people.size() - NAMED));
        }
        return out.toString();
    }

    /** The line of {@code f}, read from {@code p}, its people named as the file gives them. */
    static FolderLine of(Path p, ImportFile f) {
        return of(p, f, f.people(), java.util.Optional.empty());
    }

    /**
     * The line of {@code f} as read from {@code p}, everything it carries counted, what the import leaves out too (fresh
     * tester t15e's F3: a W3C file of forged changes and votes was "nobody — 0 notes"); each person by the name in
     * {@code taken} (the names the import takes: never the one a file gives someone else), else as the file gives it;
     * {@code otherHandbook} as the line's.
     */
    static FolderLine of(Path p, ImportFile f, java.util.Map<String, AuthorStore.Person> taken,
                         java.util.Optional<org.peeragogy.reader.book.Reason> otherHandbook) {
        Set<String> people = new LinkedHashSet<>();
        int notes = 0;
        int replies = 0;
        int questions = 0;
        int deletions = 0;
        for (MergeRecords.Incoming in : f.notes()) {
            Annotation a = in.annotation();
            if (a.isDeleted()) {
                // Whose deletion it is, by the file's name for them: never credited to the file's other people (b1).
                people.add(name(a.authorId(), a.author().isEmpty() ? a.authorId() : a.author(), taken, f));
                deletions++;
                continue;
            }
            people.add(name(a.authorId(), a.author(), taken, f));
            notes++;
            NoteLink l = f.conversation().links().get(a.id());
            replies += l != null && l.parentId().isPresent() ? 1 : 0;
            questions += l != null && l.question() ? 1 : 0;
        }
        for (Vote v : f.conversation().votes()) {
            people.add(name(v.voterId(), v.voter(), taken, f));
        }
        String format = switch (f.format()) {
            case "notes" -> "notes file";
            case "w3c" -> "W3C JSON-LD";
            case "hypothesis" -> "Hypothesis export";
            default -> f.format();
        };
        return new FolderLine(p, format, List.copyOf(people), notes, replies, questions, deletions,
                f.conversation().votes().size(), otherHandbook);
    }
}
