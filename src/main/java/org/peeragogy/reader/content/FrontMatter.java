package org.peeragogy.reader.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter's {@code title:} in YAML front matter, read as flexmark 0.64.8's front matter extension
 * reads it (its patterns, below): only when the first non-blank line is {@code ---}; it runs to a line
 * {@code ---} or {@code ...}, or to the end; {@code key: value} lines, {@code - item} lines adding values
 * to the key before them, {@code key: |} starting literal lines; the last {@code title} key wins and its
 * first value is the title, stripped of one pair of quotes. Stateless; time linear in the lines.
 */
final class FrontMatter {
    private static final Pattern FRONT_BEGIN = Pattern.compile("-{3}(\\s.*)?");
    private static final Pattern FRONT_END = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");
    private static final Pattern FRONT_KEY = Pattern.compile("[ ]{0,3}([A-Za-z0-9_\\-.]+):\\s*(.*)");
    private static final Pattern FRONT_LIST = Pattern.compile("[ ]+-\\s*(.*)");

    /** Front matter longer than this is not read for {@link #fields}. */
    static final int MAX_FIELD_LINES = 200;

    private FrontMatter() {
    }

    /** Reads front matter when the first non-blank line opens it; {@code next[0]} becomes the line after it. */
    static Optional<String> title(List<String> lines, int[] next) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !FRONT_BEGIN.matcher(lines.get(i)).matches()) {
            next[0] = 0;
            return Optional.empty();
        }
        List<String> title = null;
        String key = null;
        List<String> values = null;
        boolean literal = false;
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FRONT_END.matcher(line).matches()) {
                if ("title".equals(key)) {
                    title = values;
                }
                next[0] = i + 1;
                if (title == null || title.isEmpty()) {
                    return Optional.empty();
                }
                String t = unquote(title.get(0).strip());
                return t.isEmpty() ? Optional.empty() : Optional.of(t);
            }
            Matcher m = FRONT_KEY.matcher(line);
            if (m.matches()) {
                if ("title".equals(key)) {
                    title = values;
                }
                key = m.group(1);
                values = new ArrayList<>();
                literal = m.group(2).equals("|");
                if (!literal && !m.group(2).isEmpty()) {
                    values.add(m.group(2));
                }
            } else if (values != null && literal) {
                String v = line.strip();
                if (values.size() == 1) {
                    values.set(0, values.get(0) + "\n" + v);
                } else {
                    values.add(v);
                }
            } else if (values != null) {
                Matcher item = FRONT_LIST.matcher(line);
                if (item.matches()) {
                    values.add(item.group(1));
                }
            }
        }
        // Never closed: everything is front matter, so there is no heading either; the key still open
        // at the end is not kept (as flexmark does).
        next[0] = lines.size();
        if (title == null || title.isEmpty()) {
            return Optional.empty();
        }
        String t = unquote(title.get(0).strip());
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /**
     * The front matter's {@code key: value} lines as key to value (quotes removed; the last of a key
     * wins; lists and literal blocks are left out), read from at most its first {@link #MAX_FIELD_LINES}
     * lines. Empty when the first non-blank line does not open front matter.
     */
    static Map<String, String> fields(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !FRONT_BEGIN.matcher(lines.get(i)).matches()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        int end = Math.min(lines.size(), i + MAX_FIELD_LINES);
        for (i++; i < end && !FRONT_END.matcher(lines.get(i)).matches(); i++) {
            Matcher m = FRONT_KEY.matcher(lines.get(i));
            if (m.matches() && !m.group(2).isEmpty() && !m.group(2).equals("|")) {
                out.put(m.group(1), unquote(m.group(2).strip()));
            }
        }
        return out;
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

}
