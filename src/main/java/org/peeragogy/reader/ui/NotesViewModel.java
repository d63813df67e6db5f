package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.SettingsStore;

/**
 * The notes of the chapter being read: anchoring them to its text, making, editing and deleting
 * them (with undo), and what to paint. No controls; runs without a toolkit.
 *
 * <p>Threads: every public method on the FX thread (or one test thread). Writes go to the ordered writer
 * ({@link SaveQueue}) and reads of the chapter's notes to the loader's thread ({@link ChapterNotesViewModel}),
 * so none waits on the disk; failures are said through the problems callback, never thrown.
 */
public final class NotesViewModel {
    private static final System.Logger LOG = System.getLogger(NotesViewModel.class.getName());
    public static final String AUTHOR_KEY = SettingsStore.READER_NAME;


    private final Consumer<String> problems;
    private final ObservableList<NoteItem> placed = FXCollections.observableArrayList();
    private final ObservableList<NoteItem> orphans = FXCollections.observableArrayList();
    private final ObservableList<NoteItem> placedView = FXCollections.unmodifiableObservableList(placed);
    private final ObservableList<NoteItem> orphansView = FXCollections.unmodifiableObservableList(orphans);
    private final ReadOnlyObjectWrapper<Optional<NoteSelection>> selection = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyIntegerWrapper paintVersion = new ReadOnlyIntegerWrapper();
    private final SaveQueue saves;
    private final AnnotationStore writes;
    private final NoteAuthorViewModel author;
    private final DeletedNotesViewModel deletions;
    private final UnplacedNotesViewModel unplaced;
    private final ChapterNotesViewModel loader;
    /** Whose notes are hidden, which show (the blind first pass), which have two versions, which a file claimed. */
    private ChapterNotesViewModel.Layers layers = ChapterNotesViewModel.Layers.NONE;
    private String book;
    private String chapterId;
    private ChapterText text;
    private boolean bookmarking;
    private final Texts texts;

    /** Reads and saves at once on the calling thread, through {@code store}. */
    public NotesViewModel(AnnotationStore store, SettingsStore settings, Consumer<String> problems, Texts texts) {
        this(store, settings, problems, null, store, settings, Runnable::run, Runnable::run, texts);
    }

    /**
     * With the window's ordered writer: notes are created, edited, deleted, restored and re-attached on {@code saves}
     * through {@code writes} (the writer's own connection, so that reads here never wait behind a write), the reader's
     * name written through {@code writeSettings}, and the chapter refreshed on the FX thread once each save has landed
     * (null {@code saves}: at once on the calling thread). The chapter's notes are read and anchored on {@code reads}
     * (one thread, which may use {@code store}: the FX thread never reads them itself) and shown on {@code onUi} (the FX
     * thread). {@code texts} words what stops a note (too long, empty) in the window's language.
     */
    public NotesViewModel(AnnotationStore store, SettingsStore settings, Consumer<String> problems, SaveQueue saves,
                          AnnotationStore writes, SettingsStore writeSettings, java.util.concurrent.Executor reads,
                          java.util.concurrent.Executor onUi, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.problems = Objects.requireNonNull(problems);
        this.saves = saves != null ? saves : SaveQueue.inline(problems);
        this.writes = Objects.requireNonNull(writes);
        this.author = new NoteAuthorViewModel(settings, writeSettings, this.saves);
        this.deletions = new DeletedNotesViewModel(this.saves, writes);
        this.unplaced = new UnplacedNotesViewModel(store);
        this.loader = new ChapterNotesViewModel(store, unplaced, reads, onUi, texts);
    }

    /**
     * The open handbook, so that notes in none of its chapters (from a page not in it, or a chapter this
     * edition lacks) are listed under "Could not place" on every chapter, to be found and re-attached.
     */
    public void useBook(java.util.function.Supplier<org.peeragogy.reader.book.Book> book) {
        unplaced.useBook(book);
    }

    /** A chapter is shown: anchor its notes to the text the reader sees. */
    public void chapterShown(String bookIdentity, String chapter, ChapterText chapterText) {
        this.book = bookIdentity;
        this.chapterId = chapter;
        this.text = chapterText;
        selection.set(Optional.empty());
        refresh();
    }

    /**
     * Re-reads the chapter's notes from the store and places them again: on the notes loader's thread in
     * the window, at once without one ({@link ChapterNotesViewModel}). FX thread.
     */
    public void refresh() {
        refresh(() -> { });
    }

    /** As {@link #refresh()}; {@code then} runs on the FX thread once the lists are current. */
    private void refresh(Runnable then) {
        if (text == null) {
            then.run();
            return;
        }
        loader.load(new ChapterNotesViewModel.Request(book, chapterId, text, unplaced.book(), layers),
                loaded -> {
                    if (loaded.failure() != null) {
                        problems.accept(texts.logged(LOG, "Notes", loaded.failure()));
                        return;
                    }
                    if (!placed.equals(loaded.placed())) {
                        placed.setAll(loaded.placed());
                    }
                    if (!orphans.equals(loaded.lost())) {
                        orphans.setAll(loaded.lost());
                    }
                    paintVersion.set(paintVersion.get() + 1);
                }, then);
    }

    /**
     * Runs {@code action} on the FX thread once the notes asked for last are listed (at once when they are):
     * for what reads {@link #item} or {@link #placed} right after a chapter is shown or a note saved.
     */
    public void whenCurrent(Runnable action) {
        loader.whenCurrent(action);
    }

    /** What to paint now: every placed highlight (bookmarks and chapter notes have nothing to paint). */
    public List<NoteItem> toPaint() {
        return placed.stream().filter(i -> i.annotation().kind() == Annotation.Kind.HIGHLIGHT
                && i.placement().start() >= 0 && i.placement().end() > i.placement().start()).toList();
    }

    /** The placed bookmarks, shown in the page's margin. */
    public List<NoteItem> bookmarks() {
        return placed.stream().filter(i -> i.annotation().kind() == Annotation.Kind.BOOKMARK).toList();
    }

    /**
     * People whose notes are hidden (by author id), notes kept in two versions, and notes a file said were the
     * reader's, by id, to the file's name (decision 0032: {@link NoteItem#claimedFrom}); then places the notes again.
     */
    public void setLayers(Set<String> hidden, Set<String> conflicts, Map<String, String> claimedFrom) {
        layers = new ChapterNotesViewModel.Layers(Set.copyOf(hidden), Set.copyOf(conflicts), layers.shown(),
                Map.copyOf(claimedFrom));
        refresh();
    }

    /**
     * Which of a chapter's notes show, as a rule over the whole chapter's list (issue 15's blind first pass,
     * {@link WorkshopOptionsViewModel}); then places the notes again. The rule runs where the notes are read (the
     * loader's thread in the window): it may read the store, and must keep no state of the FX thread. FX thread.
     */
    public void setShown(java.util.function.UnaryOperator<List<Annotation>> rule) {
        layers = new ChapterNotesViewModel.Layers(layers.hidden(), layers.conflicted(), Objects.requireNonNull(rule),
                layers.claimed());
        refresh();
    }

    /**
     * True when the reader wrote this note (they may change it): its author id is theirs, whatever name
     * either has (two people called Ana are two people). Others' notes are read-only.
     */
    public boolean isMine(Annotation a) {
        return author.isMine(a);
    }

    public void select(int start, int end) {
        if (text == null || start < 0 || end <= start || end > text.length()) {
            selection.set(Optional.empty());
            return;
        }
        if (end - start > NoteRulesViewModel.MAX_QUOTE) {
            selection.set(Optional.empty());
            problems.accept(texts.format("note.quoteTooLong", NoteRulesViewModel.MAX_QUOTE, end - start));
            return;
        }
        selection.set(Optional.of(new NoteSelection(start, end, text.quoted(start, end))));
    }

    public void clearSelection() {
        selection.set(Optional.empty());
    }

    /**
     * The reader's own highlight on exactly the passage selected (white space at either end aside), if any: Ctrl+N then
     * opens it and Ctrl+1…5 recolour it, rather than stacking a second highlight on the same words (fresh tester
     * 17a's F12 and N3). Empty without a selection. FX thread.
     */
    public Optional<NoteItem> mineOnSelection() {
        return text == null ? Optional.empty() : selection.get().flatMap(s -> TextSpans.highlightOn(text.text(),
                s.start(), s.end(), placed, this::isMine));
    }

    /** Highlights the selection; with a note and tags when given. Returns the new annotation. */
    public Optional<Annotation> highlight(Annotation.Colour colour, String note, List<String> tags) {
        Optional<NoteSelection> s = selection.get();
        if (s.isEmpty() || text == null || refused(note, tags, false)) {
            return Optional.empty();
        }
        TextAnchor anchor = Anchoring.describe(text, s.get().start(), s.get().end());
        Optional<Annotation> made = create(Annotation.Kind.HIGHLIGHT, colour, note, tags, Optional.of(anchor));
        made.ifPresent(a -> selection.set(Optional.empty()));
        return made;
    }

    /** A note on the whole chapter; an empty one is not saved. */
    public Optional<Annotation> chapterNote(String note, List<String> tags) {
        if (refused(note, tags, true)) {
            return Optional.empty();
        }
        return create(Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, note, tags, Optional.empty());
    }

    /**
     * Bookmarks the place starting at this text offset (the first line at the top of the window);
     * when that place is bookmarked already, removes the bookmark instead (Ctrl+D toggles).
     */
    public Optional<Annotation> bookmark(int offset) {
        if (text == null || text.length() == 0 || bookmarking) {
            return Optional.empty(); // a held or repeated Ctrl+D waits for the last toggle to land
        }
        bookmarking = true;
        try {
            return toggleBookmark(offset);
        } finally {
            saves.submit(() -> { }, () -> refresh(() -> bookmarking = false));
        }
    }

    private Optional<Annotation> toggleBookmark(int offset) {
        int[] span = TextSpans.bookmark(text.text(), offset);
        int from = span[0];
        int to = span[1];
        Optional<NoteItem> there = placed.stream().filter(i -> i.annotation().kind() == Annotation.Kind.BOOKMARK
                && i.placement().start() >= from && i.placement().start() < to).findFirst();
        if (there.isPresent()) {
            delete(there.get().annotation().id());
            return Optional.empty();
        }
        return create(Annotation.Kind.BOOKMARK, Annotation.Colour.YELLOW, "", List.of(),
                Optional.of(Anchoring.describe(text, from, to)));
    }

    /** Queues the note on the writer; returns it when it is already saved (no window), else empty. */
    private Optional<Annotation> create(Annotation.Kind kind, Annotation.Colour colour, String note, List<String> tags,
                                        Optional<TextAnchor> anchor) {
        if (book == null) {
            return Optional.empty();
        }
        AnnotationStore.Draft draft = new AnnotationStore.Draft(book, chapterId, kind, colour, note, tags, author.signature(),
                anchor);
        AtomicReference<Annotation> made = new AtomicReference<>();
        saves.submit(() -> made.set(writes.create(draft)), this::refresh);
        return Optional.ofNullable(made.get());
    }

    public void edit(String id, Annotation.Colour colour, String note, List<String> tags) {
        if (refused(note, tags, false)) {
            return;
        }
        saves.submit(() -> writes.edit(id, colour, note, tags), () -> { // saved by the reader: theirs to pass on (0032)
            layers = layers.unclaimed(id);
            refresh();
        });
    }

    private boolean refused(String note, List<String> tags, boolean needsText) {
        Optional<String> problem = NoteRulesViewModel.problem(texts, note, tags, needsText);
        problem.ifPresent(problems);
        return problem.isPresent();
    }

    public void delete(String id) {
        delete(id, () -> { });
    }

    /** As above; {@code afterwards} runs on the FX thread once the deletion has landed (it can be undone then). */
    public void delete(String id, Runnable afterwards) {
        deletions.delete(id, () -> {
            refresh();
            afterwards.run();
        });
    }

    /**
     * The notes deleted in this window that Undo can still bring back, the latest first: the window opened again in
     * another interface language takes them over ({@link #keepUndoable}). FX thread.
     */
    public List<Annotation> undoable() {
        return deletions.undoable();
    }

    /** Makes {@code kept} (from {@link #undoable} of the window before) undoable here, the first undone first. FX thread. */
    public void keepUndoable(List<Annotation> kept) {
        deletions.keep(kept);
    }

    /** Brings back the last deleted note of this session. */
    public void undoDelete() {
        deletions.undo(this::refresh);
    }

    /**
     * The note Undo brought back last, as it is again (its own dates), set on the FX thread once it is saved and
     * before the chapter's notes are read again; null until then. The live text says "restored" from it, not
     * "saved" (issue 14).
     */
    public ReadOnlyObjectProperty<Annotation> restoredProperty() {
        return deletions.restoredProperty();
    }

    /**
     * Moves an orphan (or any note) to the selected text of the chapter on screen: a note from another
     * chapter or from a page not in this handbook moves to this chapter; its note, tags and author stay.
     */
    public void reattach(String id) {
        Optional<NoteSelection> s = selection.get();
        if (s.isEmpty() || text == null) {
            problems.accept(texts.get("note.reattachFirst"));
            return;
        }
        TextAnchor anchor = Anchoring.describe(text, s.get().start(), s.get().end());
        selection.set(Optional.empty());
        String here = chapterId;
        unplaced.placed(id);
        saves.submit(() -> writes.reattach(id, here, anchor), this::refresh);
    }

    /**
     * "Find it in this handbook": the note stays listed under "Could not place" on every chapter until it
     * is re-attached, and this returns what to search for (its quote's first words as a phrase; "" when it
     * has no words to search).
     */
    public String find(NoteItem item) {
        unplaced.finding(item.annotation().id());
        return UnplacedNotesViewModel.query(item.annotation());
    }

    /** Whether a note has words to search the handbook for (its quote, else its note). */
    public static boolean findable(NoteItem item) {
        return !UnplacedNotesViewModel.query(item.annotation()).isEmpty();
    }

    public Optional<NoteItem> item(String id) {
        return placed.stream().filter(i -> i.annotation().id().equals(id)).findFirst()
                .or(() -> orphans.stream().filter(i -> i.annotation().id().equals(id)).findFirst());
    }

    /** The reader's name, the author of what they write; empty until they have given it. */
    public Optional<String> authorName() {
        return author.name();
    }

    /** Sets the reader's name, shown on all their notes; false, not set, for a {@link NoteRulesViewModel#nameProblem}. */
    public boolean setAuthorName(String name) {
        return author.setName(name, this::refresh);
    }

    /** Why nothing the reader writes can be saved here (a read-only data folder); empty when it can. No disk. */
    public Optional<org.peeragogy.reader.book.Reason> readOnlyReason() {
        return author.readOnlyReason();
    }

    /**
     * One read-only view, kept: a view made per call listens weakly to the list, and views collected while the list
     * told its listeners of a change left a null among them (CI: a NullPointerException in JavaFX's listener helper).
     */
    public ObservableList<NoteItem> placed() {
        return placedView;
    }

    public ObservableList<NoteItem> orphans() {
        return orphansView;
    }

    public ReadOnlyObjectProperty<Optional<NoteSelection>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Changes whenever what is painted should change. */
    public ReadOnlyIntegerProperty paintVersionProperty() {
        return paintVersion.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return deletions.canUndoProperty();
    }
}
