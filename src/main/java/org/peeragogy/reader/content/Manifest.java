package org.peeragogy.reader.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our reading-order file: which handbook it describes, its parts and chapters, old address slugs,
 * and the references known to be absent from that edition.
 */
record Manifest(String identity, String title, List<Entry> chapters, Map<String, String> aliases,
                List<Absent> absent, String language) {

    /** One chapter row; {@code part} is empty for front matter. */
    record Entry(String id, String number, String title, String part) {
    }

    /**
     * A reference that the described edition makes but never shipped: {@code path} is matched against
     * the image's path as the chapter writes it or as it resolves in the book; ending in "/", it is a prefix.
     */
    record Absent(String chapterId, String path, String reason) {
        boolean matches(String written, String resolved) {
            return matchesOne(written) || resolved != null && matchesOne(resolved);
        }

        private boolean matchesOne(String p) {
            return path.endsWith("/") ? p.startsWith(path) : p.equals(path);
        }
    }

    static Manifest parse(byte[] bytes) {
        String identity = "";
        String title = "";
        String part = "";
        String language = "";
        List<Entry> chapters = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        List<Absent> absent = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "book" -> {
                    identity = field(f, 1);
                    title = field(f, 2);
                }
                case "part" -> part = field(f, 1);
                case "language" -> language = LanguageTags.parse(field(f, 1)).orElse("");
                case "chapter" -> chapters.add(new Entry(field(f, 1), field(f, 2), field(f, 3), part));
                case "alias" -> aliases.put(field(f, 1), field(f, 2));
                case "absent" -> {
                    if (!field(f, 1).isEmpty() && !field(f, 2).isEmpty()) {
                        absent.add(new Absent(field(f, 1), field(f, 2), field(f, 3)));
                    }
                }
                default -> {
                    // Unknown rows are ignored so that a newer manifest still opens.
                }
            }
        }
        return new Manifest(identity, title, List.copyOf(chapters), Map.copyOf(aliases), List.copyOf(absent), language);
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }

    /** What the manifest declares absent from one chapter. */
    List<Absent> absentFrom(String chapterId) {
        return absent.stream().filter(a -> a.chapterId().equals(chapterId)).toList();
    }

    /** The share of listed chapters present among {@code ids}. */
    double coverage(java.util.Set<String> ids) {
        if (chapters.isEmpty()) {
            return 0;
        }
        return chapters.stream().filter(e -> ids.contains(e.id())).count() / (double) chapters.size();
    }
}
