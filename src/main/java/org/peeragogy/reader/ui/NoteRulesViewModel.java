package org.peeragogy.reader.ui;

import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.store.StoreReason;

/**
 * What a note, a tag, a quote or the reader's name may be, said in the window's words where they are entered: the
 * same limits an import holds notes to (share's NoteCheck; {@link Annotation#MAX_NOTE}, {@link AuthorNames#problem}),
 * so nothing the window saves is refused when it is passed on. Pure functions; any thread.
 */
public final class NoteRulesViewModel {
    /** The longest quote a highlight keeps, in UTF-16 code units (share's NoteCheck). */
    public static final int MAX_QUOTE = 20_000;
    /** The longest tag, in UTF-16 code units (share's NoteCheck). */
    public static final int MAX_TAG = 200;

    private NoteRulesViewModel() {
    }

    /** What keeps a note from being saved, said so the reader can put it right; empty when it may be. */
    public static Optional<String> problem(Texts texts, String note, List<String> tags, boolean needsText) {
        if (note.length() > Annotation.MAX_NOTE) {
            return Optional.of(noteTooLong(texts, note.length()));
        }
        if (needsText && note.isBlank()) {
            return Optional.of(chapterNoteEmpty(texts));
        }
        for (String t : tags) {
            if (t.length() > MAX_TAG) {
                return Optional.of(texts.format("note.tagTooLong", MAX_TAG, t.substring(0, 24), t.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * "A note can be up to 100,000 characters long; this one has …" in the window's language: the store's reason,
     * which the command line says in English.
     */
    public static String noteTooLong(Texts texts, int length) {
        return texts.reason(StoreReason.noteTooLong(length));
    }

    /** What a chapter note without text is told. */
    public static String chapterNoteEmpty(Texts texts) {
        return texts.get("note.chapterNoteEmpty");
    }

    /**
     * Why {@code name} cannot be the reader's name ("A name can have at most 200 characters; this one has
     * 240. Please shorten it."), or empty when it can: the window says it and asks again. The rules are
     * {@link AuthorNames#problem}'s; the words are the window's.
     */
    public static Optional<String> nameProblem(Texts texts, String name) {
        String clean = AuthorNames.clean(name);
        if (AuthorNames.problem(name).isEmpty()) {
            // A name that looks like the anonymous label in any of the reader's languages (t15b F2, decision 0075).
            return org.peeragogy.reader.text.LookAlikes.anonymous(clean) ? Optional.of(texts.get("name.reserved"))
                    : Optional.empty();
        }
        if (clean.isEmpty()) {
            return Optional.of(texts.get("name.empty"));
        }
        if (AuthorNames.compared(clean).isEmpty()) {
            return Optional.of(texts.get("name.invisible"));
        }
        if (AuthorNames.reserved(clean)) {
            return Optional.of(texts.get("name.reserved"));
        }
        return Optional.of(texts.format("name.tooLong", AuthorNames.MAX, AuthorNames.length(clean)));
    }

    /** Whether {@code name} may be set as the reader's name: {@link #nameProblem} has nothing to say. */
    static boolean nameAllowed(String name) {
        return AuthorNames.problem(name).isEmpty()
                && !org.peeragogy.reader.text.LookAlikes.anonymous(AuthorNames.clean(name));
    }
}
