package org.peeragogy.reader.share;

import java.util.Set;
import org.peeragogy.reader.book.Annotation;

/**
 * Which notes to export; an empty set means "any". Colour and tag filters apply to live notes only:
 * tombstones (whose tags are wiped) go with the chapter and author filters, so that a file still says
 * which of its notes were deleted.
 *
 * @param authors        author ids (decision 0017); a name given here also matches, for the command
 *                       line's {@code --author NAME}, and then matches everyone of that name
 * @param includePrivate whether notes marked private (only their author could read them where they came
 *                       from) go too: only when the reader chooses so; never by default
 */
public record ExportFilter(Set<String> chapters, Set<Annotation.Colour> colours, Set<String> tags,
                           Set<String> authors, boolean includePrivate) {
    /** Every note that may be shared: all but the private ones. */
    public static final ExportFilter ALL = new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public ExportFilter {
        chapters = Set.copyOf(chapters);
        colours = Set.copyOf(colours);
        tags = Set.copyOf(tags);
        authors = Set.copyOf(authors);
    }

    /** Without private notes. */
    public ExportFilter(Set<String> chapters, Set<Annotation.Colour> colours, Set<String> tags, Set<String> authors) {
        this(chapters, colours, tags, authors, false);
    }

    /** The same filter, private notes included or not. */
    public ExportFilter withPrivate(boolean include) {
        return new ExportFilter(chapters, colours, tags, authors, include);
    }

    /**
     * The same filter, with the reader's anonymous author id added when it names the reader (issue 15, tester's F2,
     * decision 0043): {@code --author Ana} is the README's hand-in, and the reader's anonymous questions are theirs
     * to hand in. They stay written under the anonymous id and the name "Anonymous" (decision 0031: the file tells
     * whoever collects it that they came from its writer, as the group folder's own file already does). Unchanged
     * when the filter names nobody (everything goes), does not name the reader, or they never asked anonymously.
     *
     * @param readerId    the reader's own author id
     * @param readerNames the names the reader writes under (their name setting, the names of their own notes)
     * @param anonymousId the reader's anonymous author id, if any
     */
    public ExportFilter withOwnAnonymous(String readerId, Set<String> readerNames, java.util.Optional<String> anonymousId) {
        if (authors.isEmpty() || anonymousId.isEmpty() || authors.contains(anonymousId.get())
                || (!authors.contains(readerId) && readerNames.stream().noneMatch(authors::contains))) {
            return this;
        }
        Set<String> more = new java.util.HashSet<>(authors);
        more.add(anonymousId.get());
        return new ExportFilter(chapters, colours, tags, more, includePrivate);
    }

    /** Whether this note goes (private notes aside, which the export decides). Any thread. */
    public boolean accepts(Annotation a) {
        // A chapter named in either Unicode form is the same chapter (decision 0023).
        if (!chapters.isEmpty() && chapters.stream().noneMatch(c -> org.peeragogy.reader.book.ChapterIds.same(c, a.chapterId()))) {
            return false;
        }
        if (!authors.isEmpty() && !authors.contains(a.authorId()) && !authors.contains(a.author())) {
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
