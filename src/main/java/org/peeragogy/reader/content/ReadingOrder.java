package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Part;

/** Puts a folder's chapters in reading order: from our manifest, else from the folder's own index. */
final class ReadingOrder {
    static final String MORE = "More chapters";
    static final String CHAPTERS = "Chapters";
    /** Below this share of its chapters present, the manifest is taken to describe some other book. */
    static final double MANIFEST_COVERAGE = 0.8;

    private static final Pattern INDEX_LINK = Pattern.compile("^(?:\\./)?([^/#?]+)\\.html(?:#.*)?$");
    private static final Pattern README_LINK =
            Pattern.compile("(?:\\]\\(|href=[\"'])\\s*(?:\\./)?([^()\\s#?\"'/]+)\\.md\\b");

    /**
     * Parts in order, and what names the book; {@code language} as the manifest or the handbook's own
     * index says (empty when neither does).
     */
    record Result(String identity, String title, List<Part> parts, boolean fromManifest, Optional<String> language) {
    }

    interface Titles {
        String of(String id) throws IOException;
    }

    private ReadingOrder() {
    }

    static Result build(Source source, Map<String, String> chapterPaths, Optional<Manifest> manifest, Titles titles)
            throws IOException {
        if (manifest.isPresent() && manifest.get().coverage(chapterPaths.keySet()) >= MANIFEST_COVERAGE) {
            return fromManifest(manifest.get(), chapterPaths, titles);
        }
        return fromFolder(source, chapterPaths, titles);
    }

    private static Result fromManifest(Manifest m, Map<String, String> paths, Titles titles) throws IOException {
        Map<String, List<Chapter>> parts = new LinkedHashMap<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Manifest.Entry e : m.chapters()) {
            if (!paths.containsKey(e.id()) || !placed.add(e.id())) {
                continue;
            }
            String title = e.title().isEmpty() ? titles.of(e.id()) : e.title();
            parts.computeIfAbsent(e.part(), k -> new ArrayList<>())
                    .add(new Chapter(e.id(), e.number(), title, e.part(), paths.get(e.id())));
        }
        addRest(parts, paths, placed, MORE, titles);
        return new Result(m.identity(), m.title(), toParts(parts), true, m.language());
    }

    private static Result fromFolder(Source source, Map<String, String> paths, Titles titles) throws IOException {
        List<String> ordered = new ArrayList<>();
        String bookTitle = "";
        Optional<String> language = Optional.empty();
        Optional<byte[]> index = source.read("index.html");
        Optional<byte[]> readme = source.read("README.md");
        if (index.isPresent()) {
            Document doc = Jsoup.parse(new String(index.get(), StandardCharsets.UTF_8));
            bookTitle = doc.title().strip();
            language = Languages.of(doc);
            for (Element a : doc.select("a[href]")) {
                Matcher m = INDEX_LINK.matcher(a.attr("href").strip());
                if (m.matches()) {
                    ordered.add(Links.decode(m.group(1)));
                }
            }
        } else if (readme.isPresent()) {
            bookTitle = TitleScan.title(new String(readme.get(), StandardCharsets.UTF_8)).orElse("");
            Matcher m = README_LINK.matcher(new String(readme.get(), StandardCharsets.UTF_8));
            while (m.find()) {
                ordered.add(Links.decode(m.group(1)));
            }
        }
        Map<String, List<Chapter>> parts = new LinkedHashMap<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String id : ordered) {
            if (paths.containsKey(id) && placed.add(id)) {
                parts.computeIfAbsent(CHAPTERS, k -> new ArrayList<>())
                        .add(new Chapter(id, "", titles.of(id), CHAPTERS, paths.get(id)));
            }
        }
        addRest(parts, paths, placed, placed.isEmpty() ? CHAPTERS : MORE, titles);
        if (bookTitle.isEmpty()) {
            bookTitle = source.name();
        }
        String slug = Links.slug(bookTitle);
        String identity = "handbook-" + (slug.isEmpty() ? Links.slug(source.name()) : slug);
        return new Result(identity, bookTitle, toParts(parts), false, language);
    }

    /** Chapters nobody listed are still part of the book: after the rest, by file name. */
    private static void addRest(Map<String, List<Chapter>> parts, Map<String, String> paths, Set<String> placed,
                                String partTitle, Titles titles) throws IOException {
        List<String> rest = paths.keySet().stream().filter(id -> !placed.contains(id))
                .sorted((a, b) -> {
                    int c = Paths2.fileName(paths.get(a)).compareTo(Paths2.fileName(paths.get(b)));
                    return c != 0 ? c : paths.get(a).compareTo(paths.get(b));
                })
                .toList();
        for (String id : rest) {
            parts.computeIfAbsent(partTitle, k -> new ArrayList<>())
                    .add(new Chapter(id, "", titles.of(id), partTitle, paths.get(id)));
        }
    }

    private static List<Part> toParts(Map<String, List<Chapter>> parts) {
        List<Part> out = new ArrayList<>();
        parts.forEach((title, chapters) -> out.add(new Part(title, chapters)));
        return out;
    }
}
