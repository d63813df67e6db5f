package org.peeragogy.reader.share;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peeragogy.reader.book.Book;

/**
 * Chapter ids (and handbook identities) in the addresses W3C files carry (decision 0008). Ids are any
 * {@link org.peeragogy.reader.book.ChapterIds valid id}, spaces, accents and emoji included, so each is
 * written as one RFC 3986 path segment: its UTF-8 bytes percent-encoded, all but the unreserved
 * characters {@code A-Z a-z 0-9 - . _ ~} (also {@code :}, which a segment may hold, so that in our URN a
 * colon only ever separates its parts). Ids of older readers, {@code [A-Za-z0-9._-]}, are written as
 * before. Reading also accepts the raw form older versions of the reader wrote
 * ({@code urn:peeragogy-reader:book:carrying capacity}). Threads: any; nothing here throws.
 */
final class ChapterUris {
    /** Our own address of a chapter: {@code urn:peeragogy-reader:<book identity>:<chapter id>}. */
    static final String URN = "urn:peeragogy-reader:";
    /** Where the chapter's page is on the web: {@code https://peeragogy.github.io/<chapter id>.html}. */
    static final String WEB = "https://peeragogy.github.io/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The handbook identity and chapter id an address of ours names, as the reader keeps them. */
    record Named(String book, String chapter) {
    }

    private ChapterUris() {
    }

    static String urn(String book, String chapterId) {
        return URN + encodeSegment(book) + ":" + encodeSegment(chapterId);
    }

    static String webPage(String chapterId) {
        return WEB + encodeSegment(chapterId) + ".html";
    }

    /** {@code s} as one percent-encoded path segment (UTF-8, upper-case hex, see the class comment). */
    static String encodeSegment(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * The text of a percent-encoded path segment; empty when {@code s} is not one: it has a character a
     * URI cannot hold (a space, a letter outside ASCII...), a {@code %} not followed by two hex digits,
     * or bytes that are not UTF-8. Such text is the raw form older versions wrote, taken as it is.
     */
    static Optional<String> decodeSegment(String s) {
        byte[] bytes = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                bytes[n++] = (byte) (Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else if (isSegmentChar(c)) {
                bytes[n++] = (byte) c;
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** RFC 3986 pchar without pct-encoded: unreserved, sub-delims, ":" and "@". */
    private static boolean isSegmentChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }

    /**
     * What {@code urn:peeragogy-reader:<book>:<chapter>} names; empty when {@code source} is not such an
     * address. The parts are decoded when they are percent-encoded segments, else taken raw (older
     * versions). One case is ambiguous: a raw id of an older version that looks encoded ({@code c%20d},
     * from a file named {@code c%20d.md}); it is taken raw when the open handbook has a chapter of the
     * raw id and none of the decoded one.
     */
    static Optional<Named> fromUrn(String source, Book open) {
        if (!source.startsWith(URN)) {
            return Optional.empty();
        }
        String rest = source.substring(URN.length());
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String rawBook = rest.substring(0, colon);
        String rawChapter = rest.substring(colon + 1);
        String book = decodeSegment(rawBook).orElse(rawBook);
        String chapter = decodeSegment(rawChapter).orElse(rawChapter);
        if (!chapter.equals(rawChapter) && book.equals(open.identity()) && open.chapter(chapter).isEmpty()
                && open.chapter(rawChapter).isPresent()) {
            chapter = rawChapter;
        }
        return Optional.of(new Named(book, chapter));
    }

    /**
     * The chapter an address names, by the handbook's link rules, also for a handbook page recorded
     * without {@code .html} or with a trailing slash (as Hypothesis users record GitHub Pages addresses):
     * {@code https://peeragogy.github.io/pattern-wrapper/} is the chapter {@code pattern-wrapper}.
     */
    static Optional<String> chapterFor(Chapters chapters, String uri) {
        Optional<String> direct = chapters.chapterFor(uri);
        if (direct.isPresent() || uri == null || uri.length() > 2000) {
            return direct;
        }
        String lower = uri.toLowerCase(java.util.Locale.ROOT);
        String host = lower.startsWith("https://peeragogy.github.io/") ? WEB
                : lower.startsWith("http://peeragogy.github.io/") ? "http://peeragogy.github.io/" : null;
        if (host == null) {
            return direct;
        }
        String path = uri.substring(host.length()).replaceAll("[?#].*$", "").replaceAll("/+$", "");
        if (path.isEmpty() || path.endsWith(".html")) {
            return direct;
        }
        return chapters.chapterFor(WEB + path + ".html");
    }
}
