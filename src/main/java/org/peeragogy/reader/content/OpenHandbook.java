package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.ChapterIds;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.book.Resource;

/** A handbook read from any {@link Source}. */
final class OpenHandbook implements Handbook {
    /**
     * The page's policy. Scripts: exactly the reader's own, by a path that no handbook file can take
     * (the handbook is served only under /book/, and only its images). Styles: our sheet and the
     * style attributes the sanitizer kept. Images: ours. Nothing else: no connections, frames,
     * objects, form posts or base URL changes. Each directive is one layer of several (decision 0010).
     */
    static final String CSP = "default-src 'none'; script-src peeragogy://*/_app/reader.js; "
            + "style-src peeragogy://*/_app/reader.css 'unsafe-inline'; img-src peeragogy:; "
            + "connect-src 'none'; font-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
            + "child-src 'none'; worker-src 'none'; manifest-src 'none'; form-action 'none'; base-uri 'none'";
    /** The images a page may show, by file name extension (lower case), and their types. */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp");

    private final Source source;
    private final Book book;
    private final Links links;
    private final boolean guide;
    /** Declarations of the manifest, only when the manifest describes this folder. */
    private final Optional<Manifest> declared;

    private OpenHandbook(Source source, Book book, Links links, boolean guide, Optional<Manifest> declared) {
        this.source = source;
        this.book = book;
        this.links = links;
        this.guide = guide;
        this.declared = declared;
    }

    /** Reads the reading order and fingerprint; the caller closes {@code source} if this throws. */
    static OpenHandbook open(Source source, Optional<Manifest> manifest, boolean guide) throws IOException {
        Map<String, String> paths = chapterPaths(source.files());
        Map<String, String> titleCache = new HashMap<>();
        ReadingOrder.Titles titles = id -> {
            String cached = titleCache.get(id);
            if (cached == null) {
                String md = text(source.read(paths.get(id)).orElse(new byte[0]));
                String name = Paths2.fileName(paths.get(id));
                cached = Markdown.chapterTitle(Markdown.parse(md), name.substring(0, name.length() - 3)).orElse(id);
                titleCache.put(id, cached);
            }
            return cached;
        };
        ReadingOrder.Result order = ReadingOrder.build(source, paths, manifest, titles);
        Book book = new Book(order.identity(), order.title(), fingerprint(source, paths), order.parts());
        Map<String, String> slugs = new LinkedHashMap<>();
        for (Chapter c : book.chapters()) {
            slugs.putIfAbsent(Links.slug(c.title()), c.id());
        }
        Optional<Manifest> applies = order.fromManifest() ? manifest : Optional.empty();
        Map<String, String> aliases = applies.map(Manifest::aliases).orElse(Map.of());
        return new OpenHandbook(source, book, new Links(paths.keySet(), aliases, slugs), guide, applies);
    }

    /**
     * Chapter id to path; shallower files win a clashing name, later ones get "-2", "-3". A file whose id
     * would not be a valid {@link ChapterIds chapter id} (a control or bidi character in its name, an
     * absurd length) is no chapter: notes on it could not be shared.
     */
    static Map<String, String> chapterPaths(List<String> files) {
        List<String> chapters = files.stream().filter(OpenHandbook::isChapter)
                .sorted(Comparator.comparingLong((String p) -> p.chars().filter(c -> c == '/').count())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (String path : chapters) {
            String name = Paths2.fileName(path);
            String base = name.substring(0, name.length() - 3);
            String id = base;
            for (int n = 2; out.containsKey(id); n++) {
                id = base + "-" + n;
            }
            if (ChapterIds.isValid(id)) {
                out.put(id, path);
            }
        }
        return out;
    }

    /** "license.md" is the handbook's own chapter about its waiver; only LICENSE files are left out. */
    static boolean isChapter(String path) {
        String name = Paths2.fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") && lower.length() > 3 && !lower.equals("source.md")
                && !lower.equals("readme.md") && !name.startsWith("LICENSE");
    }

    private static String fingerprint(Source source, Map<String, String> paths) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (String path : paths.values().stream().sorted().toList()) {
            byte[] bytes = source.read(path).orElse(new byte[0]);
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    @Override
    public Book book() {
        return book;
    }

    @Override
    public RenderedChapter render(String chapterId) throws IOException {
        Chapter chapter = book.chapter(chapterId)
                .orElseThrow(() -> new IllegalArgumentException("No chapter " + chapterId + " in this book"));
        byte[] bytes = source.read(chapter.path())
                .orElseThrow(() -> new IOException("The chapter file " + chapter.path() + " is no longer in "
                        + source.location() + ". Open the handbook again."));
        String body = Markdown.toHtml(Markdown.parse(text(bytes)));
        Element root = Jsoup.parseBodyFragment(body).body();
        Sanitizer sanitizer = new Sanitizer(chapter.id(), Paths2.folderOf(chapter.path()), links, source::exists,
                declared.map(m -> m.absentFrom(chapter.id())).orElse(List.of()));
        sanitizer.removeUnsafe(root);
        SafeHtml.settle(root);
        sanitizer.assignIds(root);
        String html = "<!DOCTYPE html>\n"
                + "<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<title>" + escape(chapter.title()) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/_app/reader.css\">\n"
                + "<script src=\"/_app/reader.js\"></script>\n"
                + "</head><body><article id=\"chapter\" data-chapter=\"" + escape(chapter.id()) + "\">"
                + SafeHtml.write(root)
                + "</article></body></html>\n";
        return new RenderedChapter(chapter, html, sanitizer.problems());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Only images, and only when the bytes are of the image kind the name says (PNG, JPEG, GIF or
     * WebP, told by their signatures), served with that kind's type. Never a chapter's source, a
     * page, a script, a style sheet or an SVG document, whatever its name: WebKit would run some of
     * them as script or as a page of their own.
     */
    @Override
    public Optional<Resource> resource(String path) throws IOException {
        Optional<String> clean = Paths2.clean(path == null ? "" : path);
        if (clean.isEmpty() || path.contains("..")) {
            return Optional.empty();
        }
        String name = Paths2.fileName(clean.get()).toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        String named = MEDIA_TYPES.get(ext);
        if (named == null) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = source.read(clean.get());
        return bytes.filter(b -> named.equals(sniff(b))).map(b -> new Resource(b, named));
    }

    /** The image type of these bytes by their signature, or null. */
    static String sniff(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return "image/gif";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int at, int... signature) {
        if (bytes.length < at + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[at + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String location() {
        return source.location();
    }

    @Override
    public boolean isGuide() {
        return guide;
    }

    @Override
    public Optional<Link> resolveChapterLink(String href) {
        return links.resolve(href);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
