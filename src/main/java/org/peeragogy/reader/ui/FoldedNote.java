package org.peeragogy.reader.ui;

/**
 * A note's text as a list shows it (the notes panel, All notes): a long one folded to its first lines, saying how
 * long it is and where it shows whole (try17w F11: a reply of 100,000 characters filled the panel with hundreds of
 * lines and pushed every later note far down). The whole text is in the note's Edit… (or read-only view). Pure.
 */
final class FoldedNote {
    /** The most characters a list shows of one note. */
    static final int CHARACTERS = 600;
    /** The most lines a list shows of one note. */
    static final int LINES = 8;

    private FoldedNote() {
    }

    /** {@code note} as a list shows it: whole when short, else its start and "… (Edit… shows all N characters)". */
    static String shown(Texts texts, String note) {
        int end = note.length();
        int lines = 0;
        for (int i = 0; i < note.length() && i < end; i++) {
            if (note.charAt(i) == '\n' && ++lines == LINES) {
                end = i;
            }
        }
        end = Math.min(end, CHARACTERS);
        if (end >= note.length()) {
            return note;
        }
        if (Character.isHighSurrogate(note.charAt(end - 1))) {
            end--; // never half a character
        }
        return texts.format("notes.folded", note.substring(0, end).stripTrailing(), note.length());
    }
}
