package org.peeragogy.reader.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Part;

/**
 * Puts a folder's chapters in reading order: from our manifest, else from the folder's own table of
 * contents ({@code index.html}, else {@code SUMMARY.md}, else {@code README.md}: the first that places a
 * chapter; {@link TableOfContents}), else by file name (decision 0015). A file that concatenates the other
 * chapters ({@link WholeBook}) is kept out of the order and listed last under "More chapters".
 */
final class ReadingOrder {
    static final String MORE = "More chapters";
    static final String CHAPTERS = "Chapters";
    /** The title of a file that holds the whole book, whatever its own first heading says. */
    static final String WHOLE_BOOK = "The whole book in one page";
    /** Below this share of its chapters present, the manifest is taken to describe some other book. */
    static final double MANIFEST_COVERAGE = 0.8;
    /** An index.html larger than this is no table of contents worth parsing at open. */
    static final int MAX_INDEX_BYTES = 2 * 1024 * 1024;

    /** Parts in order, what names the book, and its language as its table of contents declares it (maybe empty). */
    record Result(String identity, String title, List<Part> parts, boolean fromManifest, String language) {
    }

    /** A chapter's own title (front matter or first heading, as plain words), or empty. */
    interface Titles {
        Optional<String> of(String id) throws IOException;
    }

    /** Where the table of contents is looked for: a folder of the handbook ("" for the root), nearest first. */
    record Where(List<String> folders, String fallbackName) {
    }

    /** Reads a file of the handbook by its path ({@link Source#read}). */
    @FunctionalInterface
    interface HandbookFiles {
        Optional<byte[]> read(String path) throws IOException;
    }

    private ReadingOrder() {
    }

    static Result build(Source source, Map<String, String> chapterPaths, Optional<Manifest> manifest, Titles titles,
                        Set<String> wholeBook, Where where) throws IOException {
        if (manifest.isPresent() && manifest.get().coverage(chapterPaths.keySet()) >= MANIFEST_COVERAGE) {
            return fromManifest(manifest.get(), chapterPaths, titles, wholeBook);
        }
        return fromFolder(source, chapterPaths, titles, wholeBook, where);
    }

    private static Result fromManifest(Manifest m, Map<String, String> paths, Titles titles, Set<String> wholeBook)
            throws IOException {
        Parts parts = new Parts();
        Set<String> placed = new LinkedHashSet<>();
        for (Manifest.Entry e : m.chapters()) {
            if (!paths.containsKey(e.id()) || !placed.add(e.id())) {
                continue;
            }
            String title = e.title().isEmpty() ? title(e.id(), paths, titles, "") : e.title();
            parts.add(e.part(), new Chapter(e.id(), e.number(), title, e.part(), paths.get(e.id())));
        }
        addRest(parts, paths, placed, MORE, titles, wholeBook);
        return new Result(m.identity(), m.title(), parts.list(), true, "");
    }

    private static final Pattern CONFIG_TITLE = Pattern.compile("(?m)^title:[ \\t]*(.+?)[ \\t]*$");

    /**
     * A book's title where a folder without a titled {@code index.html} or {@code README.md} may keep one
     * (issue 12: such handbooks were listed under their folder's name): {@code index.md}'s title (front
     * matter or first heading), else a Jekyll site's {@code _config.yml} {@code title:}. Reads at most two
     * small files; empty when neither names one.
     */
    static Optional<String> otherTitle(HandbookFiles source) throws IOException {
        Optional<byte[]> index = source.read("index.md");
        if (index.isPresent()) {
            Optional<String> t = TitleScan.title(new String(index.get(), StandardCharsets.UTF_8)).map(String::strip)
                    .filter(x -> !x.isEmpty());
            if (t.isPresent()) {
                return t;
            }
        }
        Optional<byte[]> config = source.read("_config.yml");
        if (config.isPresent() && config.get().length <= 64 * 1024) {
            Matcher m = CONFIG_TITLE.matcher(new String(config.get(), StandardCharsets.UTF_8));
            if (m.find()) {
                String t = m.group(1).replaceAll("^([\"'])(.*)\\1$", "$2").strip();
                if (!t.isEmpty() && t.length() <= 200) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static Result fromFolder(Source source, Map<String, String> paths, Titles titles, Set<String> wholeBook,
                                     Where where) throws IOException {
        ChapterLinks links = new ChapterLinks(paths);
        TableOfContents.Toc toc = new TableOfContents.Toc("", List.of(), "");
        String bookTitle = "";
        search:
        for (String folder : where.folders()) {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            for (String name : List.of("index.html", "SUMMARY.md", "README.md")) {
                Optional<TableOfContents.Toc> read = read(source, prefix + name, links);
                if (read.isPresent() && bookTitle.isEmpty()) {
                    bookTitle = read.get().title();
                }
                if (read.isPresent() && read.get().placesAny()) {
                    toc = read.get();
                    bookTitle = toc.title().isEmpty() ? bookTitle : toc.title();
                    break search;
                }
            }
        }
        Parts parts = new Parts();
        Set<String> placed = new LinkedHashSet<>();
        for (TableOfContents.Placed p : TableOfContents.placed(toc.events())) {
            if (wholeBook.contains(p.chapterId()) || !placed.add(p.chapterId())) {
                continue;
            }
            String title = title(p.chapterId(), paths, titles, p.linkText());
            parts.add(p.part(), new Chapter(p.chapterId(), p.number(), title, p.part(), paths.get(p.chapterId())));
        }
        addRest(parts, paths, placed, placed.isEmpty() ? CHAPTERS : MORE, titles, wholeBook);
        // The identity keeps the rule it always had (notes belong to it); only the title shown looks further.
        String named = bookTitle.isEmpty() ? where.fallbackName() : bookTitle;
        String slug = Links.slug(named);
        String identity = "handbook-" + (slug.isEmpty() ? Links.slug(source.name()) : slug);
        String shown = bookTitle.isEmpty() ? otherTitle(source::read).orElse(where.fallbackName()) : bookTitle;
        return new Result(identity, shown, parts.list(), false, toc.language());
    }

    /**
     * The identity a folder of several languages shares among its editions ("handbook-" and the title of its
     * root table of contents, else of the folder's name); each edition adds its language ("handbook-x.es").
     */
    static String family(Source source) throws IOException {
        ChapterLinks none = new ChapterLinks(Map.of());
        for (String name : List.of("index.html", "SUMMARY.md", "README.md")) {
            Optional<TableOfContents.Toc> toc = read(source, name, none);
            if (toc.isPresent() && !Links.slug(toc.get().title()).isEmpty()) {
                return "handbook-" + Links.slug(toc.get().title());
            }
        }
        return "handbook-" + Links.slug(source.name());
    }

    private static Optional<TableOfContents.Toc> read(Source source, String path, ChapterLinks links) throws IOException {
        if (!source.exists(path)) {
            return Optional.empty();
        }
        Optional<Source.Head> head = source.head(path, MAX_INDEX_BYTES);
        if (head.isEmpty() || head.get().size() > MAX_INDEX_BYTES && path.endsWith(".html")) {
            return Optional.empty();
        }
        String text = new String(head.get().bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(path.endsWith(".html") ? TocHtml.read(text, links) : TocMarkdown.read(text, links));
    }

    /** The chapter's own title; else the table of contents' link text; else its file name made readable. */
    private static String title(String id, Map<String, String> paths, Titles titles, String linkText)
            throws IOException {
        Optional<String> own = titles.of(id);
        if (own.isPresent()) {
            return own.get();
        }
        String fromToc = org.peeragogy.reader.content.Titles.plain(linkText);
        if (!fromToc.isEmpty() && !org.peeragogy.reader.content.Titles.isNoTitle(fromToc)) {
            return fromToc;
        }
        String name = Paths2.fileName(paths.get(id));
        String readable = org.peeragogy.reader.content.Titles.fromFileName(name.substring(0, name.length() - 3));
        return readable.isEmpty() ? id : readable;
    }

    /**
     * Chapters nobody listed are still part of the book: after the rest, by file name; a file holding the
     * whole book comes last of all.
     */
    private static void addRest(Parts parts, Map<String, String> paths, Set<String> placed, String partTitle,
                                Titles titles, Set<String> wholeBook) throws IOException {
        List<String> rest = paths.keySet().stream().filter(id -> !placed.contains(id))
                .sorted((a, b) -> {
                    int w = Boolean.compare(wholeBook.contains(a), wholeBook.contains(b));
                    if (w != 0) {
                        return w;
                    }
                    int c = Paths2.fileName(paths.get(a)).compareTo(Paths2.fileName(paths.get(b)));
                    return c != 0 ? c : paths.get(a).compareTo(paths.get(b));
                })
                .toList();
        for (String id : rest) {
            String part = wholeBook.contains(id) ? MORE : partTitle;
            String title = wholeBook.contains(id) ? WHOLE_BOOK : title(id, paths, titles, "");
            parts.add(part, new Chapter(id, "", title, part, paths.get(id)));
        }
    }

    /**
     * Parts in reading order: a chapter joins the part before it when that has its title, else starts a
     * new one, so chapters after a part ("- [Afterword]" after "- Part I") stay after it.
     */
    private static final class Parts {
        private final List<String> titles = new ArrayList<>();
        private final List<List<Chapter>> chapters = new ArrayList<>();

        void add(String part, Chapter c) {
            if (titles.isEmpty() || !titles.get(titles.size() - 1).equals(part)) {
                titles.add(part);
                chapters.add(new ArrayList<>());
            }
            chapters.get(chapters.size() - 1).add(c);
        }

        List<Part> list() {
            List<Part> out = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                out.add(new Part(titles.get(i), chapters.get(i)));
            }
            return out;
        }
    }
}
