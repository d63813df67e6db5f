package org.peeragogy.reader.book;

/** Something found while rendering a chapter, reported by the {@code check} command. */
public record Problem(String chapterId, Kind kind, String detail) {
    public enum Kind {
        BROKEN_LINK("broken link"),
        MISSING_IMAGE("missing image"),
        UNSAFE_REMOVED("unsafe element removed"),
        REMOTE_BLOCKED("remote reference blocked"),
        /** Declared absent from this edition by the reading-order manifest: reported, never counted as a fault. */
        KNOWN_ABSENT("image absent from this edition"),
        /** A chapter beyond the reader's limits or unreadable: shown as a page saying so (decision 0011). */
        NOT_SHOWN("chapter not shown"),
        /** An image whose file or declared pixel size is beyond the reader's limits: shown as a placeholder. */
        IMAGE_REFUSED("image refused"),
        /** Markdown link or image syntax that reached the page as text: the author meant a link or an image. */
        MARKUP_AS_TEXT("link or image syntax left as text");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return chapterId + ": " + kind.label() + ": " + detail;
    }
}
