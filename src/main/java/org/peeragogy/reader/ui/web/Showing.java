package org.peeragogy.reader.ui.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the time of one chapter shown went (issue 17), in milliseconds: from {@link ChapterView#open} to the page in
 * hand ({@code render}: about 0 when it had been rendered ahead), to the host telling the page where to scroll
 * ({@code document}: the page, its style sheet and script loaded and the document parsed), to the page's
 * {@code laidOut} ({@code paint}: scrolled, laid out and painted two frames later), to the window's listeners of
 * {@code laidOut} having returned ({@code listeners}); {@code total} is all four. {@code page} holds the page's own
 * marks, in milliseconds since its navigation started ({@code performance.now()}): {@code script} (reader.js runs:
 * the page and its style sheet and script have arrived), {@code parsed} (DOMContentLoaded), {@code restore} (the
 * host's restore call), {@code painted} (the second frame after it). For benchmarks; nothing in the reader acts on it.
 */
public record Showing(String chapterId, boolean renderedAhead, double render, double document, double paint,
                      double listeners, double total, Map<String, Double> page) {

    /** Takes the times of the showing under way, on the FX thread. */
    static final class Clock {
        private String chapterId;
        private long asked;
        private long loading;
        private long document;
        private long laidOut;
        private Map<String, Double> marks = Map.of();
        private boolean ahead;
        private Showing last;

        void asked(String id) {
            chapterId = id;
            asked = System.nanoTime();
            loading = 0;
            document = 0;
        }

        /** The page is in hand and loads; {@code renderedAhead}: it was, and no render was waited for. */
        void loading(boolean renderedAhead) {
            loading = System.nanoTime();
            ahead = renderedAhead;
            document = 0;
        }

        void document() {
            document = System.nanoTime();
        }

        /** The page said it is laid out, with its marks as "name=ms,…" (null or anything else: none). */
        void laidOut(String id, Object pageMarks) {
            laidOut = id.equals(chapterId) && asked != 0 && loading != 0 && document != 0 ? System.nanoTime() : 0;
            marks = marks(pageMarks);
        }

        /** The window's listeners have heard of it. */
        void heard() {
            if (laidOut == 0) {
                return;
            }
            long now = System.nanoTime();
            last = new Showing(chapterId, ahead, ms(loading - asked), ms(document - loading), ms(laidOut - document),
                    ms(now - laidOut), ms(now - asked), marks);
            asked = 0;
            laidOut = 0;
        }

        Optional<Showing> last() {
            return Optional.ofNullable(last);
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }

        private static Map<String, Double> marks(Object text) {
            Map<String, Double> marks = new LinkedHashMap<>();
            if (text instanceof String s) {
                for (String part : s.split(",")) {
                    String[] kv = part.split("=", 2);
                    try {
                        if (kv.length == 2 && kv[0].matches("[a-z]{1,20}")) {
                            marks.put(kv[0], Double.parseDouble(kv[1]));
                        }
                    } catch (NumberFormatException notANumber) {
                        // Not a mark: left out.
                    }
                }
            }
            return java.util.Collections.unmodifiableMap(marks);
        }
    }
}
