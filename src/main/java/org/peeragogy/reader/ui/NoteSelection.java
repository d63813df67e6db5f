package org.peeragogy.reader.ui;

/** A selection in the chapter shown, by text offsets (UTF-16 code units of its text), with the words selected. */
public record NoteSelection(int start, int end, String text) {
}
