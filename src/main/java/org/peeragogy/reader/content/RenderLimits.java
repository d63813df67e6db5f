package org.peeragogy.reader.content;

import java.time.Duration;

/**
 * What the reader takes on to show one chapter (decision 0011, issue 9). A chapter beyond a limit is
 * shown as a page that says so, and {@code check} reports it; the rest of the book is unaffected. Each
 * figure leaves a wide margin above the Peeragogy Handbook (3rd edition: 61 chapters, the longest
 * 44,838 bytes, lists and quotes at most 5 deep, at most 1,412 marks in a paragraph, 2.2-megapixel
 * images, the largest file 2.2 MB; measured by {@code RenderLimitsTest}) and stays below what makes
 * the reader slow or short of memory (figures in docs/performance.md, "Pathological chapters").
 *
 * @param maxChapterBytes   size of a chapter file in bytes. 2 MiB: four times the whole handbook as one
 *                          file, 46 times its longest chapter; an ordinary 2 MiB chapter renders in
 *                          about 2 s and needs about 200 MB while it does.
 * @param maxNesting        levels of lists and block quotes in the Markdown (64: flexmark and the
 *                          sanitiser recurse per level, and each level becomes up to two elements).
 * @param maxElementDepth   levels of elements in the page after HTML parsing (256: half the 512 levels
 *                          WebKit's HTML parser builds before it stops nesting, so the page shows as
 *                          written).
 * @param maxParagraphMarks brackets, parentheses, {@code <}, quotes and runs of {@code *}, {@code _}
 *                          and backticks in one paragraph (10,000: flexmark's inline parser takes time
 *                          growing with their square; at 10,000 the worst kinds take about a second).
 * @param maxBacktickWork   characters flexmark reads looking for the closers of a paragraph's runs of
 *                          backticks ({@link ChapterScreen}; 2,000,000: about 2 s).
 * @param timeLimit         wall-clock time for parsing, rendering and cleaning one chapter (10 s: a
 *                          last resort; no chapter within the other limits comes near it).
 * @param maxHtmlChars      characters of HTML flexmark may produce (8,000,000: about three times what a
 *                          2 MiB chapter of ordinary text gives; link references can multiply text).
 * @param stackBytes        stack of the thread that renders (64 MiB: 64 times Java's default, so
 *                          anything within the nesting limits renders; reserved, not used, until needed).
 * @param maxImagePixels    width times height of an image (25,000,000: decoded at 4 bytes a pixel
 *                          that is 100 MB, a third of the reader's memory target; above the 12 to 24
 *                          megapixels of common cameras and 11 times the handbook's largest image).
 * @param maxImageBytes     size of an image file in bytes (16 MiB: 7 times the handbook's largest).
 */
record RenderLimits(long maxChapterBytes, int maxNesting, int maxElementDepth, int maxParagraphMarks,
                    long maxBacktickWork, Duration timeLimit, int maxHtmlChars, long stackBytes,
                    long maxImagePixels, long maxImageBytes) {
    /** The limits the reader uses. */
    static final RenderLimits STANDARD = new RenderLimits(2_000_000, 64, 256, 5_000, 1_000_000,
            Duration.ofSeconds(10), 8_000_000, 64L * 1024 * 1024, 25_000_000, 16_000_000);

    /** The same limits with another time limit (for tests). */
    RenderLimits withTimeLimit(Duration limit) {
        return new RenderLimits(maxChapterBytes, maxNesting, maxElementDepth, maxParagraphMarks, maxBacktickWork,
                limit, maxHtmlChars, stackBytes, maxImagePixels, maxImageBytes);
    }
}
