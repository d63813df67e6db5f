package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Handbook-relative paths are plain strings with forward slashes; this keeps them inside the root. */
final class Paths2 {
    private Paths2() {
    }

    /**
     * A safe relative path, or empty for anything that could name a file outside the handbook
     * (absolute, drive letter, backslash, "..", NUL).
     */
    static Optional<String> clean(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0
                || path.indexOf('\0') >= 0 || path.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                return Optional.empty();
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(seg);
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    /** Resolves a relative reference against a folder; empty when ".." would climb above the root. */
    static Optional<String> resolve(String folder, String relative) {
        Deque<String> segs = new ArrayDeque<>();
        String joined = relative.startsWith("/") ? relative : (folder.isEmpty() ? "" : folder + "/") + relative;
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (segs.isEmpty()) {
                    return Optional.empty();
                }
                segs.removeLast();
            } else {
                segs.addLast(seg);
            }
        }
        return segs.isEmpty() ? Optional.empty() : clean(String.join("/", segs));
    }

    /**
     * The one folder every entry of an archive is under ("handbook-main/" in a downloaded archive),
     * or null when there is none. macOS's "__MACOSX/" and hidden entries do not count.
     */
    static String commonTopFolder(Iterable<String> names) {
        String top = null;
        for (String name : names) {
            if (name.startsWith("__MACOSX/") || name.startsWith(".")) {
                continue;
            }
            int slash = name.indexOf('/');
            if (slash < 0) {
                return null;
            }
            String first = name.substring(0, slash);
            if (top == null) {
                top = first;
            } else if (!top.equals(first)) {
                return null;
            }
        }
        return top;
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
