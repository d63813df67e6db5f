package org.peeragogy.reader.digest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.peeragogy.reader.share.InertMarkdown;

/**
 * A {@link Digest} as Markdown. Everything that came from a person (notes, quotes, names, tags, titles) goes
 * through {@link InertMarkdown}, the Markdown export's inert rules, so no renderer reads it as structure; a thread's
 * replies are nested list items (two spaces per level); an answered question is one line, its thread left out.
 * Any thread; never throws.
 */
public final class DigestMarkdown {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Replies deeper than this are set in no further, each saying whom it replies to (F28: 5,000 levels). */
    static final int MAX_DEPTH = 6;

    static final String LOOPS = "These notes reply to one another in a circle (A to B, B to A), which a damaged or"
            + " edited file can make; each circle is shown from the note written first.";

    private DigestMarkdown() {
    }

    /**
     * A person's text inert and isolated: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068, U+2069;
     * Unicode's bidi algorithm, UAX #9), so a right-to-left override inside it cannot reorder what follows (F1).
     */
    static String isolated(String text) {
        return "\u2068" + InertMarkdown.inline(text) + "\u2069";
    }

    /**
     * For each item of a thread (depth first), whom it replies to when it is set in less than its depth (deeper
     * than {@link #MAX_DEPTH}), else "": the nearest item above it one level up ("a note" when that has no name).
     */
    static List<String> replyTo(List<Digest.Item> items) {
        List<String> byDepth = new java.util.ArrayList<>();
        List<String> out = new java.util.ArrayList<>();
        for (Digest.Item i : items) {
            while (byDepth.size() <= i.depth()) {
                byDepth.add("");
            }
            byDepth.set(i.depth(), i.by().isEmpty() ? "a note" : i.by());
            out.add(i.depth() > MAX_DEPTH ? byDepth.get(i.depth() - 1).isEmpty() ? "a note" : byDepth.get(i.depth() - 1) : "");
        }
        return out;
    }

    /** The digest as one Markdown document, ending in a newline. */
    public static String write(Digest d) {
        StringBuilder b = new StringBuilder();
        b.append("# Digest: ").append(InertMarkdown.inline(d.handbook())).append("\n\n");
        b.append("- Edition: ").append(InertMarkdown.inline(d.edition())).append('\n');
        b.append("- Made: ").append(DATE.format(d.made())).append('\n');
        b.append("- Imports merged: ").append(d.imports()).append('\n');
        b.append("- People (").append(d.people().size()).append("): ")
                .append(String.join(", ", d.people().stream().map(DigestMarkdown::isolated).toList())).append("\n\n");
        for (Digest.ChapterDigest c : d.chapters()) {
            b.append("## ").append(InertMarkdown.inline(c.title())).append("\n\n");
            b.append(counts(c)).append("\n\n");
            if (!c.passages().isEmpty()) {
                b.append("### Most-marked passages\n\n");
                c.passages().forEach(p -> b.append("- ").append(isolated(p.quote())).append(" (")
                        .append(people(p.people())).append(")\n"));
                b.append('\n');
            }
            if (!c.open().isEmpty()) {
                b.append("### Open questions\n\n");
                c.open().forEach(t -> thread(b, t));
                b.append('\n');
            }
            if (!c.waiting().isEmpty()) {
                b.append("### Replies waiting for their note\n\n");
                c.waiting().forEach(t -> thread(b, t));
                b.append('\n');
            }
            if (!c.loops().isEmpty()) {
                b.append("### Replies whose thread loops\n\n").append(LOOPS).append("\n\n");
                c.loops().forEach(t -> thread(b, t));
                b.append('\n');
            }
            if (!c.answered().isEmpty()) {
                b.append("### Answered questions\n\n");
                for (Digest.Thread t : c.answered()) {
                    b.append("- Answered: ").append(isolated(t.question().text())).append(" (")
                            .append(isolated(t.question().by())).append(", ").append(replies(t))
                            .append(")\n");
                }
                b.append('\n');
            }
            if (!c.tags().isEmpty()) {
                b.append("### Tags\n\n").append(String.join(", ", c.tags().stream()
                        .map(t -> InertMarkdown.inline(t.tag()) + " (" + t.count() + ")").toList())).append("\n\n");
            }
        }
        if (!d.unplaced().isEmpty()) {
            b.append("## Could not be placed in this edition\n\n");
            d.unplaced().forEach(i -> item(b, i, ""));
            b.append('\n');
        }
        return b.toString();
    }

    private static void thread(StringBuilder b, Digest.Thread t) {
        List<String> to = replyTo(t.items());
        for (int k = 0; k < t.items().size(); k++) {
            item(b, t.items().get(k), to.get(k));
        }
    }

    private static void item(StringBuilder b, Digest.Item i, String replyTo) {
        String indent = "  ".repeat(Math.min(MAX_DEPTH, i.depth()));
        b.append(indent).append("- ");
        if (!replyTo.isEmpty()) {
            b.append("↳ reply to ").append(isolated(replyTo)).append(": ");
        }
        if (i.answer()) {
            b.append("**Answer:** ");
        }
        b.append(isolated(i.text()));
        List<String> facts = new java.util.ArrayList<>();
        if (!i.by().isEmpty()) {
            facts.add(isolated(i.by()));
        }
        if (i.votes() > 0) {
            facts.add("+" + i.votes());
        }
        if (!facts.isEmpty()) {
            b.append(" (").append(String.join(", ", facts)).append(')');
        }
        b.append('\n');
        if (!i.quote().isEmpty()) {
            b.append(indent).append("  On: ").append(isolated(i.quote())).append('\n');
        }
    }

    static String people(int n) {
        return n + (n == 1 ? " person" : " people");
    }

    /** "3 people · 4 highlights · 5 notes · 1 open question · 0 answered": a chapter's counts, one line. */
    static String counts(Digest.ChapterDigest c) {
        return people(c.people()) + " · " + count(c.highlights(), "highlight") + " · " + count(c.notes(), "note")
                + " · " + count(c.open().size(), "open question") + " · " + c.answered().size() + " answered";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String replies(Digest.Thread t) {
        int n = t.items().size() - 1;
        return n + (n == 1 ? " reply" : " replies");
    }
}
