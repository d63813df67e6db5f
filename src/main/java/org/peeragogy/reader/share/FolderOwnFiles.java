package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Conversation;
import org.peeragogy.reader.store.MergeRecords;

/**
 * The notes of a folder's import that their own writer's file in the same folder carries (decision 0069: a note changes
 * by its own writer's file; {@link FolderCombine} takes that file's version). Another file's change to such a note (an
 * edit, a deletion, an answered mark) is taken out of it before it is checked, and said once, for what it is: not
 * taken, whatever the reader chooses, as the author's own file has the note (fresh testers t15c's F2 and t15d's F3:
 * Mal's deletion of Ana's highlight was called "a note of Ana's you do not have" while Ana's file in the same folder
 * had it, the re-wording of her question was left out without a word, and with {@code --others-changes} the import
 * said it took a deletion it did not take). Threads: any; nothing here touches the disk.
 */
final class FolderOwnFiles {
    /** A note's version in its own writer's file: which file, its link there, and its writer's name in it. */
    private record Own(int file, MergeRecords.Incoming note, NoteLink link, String fileName, String name) {
    }

    private final Map<String, Own> own = new HashMap<>();

    /**
     * The own versions of the notes in {@code files} (read from {@code paths}; {@code writers}: who each says wrote it):
     * a note whose author wrote one of the files, that file's version (the latest, should two files say one writer).
     */
    FolderOwnFiles(List<Path> paths, List<ImportFile> files, List<Optional<String>> writers) {
        for (int i = 0; i < files.size(); i++) {
            ImportFile f = files.get(i);
            Optional<String> writer = writers.get(i);
            if (writer.isEmpty()) {
                continue;
            }
            for (MergeRecords.Incoming in : f.notes()) {
                Annotation a = in.annotation();
                if (!writer.get().equals(a.authorId())) {
                    continue;
                }
                Own had = own.get(a.id());
                if (had == null || FolderCombine.wins(a, had.note().annotation())) {
                    String name = Optional.ofNullable(f.people().get(a.authorId())).map(AuthorStore.Person::name)
                            .filter(n -> !n.isBlank()).orElse(a.author().isBlank() ? a.authorId() : a.author());
                    own.put(a.id(), new Own(i, in, f.conversation().links().get(a.id()),
                            String.valueOf(paths.get(i).getFileName()), name));
                }
            }
        }
    }

    /** File {@code i} ({@code f}) without its changes to notes their own files carry, and the remark that says them. */
    record Without(ImportFile file, Optional<Reason> remark) {
    }

    /** {@code f}, the {@code i}th file, which says {@code writer} wrote it, without its changes to others' own notes. */
    Without without(int i, ImportFile f, Optional<String> writer) {
        List<MergeRecords.Incoming> kept = new ArrayList<>();
        List<Reason> each = new ArrayList<>();
        List<Reason> deletions = new ArrayList<>();
        Set<String> files = new java.util.TreeSet<>();
        Map<String, NoteLink> links = new LinkedHashMap<>(f.conversation().links());
        for (MergeRecords.Incoming in : f.notes()) {
            Annotation a = in.annotation();
            Own o = own.get(a.id());
            if (o == null || o.file() == i || writer.filter(a.authorId()::equals).isPresent()
                    || !changes(in, links.get(a.id()), o)) {
                kept.add(in);
                continue;
            }
            links.remove(a.id());
            files.add(AuthorNames.listed(o.fileName()));
            (a.isDeleted() ? deletions : each).add(OthersChanges.against(in, f.conversation().links().get(a.id()), o.note().annotation(), o.link(),
                    AuthorNames.shorten(AuthorNames.listed(o.name()))));
        }
        each.addAll(0, deletions); // deletions first (what would be lost), as the remarks of a single file say them
        if (each.isEmpty()) {
            return new Without(f, Optional.empty());
        }
        ImportFile out = new ImportFile(f.format(), f.bookIdentity(), kept, f.people(), f.meta(), f.skipped(),
                f.notKept(), f.writtenAt(), new Conversation(links, f.conversation().votes()));
        OthersChanges.Found named = new OthersChanges.Found(List.of(), Map.of(), each);
        String where = String.join(", ", files);
        return new Without(out, Optional.of(each.size() == 1
                ? Reason.of(ShareReason.ONE_CHANGE_OWN_FILE_WINS, where, named.named())
                : Reason.of(ShareReason.CHANGES_OWN_FILE_WIN, each.size(), where, named.named())));
    }

    /**
     * Whether {@code in} (with {@code link}) would change the note its own file has: a deletion of it live there, or a
     * later version that says something else. An older copy (an honest relay) is no change.
     */
    private static boolean changes(MergeRecords.Incoming in, NoteLink link, Own o) {
        Annotation i = in.annotation();
        Annotation mine = o.note().annotation();
        if (mine.isDeleted()) {
            return false;
        }
        if (i.isDeleted()) {
            return true;
        }
        Optional<String> before = o.link() == null ? Optional.empty() : o.link().answeredBy();
        boolean differs = !i.note().equals(mine.note()) || i.colour() != mine.colour() || !i.tags().equals(mine.tags())
                || !i.anchor().equals(mine.anchor()) || !i.chapterId().equals(mine.chapterId())
                || link != null && !link.answeredBy().equals(before);
        return differs && i.updated().isAfter(mine.updated());
    }
}
