package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.NoteLink;
import org.peeragogy.reader.book.Vote;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.ShareStore;

/**
 * A facilitator's whole folder of files (a USB stick's worth) read as one import (issue 15): every notes
 * file, W3C JSON-LD and Hypothesis export directly in the folder, each read and checked on its own (one that
 * is refused is listed with its reason and the rest go on), then combined into one set of notes, one
 * conversation and one set of people, previewed once and imported as one batch (one transaction, one undo).
 *
 * <p>The same note in several files (Ana's question in Bo's file too) is taken once: a deletion wins (as in
 * every merge, decision 0008), else the latest version, with that file's link; votes per person and note,
 * the latest. People: each from the newest file that names them, renamed when that file is newer than the name the
 * reader has ({@link FolderCombine}). Threads: the caller's (reads files: not the FX thread).
 */
final class FolderImport {
    /** Most files read from one folder. */
    static final int MAX_FILES = 500;

    private FolderImport() {
    }

    /**
     * What the reader chose to take of what files say for other people than their writers (decision 0061).
     *
     * @param takeOthersChanges the changes a file makes to notes of people other than its writer (decision 0069)
     * @param takeOthersVotes   the votes a file carries for other people than its writer
     */
    record Choices(boolean takeOthersChanges, boolean takeOthersVotes) {
    }

    /** A file of the folder that is not imported, and why (the reason of its refusal). */
    record Refused(Path file, Reason why) {
    }

    /**
     * The folder read: each file's line, the files refused, everything combined into one import, the remarks of
     * files named after one person that hold other people's notes ({@link OwnerCheck}), and, one line per file, the
     * changes to other people's notes taken out; what is left out for others, with the files that carry it.
     */
    record Read(Path folder, List<FolderLine> files, List<Refused> refused, ImportFile combined, List<Reason> remarks,
                List<String> leftOut, Beside beside, Map<String, Instant> namedAt, ForOthers forOthers) {
    }

    /**
     * Versions of notes made beside the version the combined import keeps (same note, same author, the same base
     * version, other content; or from a sync tool's conflict copy of the file, t38's F1), with each one's reply link
     * and, one per note, the name of the file it comes from: imported as second versions (fresh tester 16c's F10),
     * each file's named after it ({@link FolderBeside}).
     */
    public record Beside(List<MergeRecords.Incoming> notes, Map<String, NoteLink> links, List<String> from) {
        static final Beside NONE = new Beside(List.of(), Map.of(), List.of());

        public Beside {
            notes = List.copyOf(notes);
            links = Map.copyOf(links);
            from = List.copyOf(from);
        }
    }

    /**
     * The files an import of {@code folder} reads: regular files ending .peeranotes, .jsonld or .json, by name, and
     * links so named (refused by {@link #read}, never followed).
     */
    static List<Path> files(Path folder) throws ShareException {
        if (!Files.isDirectory(folder)) {
            throw new ShareException(Reason.of(ShareReason.NO_FOLDER_AT, folder));
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> out = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                // A link is listed, to be refused, never followed (b8): the folder's files only.
                return !n.startsWith(".") && (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || Files.isSymbolicLink(p))
                        && (n.endsWith(".peeranotes") || n.endsWith(".jsonld") || n.endsWith(".json"));
            }).sorted().toList();
            if (out.size() > MAX_FILES) {
                throw new ShareException(Reason.of(ShareReason.FOLDER_TOO_MANY_FILES, MAX_FILES));
            }
            return out;
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ_FOLDER, folder, AtomicFiles.reason(e)), e);
        }
    }

    /**
     * Reads the folder's files ({@link #read}) and plans importing them as one; changes nothing.
     *
     * @throws ShareException when the folder cannot be read, has no such file, none of them can be imported, or
     *                        the reader's notes cannot be read
     */
    static FolderPreview preview(Path folder, FileReader reader, ShareStore store, AuthorStore authors,
                                 Chapters chapters, OwnerCheck owners, Choices choices)
            throws ShareException {
        Read read = read(folder, reader, owners, choices, chapters);
        ImportFile contents = read.combined();
        try {
            MergeRecords.Plan plan = store.plan(contents.notes(), contents.conversation(), contents.people(),
                    chapters::placeable);
            List<Reason> remarks = new ArrayList<>(read.remarks());
            remarks.addAll(plan.remarks());
            // "Ana is now called Ana Lima", each person judged by the file their name comes from, as a single file's
            // import says it (tester t15's M1: the folder renamed silently, or not at all).
            remarks.addAll(authors.renames(contents.people(), id -> read.namedAt().get(id)));
            MergeRecords.Plan withBeside = FolderBeside.previewed(new MergeRecords.Plan(plan.changes(), plan.counts(),
                    remarks, plan.votes()), read.beside(), store, contents.people(), chapters);
            NoteSharing.Preview combined = new NoteSharing.Preview(folder, contents, withBeside, read.forOthers());
            return new FolderPreview(folder, read.files().stream().map(FolderLine::line).toList(),
                    read.refused().stream().map(r -> r.file().getFileName() + ": " + alone(r.why().english())).toList(),
                    combined,
                    read.leftOut(), read.beside(), read.namedAt(),
                    read.files().stream().map(f -> String.valueOf(f.file().getFileName())).toList());
        } catch (org.peeragogy.reader.store.StoreException e) {
            throw ShareException.of(e);
        }
    }

    /**
     * Imports a folder as {@link #preview} read it: one transaction, one batch, one undo.
     *
     * @throws ShareException when it cannot be saved (nothing is)
     */
    static ShareStore.Applied apply(FolderPreview preview, ShareStore store, Chapters chapters) throws ShareException {
        int files = preview.lines().size();
        NoteSharing.Preview p = preview.combined();
        String source = preview.folder().getFileName() + " (" + files + (files == 1 ? " file)" : " files)");
        try {
            // Each person named as of the file their name comes from (t15's M1), never by the folder's oldest file.
            List<MergeRecords.Step> steps = new ArrayList<>(List.of(new MergeRecords.Step(p.contents().notes(),
                    p.contents().conversation(), chapters::placeable, p.contents().people(), null, false,
                    preview.namedAt())));
            // After the combined notes, in the same transaction and batch: each is then a version beside one the
            // reader has, kept as a second version (as a group folder merges a conflict copy), one step per file.
            steps.addAll(FolderBeside.steps(preview.beside(), p.contents().people(), preview.namedAt(), chapters));
            List<ShareStore.Applied> done = store.applyTogether(steps, source, "folder", preview.files());
            ShareStore.Applied all = done.get(0);
            for (ShareStore.Applied more : done.subList(1, done.size())) {
                all = summed(all, more);
            }
            return all;
        } catch (org.peeragogy.reader.store.StoreException e) {
            throw ShareException.of(e);
        }
    }

    /**
     * Reads every file of the folder with {@code reader} and combines them.
     *
     * @throws ShareException when the folder cannot be listed, or no file in it can be imported
     */
    static Read read(Path folder, FileReader reader, OwnerCheck owners, Choices choices, Chapters chapters)
            throws ShareException {
        List<Path> paths = files(folder);
        Optional<Reason> notRead = FolderSkipped.of(folder);
        if (paths.isEmpty()) {
            Reason none = Reason.of(ShareReason.NO_NOTES_FILES, folder);
            throw new ShareException(notRead.map(r -> Reason.of(Reason.General.SENTENCES, none, r)).orElse(none));
        }
        List<FolderLine> lines = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        List<ImportFile> read = new ArrayList<>();
        List<String> readNames = new ArrayList<>();
        List<Reason> remarks = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<Set<String>> notTheirs = new ArrayList<>();
        List<Vote> votesLeftOut = new ArrayList<>();
        List<MergeRecords.Incoming> changesLeftOut = new ArrayList<>();
        Map<String, NoteLink> linksLeftOut = new HashMap<>();
        List<String> carrying = new ArrayList<>();
        List<String> carryingNoWriter = new ArrayList<>();
        List<Optional<String>> writers = new ArrayList<>();
        Map<String, List<String>> byWriter = new LinkedHashMap<>();
        Map<String, Set<String>> writerNames = new HashMap<>();
        // Every file read first, so that a file's change to a note whose own writer's file is in the folder too is
        // said for what it is: the own file's version is the one taken (decision 0069; t15c's F2, t15d's F3).
        List<Path> readPaths = new ArrayList<>();
        List<ImportFile> raws = new ArrayList<>();
        List<Optional<String>> rawWriters = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isSymbolicLink(p)) {
                refused.add(new Refused(p, Reason.of(ShareReason.LINK_NOT_READ)));
                continue;
            }
            try {
                ImportFile raw = reader.read(p);
                readPaths.add(p);
                raws.add(raw);
                rawWriters.add(Authorship.ownerOf(String.valueOf(p.getFileName())).or(raw::writer));
            } catch (ShareException e) {
                refused.add(new Refused(p, e.reason()));
            }
        }
        FolderOwnFiles ownFiles = new FolderOwnFiles(readPaths, raws, rawWriters);
        List<Integer> lined = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Path p = readPaths.get(i);
            try {
                FolderOwnFiles.Without without = ownFiles.without(i, raws.get(i), rawWriters.get(i));
                OwnerCheck.Checked checked = owners.check(p, without.file(), choices.takeOthersChanges(),
                        choices.takeOthersVotes());
                ImportFile f = named(checked.contents(), p.getFileName());
                read.add(f);
                readNames.add(String.valueOf(p.getFileName()));
                notTheirs.add(checked.notTheirs());
                writers.add(checked.writer());
                votesLeftOut.addAll(checked.votesLeftOut());
                changesLeftOut.addAll(checked.changesLeftOut().notes());
                linksLeftOut.putAll(checked.changesLeftOut().links());
                if (!checked.votesLeftOut().isEmpty() || checked.leftOut() > 0) {
                    carrying.add(String.valueOf(p.getFileName()));
                    if (checked.writer().isEmpty()) {
                        carryingNoWriter.add(String.valueOf(p.getFileName()));
                    }
                }
                checked.writer().ifPresent(w -> {
                    byWriter.computeIfAbsent(w, k -> new ArrayList<>()).add(String.valueOf(p.getFileName()));
                    writerNames.computeIfAbsent(w, k -> new java.util.LinkedHashSet<>()).add(checked.owner());
                });
                lined.add(i);
                checked.remarks().forEach(r -> remarks.add(Reason.of(ShareReason.IN_FILE, p.getFileName(), r)));
                without.remark().ifPresent(r -> remarks.add(Reason.of(ShareReason.IN_FILE, p.getFileName(), r)));
                if (checked.leftOut() > 0) {
                    leftOut.add(p.getFileName() + ": " + checked.leftOut() + (checked.leftOut() == 1 ? " change"
                            : " changes") + " to other people's notes in a file that "
                            + (checked.writer().isPresent() ? "says " + checked.owner() + " wrote it"
                            : "does not say who wrote it"));
                }
            } catch (org.peeragogy.reader.store.StoreException e) {
                throw ShareException.of(e);
            }
        }
        if (read.isEmpty()) {
            // Each file and why, as the lines of an import that reads some (fresh tester 18w's N6: only the first was
            // named); five at most, then how many more; one a line under a short head (t31's F5: one run-on
            // paragraph). A name's own line breaks and controls go, so that each file is one line.
            // Six are all named: never "1 more files" (t32's F9).
            Reason each = null;
            int named = refused.size() > 6 ? 5 : refused.size();
            for (Refused r : refused.subList(0, named)) {
                Reason one = Reason.of(ShareReason.FILE_REFUSED, AuthorNames.listed(String.valueOf(r.file().getFileName())),
                        listed(r.why()));
                each = each == null ? one : Reason.of(Reason.General.LINES, each, one);
            }
            if (refused.size() > named) {
                each = Reason.of(Reason.General.LINES, each, Reason.of(ShareReason.MORE_REFUSED, refused.size() - named));
            }
            throw new ShareException(Reason.of(ShareReason.NONE_IMPORTABLE, paths.size(), folder, each));
        }
        // Two files that say one person wrote them: files carry no signature, so both speak for that person, and only
        // the reader can tell which is theirs (t15b's F1). Said first. A file and its conflict copies count as one.
        List<Reason> first = new ArrayList<>();
        notRead.ifPresent(first::add);
        byWriter.forEach((w, names) -> {
            // A sync tool's conflict copy is a version of its file, not a second file speaking for them (t39).
            if (names.stream().filter(n -> !FolderCombine.conflictCopy(n)).count() > 1) {
                // The reader's name for them when they know them; else each name the files give, none chosen.
                first.add(Reason.of(ShareReason.SAME_WRITER_FILES, names.size(), String.join(" / ", writerNames.get(w)),
                        String.join(", ", names.stream().map(AuthorNames::listed).toList())));
            }
        });
        first.addAll(remarks);
        List<MergeRecords.Incoming> beside = new ArrayList<>();
        Map<String, NoteLink> besideLinks = new HashMap<>();
        List<String> besideFrom = new ArrayList<>();
        FolderCombine.Combined combined = FolderCombine.combine(read, readNames, notTheirs, writers, beside, besideLinks,
                besideFrom);
        // What each file carries, held back or not (t15e's F3: "nobody — 0 notes" for forged changes and votes), each
        // person by the name the import takes for them (t15c's F2: not "Bo (really Mallory)" beside Bo's own file).
        // A file's notes for another handbook said on its line, as a single file's import says it (t32's F6).
        lined.forEach(i -> lines.add(FolderLine.of(readPaths.get(i), raws.get(i), combined.file().people(),
                Imports.otherHandbook(chapters, raws.get(i), ImportReason.ANOTHER_HANDBOOK_IN_FOLDER))));
        return new Read(folder, lines, refused, combined.file(), first, leftOut, new Beside(beside, besideLinks, besideFrom),
                combined.namedAt(), new ForOthers(votesLeftOut, Map.of(), changesLeftOut, linksLeftOut, carrying,
                carryingNoWriter));
    }

    /**
     * {@code why} as a line of {@link ShareReason#NONE_IMPORTABLE}'s list: without "This file cannot be imported: …
     * Nothing was changed." around it when it is only that around a reason (t32's F9: repeated on every line).
     */
    private static Object listed(Reason why) {
        boolean around = why.code() == ShareReason.NOT_IMPORTED || why.code() == ImportReason.NOTES_FILE_REFUSED;
        return around && why.args().size() == 1 && why.args().get(0) != null ? why.args().get(0) : why;
    }

    /** {@code f} with each "not kept" line naming the file it comes from (t32's F8). */
    private static ImportFile named(ImportFile f, Path name) {
        return new ImportFile(f.format(), f.bookIdentity(), f.notes(), f.people(), f.meta(), f.skipped(),
                f.notKept().stream().map(r -> Reason.of(ShareReason.IN_FILE, name, r)).toList(), f.writtenAt(),
                f.conversation());
    }

    /** Reads one file (as {@link NoteSharing#read}). */
    @FunctionalInterface
    interface FileReader {
        ImportFile read(Path file) throws ShareException;
    }

    /** The combined import and the versions beside it, as one import's figures (one batch). */
    private static ShareStore.Applied summed(ShareStore.Applied combined, ShareStore.Applied beside) {
        MergeRecords.Plan a = combined.plan();
        MergeRecords.Plan b = beside.plan();
        List<MergeRecords.Change> changes = new ArrayList<>(a.changes());
        changes.addAll(b.changes());
        List<Reason> remarks = new ArrayList<>(a.remarks());
        remarks.addAll(b.remarks());
        return new ShareStore.Applied(new MergeRecords.Plan(changes, a.counts().plus(b.counts()), remarks,
                a.votes() + b.votes()),
                combined.batchId().isPresent() ? combined.batchId() : beside.batchId());
    }

    /**
     * A file's reason as a line of a folder's preview: without its closing "Nothing was changed.", which is said of a
     * single file's import, while the folder's other files are imported (tester's F24).
     */
    static String alone(String reason) {
        String end = " Nothing was changed.";
        int at = reason.indexOf(end);
        return at < 0 ? reason : (reason.substring(0, at) + reason.substring(at + end.length())).strip();
    }
}
