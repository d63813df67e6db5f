package org.peeragogy.reader.content;

import java.net.URLDecoder;
import java.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peeragogy.reader.book.Handbook;

/** Decides what a link in a chapter points at; one place so the page and the UI agree. */
final class Links {
    enum Kind { FRAGMENT, CHAPTER, BROKEN, EXTERNAL, INERT, RELATIVE }

    /** {@code url} is the external address (EXTERNAL) or the decoded relative path (RELATIVE). */
    record Target(Kind kind, String chapterId, String fragment, String url) {
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern NETWORK = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.\\-]*:)?//([^/?#]*)([^?#]*)");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final Set<String> chapterIds;
    /** Ids by their NFC form: a link written composed ("é") finds a file named decomposed, as macOS names it. */
    private final Map<String, String> composed;
    private final Map<String, String> aliases;
    private final Map<String, String> titleSlugs;

    Links(Set<String> chapterIds, Map<String, String> aliases, Map<String, String> titleSlugs) {
        this.chapterIds = Set.copyOf(chapterIds);
        Map<String, String> composed = new java.util.HashMap<>();
        for (String id : chapterIds) {
            composed.putIfAbsent(Normalizer.normalize(id, Normalizer.Form.NFC), id);
        }
        this.composed = Map.copyOf(composed);
        this.aliases = Map.copyOf(aliases);
        this.titleSlugs = Map.copyOf(titleSlugs);
    }

    /**
     * What a browser would take the scheme to be: browsers ignore whitespace and control characters
     * inside a scheme ("java\tscript:"), so they are removed before looking.
     */
    static Optional<String> scheme(String raw) {
        Matcher m = SCHEME.matcher(compact(raw));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String compact(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> c > 0x20 && !(c >= 0x7f && c <= 0x9f) && !Character.isWhitespace(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isNetwork(String raw) {
        String c = compact(raw);
        return c.startsWith("http:") || c.startsWith("https:") || c.startsWith("//");
    }

    Optional<Handbook.Link> resolve(String href) {
        if (href == null) {
            return Optional.empty();
        }
        Target t = classify(href);
        return t.kind() == Kind.CHAPTER ? Optional.of(new Handbook.Link(t.chapterId(), t.fragment())) : Optional.empty();
    }

    Target classify(String href) {
        String trimmed = href.strip();
        String compact = compact(trimmed);
        if (compact.isEmpty() || compact.startsWith("#")) {
            return new Target(Kind.FRAGMENT, null, null, null);
        }
        Optional<String> scheme = scheme(trimmed);
        if (scheme.isPresent() && !SAFE_SCHEMES.contains(scheme.get())) {
            return new Target(Kind.INERT, null, null, null);
        }
        int hash = trimmed.indexOf('#');
        String fragment = hash >= 0 ? decode(trimmed.substring(hash + 1)) : "";
        String withoutFragment = hash >= 0 ? trimmed.substring(0, hash) : trimmed;
        int query = withoutFragment.indexOf('?');
        String path = query >= 0 ? withoutFragment.substring(0, query) : withoutFragment;

        if (scheme.isPresent() && scheme.get().equals("mailto")) {
            return new Target(Kind.EXTERNAL, null, null, trimmed);
        }
        if (scheme.isPresent() || compact.startsWith("//")) {
            String url = compact.startsWith("//") ? "https:" + trimmed : trimmed;
            Matcher m = NETWORK.matcher(path);
            if (!m.find()) {
                return new Target(Kind.EXTERNAL, null, null, url);
            }
            String host = host(m.group(1));
            String urlPath = decode(m.group(2));
            if (host.equals("peeragogy.github.io") || host.equals("www.peeragogy.github.io")) {
                String name = Paths2.fileName(urlPath);
                if (urlPath.lastIndexOf('/') == 0 && hasPageExtension(name)) {
                    return known(stripExtension(name)).map(id -> chapter(id, fragment))
                            .orElse(new Target(Kind.BROKEN, null, null, null));
                }
                return new Target(Kind.EXTERNAL, null, null, url);
            }
            if (host.equals("peeragogy.org") || host.equals("www.peeragogy.org")) {
                Optional<String> id = oldAddress(urlPath);
                if (id.isPresent()) {
                    return chapter(id.get(), fragment);
                }
            }
            return new Target(Kind.EXTERNAL, null, null, url);
        }
        String decoded = decode(path);
        String name = Paths2.fileName(decoded);
        if (hasPageExtension(name)) {
            return known(stripExtension(name)).map(id -> chapter(id, fragment))
                    .orElse(new Target(Kind.BROKEN, null, null, null));
        }
        return new Target(Kind.RELATIVE, null, null, decoded);
    }

    /** The chapter id {@code written} names, as written or in another Unicode normal form. */
    private Optional<String> known(String written) {
        if (chapterIds.contains(written)) {
            return Optional.of(written);
        }
        return Optional.ofNullable(composed.get(Normalizer.normalize(written, Normalizer.Form.NFC)));
    }

    private Target chapter(String id, String fragment) {
        return new Target(Kind.CHAPTER, id, fragment.isEmpty() ? null : fragment, null);
    }

    /** The site once lived at peeragogy.org/section/chapter-slug/; the last segment names the chapter. */
    private Optional<String> oldAddress(String urlPath) {
        String[] segs = urlPath.split("/");
        for (int i = segs.length - 1; i >= 0; i--) {
            if (segs[i].isEmpty()) {
                continue;
            }
            String last = stripExtension(segs[i]);
            if (chapterIds.contains(last)) {
                return Optional.of(last);
            }
            String key = last.toLowerCase(Locale.ROOT);
            if (aliases.containsKey(key) && chapterIds.contains(aliases.get(key))) {
                return Optional.of(aliases.get(key));
            }
            return Optional.ofNullable(titleSlugs.get(key));
        }
        return Optional.empty();
    }

    private static String host(String authority) {
        String h = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = h.indexOf(':');
        return (colon >= 0 ? h.substring(0, colon) : h).toLowerCase(Locale.ROOT);
    }

    private static boolean hasPageExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".html") && lower.length() > 5) || (lower.endsWith(".md") && lower.length() > 3);
    }

    private static String stripExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html")) {
            return name.substring(0, name.length() - 5);
        }
        if (lower.endsWith(".md")) {
            return name.substring(0, name.length() - 3);
        }
        return name;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** "Real-time Meetings" becomes "real-time-meetings", as the old site's addresses were made. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
