package org.peeragogy.reader.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.peeragogy.reader.book.Problem;

/**
 * Cleans a chapter's HTML in a single walk, so that everything removed is also counted.
 * An allow-list, not a block-list: whatever is not known to be harmless goes.
 */
final class Sanitizer {
    static final Set<String> ALLOWED = Set.of(
            "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "mark", "small", "abbr", "cite", "q",
            "kbd", "samp", "var", "tt", "dfn",
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "code", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
            "colgroup", "col", "img", "a", "div", "span", "sup", "sub", "figure", "figcaption",
            "details", "summary");

    /** Removed together with everything inside them. */
    private static final Set<String> DROPPED = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "form", "input", "button",
            "textarea", "select", "option", "meta", "base", "link", "svg", "math", "template", "noscript",
            "applet", "audio", "video", "source", "track", "canvas", "param", "noembed", "noframes", "title",
            "head", "portal", "dialog");

    static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "tr", "td", "th",
            "dl", "dt", "dd", "div", "figure", "ul", "ol", "hr");

    private static final Set<String> GLOBAL_ATTRS = Set.of("id", "class", "title", "lang", "dir", "style");
    private static final Map<String, Set<String>> TAG_ATTRS = Map.ofEntries(
            Map.entry("a", Set.of("href")),
            Map.entry("img", Set.of("src", "alt", "width", "height")),
            Map.entry("td", Set.of("colspan", "rowspan", "align", "valign")),
            Map.entry("th", Set.of("colspan", "rowspan", "align", "valign", "scope")),
            Map.entry("ol", Set.of("start", "type", "reversed")),
            Map.entry("ul", Set.of("type")),
            Map.entry("li", Set.of("value")),
            Map.entry("col", Set.of("span", "width")),
            Map.entry("colgroup", Set.of("span", "width")),
            Map.entry("table", Set.of("border", "cellpadding", "cellspacing", "width")),
            Map.entry("p", Set.of("align")),
            Map.entry("div", Set.of("align")),
            Map.entry("details", Set.of("open")));

    private static final Set<String> URL_ATTRS = Set.of(
            "href", "src", "action", "formaction", "background", "poster", "dynsrc", "lowsrc", "xlink:href",
            "srcdoc", "data", "codebase", "longdesc", "cite", "ping", "srcset", "manifest", "content");
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String REMOTE_TITLE = "Not loaded: the reader never uses the network";

    private final String chapterId;
    private final String chapterFolder;
    private final Links links;
    private final Predicate<String> fileExists;
    private final List<Manifest.Absent> knownAbsent;
    private final List<Problem> problems = new ArrayList<>();

    Sanitizer(String chapterId, String chapterFolder, Links links, Predicate<String> fileExists) {
        this(chapterId, chapterFolder, links, fileExists, List.of());
    }

    /** {@code knownAbsent}: this chapter's references that the edition is known not to ship. */
    Sanitizer(String chapterId, String chapterFolder, Links links, Predicate<String> fileExists,
              List<Manifest.Absent> knownAbsent) {
        this.chapterId = chapterId;
        this.chapterFolder = chapterFolder;
        this.links = links;
        this.fileExists = fileExists;
        this.knownAbsent = List.copyOf(knownAbsent);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * How deep elements may nest. WebKit's HTML parser stops nesting at 512 and makes deeper
     * elements siblings (HTMLConstructionSite's maximum DOM tree depth), so a deeper tree would be
     * built differently by the WebView than the tree approved here; deeper elements are unwrapped,
     * keeping their text. Half of WebKit's figure leaves room for the page's own wrappers.
     */
    static final int MAX_DEPTH = 256;

    /** Cleans the children of {@code root} (the body) in place and gives every block an id. */
    void clean(Element root) {
        removeUnsafe(root);
        assignIds(root);
    }

    /**
     * Everything {@link #clean} does but the ids: removes, unwraps and rewrites. A loop over an
     * explicit stack, not recursion, so no depth of nesting can overflow the thread's stack.
     */
    void removeUnsafe(Element root) {
        ArrayDeque<Visit> stack = new ArrayDeque<>();
        pushChildren(stack, root, 1);
        boolean flattened = false;
        while (!stack.isEmpty()) {
            Visit v = stack.pop();
            if (v.node().parent() == null) {
                continue;
            }
            Step step = cleanNode(v.node());
            if (step == null) {
                continue;
            }
            boolean tooDeep = !step.unwrap() && v.depth() > MAX_DEPTH;
            flattened |= tooDeep;
            if (step.unwrap() || tooDeep) {
                // Its children take its place, at its depth.
                pushChildren(stack, step.element(), v.depth());
                step.element().unwrap();
            } else {
                pushChildren(stack, step.element(), v.depth() + 1);
            }
        }
        if (flattened) {
            report(Problem.Kind.UNSAFE_REMOVED, "elements nested more than " + MAX_DEPTH + " deep were flattened");
        }
    }

    private record Visit(Node node, int depth) {
    }

    /** The element whose children still need cleaning, and whether it goes, leaving them in its place. */
    private record Step(Element element, boolean unwrap) {
    }

    private static void pushChildren(ArrayDeque<Visit> stack, Element parent, int depth) {
        List<Node> children = parent.childNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Visit(children.get(i), depth));
        }
    }

    /** Cleans one node; null when nothing inside it needs looking at. */
    private Step cleanNode(Node node) {
        if (node instanceof CDataNode) {
            // jsoup reads <![CDATA[ as a section in HTML too, but a browser ends it at the first ">"
            // and parses the rest as markup: never pass it on, not even as text.
            report(Problem.Kind.UNSAFE_REMOVED, "CDATA section removed");
            node.remove();
            return null;
        }
        if (node instanceof TextNode) {
            return null;
        }
        if (!(node instanceof Element el)) {
            // Comments, processing instructions (read as comments), doctypes, data nodes.
            node.remove();
            return null;
        }
        String tag = el.normalName();
        if (DROPPED.contains(tag)) {
            report(Problem.Kind.UNSAFE_REMOVED, "<" + tag + "> removed");
            el.remove();
            return null;
        }
        if (!ALLOWED.contains(tag)) {
            return new Step(el, true);
        }
        cleanAttributes(el, tag);
        Element kept = switch (tag) {
            case "a" -> cleanLink(el);
            case "img" -> cleanImage(el);
            default -> el;
        };
        return kept == null ? null : new Step(kept, false);
    }

    private void cleanAttributes(Element el, String tag) {
        Set<String> allowed = TAG_ATTRS.getOrDefault(tag, Set.of());
        for (Attribute attr : new ArrayList<>(el.attributes().asList())) {
            String name = attr.getKey().toLowerCase(Locale.ROOT);
            String value = attr.getValue();
            boolean keep = GLOBAL_ATTRS.contains(name) || allowed.contains(name);
            if (name.equals("style")) {
                StyleFilter.Result style = StyleFilter.filter(value);
                if (style.kept().isEmpty()) {
                    el.removeAttr(attr.getKey());
                } else {
                    el.attr(attr.getKey(), style.kept());
                }
                for (String removed : style.removed()) {
                    report(Problem.Kind.UNSAFE_REMOVED, "style \"" + removed + "\" on <" + tag + "> removed");
                }
            } else if (!keep) {
                el.removeAttr(attr.getKey());
                if (dangerous(name, value)) {
                    report(Problem.Kind.UNSAFE_REMOVED, name + " attribute on <" + tag + "> removed");
                }
            }
        }
    }

    private static boolean dangerous(String name, String value) {
        if (name.startsWith("on")) {
            return true;
        }
        if (name.equals("srcset")) {
            return false;
        }
        if (URL_ATTRS.contains(name)) {
            Optional<String> scheme = Links.scheme(value);
            return Links.isNetwork(value) || scheme.isPresent() && !scheme.get().equals("mailto");
        }
        String c = Links.compact(value);
        return c.contains("javascript:") || c.contains("vbscript:") || c.contains("data:");
    }

    /** Returns the element whose children still need cleaning. */
    private Element cleanLink(Element a) {
        if (!a.hasAttr("href")) {
            return a;
        }
        String href = a.attr("href");
        Links.Target t = links.classify(href);
        switch (t.kind()) {
            case FRAGMENT -> {
                return a;
            }
            case INERT -> {
                a.removeAttr("href");
                a.addClass("inert");
                report(Problem.Kind.UNSAFE_REMOVED, "link to " + abbreviate(Links.compact(href)) + " made inert");
                return a;
            }
            case CHAPTER -> {
                a.attr("href", t.chapterId() + ".html" + (t.fragment() == null ? "" : "#" + t.fragment()));
                a.attr("data-chapter", t.chapterId());
                if (t.fragment() != null) {
                    a.attr("data-fragment", t.fragment());
                }
                return a;
            }
            case EXTERNAL -> {
                a.attr("href", t.url());
                a.addClass("external");
                a.attr("data-external", t.url());
                return a;
            }
            case RELATIVE -> {
                Optional<String> path = Paths2.resolve(chapterFolder, t.url());
                if (path.isPresent() && fileExists.test(path.get())) {
                    a.attr("href", "book/" + encodePath(path.get()));
                    return a;
                }
                return broken(a, href);
            }
            default -> {
                return broken(a, href);
            }
        }
    }

    private Element broken(Element a, String href) {
        report(Problem.Kind.BROKEN_LINK, href.strip());
        Element span = new Element("span").addClass("broken-link");
        span.attr("title", "This link names no chapter of this book: " + abbreviate(href.strip()));
        for (Node child : new ArrayList<>(a.childNodes())) {
            span.appendChild(child);
        }
        a.replaceWith(span);
        return span;
    }

    private Element cleanImage(Element img) {
        String src = img.attr("src");
        String alt = img.attr("alt");
        String label = alt.isBlank() ? "[image]" : "[image: " + alt.strip() + "]";
        if (Links.isNetwork(src)) {
            report(Problem.Kind.REMOTE_BLOCKED, "image " + abbreviate(src.strip()));
            return placeholder(img, "remote-image", label, REMOTE_TITLE);
        }
        if (Links.scheme(src).isPresent()) {
            report(Problem.Kind.UNSAFE_REMOVED, "image from " + abbreviate(Links.compact(src)) + " removed");
            return placeholder(img, "unsafe-image", label, "Not shown: not a file of this handbook");
        }
        String path = src.strip();
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        Optional<String> resolved = path.isEmpty() ? Optional.empty() : Paths2.resolve(chapterFolder, Links.decode(path));
        if (resolved.isEmpty() || !fileExists.test(resolved.get())) {
            String written = path;
            Optional<Manifest.Absent> known = knownAbsent.stream()
                    .filter(a -> a.matches(written, resolved.orElse(null))).findFirst();
            if (known.isPresent()) {
                return absent(img, src.strip(), known.get());
            }
            report(Problem.Kind.MISSING_IMAGE, src.strip());
            return placeholder(img, "missing-image", label, "Missing from the handbook: " + abbreviate(src.strip()));
        }
        String lower = resolved.get().toLowerCase(Locale.ROOT);
        if (!OpenHandbook.MEDIA_TYPES.containsKey(lower.substring(lower.lastIndexOf('.') + 1))) {
            report(Problem.Kind.UNSAFE_REMOVED, "image " + abbreviate(src.strip()) + " not shown (not PNG, JPEG, GIF or WebP)");
            return placeholder(img, "unsafe-image", label, "Not shown: only PNG, JPEG, GIF and WebP images are shown");
        }
        img.attr("src", "book/" + encodePath(resolved.get()));
        return img;
    }

    /** A visible note in place of an image this edition never had; informational, not a fault. */
    private Element absent(Element img, String src, Manifest.Absent declared) {
        String reason = declared.reason().isBlank() ? "" : " (" + declared.reason().strip() + ")";
        report(Problem.Kind.KNOWN_ABSENT, src + reason);
        String text = img.attr("alt").isBlank() ? img.attr("title").strip() : img.attr("alt").strip();
        String label = "[image not part of this edition of the handbook" + (text.isEmpty() ? "" : ": " + text) + "]";
        return placeholder(img, "absent-image", label,
                "This image is not part of this edition of the handbook" + reason + ": " + abbreviate(src));
    }

    private static Element placeholder(Element img, String cssClass, String label, String title) {
        Element span = new Element("span").addClass(cssClass).attr("title", title).text(label);
        img.replaceWith(span);
        return null;
    }

    void assignIds(Element root) {
        // "chapter" is the article that wraps the body; a second one would confuse the reader's script.
        Set<String> used = new HashSet<>(Set.of("chapter"));
        for (Element el : root.getAllElements()) {
            if (el == root || !el.hasAttr("id")) {
                continue;
            }
            String id = el.id();
            boolean heading = el.normalName().matches("h[1-6]");
            boolean valid = heading ? !id.isEmpty() && id.chars().noneMatch(Character::isWhitespace)
                    : VALID_ID.matcher(id).matches();
            if (valid && used.add(id)) {
                continue;
            }
            el.removeAttr("id");
        }
        int n = 0;
        for (Element el : root.getAllElements()) {
            if (el == root || !BLOCKS.contains(el.normalName()) || el.hasAttr("id")) {
                continue;
            }
            String id;
            do {
                id = "b" + (++n);
            } while (used.contains(id));
            used.add(id);
            el.attr("id", id);
        }
    }

    private void report(Problem.Kind kind, String detail) {
        problems.add(new Problem(chapterId, kind, detail));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Percent-encodes each segment so names with spaces or "#" stay one path. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
