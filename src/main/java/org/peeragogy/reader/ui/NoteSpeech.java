package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import org.peeragogy.reader.book.Annotation;

/**
 * What a screen reader says for one note of the notes panel (issue 14): its kind and colour by name (never
 * by colour alone), the quote, the note, the tags, who wrote it and when, in that order, as sentences, each
 * one of the window's texts ({@code speech.*}).
 */
final class NoteSpeech {
    private NoteSpeech() {
    }

    /** The sentence for {@code a}; {@code elsewhere}: it belongs to another chapter or edition. */
    static String of(Texts texts, Annotation a, boolean elsewhere) {
        List<String> s = new ArrayList<>();
        s.add(switch (a.kind()) {
            case BOOKMARK -> texts.get("speech.bookmark");
            case CHAPTER_NOTE -> texts.get("speech.chapterNote");
            case HIGHLIGHT -> texts.format("speech.highlight", a.colour().code());
        });
        if (elsewhere) {
            s.add(texts.get("speech.elsewhere"));
        }
        if (!a.quote().isEmpty()) {
            s.add(texts.format("speech.quote", NoteEditor.abbreviate(a.quote(), 300)));
        }
        if (!a.note().isEmpty()) {
            // A note that ends its own sentence gets no second full stop.
            s.add(texts.format(a.note().matches("(?s).*[.!?…]\\s*$") ? "speech.noteEnded" : "speech.note", a.note()));
        }
        if (!a.tags().isEmpty()) {
            s.add(texts.format("speech.tags", String.join(", ", a.tags())));
        }
        s.add(a.author().isBlank() ? texts.format("speech.byYou", texts.when(a.updated()))
                : texts.format("speech.by", AuthorLabels.shown(texts, a.author()), texts.when(a.updated())));
        return String.join(" ", s);
    }
}
