package org.peeragogy.reader.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.BlindPass;
import org.peeragogy.reader.book.ChapterIds;

/**
 * The blind first pass as every reader of the notes applies it (issue 15, decisions 0031 and 0054): the group's option
 * read from the settings, the reader's own notes known by their two ids (their own and their anonymous one), and
 * {@link BlindPass}'s rule applied. The window (the group view, through {@code ui}), the digest and the command line's
 * {@code notes}, {@code search} and {@code export} all ask here, so the rule and whose notes are "yours" live in one
 * place (tester t15b's F11: the command line showed what the window hid).
 *
 * <p>Threads: the caller's, which must be one allowed to use the database given. Throws what the stores throw.
 */
public final class BlindFirstPass {
    private BlindFirstPass() {
    }

    /**
     * What the blind first pass leaves of some notes.
     *
     * @param shown          the notes that show, in their order (all of them when the pass is off)
     * @param hidden         the ids of the notes left out (live ones and tombstones)
     * @param hiddenNotes    how many live notes are left out
     * @param hiddenChapters in how many chapters (composed ids, decision 0023) live notes are left out
     */
    public record Outcome(List<Annotation> shown, Set<String> hidden, int hiddenNotes, int hiddenChapters) {
        public Outcome {
            shown = List.copyOf(shown);
            hidden = Set.copyOf(hidden);
        }

        /** Whether anything was left out. Any thread. */
        public boolean any() {
            return !hidden.isEmpty();
        }
    }

    /**
     * Whether the group's blind first pass is on (decision 0054: kept per group). The caller's thread.
     *
     * @throws StoreException when the settings cannot be read
     */
    public static boolean on(SettingsStore settings) throws StoreException {
        return settings.workshopOption(SettingsStore.BLIND_FIRST_PASS);
    }

    /**
     * Whether a note is the reader's: written under their id or under their anonymous id. Reads both ids now, on the
     * caller's thread; the predicate is pure and may be used on any thread.
     *
     * @throws StoreException when the reader's ids cannot be read
     */
    public static Predicate<Annotation> mine(SettingsStore settings, ConversationStore conversation)
            throws StoreException {
        String me = settings.readerId();
        Optional<String> anon = conversation.anonymousId();
        return a -> a.authorId().equals(me) || anon.map(a.authorId()::equals).orElse(false);
    }

    /**
     * {@code notes} (a chapter's or the whole book's) as the reader may see them: with the group's blind first pass
     * on, per chapter only the reader's own until they wrote there; with it off, all of them. The caller's thread.
     *
     * @throws StoreException when the settings or the reader's ids cannot be read
     */
    public static Outcome apply(Database db, List<Annotation> notes) throws StoreException {
        if (!on(db.settings())) {
            return new Outcome(notes, Set.of(), 0, 0);
        }
        return split(notes, mine(db.settings(), db.conversation()));
    }

    /** {@link BlindPass#shown} with what it left out counted. Pure; any thread. */
    public static Outcome split(List<Annotation> notes, Predicate<Annotation> mine) {
        List<Annotation> shown = BlindPass.shown(notes, mine);
        Set<String> shownIds = new HashSet<>();
        shown.forEach(a -> shownIds.add(a.id()));
        Set<String> hidden = new HashSet<>();
        Set<String> chapters = new HashSet<>();
        int live = 0;
        for (Annotation a : notes) {
            if (!shownIds.contains(a.id())) {
                hidden.add(a.id());
                if (!a.isDeleted()) {
                    live++;
                    chapters.add(ChapterIds.composed(a.chapterId()));
                }
            }
        }
        return new Outcome(shown, hidden, live, chapters.size());
    }
}
