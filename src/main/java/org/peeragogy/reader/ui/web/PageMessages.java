package org.peeragogy.reader.ui.web;

/**
 * Every message between a chapter page and the host, in both directions (reader.js mirrors this).
 * Arguments travel as separate JavaScript values through {@code JSObject.call} (lists as one JSON
 * string written by {@code JsonWriter}), never spliced into
 * script text.
 */
final class PageMessages {
    private PageMessages() {
    }

    /** Host to page: functions of the {@code PeeragogyReader} object in reader.js. */
    enum Call {
        /** (fragment, fraction): scroll to the element with that id, else to that fraction; then report laidOut. */
        RESTORE("restore"),
        /**
         * (json): the page's words in the window's language, {"footnote": "Footnote {n}", "goToNote": "Go to note
         * {n}"}, {n} standing for the footnote's number; set before anything is shown.
         */
        SET_WORDS("setWords"),
        /** (name): "light", "sepia", "dark" or "contrast". */
        SET_THEME("setTheme"),
        /** (text): the reading settings as ui.ReadingSettings writes them ("font=sans,line=1.8,…"); "" for none. */
        SET_READING("setReading"),
        /** (): the scroll position as a fraction 0..1. */
        POSITION("position"),
        /** (json): paint highlights [{id, start, end, colour, note}]; returns how many pieces were marked. */
        PAINT("paint"),
        /** (json): mark find matches [{start, end}], numbered in order from 0. */
        MARK_FIND("markFind"),
        /** (n): make match n the current one and scroll it into view. */
        SHOW_FIND("showFind"),
        /** (id): scroll a highlight into view and flash it; false when it is not painted. */
        FLASH("flash"),
        /** (start, end): select text by offsets and report it as a selection. */
        SELECT("select"),
        /** (offset): scroll the text at this offset near the top. */
        SCROLL_TO_OFFSET("scrollToOffset"),
        /** (offset): scroll so the line holding the text at this offset is the first at the top. */
        KEEP_AT_TOP("keepAtTop"),
        /** (): drop the selection. */
        CLEAR_SELECTION("clearSelection"),
        /** (): the chapter's text, offsets count into it. */
        TEXT("text"),
        /** (): the text offset of the first block visible at the top. */
        VISIBLE_OFFSET("visibleOffset"),
        /** (on): caret browsing on or off; the arrows then move a caret, Shift+arrows select. Returns it. */
        SET_CARET("setCaret"),
        /** (offset): a collapsed selection (the caret) at this offset, scrolled into view when off screen. */
        PLACE_CARET("placeCaret"),
        /** (): the caret's text offset (the selection's focus end), -1 when not in the chapter. */
        CARET_OFFSET("caretOffset"),
        /** (): select the sentence at the caret (again: its paragraph) and report it as a selection. */
        SELECT_SENTENCE("selectSentence"),
        /** (): select the paragraph (block) at the caret and report it as a selection. */
        SELECT_PARAGRAPH("selectParagraph"),
        /**
         * (json): the heat map, [{block, level, said}]: a margin bar per block id, level 1..4 as its width, "said"
         * (our words with the count) as the block's description; [] clears it. Returns how many bars were drawn.
         * No note text.
         */
        PAINT_HEAT("paintHeat"),
        /**
         * (): the page's own marks, "name=ms,…" in milliseconds since its navigation started: script (reader.js runs),
         * parsed (DOMContentLoaded), restore (the last restore call), painted (two frames after it). For
         * {@link Showing}; nothing acts on them.
         */
        MARKS("marks");

        final String function;

        Call(String function) {
            this.function = function;
        }
    }

    /** Page to host: what the page may ask of the host, and nothing else. */
    interface Receiver {
        void openChapter(String chapterId, String fragment);

        void openExternal(String url);

        void scrolled(double fraction);

        void laidOut(String chapterId, double fraction);

        /** Text offsets of the selection (start < 0: nothing selected) and its box in page pixels. */
        void selected(int start, int end, double left, double top, double right, double bottom);

        /** A highlight was clicked (with no text selected); its box in page pixels. */
        void highlightClicked(String id, double left, double top, double right, double bottom);

        /** Tab walked the links away from the reading place, at this scroll fraction (once per walk). */
        void walkedAway(double fraction);

        /** Esc took the keyboard back from the links to that reading place, at this scroll fraction. */
        void walkedBack(double fraction);
    }

    /**
     * The object the page sees as {@code window.peeragogyHost}. Public because WebKit calls it
     * reflectively; it forwards to a {@link Receiver} and exposes nothing else of the application.
     */
    public static final class Bridge {
        private final Receiver receiver;

        Bridge(Receiver receiver) {
            this.receiver = receiver;
        }

        public void openChapter(String chapterId, String fragment) {
            receiver.openChapter(String.valueOf(chapterId), fragment == null ? "" : fragment);
        }

        public void openExternal(String url) {
            receiver.openExternal(String.valueOf(url));
        }

        public void scrolled(double fraction) {
            receiver.scrolled(fraction);
        }

        public void laidOut(String chapterId, double fraction) {
            receiver.laidOut(String.valueOf(chapterId), fraction);
        }

        public void selected(double start, double end, double left, double top, double right, double bottom) {
            receiver.selected((int) start, (int) end, left, top, right, bottom);
        }

        public void highlightClicked(String id, double left, double top, double right, double bottom) {
            receiver.highlightClicked(String.valueOf(id), left, top, right, bottom);
        }

        public void walkedAway(double fraction) {
            receiver.walkedAway(fraction);
        }

        public void walkedBack(double fraction) {
            receiver.walkedBack(fraction);
        }
    }
}
