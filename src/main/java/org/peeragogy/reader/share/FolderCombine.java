package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.ShareStore;

/**
 * A folder's files combined into one import ({@link FolderImport}), as if one file said it all. The same note in
 * several files is taken once: its version from its author's own file, if one of them is (decision 0069); else a
 * deletion wins (as in every merge, decision 0008), else the latest version, with that file's link; votes per person and note, the latest. People: each from the newest file that names them, and judged
 * by that file's time ({@link Combined#namedAt}): a person renamed in a newer file is renamed however old the other
 * files of the folder are (tester t15's M1: one time for the whole folder, the oldest file's, kept every rename out).
 * Threads: any; nothing here touches the disk.
 */
final class FolderCombine {
    private FolderCombine() {
    }

    /**
     * The files combined.
     *
     * @param file    everything the files say; its {@code writtenAt} is the oldest file's (empty when one is undated)
     * @param namedAt per author id, when the newest file naming them was written; a person whose newest file says no
     *                date is not in it (no undated file renames anyone)
     */
    record Combined(ImportFile file, Map<String, Instant> namedAt) {
        Combined {
            namedAt = Map.copyOf(namedAt);
        }
    }

    /**
     * Everything the files say, as if one file said it (see the class comment for which version wins); a version made
     * beside the one kept ({@link #madeBeside}) goes to {@code beside}, with its file's reply link in
     * {@code besideLinks} and its file's name in {@code besideFrom}, instead of being dropped. {@code names}, one per
     * file: a sync tool's conflict copy of a notes file ({@code Cleo_….sync-conflict-….peeranotes}, {@code Cleo_…
     * (conflicted copy).peeranotes}) is by definition made beside the file under its own name, so a version of a note
     * in it that differs is kept beside the other, the one from the file under its own name being the note, as the
     * group folder merges them (fresh tester t38's F1: the folder's import kept the newer text only). {@code notTheirs}, one set per file: the
     * people whose names that file gives though it is not theirs (decision 0061), which count as named by no one at
     * no time: any file of their own names them instead, and they rename no one. {@code writers}, one per file: who
     * the file says wrote it; a note's version from its own author's file outranks any other file's (decision 0069: a
     * note changes by its own writer's file), so a newer version in someone else's file of a note the reader does not
     * have yet loses to the author's own, in the same folder.
     */
    static Combined combine(List<ImportFile> files, List<String> names, List<java.util.Set<String>> notTheirs,
                            List<Optional<String>> writers, List<MergeRecords.Incoming> beside,
                            Map<String, NoteLink> besideLinks, List<String> besideFrom) {
        Map<String, Integer> fromFile = new HashMap<>();
        java.util.Set<String> inMain = new java.util.HashSet<>();
        Map<String, MergeRecords.Incoming> notes = new LinkedHashMap<>();
        java.util.Set<String> fromOwnFile = new java.util.HashSet<>();
        Map<String, NoteLink> links = new HashMap<>();
        List<Vote> votes = new ArrayList<>();
        Map<String, AuthorStore.Person> people = new HashMap<>();
        Map<String, Instant> personFrom = new HashMap<>();
        Map<String, Instant> namedAt = new HashMap<>();
        List<ImportFile.Skipped> skipped = new ArrayList<>();
        List<Reason> notKept = new ArrayList<>();
        Instant oldest = null;
        boolean allDated = true;
        for (int i = 0; i < files.size(); i++) {
            ImportFile f = files.get(i);
            java.util.Set<String> others = notTheirs.get(i);
            String name = f.format();
            Optional<String> writer = writers.get(i);
            boolean copy = conflictCopy(names.get(i));
            for (MergeRecords.Incoming in : f.notes()) {
                String id = in.annotation().id();
                if (!copy) {
                    inMain.add(id);
                }
                MergeRecords.Incoming had = notes.get(id);
                NoteLink l = f.conversation().links().get(id);
                boolean own = writer.filter(in.annotation().authorId()::equals).isPresent();
                boolean hadOwn = fromOwnFile.contains(id);
                boolean hadCopy = had != null && conflictCopy(names.get(fromFile.get(id)));
                // A version beside another is kept as a second version only between files alike in this: never one
                // from someone else's file beside the author's own (it would put words in the author's name).
                boolean twoVersions = had != null && own == hadOwn && madeBeside(in, had, copy || hadCopy);
                // Of two versions made beside each other, the file under its own name has the note (as the group
                // folder merges it first); between files alike in this, the later version.
                boolean outranks = had == null || (own != hadOwn ? own
                        : twoVersions && copy != hadCopy ? !copy : wins(in.annotation(), had.annotation()));
                if (outranks) {
                    int was = had == null ? -1 : fromFile.get(id);
                    fromFile.put(id, i);
                    if (own) {
                        fromOwnFile.add(id);
                    } else {
                        fromOwnFile.remove(id);
                    }
                    if (twoVersions && !keptBeside(beside, had)) {
                        beside.add(had);
                        besideFrom.add(names.get(was));
                        if (links.containsKey(id)) {
                            besideLinks.put(id, links.get(id));
                        }
                    }
                    notes.put(id, in);
                    if (l != null) {
                        links.put(l.noteId(), l); // else a link another file gave stays
                    }
                } else if (twoVersions && !keptBeside(beside, in)) {
                    beside.add(in);
                    besideFrom.add(names.get(i));
                    if (l != null) {
                        besideLinks.put(id, l);
                    }
                }
            }
            votes.addAll(f.conversation().votes());
            f.people().forEach((id, p) -> {
                boolean theirs = !others.contains(id);
                Instant when = theirs ? f.writtenAt().orElse(Instant.EPOCH) : Instant.EPOCH;
                if (!personFrom.containsKey(id) || when.isAfter(personFrom.get(id))) {
                    people.put(id, p);
                    personFrom.put(id, when);
                    // Judged by the time of the file the name comes from, not by the folder's oldest (t15's M1).
                    if (!theirs) {
                        namedAt.put(id, Instant.EPOCH);
                    } else {
                        f.writtenAt().ifPresentOrElse(t -> namedAt.put(id, t), () -> namedAt.remove(id));
                    }
                }
            });
            f.skipped().forEach(s -> skipped.add(new ImportFile.Skipped(Reason.of(ImportReason.WHERE_OF_FILE, s.item(),
                    name), s.reason())));
            notKept.addAll(f.notKept());
            allDated &= f.writtenAt().isPresent();
            if (f.writtenAt().isPresent() && (oldest == null || f.writtenAt().get().isBefore(oldest))) {
                oldest = f.writtenAt().get();
            }
        }
        // A note only conflict copies carry (no file under its own name in the folder has it) is a version made beside
        // the reader's, as the group folder merges it: kept beside a note the reader has, never replacing it.
        List<MergeRecords.Incoming> onlyInCopies = new ArrayList<>();
        List<String> onlyFrom = new ArrayList<>();
        for (MergeRecords.Incoming in : List.copyOf(notes.values())) {
            String id = in.annotation().id();
            if (!in.annotation().isDeleted() && !inMain.contains(id) && conflictCopy(names.get(fromFile.get(id)))) {
                notes.remove(id);
                onlyInCopies.add(in);
                onlyFrom.add(names.get(fromFile.get(id)));
                NoteLink l = links.remove(id);
                if (l != null) {
                    besideLinks.putIfAbsent(id, l);
                }
            }
        }
        beside.addAll(0, onlyInCopies); // first: the latest of them is the one a reader without the note takes
        besideFrom.addAll(0, onlyFrom);
        String book = files.get(0).bookIdentity();
        ImportFile combined = new ImportFile("folder", book, List.copyOf(notes.values()), people, Map.of(), skipped,
                notKept, allDated ? Optional.ofNullable(oldest) : Optional.empty(),
                new Conversation(links, W3cConversation.latest(votes)));
        return new Combined(combined, namedAt);
    }

    /**
     * Whether {@code a} and {@code b}, one note from two files, were made beside each other: both live, by one author,
     * with other content, each changed from the same base version (a notes file says which version a note was
     * changed from), so that neither is a later version of the other. Files that give no base (W3C, Hypothesis)
     * cannot say, and the later version is taken, as before. With {@code aCopy} (one of the files is a sync tool's
     * conflict copy, made beside the other by definition) unless one says it was changed from the other's version,
     * whatever the times (t38's F1 and F2: a copy edited with the same time stamp is still other words).
     */
    private static boolean madeBeside(MergeRecords.Incoming a, MergeRecords.Incoming b, boolean aCopy) {
        Annotation x = a.annotation();
        Annotation y = b.annotation();
        if (x.isDeleted() || y.isDeleted() || !x.authorId().equals(y.authorId()) || ShareStore.sameContent(x, y)) {
            return false;
        }
        if (aCopy) {
            return !a.base().equals(Optional.of(y.updated())) && !b.base().equals(Optional.of(x.updated()));
        }
        return !x.updated().equals(y.updated()) && a.base().isPresent() && a.base().equals(b.base());
    }

    /** Whether a version with {@code in}'s content is among {@code beside} already: the same words are kept once. */
    private static boolean keptBeside(List<MergeRecords.Incoming> beside, MergeRecords.Incoming in) {
        return beside.stream().anyMatch(b -> b.annotation().id().equals(in.annotation().id())
                && ShareStore.sameContent(b.annotation(), in.annotation()));
    }

    /** Whether {@code name} is a sync tool's conflict copy of a notes file. */
    static boolean conflictCopy(String name) {
        return org.peeragogy.reader.share.group.GroupFileNames.classify(name).kind()
                == org.peeragogy.reader.share.group.GroupFileNames.Kind.CONFLICT_COPY;
    }

    /** Whether {@code a} replaces {@code b}, the same note from another file: a deletion, else the later version. */
    static boolean wins(Annotation a, Annotation b) {
        if (a.isDeleted() != b.isDeleted()) {
            return a.isDeleted();
        }
        return a.updated().isAfter(b.updated());
    }
}
