package org.peeragogy.reader.content;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which chapter a table of contents' link names: any link whose last path segment is a chapter's file
 * name ({@code NAME.md}, or {@code NAME.html} as a site publishes it) counts, whatever host or prefix
 * precedes it ({@code https://github.com/OWNER/REPO/blob/master/en-md/NAME.md}, {@code ./NAME.html},
 * {@code NAME.md#part}). When two chapters share a file name, the one whose whole path the link ends
 * with wins, else the shallower one (whose id has no "-2"). Names are compared in Unicode NFC, so a
 * file name written decomposed (as macOS writes it) matches a link written composed. Stateless after
 * construction; any thread.
 */
final class ChapterLinks {
    /** File name without extension (NFC) to chapter ids, shallowest first. */
    private final Map<String, java.util.List<String>> byName = new HashMap<>();
    private final Map<String, String> paths;

    /** @param paths chapter id to its path in the handbook, with forward slashes */
    ChapterLinks(Map<String, String> paths) {
        this.paths = Map.copyOf(paths);
        paths.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, String> e) ->
                        e.getValue().chars().filter(c -> c == '/').count()).thenComparing(Map.Entry::getValue))
                .forEach(e -> byName.computeIfAbsent(key(base(Paths2.fileName(e.getValue()))),
                        k -> new java.util.ArrayList<>()).add(e.getKey()));
    }

    /** The chapter {@code href} names, or empty (another file, another site's page, a fragment). */
    Optional<String> chapterOf(String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip();
        if (h.startsWith("<") && h.endsWith(">")) {
            h = h.substring(1, h.length() - 1).strip();
        }
        int cut = indexOfAny(h, "?#");
        String path = Links.decode(cut >= 0 ? h.substring(0, cut) : h);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String name = Paths2.fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".md") && lower.length() > 3 || lower.endsWith(".html") && lower.length() > 5)) {
            return Optional.empty();
        }
        java.util.List<String> ids = byName.get(key(base(name)));
        if (ids == null) {
            return Optional.empty();
        }
        if (ids.size() > 1) {
            String nfc = key(path);
            for (String id : ids) {
                String p = key(paths.get(id));
                String stem = p.substring(0, p.length() - 3);
                if (nfc.endsWith("/" + p) || nfc.equals(p) || nfc.endsWith("/" + stem + ".html")
                        || nfc.equals(stem + ".html")) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.of(ids.get(0));
    }

    private static String base(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") ? name.substring(0, name.length() - 5)
                : lower.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
