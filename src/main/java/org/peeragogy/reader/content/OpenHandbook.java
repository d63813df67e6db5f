package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
import org.peeragogy.reader.book.Handbook.Translation;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.book.Resource;

/** A handbook read from any {@link Source}. */
final class OpenHandbook implements Handbook {
    /**
     * The page's policy. Scripts: exactly the reader's own, by a path that no handbook file can take
     * (the handbook is served only under /book/, and only its images). Styles: our sheet and the
     * style attributes the sanitizer kept. Images: ours. Fonts: exactly our emoji font (issue 13) and the
     * four files of the reading settings' Atkinson Hyperlegible (issue 14), by paths no handbook file can take. Nothing else: no connections, frames, objects, form posts or base
     * URL changes. Each directive is one layer of several (decision 0010).
     */
    static final String CSP = "default-src 'none'; script-src peeragogy://*/_app/reader.js; "
            + "style-src peeragogy://*/_app/reader.css 'unsafe-inline'; img-src peeragogy:; "
            + "connect-src 'none'; font-src peeragogy://*/_app/noto-emoji.ttf "
            + "peeragogy://*/_app/atkinson-hyperlegible-regular.ttf peeragogy://*/_app/atkinson-hyperlegible-bold.ttf "
            + "peeragogy://*/_app/atkinson-hyperlegible-italic.ttf peeragogy://*/_app/atkinson-hyperlegible-bold-italic.ttf; "
            + "media-src 'none'; object-src 'none'; frame-src 'none'; "
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
    private final RenderGuard guard;
    private final Map<String, List<Translation>> translations;
    private final List<String> languages;
    private final Reopen reopen;

    private OpenHandbook(Source source, Book book, Links links, boolean guide, Optional<Manifest> declared,
                         RenderGuard guard, Map<String, List<Translation>> translations, List<String> languages,
                         Reopen reopen) {
        this.source = source;
        this.book = book;
        this.links = links;
        this.guide = guide;
        this.declared = declared;
        this.guard = guard;
        this.translations = Map.copyOf(translations);
        this.languages = List.copyOf(languages);
        this.reopen = reopen;
    }

    /** Opens the same handbook folder or zip again in another language ({@link Handbooks} knows how). */
    interface Reopen {
        Handbook open(String language) throws IOException;
    }

    /** Reads the reading order and fingerprint; the caller closes {@code source} if this throws. */
    static OpenHandbook open(Source source, Optional<Manifest> manifest, boolean guide) throws IOException {
        return open(source, manifest, guide, RenderLimits.STANDARD);
    }

    /** As {@link #open(Source, Optional, boolean)} with other limits (for tests), in the default language. */
    static OpenHandbook open(Source source, Optional<Manifest> manifest, boolean guide, RenderLimits limits)
            throws IOException {
        return open(source, manifest, guide, limits, null, null);
    }

    /**
     * Opens one language of the handbook ({@link Editions}; null or a language the folder does not hold:
     * the default one). Titles come from a scan of each chapter's lines ({@link TitleScan}), never a parse;
     * a chapter that cannot be read is titled by its file name and opens as a page saying why (decision
     * 0011). {@code reopen} opens another language (null: {@link #openTranslation} refuses).
     */
    static OpenHandbook open(Source source, Optional<Manifest> manifest, boolean guide, RenderLimits limits,
                             String language, Reopen reopen) throws IOException {
        List<String> chapterFiles = source.files().stream().filter(OpenHandbook::isChapter).toList();
        Editions editions = Editions.of(source, chapterFiles);
        Editions.Edition edition = editions.pick(language);
        Map<String, String> paths = chapterPaths(edition.files());
        Map<String, Optional<String>> titleCache = new HashMap<>();
        ReadingOrder.Titles titles = id -> titleCache.computeIfAbsent(id, k -> Titles.read(source, paths.get(k)));
        WholeBook whole = new WholeBook();
        String fingerprint = fingerprint(source, paths, whole);
        ReadingOrder.Result order = ReadingOrder.build(source, paths, manifest, titles, whole.detect(),
                new ReadingOrder.Where(edition.tocFolders(), source.name()));
        Optional<Manifest> applies = order.fromManifest() ? manifest : Optional.empty();
        String lang = !edition.language().isEmpty() ? edition.language()
                : applies.map(Manifest::language).filter(l -> !l.isEmpty()).orElse(order.language());
        String identity = order.identity();
        String title = order.title();
        if (editions.multiple() && !order.fromManifest()) {
            identity = ReadingOrder.family(source) + (edition.language().isEmpty() ? ""
                    : "." + edition.language().toLowerCase(Locale.ROOT));
            title = edition.language().isEmpty() ? title : title + " (" + LanguageTags.label(edition.language()) + ")";
        }
        Book book = new Book(identity, title, fingerprint, order.parts(), lang);
        Map<String, String> slugs = new LinkedHashMap<>();
        for (Chapter c : book.chapters()) {
            slugs.putIfAbsent(Links.slug(c.title()), c.id());
        }
        Map<String, String> aliases = applies.map(Manifest::aliases).orElse(Map.of());
        return new OpenHandbook(source, book, new Links(paths.keySet(), aliases, slugs), guide, applies,
                new RenderGuard(limits), editions.translations(edition, paths),
                editions.multiple() ? editions.all().stream().map(Editions.Edition::language).toList() : List.of(lang),
                reopen);
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
            // Composed (NFC): a macOS file name is decomposed, a typed or linked one composed (decision 0023).
            String base = ChapterIds.composed(name.substring(0, name.length() - 3));
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

    /**
     * "license.md" is the handbook's own chapter about its waiver; only LICENSE files are left out, and the
     * tables of contents: README.md and mdBook's or GitBook's SUMMARY.md (a "summary.md" is a chapter).
     */
    static boolean isChapter(String path) {
        String name = Paths2.fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") && lower.length() > 3 && !lower.equals("source.md")
                && !lower.equals("readme.md") && !name.equals("SUMMARY.md") && !name.startsWith("LICENSE");
    }

    /** The digest of every chapter's path and bytes; {@code whole} is given each chapter's bytes on the way. */
    private static String fingerprint(Source source, Map<String, String> paths, WholeBook whole) throws IOException {
        Map<String, String> idOf = new HashMap<>();
        paths.forEach((id, path) -> idOf.put(path, id));
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (String path : paths.values().stream().sorted().toList()) {
            byte[] bytes;
            try {
                bytes = source.read(path).orElse(new byte[0]);
            } catch (IOException e) {
                // Unreadable now: the chapter opens as a page that says so, and the fingerprint says "unreadable".
                bytes = ("\0unreadable\0" + e.getClass().getName()).getBytes(StandardCharsets.UTF_8);
            }
            whole.add(idOf.get(path), bytes);
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public Book book() {
        return book;
    }

    /**
     * Renders a chapter within the reader's limits ({@link RenderGuard}, decision 0011): a chapter that
     * cannot be read, or is too large, too deep or too slow, gives a page saying so in plain words, with one
     * {@code NOT_SHOWN} problem. Blocks the calling thread for up to the time limit; throws
     * {@link java.io.InterruptedIOException} when that thread is interrupted.
     */
    @Override
    public RenderedChapter render(String chapterId) throws IOException {
        Chapter chapter = book.chapter(chapterId)
                .orElseThrow(() -> new IllegalArgumentException("No chapter " + chapterId + " in this book"));
        try {
            String markdown = guard.markdown(source, chapter.path());
            return guard.run(markdown, chapter.id(),
                    budget -> page(chapter, guard.render(RenderGuard.parse(markdown, budget), budget)));
        } catch (NotShownException e) {
            return notShown(chapter, e);
        }
    }

    /**
     * The page for flexmark's HTML {@code body}: parsed, checked for depth, cleaned (decision 0012:
     * removal, then written so a browser builds the approved tree, then white space where words meet at a
     * line break or superscript ({@link WordGaps}), then block ids), images checked,
     * wrapped; the chapter's title above the article unless the body opens with it ({@link ChapterTitle}).
     */
    private RenderedChapter page(Chapter chapter, String body) throws NotShownException {
        Element root = Jsoup.parseBodyFragment(body).body();
        guard.checkDepth(root);
        Sanitizer sanitizer = new Sanitizer(chapter.id(), Paths2.folderOf(chapter.path()), links, source::exists,
                declared.map(m -> m.absentFrom(chapter.id())).orElse(List.of()));
        sanitizer.removeUnsafe(root);
        List<Problem> refused = concat(ImageCheck.replaceRefused(root, chapter.id(), source, guard.limits()),
                LeftAsText.find(root, chapter.id()));
        SafeHtml.settle(root);
        WordGaps.separate(root);
        sanitizer.assignIds(root);
        Directions.fromText(root);
        String html = "<!DOCTYPE html>\n"
                + "<html" + languageAttributes() + "><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<title>" + escape(chapter.title()) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/_app/reader.css\">\n"
                + "<script src=\"/_app/reader.js\"></script>\n"
                + "</head><body>" + ChapterTitle.header(chapter.title(), root)
                + "<article id=\"chapter\" data-chapter=\"" + escape(chapter.id()) + "\">"
                + SafeHtml.write(root)
                + "</article></body></html>\n";
        return new RenderedChapter(chapter, html, concat(sanitizer.problems(), refused));
    }

    /**
     * The page's {@code lang} (the handbook's language, when known) and, for a language written right to
     * left, {@code dir="rtl"}; each block also takes its direction from its own text ({@link Sanitizer#assignIds}).
     */
    private String languageAttributes() {
        String lang = book.language();
        if (lang.isEmpty()) {
            return "";
        }
        return " lang=\"" + escape(lang) + "\"" + (LanguageTags.isRightToLeft(lang) ? " dir=\"rtl\"" : "");
    }

    /** The page for a chapter that is not shown: the same page, holding only the reason (see {@link NotShownPage}). */
    private RenderedChapter notShown(Chapter chapter, NotShownException reason) {
        Problem problem = new Problem(chapter.id(), Problem.Kind.NOT_SHOWN, reason.detail().english());
        try {
            return NotShownPage.rendered(chapter, page(chapter, NotShownPage.body(reason)).html(), problem, reason);
        } catch (NotShownException impossible) {
            throw new IllegalStateException("The reader's own notice page is within every limit", impossible);
        }
    }

    /**
     * The chapters that would not be shown, found without rendering: unreadable, too large, or refused
     * by {@link ChapterScreen}; one {@code NOT_SHOWN} problem each. Chapters refused only while rendering
     * (time, page depth, output) are found by rendering ({@code check}). Reads every chapter file; throws
     * {@link java.io.InterruptedIOException} when the calling thread is interrupted.
     */
    List<Problem> screen() throws IOException {
        List<Problem> out = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            try {
                Optional<NotShownException> refused = ChapterScreen.check(guard.markdown(source, chapter.path()),
                        guard.limits());
                if (refused.isPresent()) {
                    throw refused.get();
                }
            } catch (NotShownException e) {
                out.add(new Problem(chapter.id(), Problem.Kind.NOT_SHOWN, e.detail().english()));
            }
        }
        return out;
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Problem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
        // An image too large to decode safely is not served either; its page shows a placeholder.
        return bytes.filter(b -> named.equals(sniff(b)) && ImageCheck.refusal(b, guard.limits()).isEmpty())
                .map(b -> new Resource(b, named));
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
    public List<Translation> translations(String chapterId) {
        return translations.getOrDefault(chapterId, List.of());
    }

    @Override
    public List<String> languages() {
        return languages;
    }

    @Override
    public Handbook openTranslation(String language) throws IOException {
        if (reopen == null) {
            throw ExplainedIOException.of(ContentReason.NO_OTHER_LANGUAGE_HERE);
        }
        if (!languages.contains(language)) {
            throw ExplainedIOException.of(ContentReason.NO_CHAPTERS_IN_LANGUAGE, language);
        }
        return reopen.open(language);
    }

    @Override
    public Optional<Link> resolveChapterLink(String href) {
        return links.resolve(href);
    }

    @Override
    public void close() throws IOException {
        guard.close();
        source.close();
    }
}
