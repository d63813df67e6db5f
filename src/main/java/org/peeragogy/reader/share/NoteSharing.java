package org.peeragogy.reader.share;

import org.peeragogy.reader.book.Reason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Sharing notes as files: what the window and the command line call.
 *
 * <pre>
 * NoteSharing s = new NoteSharing(db, chapters, version);
 * s.export(Format.NOTES, path, filter);          // or W3C, MARKDOWN
 * Preview p = s.preview(file);                   // reads and checks the file, changes nothing
 * p.counts().summary();                          // "3 new, 1 updated, ..."
 * ShareStore.Applied done = s.apply(p);          // one transaction; done.batchId() for undo
 * s.undoImport(done.batchId().getAsLong());      // reverts the whole import
 * s.authors().list() / setVisible / setColour    // layers
 * </pre>
 */
public final class NoteSharing {
    private final Database db;
    private final Chapters chapters;
    private final String appVersion;

    public NoteSharing(Database db, Chapters chapters, String appVersion) {
        this.db = Objects.requireNonNull(db);
        this.chapters = Objects.requireNonNull(chapters);
        this.appVersion = appVersion == null ? "dev" : appVersion;
    }

    /** The export formats and their usual file endings. */
    public enum Format {
        NOTES(".peeranotes"), W3C(".jsonld"), MARKDOWN(".md");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static java.util.Optional<Format> ofCode(String code) {
            for (Format f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(code)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A checked file and what importing it would do, and what it leaves out for other people than its writer. */
    public record Preview(Path file, ImportFile contents, org.peeragogy.reader.store.MergeRecords.Plan plan, ForOthers forOthers) {
        public Preview {
            forOthers = forOthers == null ? ForOthers.NONE : forOthers;
        }

        /** A file that leaves nothing out for others. Any thread. */
        public Preview(Path file, ImportFile contents, org.peeragogy.reader.store.MergeRecords.Plan plan) {
            this(file, contents, plan, ForOthers.NONE);
        }

        public org.peeragogy.reader.store.MergeRecords.Counts counts() {
            return plan.counts();
        }

        /**
         * This preview with what it left out for people other than the file's writer taken after all (the reader chose
         * to): their votes (decision 0061) and the file's changes to their notes (decision 0069). The import plans
         * them again as it writes; the plan's figures are still those previewed. Any thread; nothing is read.
         */
        public Preview withOthers() {
            return Imports.withOthers(this);
        }

        /**
         * What the reader should know before importing, one line each: what the merge will not do as the file
         * says (notes that claim to be the reader's, private notes), then each item skipped (with the reason)
         * and each kind of content not kept.
         */
        public List<Reason> reasons() {
            List<Reason> out = new ArrayList<>(plan.remarks());
            out.addAll(contents.reasons());
            return out;
        }

        /** Whether importing it renames someone the reader knows ("Bea is now called Bea Smith"). Any thread. */
        public boolean renames() {
            return plan.remarks().stream().anyMatch(r -> r.code() == org.peeragogy.reader.store.StoreReason.RENAMED);
        }

        /** {@link #reasons()} in English, as the command line prints them. */
        public List<String> remarks() {
            return reasons().stream().map(Reason::english).toList();
        }
    }

    /**
     * The open handbook's notes (and tombstones, except in Markdown) that pass {@code filter}, written to
     * {@code out}: each with its author's id and present name (decision 0017). Notes marked private are left
     * out unless {@code filter.includePrivate()}, and are marked private in the file when included. Conflict
     * copies (second versions kept from files) are always left out (decision 0021), and so are new notes a file
     * said were the reader's until the reader saves them (decision 0032). {@link Exported} counts what was left out.
     * Blocks on disk: call it off the FX thread.
     *
     * Never inside the data folder in use or the handbook's folder ({@link #place()}, t15b's M1).
     *
     * @throws ShareException when the notes cannot be read or the file cannot be written (no partial file is left),
     *                        or {@code out} is inside the data folder or the handbook's folder
     */
    public Exported export(Format format, Path out, ExportFilter filter) throws ShareException {
        place().check(out);
        try {
            ExportTarget.refuseOthers(out, db.settings().readerId());
        } catch (org.peeragogy.reader.store.StoreException e) {
            throw ShareException.of(e);
        }
        return NotesExport.write(db, chapters, appVersion, format, out, filter);
    }

    /**
     * As {@link #export}, for the reader's own file made in its own data folder (the group folder's staging file,
     * {@code share.group.OwnFile}): the place is the reader's choice, not a person's, so {@link OutputPlace} does not
     * apply; a data folder's existing files are still never replaced ({@code AtomicFiles}).
     */
    public Exported exportOwnFile(Path staged, ExportFilter filter) throws ShareException {
        return NotesExport.write(db, chapters, appVersion, Format.NOTES, staged, filter);
    }

    /** Where this reader's exports and digests may not go: its data folder and the open handbook's folder. Not the FX thread (it looks at the disk). */
    public OutputPlace place() {
        Path data = db.file().toAbsolutePath().getParent();
        return new OutputPlace(data == null ? db.file() : data, chapters.location());
    }

    /**
     * The address each unplaced note came with, by id: kept through every export and re-import, so that
     * the note never loses where it was made (issue 11).
     */
    public static Map<String, String> unplacedSources(Database db, List<Annotation> notes) throws StoreException {
        Map<String, String> out = new java.util.HashMap<>(db.sharedNotes().sources(notes.stream()
                .filter(a -> a.chapterId().equals(NoteCheck.UNPLACED_CHAPTER)).map(Annotation::id).toList()));
        out.values().removeIf(String::isBlank);
        return out;
    }

    /**
     * Why nothing can be saved to the notes ("This folder is read-only: …"), so that no import can be: empty when it
     * can. Reads no file. Any thread.
     */
    public Optional<Reason> readOnlyReason() {
        return db.readOnlyReason();
    }

    /** The reader's name as their newest note carries it, else their short id: an export's file name (t34's F7). */
    public String ownName() throws ShareException {
        return ExportName.of(db);
    }

    /** How many of the open handbook's notes are marked private (the export dialog asks about them). */
    public int privateCount() throws StoreException {
        java.util.Set<String> privates = db.sharedNotes().privateIds(chapters.book().identity());
        if (privates.isEmpty()) {
            return 0;
        }
        return (int) db.annotations().book(chapters.book().identity()).stream()
                .filter(a -> privates.contains(a.id())).count();
    }

    /**
     * Reads and checks {@code file} (notes file, W3C JSON-LD or Hypothesis JSON) and plans the import; changes nothing.
     * A file that names its writer and holds other people's notes, deletions or votes says so first among its remarks
     * (b1, decision 0061); its changes to their notes and their votes are left out ({@link Preview#forOthers}), for the
     * window to ask about (decision 0069).
     */
    public Preview preview(Path file) throws ShareException {
        return previewByHand(file, false, false).preview();
    }

    /**
     * A file imported by hand, checked ({@link #previewByHand}).
     *
     * @param leftOut how many changes to other people's notes were taken out (decision 0069)
     */
    public record ByHand(Preview preview, int leftOut) {
    }

    /**
     * As {@link #preview}; {@code takeOthersChanges} false takes out the changes a file makes to notes of people other
     * than its writer (edits, deletions, answered marks: decision 0069) and counts them.
     *
     * @throws ShareException when the file cannot be read or is refused, or the reader's notes cannot be read
     */
    public ByHand previewByHand(Path file, boolean takeOthersChanges) throws ShareException {
        return previewByHand(file, takeOthersChanges, false);
    }

    /**
     * As {@link #previewByHand(Path, boolean)}; {@code takeOthersChanges} true keeps the changes the file makes to
     * notes of people other than its writer (edits, deletions, answered marks: decision 0069), {@code takeOthersVotes}
     * true their votes (decision 0061); else each is left out, and the preview says which.
     *
     * @throws ShareException when the file cannot be read or is refused, or the reader's notes cannot be read
     */
    public ByHand previewByHand(Path file, boolean takeOthersChanges, boolean takeOthersVotes) throws ShareException {
        ImportFile contents = read(file);
        OwnerCheck.Checked checked;
        try {
            checked = new OwnerCheck(db).check(file, contents, takeOthersChanges, takeOthersVotes);
        } catch (StoreException e) {
            throw ShareException.of(e);
        }
        return new ByHand(checked.saying(planned(file, checked.contents(), false)), checked.leftOut());
    }

    /** What importing {@code contents} (read from {@code file}) would do; {@code alongside} as {@link #previewAlongside}. */
    private Preview planned(Path file, ImportFile contents, boolean alongside) throws ShareException {
        return Imports.planned(db, chapters, file, contents, alongside);
    }

    /** Imports what {@code preview} read, all or nothing, as one undoable batch. */
    public ShareStore.Applied apply(Preview preview) throws ShareException {
        return Imports.apply(db, chapters, preview, false);
    }

    /**
     * As {@link #preview}, for a version of a file made beside another one (a sync tool's conflict copy in a
     * group folder, issue 16): a note that differs from the reader's is planned as a second version (a
     * conflict copy), whichever is newer. Changes nothing. Blocks on disk: off the FX thread.
     *
     * @throws ShareException when the file cannot be read or is refused (the message says why)
     */
    public Preview previewAlongside(Path file) throws ShareException {
        return planned(file, read(file), true);
    }

    /**
     * As {@link #preview} or {@link #previewAlongside}, for a file that can only be a notes file (a group folder's
     * {@code .peeranotes}, issue 16): anything else is refused as not a notes file, never read as JSON, so that what
     * the reader is told about it speaks of notes files only. Changes nothing. Blocks on disk: off the FX thread.
     *
     * @throws ShareException when the file cannot be read or is refused (the message says why)
     */
    public Preview previewNotesFile(Path file, boolean alongside) throws ShareException {
        return planned(file, ImportFiles.readNotesFile(file), alongside);
    }

    /**
     * As {@link #previewNotesFile}, for a group folder's file ({@code group.FileLook}), checked as a file imported by
     * hand is (t15e's M1): what it says for people other than its owner ({@code owner}, the id its name gives, else
     * the reader its header names; a file that names neither speaks for no one) is left out unless taken, and said
     * ({@link Preview#forOthers}, decisions 0061, 0069 and 0077). The remark naming the other people in it is the
     * group folder's own. Changes nothing. Blocks on disk: off the FX thread.
     *
     * @param takeOthersChanges keep its changes to other people's notes ({@code group-folder sync --others-changes})
     * @param takeOthersVotes   keep other people's votes in it ({@code --others-votes})
     * @throws ShareException when the file cannot be read or is refused, or the reader's notes cannot be read
     */
    public GroupFilePreview previewGroupFile(Path file, java.util.Optional<String> owner, boolean alongside,
                                             boolean takeOthersChanges, boolean takeOthersVotes) throws ShareException {
        ImportFile contents = ImportFiles.readNotesFile(file);
        OwnerCheck.Checked checked;
        try {
            // A file named after its owner says whose notes it holds in the group folder's words (Authorship.saying);
            // any other says them in the import's.
            checked = new OwnerCheck(db).check(owner, contents, takeOthersChanges, takeOthersVotes, owner.isEmpty(), true);
        } catch (StoreException e) {
            throw ShareException.of(e);
        }
        return new GroupFilePreview(contents, checked.saying(planned(file, checked.contents(), alongside)),
                checked.writer());
    }

    /**
     * Reads every notes file, W3C JSON-LD and Hypothesis export in {@code folder} and plans importing them all
     * as one batch ({@link FolderImport}); changes nothing. Reads the disk: not on the FX thread.
     *
     * @throws ShareException when the folder cannot be read, has no such file, or none of them can be imported
     */
    public FolderPreview previewFolder(Path folder) throws ShareException {
        return previewFolder(folder, false);
    }

    /**
     * As {@link #previewFolder(Path)}; {@code takeOthersChanges} false takes out the changes each file makes to notes
     * of people other than its writer ({@link FolderPreview#leftOut()} says which; decision 0069).
     *
     * @throws ShareException when the folder cannot be read, has no such file, or none of them can be imported
     */
    public FolderPreview previewFolder(Path folder, boolean takeOthersChanges) throws ShareException {
        return previewFolder(folder, takeOthersChanges, false);
    }

    /**
     * As {@link #previewFolder(Path, boolean)}; {@code takeOthersVotes} true keeps the votes each file carries for
     * people other than its writer (decision 0061).
     *
     * @throws ShareException when the folder cannot be read, has no such file, or none of them can be imported
     */
    public FolderPreview previewFolder(Path folder, boolean takeOthersChanges, boolean takeOthersVotes)
            throws ShareException {
        return FolderImport.preview(folder, this::read, db.sharing(), db.authors(), chapters, new OwnerCheck(db),
                new FolderImport.Choices(takeOthersChanges, takeOthersVotes));
    }

    /**
     * Imports what {@link #previewAlongside} read, all or nothing, as one undoable batch. Off the FX thread.
     *
     * @throws ShareException when it cannot be saved (nothing is)
     */
    public ShareStore.Applied applyAlongside(Preview preview) throws ShareException {
        return Imports.apply(db, chapters, preview, true);
    }

    /** A previewed file to import with others ({@link #applyTogether}); {@code alongside} as {@link #previewAlongside}. */
    public record Together(Preview preview, boolean alongside) {
    }

    /**
     * Imports these previewed files in one transaction, as one undoable batch called {@code source} (a group
     * folder's files merged at once, issue 16): each is planned again against what the ones before it wrote.
     * Off the FX thread.
     *
     * @return each file's import, in order
     * @throws ShareException when it cannot be saved (nothing is)
     */
    public List<ShareStore.Applied> applyTogether(List<Together> files, String source) throws ShareException {
        return Imports.applyTogether(db, chapters, files, source);
    }

    /** Imports a folder as {@link #previewFolder} read it: one transaction, one batch, one undo. Off the FX thread. */
    public ShareStore.Applied apply(FolderPreview preview) throws ShareException {
        return FolderImport.apply(preview, db.sharing(), chapters);
    }

    /** Reverts a whole import (the most recent one not yet undone). */
    public void undoImport(long batchId) throws ShareException {
        try {
            db.sharing().undoImport(batchId);
        } catch (StoreException e) {
            throw ShareException.of(e);
        }
    }

    public List<ShareStore.Batch> imports() throws StoreException {
        return db.sharing().batches();
    }

    /**
     * The open handbook's notes that a file said were the reader's and that they have not saved since, by id, to
     * the file's name (decision 0032). Threads: a read, not the FX thread for a large profile.
     *
     * @throws StoreException when the notes cannot be read
     */
    public Map<String, String> claimed() throws StoreException {
        return db.sharedNotes().claimed(chapters.book().identity());
    }

    public List<ShareStore.Conflict> conflicts() throws StoreException {
        return db.sharedNotes().conflicts(chapters.book().identity());
    }

    /**
     * The ids of the notes kept in two versions (each copy and its original), read in one query. Threads: as
     * {@link #conflicts()}.
     *
     * @throws StoreException when the notes cannot be read
     */
    public java.util.Set<String> conflictedIds() throws StoreException {
        return db.sharedNotes().conflictedIds(chapters.book().identity());
    }

    /** Author layers: list, show/hide, colour. */
    public AuthorStore authors() {
        return db.authors();
    }

    /**
     * Reads any of the three formats ({@link ImportFiles#read}): a notes file, W3C JSON-LD or a Hypothesis export.
     * Blocks on disk: off the FX thread.
     *
     * @throws ShareException when the file cannot be read or is refused whole (the message says why)
     */
    public ImportFile read(Path file) throws ShareException {
        return ImportFiles.read(file, chapters);
    }
}
