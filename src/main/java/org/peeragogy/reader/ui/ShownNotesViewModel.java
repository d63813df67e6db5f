package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.store.BlindFirstPass;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.ConversationStore;
import org.peeragogy.reader.store.SearchHit;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * Which notes the window shows while a blind first pass is on ({@link BlindFirstPass}, decision 0031), for every view
 * that lists notes: the notes panel and page (through {@link NotesViewModel#setShown}), All notes, and search
 * results, which also say whose note a result is (issue 15 F16, F17). The group view reads the same setting on
 * its own connection and asks {@link BlindFirstPass} too, as the digest and the command line do.
 *
 * <p>Threads: {@link #setBlind} on any thread (a volatile flag); the reads run on the caller's thread, which must
 * be one allowed to use the stores given (the window's read connection: the notes-read and search threads).
 */
public final class ShownNotesViewModel {
    private static final System.Logger LOG = System.getLogger(ShownNotesViewModel.class.getName());
    private final SettingsStore settings;
    private final ConversationStore conversation;
    private final AnnotationStore annotations;
    private volatile boolean blind;

    /** Throws NullPointerException for a null store. */
    public ShownNotesViewModel(SettingsStore settings, ConversationStore conversation, AnnotationStore annotations) {
        this.settings = Objects.requireNonNull(settings);
        this.conversation = Objects.requireNonNull(conversation);
        this.annotations = Objects.requireNonNull(annotations);
    }

    /** Turns the blind first pass on or off for the next read of each view. Any thread. */
    public void setBlind(boolean on) {
        blind = on;
    }

    /** True while the blind first pass is on. Any thread. */
    public boolean blind() {
        return blind;
    }

    /**
     * Whether a note is the reader's: their id or their anonymous id. Reads the store; not the FX thread.
     *
     * @throws StoreException when the reader's ids cannot be read
     */
    public Predicate<Annotation> mine() throws StoreException {
        return BlindFirstPass.mine(settings, conversation);
    }

    /**
     * {@code notes} (a chapter's or the whole book's) as the window shows them: with the blind pass on, per chapter
     * only the reader's own until they wrote there. When the reader's ids cannot be read the notes are returned as
     * they are (hiding everything would hide the reader's own too) and the failure is logged. Never throws.
     */
    public List<Annotation> apply(List<Annotation> notes) {
        if (!blind) {
            return notes;
        }
        try {
            return BlindFirstPass.split(notes, mine()).shown();
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "The reader's ids could not be read for the blind first pass", e);
            return notes;
        }
    }

    /**
     * Search hits as the window lists them: a note hidden by the blind pass is left out, and each note says who
     * wrote it ("" for the reader's own). Reads the chapters of the note hits; not the FX thread.
     *
     * @param book the handbook's identity the hits are of
     * @throws StoreException when the notes or the reader's ids cannot be read
     */
    public List<SearchViewModel.Result> results(String book, List<SearchHit> hits) throws StoreException {
        Set<String> chapters = new LinkedHashSet<>();
        hits.stream().filter(h -> h.kind() == SearchHit.Kind.NOTE).forEach(h -> chapters.add(h.chapterId()));
        if (chapters.isEmpty()) {
            return hits.stream().map(h -> SearchViewModel.Result.of(h, "")).toList();
        }
        Predicate<Annotation> mine = mine();
        Map<String, Annotation> shown = new HashMap<>();
        for (String chapter : chapters) {
            apply(annotations.chapter(book, chapter)).forEach(a -> shown.put(a.id(), a));
        }
        List<SearchViewModel.Result> out = new ArrayList<>();
        for (SearchHit h : hits) {
            if (h.kind() != SearchHit.Kind.NOTE) {
                out.add(SearchViewModel.Result.of(h, ""));
            } else if (h.annotationId().map(shown::get).isPresent()) {
                Annotation a = shown.get(h.annotationId().orElseThrow());
                out.add(SearchViewModel.Result.of(h, mine.test(a) ? "" : a.author(), a.kind() == Annotation.Kind.BOOKMARK));
            }
            // else: hidden by the blind pass, or not on this chapter any more (the index is a step behind a save).
        }
        return out;
    }
}
