package org.peeragogy.reader.share;

/**
 * The Markdown export's inert-text rules ({@link MarkdownExport}: every ASCII punctuation escaped, autolink
 * triggers as character references, leading white space kept as references, hard line breaks) for other writers
 * of Markdown, such as the facilitator's digest. Any thread; never throws.
 */
public final class InertMarkdown {
    private InertMarkdown() {
    }

    /** Text of one line (a title, a name, a tag, a quote in a list): line ends become spaces. */
    public static String inline(String text) {
        return MarkdownExport.inline(text);
    }

    /** Text of several lines: each line kept (a hard break), blank lines kept as paragraph breaks. */
    public static String block(String text) {
        return MarkdownExport.block(text);
    }
}
