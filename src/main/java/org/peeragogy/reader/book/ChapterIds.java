package org.peeragogy.reader.book;

/**
 * What a chapter id can be (decision 0008, issue 9). A chapter's id is its file's name without
 * {@code .md} ({@link Chapter#id()}) in Unicode's composed form (NFC; decision 0023, {@link #same}), with {@code -2}, {@code -3}... added when two files share a name,
 * so it is whatever a file in a folder or a zip can be called: spaces, accents, emoji, any script,
 * {@code #}, {@code ?}, {@code %}, {@code :}, reserved Windows names. The content layer makes no chapter
 * of a file whose id would not be valid here, and sharing accepts every valid id, so every id the reader
 * makes round-trips through every format. A valid id:
 *
 * <ul>
 *   <li>is 1 to {@link #MAX_LENGTH} UTF-16 code units long;</li>
 *   <li>has no {@code /} (it is one name, never a path);</li>
 *   <li>has no control characters (U+0000–U+001F, U+007F–U+009F) and no line or paragraph separators
 *       (U+2028, U+2029): they end lines in the command line's tab-separated output and in logs;</li>
 *   <li>has no bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): they reorder
 *       how the text after them is shown, which is how names are spoofed ("Trojan Source", and
 *       "report", U+202E, "fdp.exe" shown as "reportexe.pdf"); right-to-left scripts never need
 *       them in a name, the letters carry their direction. The marks U+200E, U+200F and U+061C, and
 *       the joiners U+200C and U+200D (Persian, Indic scripts, emoji sequences), are allowed;</li>
 *   <li>has no unpaired surrogate: it could not be written as UTF-8, so no file could be named so.</li>
 * </ul>
 *
 * Threads: any. Nothing here throws.
 */
public final class ChapterIds {
    /**
     * The longest id, in UTF-16 code units: the longest file name NTFS and APFS allow (ext4 allows 255
     * bytes, which is never more characters), so any real file name fits with room for a "-2".
     */
    public static final int MAX_LENGTH = 255;

    /**
     * The chapter id stored with a note whose address names no chapter of the handbook (an import's "could not be
     * placed"): internal, never shown to a person (tester t15's F10); views say "Not in this edition".
     */
    public static final String UNPLACED = "_unplaced";

    private ChapterIds() {
    }

    /**
     * Whether two ids name the same chapter: equal once both are in Unicode's composed form (NFC), so that an
     * id read from a decomposed file name (macOS writes {@code café} as {@code cafe} and a combining accent),
     * one typed, and one stored with a note before the file was renamed are one chapter (decision 0023).
     * False when either is null.
     */
    public static boolean same(String a, String b) {
        return a != null && b != null && (a.equals(b) || composed(a).equals(composed(b)));
    }

    /** The id in Unicode's composed form (NFC), as the reader makes ids from file names (decision 0023). */
    public static String composed(String id) {
        return java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFC);
    }

    /**
     * The forms under which notes on the chapter {@code id} may be stored: as given, composed (NFC) and
     * decomposed (NFD, as a file name from macOS made it before ids were composed). Never empty.
     */
    public static java.util.Set<String> storedForms(String id) {
        return new java.util.LinkedHashSet<>(java.util.List.of(id, composed(id),
                java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD)));
    }

    /** True when {@code id} is a chapter id the reader can make, as described above; false for null. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= id.length() || !Character.isLowSurrogate(id.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
