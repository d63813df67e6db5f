package org.peeragogy.reader.content;

import java.util.List;
import org.peeragogy.reader.book.Problem;

/** What rendering every chapter of a handbook found. */
public record CheckReport(int chapters, List<Problem> problems) {
    public CheckReport {
        problems = List.copyOf(problems);
    }

    public long count(Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).count();
    }

    /**
     * The line before the summary: the layers that stand between a chapter and the reader (decisions
     * 0011 and 0012), so that what "removed" and "blocked" mean is on the screen.
     */
    public static String defencesLine() {
        return "Defences: each chapter is read within limits (size, nesting, time; beyond them it is not shown), "
                + "cleaned by an allow-list of elements, attributes and styles, written so that a browser builds "
                + "exactly the cleaned page, and shown under a page policy that runs only the reader's own script "
                + "and loads only the handbook's images; a page that tries to leave itself is stopped.";
    }

    /**
     * The last line of {@code check}; "chapters not shown", "images refused" and "links or images left as
     * text" are added only when there are any.
     */
    public String summaryLine() {
        return chapters + " chapters, "
                + count(Problem.Kind.BROKEN_LINK) + " broken links, "
                + count(Problem.Kind.MISSING_IMAGE) + " missing images, "
                + count(Problem.Kind.UNSAFE_REMOVED) + " unsafe elements removed, "
                + count(Problem.Kind.REMOTE_BLOCKED) + " remote references blocked"
                + (count(Problem.Kind.NOT_SHOWN) == 0 ? "" : ", " + count(Problem.Kind.NOT_SHOWN) + " chapters not shown")
                + (count(Problem.Kind.IMAGE_REFUSED) == 0 ? "" : ", " + count(Problem.Kind.IMAGE_REFUSED)
                        + " images refused")
                + (count(Problem.Kind.MARKUP_AS_TEXT) == 0 ? "" : ", " + count(Problem.Kind.MARKUP_AS_TEXT)
                        + " links or images left as text");
    }

    /** Images the manifest declares absent from this edition: listed for information, never counted. */
    public List<Problem> knownAbsent() {
        return problems.stream().filter(p -> p.kind() == Problem.Kind.KNOWN_ABSENT).toList();
    }

    /**
     * Unsafe content and remote references are handled safely; only what the reader cannot show fails:
     * broken links, missing images, chapters not shown, images refused, and links or images left as text.
     */
    public boolean failed() {
        return count(Problem.Kind.BROKEN_LINK) > 0 || count(Problem.Kind.MISSING_IMAGE) > 0
                || count(Problem.Kind.NOT_SHOWN) > 0 || count(Problem.Kind.IMAGE_REFUSED) > 0
                || count(Problem.Kind.MARKUP_AS_TEXT) > 0;
    }
}
