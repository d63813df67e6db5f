package org.peeragogy.reader.book;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reader's mark on a chapter: a highlight (with an optional note), a note on the whole chapter,
 * or a bookmark.
 *
 * @param id       a UUID, the same in every copy of the note (sharing relies on it)
 * @param book     identity of the handbook ({@link Book#identity()}), not its path
 * @param author   the author's name to show: as the author is called now (a person who renames keeps
 *                 their notes, which show the new name); names are for display only
 * @param authorId who wrote it, a stable identity ({@link AuthorIds}): layers, filters, merges and
 *                 "is it mine" key on this, never on the name
 * @param anchor   where in the chapter's text; empty for chapter notes and for bookmarks of a whole chapter
 * @param deleted  when it was deleted; a deleted annotation is a tombstone: its id and time only
 */
public record Annotation(String id, String book, String chapterId, Kind kind, Colour colour, String note,
                         List<String> tags, String author, String authorId, Instant created, Instant updated,
                         Optional<TextAnchor> anchor, Optional<Instant> deleted) {
    /**
     * The most characters (UTF-16 units) a note, reply or question may have: the window's editor, the command line
     * (through the store), the store and every notes file reader hold to this one number (try17w F10: the command
     * line took notes every other reader then skipped).
     */
    public static final int MAX_NOTE = 100_000;

    public enum Kind {
        HIGHLIGHT("highlight"), CHAPTER_NOTE("chapter-note"), BOOKMARK("bookmark");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind ofCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("Unknown annotation kind: " + code);
        }
    }

    /** The five highlight colours; names are what files and the command line use. */
    public enum Colour {
        YELLOW, GREEN, BLUE, PINK, PURPLE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Colour> ofCode(String code) {
            for (Colour c : values()) {
                if (c.code().equals(code)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(colour, "colour");
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
        Objects.requireNonNull(author, "author");
        authorId = authorId == null || authorId.isEmpty() ? AuthorIds.fromName(author) : authorId;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        anchor = anchor == null ? Optional.empty() : anchor;
        deleted = deleted == null ? Optional.empty() : deleted;
    }

    /** The same note by the same person under the name they have now. */
    public Annotation withAuthor(String name, String id) {
        return new Annotation(this.id, book, chapterId, kind, colour, note, tags, name, id, created, updated, anchor,
                deleted);
    }

    /** The same note shown in the chapter {@code chapter} (a reply in its parent's chapter, {@link ReplyChapters}). */
    public Annotation inChapter(String chapter) {
        return new Annotation(id, book, chapter, kind, colour, note, tags, author, authorId, created, updated, anchor,
                deleted);
    }

    public boolean isDeleted() {
        return deleted.isPresent();
    }

    /** The quoted text, or "" for notes without an anchor. */
    public String quote() {
        return anchor.map(a -> a.quote().exact()).orElse("");
    }
}
