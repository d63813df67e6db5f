package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * What a chapter is called, never markup or a bare file name (decision 0015): its front matter
 * {@code title:} or first heading ({@link TitleScan}) as plain words, unless that is no title (only an
 * image or other markup, a section label such as "Definition:", or a fragment such as "Part I."); else the
 * table of contents' link text; else its file name made readable ("carrying_capacity" is "Carrying
 * capacity"). Stateless; any thread.
 */
final class Titles {
    /** Longer inline text is cut before cleaning: titles are short, and the patterns stay cheap. */
    private static final int MAX = 1000;
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]{0,500}\\]\\([^)]{0,500}\\)|!\\[[^\\]]{0,500}\\]\\[[^\\]]{0,500}\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,500})\\](?:\\([^)]{0,500}\\)|\\[[^\\]]{0,500}\\])");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]{0,500}>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|~~|`+|(?<![\\p{L}\\p{N}])[*_]|[*_](?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    /** "Part I.", "Chapter 3", "Section 2.1", "Parte II": where a chapter stands, not what it is called. */
    private static final Pattern FRAGMENT = Pattern.compile(
            "(?iu)(part|chapter|section|book|unit|module|lesson|appendix|parte|cap[ií]tulo|secci[oó]n|se[cç][aã]o|"
                    + "sezione|kapitel|teil|chapitre|partie)\\s+([ivxlcdm]+|\\d+(\\.\\d+)*|[a-z])\\.?");
    private static final Pattern NUMBERED_NAME = Pattern.compile("^\\d+[-_. ]+(?=\\p{L})");

    private Titles() {
    }

    /**
     * A chapter's own title, from its Markdown (a prefix of it is enough: see {@link TitleScan}): front
     * matter or first heading, as plain words; a heading that is only a label ("Definition:") gives way to
     * {@code fromName} when that is not empty. Empty when the chapter has no title of its own.
     */
    static Optional<String> own(String markdown, String fromName) {
        Optional<String> found = TitleScan.title(markdown).map(Titles::plain).filter(t -> !isNoTitle(t));
        if (found.isPresent() && isLabel(found.get()) && !fromName.isEmpty()) {
            return Optional.of(fromName);
        }
        return found;
    }

    /** Front matter or first heading within the scan's reach, as plain words; empty when there is none or it cannot be read. */
    static Optional<String> read(Source source, String path) {
        String name = Paths2.fileName(path);
        byte[] bytes;
        try {
            bytes = source.read(path).orElse(null);
        } catch (IOException e) {
            bytes = null;
        }
        if (bytes == null) {
            return Optional.empty();
        }
        // The scan reads at most TitleScan.MAX_CHARS characters; decode no more bytes than could make them.
        int length = Math.min(bytes.length, TitleScan.MAX_CHARS * 4);
        String md = new String(bytes, 0, length, StandardCharsets.UTF_8);
        return Titles.own(md.startsWith("\uFEFF") ? md.substring(1) : md,
                Titles.fromFileName(name.substring(0, name.length() - 3)));
    }

    /** "Definition:", "The Problem:": a generic heading that introduces a section rather than naming a chapter. */
    static boolean isLabel(String heading) {
        return heading.strip().endsWith(":");
    }

    /** Nothing a reader could take for a title: no letter or digit, or a fragment such as "Part I.". */
    static boolean isNoTitle(String text) {
        String t = text.strip();
        return t.codePoints().noneMatch(Character::isLetterOrDigit) || FRAGMENT.matcher(t).matches();
    }

    /**
     * Inline Markdown as the words a reader sees: images dropped, links to their text, emphasis, code
     * marks, HTML tags and backslash escapes removed, entities decoded, white space collapsed.
     */
    static String plain(String inline) {
        String s = inline.length() > MAX ? inline.substring(0, MAX) : inline;
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = Parser.unescapeEntities(s, false);
        return s.replaceAll("[\\s\\u00A0\\u2003]+", " ").strip();
    }

    /**
     * A file name made readable: "navel_gazing" is "Navel gazing", "03-carrying-capacity" is "Carrying
     * capacity"; empty when nothing readable is left.
     */
    static String fromFileName(String baseName) {
        String words = NUMBERED_NAME.matcher(baseName).replaceFirst("");
        words = words.replaceAll("[_\\s-]+", " ").strip();
        if (words.isEmpty()) {
            return "";
        }
        int first = words.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(words.substring(Character.charCount(first))).toString();
    }
}
