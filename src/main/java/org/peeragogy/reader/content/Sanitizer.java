package org.peeragogy.reader.content;

import java.nio.charset.StandardCharsets;
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
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.peeragogy.reader.book.Problem;

/**
 * Cleans a chapter's HTML in a single walk, so that everything removed is also counted.
 * An allow-list, not a block-list: whatever is not known to be harmless goes.
 */
final class Sanitizer {
    private static final Set<String> ALLOWED = Set.of(
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

    private static final List<String> BAD_STYLE = List.of(
            "url(", "expression", "@import", "\\", "javascript:", "behavior", "-moz-binding", "vbscript:");
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

    /** Cleans the children of {@code root} (the body) in place and gives every block an id. */
    void clean(Element root) {
        cleanChildren(root);
        assignIds(root);
    }

    private void cleanChildren(Element parent) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            cleanNode(child);
        }
    }

    private void cleanNode(Node node) {
        if (node instanceof TextNode) {
            return;
        }
        if (node instanceof Comment || node instanceof DataNode || node instanceof DocumentType
                || node instanceof XmlDeclaration) {
            node.remove();
            return;
        }
        if (!(node instanceof Element el)) {
            node.remove();
            return;
        }
        String tag = el.normalName();
        if (DROPPED.contains(tag)) {
            report(Problem.Kind.UNSAFE_REMOVED, "<" + tag + "> removed");
            el.remove();
            return;
        }
        if (!ALLOWED.contains(tag)) {
            cleanChildren(el);
            el.unwrap();
            return;
        }
        cleanAttributes(el, tag);
        Element replacement = switch (tag) {
            case "a" -> cleanLink(el);
            case "img" -> cleanImage(el);
            default -> el;
        };
        if (replacement != null) {
            cleanChildren(replacement);
        }
    }

    private void cleanAttributes(Element el, String tag) {
        Set<String> allowed = TAG_ATTRS.getOrDefault(tag, Set.of());
        for (Attribute attr : new ArrayList<>(el.attributes().asList())) {
            String name = attr.getKey().toLowerCase(Locale.ROOT);
            String value = attr.getValue();
            boolean keep = GLOBAL_ATTRS.contains(name) || allowed.contains(name);
            if (name.equals("style") && !safeStyle(value)) {
                el.removeAttr(attr.getKey());
                report(Problem.Kind.UNSAFE_REMOVED, "style attribute on <" + tag + "> removed");
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

    static boolean safeStyle(String style) {
        String c = Links.compact(style);
        return BAD_STYLE.stream().noneMatch(c::contains);
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

    private void assignIds(Element root) {
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
