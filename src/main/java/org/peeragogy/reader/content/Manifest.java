package org.peeragogy.reader.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our reading-order file: which handbook it describes, its parts and chapters, and old address slugs. */
record Manifest(String identity, String title, List<Entry> chapters, Map<String, String> aliases) {

    /** One chapter row; {@code part} is empty for front matter. */
    record Entry(String id, String number, String title, String part) {
    }

    static Manifest parse(byte[] bytes) {
        String identity = "";
        String title = "";
        String part = "";
        List<Entry> chapters = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
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
                case "chapter" -> chapters.add(new Entry(field(f, 1), field(f, 2), field(f, 3), part));
                case "alias" -> aliases.put(field(f, 1), field(f, 2));
                default -> {
                    // Unknown rows are ignored so that a newer manifest still opens.
                }
            }
        }
        return new Manifest(identity, title, List.copyOf(chapters), Map.copyOf(aliases));
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }

    /** The share of listed chapters present among {@code ids}. */
    double coverage(java.util.Set<String> ids) {
        if (chapters.isEmpty()) {
            return 0;
        }
        return chapters.stream().filter(e -> ids.contains(e.id())).count() / (double) chapters.size();
    }
}
