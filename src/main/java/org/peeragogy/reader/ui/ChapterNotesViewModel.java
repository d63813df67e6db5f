package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Reads a chapter's notes and anchors them to its text, off the FX thread (issue 10: the window never
 * waits on the disk; with 10,000 notes in a handbook, reading the unplaced ones and anchoring a chapter's
 * took tens of milliseconds of each pulse after every save). For {@link NotesViewModel}.
 *
 * <p>Threads: {@link #load} from the FX thread; the reading and anchoring run on {@code reads} (one
 * thread: loads run in the order asked, and use the window's read connection one call at a time), and
 * the result on {@code onUi}. A load asked before an earlier one delivered supersedes it: the earlier
 * result is dropped, so the list never goes back to an older state. Both executors may be
 * {@code Runnable::run} (tests without a toolkit), making a load synchronous.
 */
final class ChapterNotesViewModel {
    /** What to load: everything read from JavaFX state is taken on the FX thread before the load starts. */
    record Request(String book, String chapter, ChapterText text, Book open, Layers layers) {
    }

    /**
     * How the notes are laid over the chapter: author ids whose notes are hidden; which of the chapter's notes show
     * (issue 15's blind first pass, a rule run here on the reads thread); ids of notes kept in two versions; ids of
     * notes a file said were the reader's, to the file's name (decision 0032).
     */
    record Layers(Set<String> hidden, Set<String> conflicted, java.util.function.UnaryOperator<List<Annotation>> shown,
                  java.util.Map<String, String> claimed) {
        static final Layers NONE = new Layers(Set.of(), Set.of(), java.util.function.UnaryOperator.identity(),
                java.util.Map.of());

        /** The same, with note {@code id} no longer claimed from a file (the reader saved it: theirs, 0032). */
        Layers unclaimed(String id) {
            java.util.Map<String, String> left = new java.util.HashMap<>(claimed);
            left.remove(id);
            return new Layers(hidden, conflicted, shown, java.util.Map.copyOf(left));
        }
    }

    /** The notes placed in the text (in text order), and those placed nowhere; or why they could not be read. */
    record Loaded(List<NoteItem> placed, List<NoteItem> lost, StoreException failure) {
    }

    private final AnnotationStore store;
    private final UnplacedNotesViewModel unplaced;
    private final Executor reads;
    private final Executor onUi;
    /** FX thread only: the newest load asked for, and the newest delivered. */
    private int asked;
    private int delivered;
    /** FX thread only: what waits for the newest load to be delivered. */
    private final List<Runnable> waiting = new ArrayList<>();

    private final Texts texts;

    ChapterNotesViewModel(AnnotationStore store, UnplacedNotesViewModel unplaced, Executor reads, Executor onUi,
                          Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.store = Objects.requireNonNull(store);
        this.unplaced = Objects.requireNonNull(unplaced);
        this.reads = Objects.requireNonNull(reads);
        this.onUi = Objects.requireNonNull(onUi);
    }

    /**
     * Loads {@code request}; {@code onLoaded} runs on the UI executor with the result unless a newer load
     * was asked meanwhile; {@code then} runs on the UI executor after it either way (callers chain work that
     * must see the list current, such as letting the next bookmark toggle read it).
     */
    void load(Request request, Consumer<Loaded> onLoaded, Runnable then) {
        int mine = ++asked;
        try {
            execute(request, onLoaded, then, mine);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The window is closing: its reading thread has stopped, and a save that landed as it closed asks for
            // the notes again (SaveQueue runs a last save's callback). Nothing is shown any more.
            System.getLogger(ChapterNotesViewModel.class.getName()).log(System.Logger.Level.DEBUG,
                    "Notes not read: the window is closing", e);
        }
    }

    private void execute(Request request, Consumer<Loaded> onLoaded, Runnable then, int mine) {
        reads.execute(() -> {
            Loaded loaded = read(request);
            onUi.execute(() -> {
                if (mine == asked) {
                    delivered = mine;
                    onLoaded.accept(loaded);
                }
                then.run();
                if (delivered == asked && !waiting.isEmpty()) {
                    List<Runnable> now = List.copyOf(waiting);
                    waiting.clear();
                    now.forEach(Runnable::run);
                }
            });
        });
    }

    /** Runs {@code action} on the FX thread once the newest load asked for is shown; at once when it is. */
    void whenCurrent(Runnable action) {
        if (delivered == asked) {
            action.run();
        } else {
            waiting.add(action);
        }
    }

    private Loaded read(Request r) {
        List<NoteItem> inText = new ArrayList<>();
        List<NoteItem> lost = new ArrayList<>();
        try {
            for (Annotation a : r.layers().shown().apply(store.chapter(r.book(), r.chapter()))) {
                if (r.layers().hidden().contains(a.authorId())) {
                    continue;
                }
                Placement p = a.anchor().map(anchor -> Anchoring.locate(r.text(), anchor))
                        .orElse(new Placement(0, 0, Placement.Kind.EXACT, 1.0));
                (p.kind() == Placement.Kind.ORPHAN ? lost : inText)
                        .add(new NoteItem(a, p, r.layers().conflicted().contains(a.id()), false,
                                r.layers().claimed().getOrDefault(a.id(), "")));
            }
            for (Annotation a : unplaced.list(r.open(), r.book(), r.chapter())) {
                if (!r.layers().hidden().contains(a.authorId())) {
                    lost.add(new NoteItem(a, Placement.orphan(), r.layers().conflicted().contains(a.id()), true,
                            r.layers().claimed().getOrDefault(a.id(), "")));
                }
            }
        } catch (StoreException e) {
            return new Loaded(List.of(), List.of(), e);
        } catch (RuntimeException e) {
            // A note whose stored anchor cannot be read must not leave the list unrefreshed for good.
            return new Loaded(List.of(), List.of(), new StoreException(org.peeragogy.reader.book.Reason.of(
                    org.peeragogy.reader.book.Reason.General.OTHER, texts.format("problem.notesNotRead", String.valueOf(e))), e));
        }
        inText.sort(Comparator.comparingInt((NoteItem i) -> i.placement().start())
                .thenComparing(i -> i.annotation().created()));
        return new Loaded(inText, lost, null);
    }
}
