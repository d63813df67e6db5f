package org.peeragogy.reader.content;

import java.time.Duration;

/**
 * What the reader takes on to show one chapter (decision 0011, issue 9). A chapter beyond a limit is
 * shown as a page that says so, and {@code check} reports it; the rest of the book is unaffected. Each
 * limit is at least five times (mostly ten to a hundred times) what the Peeragogy Handbook needs
 * ({@code RenderLimitsTest} measures it: 61 chapters, the longest 44,838 bytes; lists and quotes 3 deep;
 * pages 7 elements deep; 62 marks in the busiest paragraph; 1,612 parts in the largest syntax tree;
 * flexmark's longest HTML 51,749 characters;
 * the largest image 2.2 megapixels and the largest image file 2.2 MB), and stays below what makes the
 * reader slow or short of memory (docs/performance.md, "Pathological chapters", measured on the
 * project's 2-core machine).
 *
 * @param maxChapterBytes   size of a chapter file in bytes. 1,000,000: twice the whole handbook as one
 *                          file, 22 times its longest chapter. In the window a 1 MB chapter of ordinary
 *                          text shows about 2 s later than a short one and needs about 150 MB more; a
 *                          2 MB one 3 s and 350 MB or more.
 * @param maxNesting        levels of lists and block quotes in the Markdown, counted by
 *                          {@link ChapterScreen}. 64: flexmark and the sanitiser recurse per level, and
 *                          each level becomes up to two elements of the page.
 * @param maxElementDepth   levels of elements in the page after HTML parsing. 256: half the 512 levels
 *                          WebKit's HTML parser builds before it stops nesting, so that the page shows as
 *                          written.
 * @param maxParagraphMarks brackets, parentheses, {@code <}, quotes and runs of {@code *}, {@code _} and
 *                          backticks in one paragraph. 5,000: flexmark's inline parser takes time growing
 *                          with their square (or faster); at 5,000 the worst kind measured (2,500 link
 *                          reference definitions) takes about 0.5 s once the code is warm, 2.4 s in a
 *                          fresh JVM.
 * @param maxBacktickWork   characters flexmark reads looking for the closers of a paragraph's runs of
 *                          backticks ({@link ChapterScreen}). 1,000,000: about 0.4 s.
 * @param maxNodes          parts of the parsed chapter (flexmark's syntax tree: paragraphs, text, links,
 *                          table cells and the like). 100,000: memory grows with them (a 2 MB table of
 *                          a million cells needed 840 MB of heap); 62 times the handbook's 1,612, and
 *                          above the 82,000 of a 1 MB chapter of ordinary text.
 * @param timeLimit         processor time of the render thread for parsing, rendering and cleaning one
 *                          chapter. 10 s: a last resort for what the screen cannot foresee; the caller
 *                          waits at most three times as long on the clock ({@link RenderGuard}).
 * @param maxHtmlChars      characters of HTML flexmark may produce. 5,000,000: about four times what a
 *                          1 MB chapter of ordinary text gives; link references can repeat long text.
 * @param stackBytes        stack of the thread that renders. 64 MiB: 64 times Java's default, so that
 *                          nesting within the other limits never overflows (reserved, not used, until
 *                          needed).
 * @param maxImagePixels    width times height of an image. 25,000,000: decoded at 4 bytes a pixel that is
 *                          100 MB, a third of the reader's memory target (docs/performance.md); above the
 *                          12 to 24 megapixels of common cameras.
 * @param maxImageBytes     size of an image file in bytes. 16,000,000.
 */
record RenderLimits(long maxChapterBytes, int maxNesting, int maxElementDepth, int maxParagraphMarks,
                    long maxBacktickWork, int maxNodes, Duration timeLimit, int maxHtmlChars, long stackBytes,
                    long maxImagePixels, long maxImageBytes) {
    /** The limits the reader uses. */
    static final RenderLimits STANDARD = new RenderLimits(1_000_000, 64, 256, 5_000, 1_000_000, 100_000,
            Duration.ofSeconds(10), 5_000_000, 64L * 1024 * 1024, 25_000_000, 16_000_000);

    /** The same limits with another time limit (for tests). */
    RenderLimits withTimeLimit(Duration limit) {
        return new RenderLimits(maxChapterBytes, maxNesting, maxElementDepth, maxParagraphMarks, maxBacktickWork,
                maxNodes, limit, maxHtmlChars, stackBytes, maxImagePixels, maxImageBytes);
    }
}
