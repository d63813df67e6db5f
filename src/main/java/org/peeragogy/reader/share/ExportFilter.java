package org.peeragogy.reader.share;

import java.util.Set;
import org.peeragogy.reader.book.Annotation;

/**
 * Which notes to export; an empty set means "any". Colour and tag filters apply to live notes only:
 * tombstones (whose tags are wiped) go with the chapter and author filters, so that a file still says
 * which of its notes were deleted.
 */
public record ExportFilter(Set<String> chapters, Set<Annotation.Colour> colours, Set<String> tags,
                           Set<String> authors) {
    public static final ExportFilter ALL = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public ExportFilter {
        chapters = Set.copyOf(chapters);
        colours = Set.copyOf(colours);
        tags = Set.copyOf(tags);
        authors = Set.copyOf(authors);
    }

    boolean accepts(Annotation a) {
        if (!chapters.isEmpty() && !chapters.contains(a.chapterId())) {
            return false;
        }
        if (!authors.isEmpty() && !authors.contains(a.author())) {
            return false;
        }
        if (a.isDeleted()) {
            return true;
        }
        if (!colours.isEmpty() && !colours.contains(a.colour())) {
            return false;
        }
        return tags.isEmpty() || a.tags().stream().anyMatch(tags::contains);
    }
}
