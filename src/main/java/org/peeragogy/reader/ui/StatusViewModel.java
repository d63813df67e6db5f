package org.peeragogy.reader.ui;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.content.ChapterOutline;

/**
 * The status line under the page: the chapter, its part and how far in (the chapter and scroll of
 * {@link ReaderViewModel}), then the section being read, an estimate of the minutes left in the chapter, and the text size. No controls;
 * runs without a toolkit.
 *
 * <p>The estimate reads {@value #WORDS_PER_MINUTE} words a minute: the average silent reading rate of adults
 * for English non-fiction in Brysbaert's meta-analysis of 190 studies (M. Brysbaert, "How many words do we read
 * per minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109, 2019,
 * doi:10.1016/j.jml.2019.104047).
 *
 * <p>Threads: the FX thread. Nothing here throws.
 */
public final class StatusViewModel {
    /** Words a minute (Brysbaert 2019, non-fiction, silent reading). */
    public static final int WORDS_PER_MINUTE = 238;

    private final ReaderViewModel reader;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ChapterOutline outline = ChapterOutline.EMPTY;
    private int top;
    private final Texts texts;

    /** FX thread; throws NullPointerException for a null reader. */
    public StatusViewModel(ReaderViewModel reader, Texts texts) {
        this.reader = Objects.requireNonNull(reader);
        this.texts = Objects.requireNonNull(texts);
        reader.chapterProperty().addListener((o, was, now) -> update());
        reader.scrollProperty().addListener((o, was, now) -> update());
        reader.look().fontScaleProperty().addListener((o, was, now) -> update());
        update();
    }

    /** A new page is shown: its sections and words. FX thread. */
    public void outline(ChapterOutline shown) {
        outline(shown, false);
    }

    /**
     * A new page is shown: its sections and words; when {@code notShown}, the page says why its chapter could not be
     * shown, which has no minutes left to read (it said "about 1 min left": fresh tester 14c). FX thread.
     */
    public void outline(ChapterOutline shown, boolean notShown) {
        outline = notShown ? ChapterOutline.EMPTY : Objects.requireNonNull(shown);
        update();
    }

    /** The text at this offset (of the shown page's text) is at the top of the view. FX thread. */
    public void readingAt(int offset) {
        top = Math.max(0, offset);
        update();
    }

    /** Minutes left to read {@code words} at {@link #WORDS_PER_MINUTE}, rounded up. Any thread. */
    public static int minutesFor(int words) {
        return (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** The chapter, its part and how far in; "" before a chapter is shown. */
    String chapterPart() {
        Chapter c = reader.chapterProperty().get();
        if (c == null) {
            return "";
        }
        String at = texts.format("status.percent", Math.round(reader.scrollProperty().get() * 100) / 100.0);
        return c.part().isEmpty() ? texts.format("status.chapter", BidiMarks.isolated(c.displayTitle()), at)
                : texts.format("status.chapterInPart", BidiMarks.isolated(c.displayTitle()),
                BidiMarks.isolated(c.part()), at);
    }

    private void update() {
        String base = chapterPart();
        if (base.isEmpty()) {
            status.set("");
            return;
        }
        java.util.List<String> parts = new java.util.ArrayList<>(java.util.List.of(base));
        outline.sectionAt(top).ifPresent(s -> parts.add(s.title()));
        if (outline.words() > 0) {
            int minutes = minutesFor(outline.wordsFrom(top));
            parts.add(minutes == 0 ? texts.get("status.endOfChapter") : texts.format("status.minutesLeft", minutes));
        }
        parts.add(texts.format("status.textSize", Math.round(reader.look().fontScaleProperty().get() * 100) / 100.0));
        status.set(String.join("  ·  ", parts));
    }

    /** The whole status line. Read and bind on the FX thread. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
