package org.peeragogy.reader.ui.web;

import java.util.List;
import java.util.Map;
import org.peeragogy.reader.share.JsonWriter;

/**
 * The heat map in the chapter page (issue 15, decision 0031): a bar in the margin beside each paragraph that
 * people marked, in one hue, its level shown by its width (never by colour alone), and the number of people
 * given to screen readers as the paragraph's description. Only block ids and counts reach the page, never a
 * note's text. The page's side is reader.js's {@code paintHeat}; the message is declared in {@link PageMessages}.
 * FX thread.
 */
public final class PageHeat {
    /**
     * One paragraph's bar.
     *
     * @param blockId the page's id of the block
     * @param level   1 to 4, the bar's width
     * @param said    what a screen reader hears of it, in the window's language ("3 people marked this
     *                paragraph."): our words and a count, never a note's text
     */
    public record Bar(String blockId, int level, String said) {
    }

    private final ChapterView view;

    PageHeat(ChapterView view) {
        this.view = view;
    }

    /** Draws these bars, replacing those drawn before (an empty list clears them); how many were drawn. */
    public int paint(List<Bar> bars) {
        String json = JsonWriter.compact(bars.stream().map(b -> Map.of("block", b.blockId(),
                "level", Math.max(1, Math.min(4, b.level())), "said", b.said())).toList());
        return view.call(PageMessages.Call.PAINT_HEAT, json).filter(Number.class::isInstance)
                .map(n -> ((Number) n).intValue()).orElse(0);
    }
}
