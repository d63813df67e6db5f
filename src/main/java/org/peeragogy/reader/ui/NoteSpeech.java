package org.peeragogy.reader.ui;

import java.util.Locale;
import org.peeragogy.reader.book.Annotation;

/**
 * What a screen reader says for one note of the notes panel (issue 14): its kind and colour by name (never
 * by colour alone), the quote, the note, the tags, who wrote it and when, in that order, as sentences.
 * Each piece is one string, easy to move into a resource bundle later.
 */
final class NoteSpeech {
    private NoteSpeech() {
    }

    /** The sentence for {@code a}; {@code elsewhere}: it belongs to another chapter or edition. */
    static String of(Annotation a, boolean elsewhere) {
        StringBuilder s = new StringBuilder(switch (a.kind()) {
            case BOOKMARK -> "Bookmark.";
            case CHAPTER_NOTE -> "Chapter note.";
            case HIGHLIGHT -> "Highlight, " + ColourSwatches.label(a.colour()).toLowerCase(Locale.ROOT) + ".";
        });
        if (elsewhere) {
            s.append(" From another chapter or edition.");
        }
        if (!a.quote().isEmpty()) {
            s.append(" Quote: “").append(NoteEditor.abbreviate(a.quote(), 300)).append("”.");
        }
        if (!a.note().isEmpty()) {
            s.append(" Note: ").append(a.note()).append(a.note().matches("(?s).*[.!?…]\\s*$") ? "" : ".");
        }
        if (!a.tags().isEmpty()) {
            s.append(" Tags: ").append(String.join(", ", a.tags())).append('.');
        }
        s.append(" By ").append(a.author().isBlank() ? "you" : a.author()).append(", ")
                .append(NotesPanel.WHEN.format(a.updated())).append('.');
        return s.toString();
    }
}
