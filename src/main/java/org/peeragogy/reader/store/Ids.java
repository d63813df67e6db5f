package org.peeragogy.reader.store;

import java.util.Collection;

/**
 * A set of ids as one bound parameter: a JSON array that SQLite's {@code json_each} reads, so that "the notes
 * with these 15,000 ids" is one statement with one parameter (SQLite allows 32,766 parameters, and a statement
 * with one per id would be compiled anew for each size). Any thread; nothing here touches the disk.
 */
final class Ids {
    /** {@code IN} this, with the JSON of {@link #json} bound to its one parameter. */
    static final String IN_JSON = "(SELECT value FROM json_each(?))";

    private Ids() {
    }

    /** {@code ids} as a JSON array of strings (quotes, backslashes and control characters escaped). */
    static String json(Collection<String> ids) {
        StringBuilder b = new StringBuilder(ids.size() * 40 + 2).append('[');
        boolean first = true;
        for (String id : ids) {
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append('"');
            for (int i = 0; i < id.length(); i++) {
                char ch = id.charAt(i);
                if (ch == '"' || ch == '\\') {
                    b.append('\\').append(ch);
                } else if (ch < 0x20) {
                    b.append(String.format("\\u%04x", (int) ch));
                } else {
                    b.append(ch);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }
}
