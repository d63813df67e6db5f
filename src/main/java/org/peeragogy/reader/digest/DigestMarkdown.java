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
    static List<String> replyTo(List<Digest.Item> items, DigestWords words) {
        List<String> byDepth = new java.util.ArrayList<>();
        List<String> out = new java.util.ArrayList<>();
        for (Digest.Item i : items) {
            while (byDepth.size() <= i.depth()) {
                byDepth.add("");
            }
            byDepth.set(i.depth(), i.by().isEmpty() ? words.say("digestDoc.aNote") : i.by());
            out.add(i.depth() > MAX_DEPTH ? byDepth.get(i.depth() - 1).isEmpty() ? words.say("digestDoc.aNote")
                    : byDepth.get(i.depth() - 1) : "");
        }
        return out;
    }

    /** The digest as one Markdown document, ending in a newline. */
    public static String write(Digest d) {
        DigestWords w = d.words();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(w.say("digestDoc.title", InertMarkdown.inline(d.handbook()))).append("\n\n");
        b.append("- ").append(w.say("digestDoc.edition", InertMarkdown.inline(d.edition()))).append('\n');
        b.append("- ").append(w.say("digestDoc.made", DATE.format(d.made()))).append('\n');
        b.append("- ").append(importsLine(d, DigestMarkdown::isolated)).append('\n');
        if (d.blindChapters() > 0) {
            b.append("- ").append(w.say("digestDoc.blind", d.blindChapters())).append('\n');
        }
        if (!d.people().isEmpty()) { // "People (0), by name: " and no name said nothing (t32's F16)
            b.append("- ").append(w.say("digestDoc.people", d.people().size())).append(' ')
                    .append(String.join(", ", d.people().stream().map(DigestMarkdown::isolated).toList())).append('\n');
        }
        if (d.anonymousAskers()) {
            b.append("- ").append(w.say("digestDoc.anonymousCounted")).append('\n');
        }
        b.append('\n');
        if (d.noNotes() && d.chapters().isEmpty()) {
            b.append(w.say("digestDoc.noNotes")).append('\n');
        }
        for (Digest.ChapterDigest c : d.chapters()) {
            b.append("## ").append(InertMarkdown.inline(c.title())).append("\n\n");
            b.append(c.empty() ? w.say("digestDoc.noNotes") : counts(c, w)).append("\n\n");
            if (!c.passages().isEmpty()) {
                b.append("### ").append(w.say("digestDoc.passages")).append("\n\n");
                c.passages().forEach(p -> b.append("- ").append(w.say("digestDoc.passage", isolated(p.quote()), p.people()))
                        .append('\n'));
                b.append('\n');
            }
            threads(b, w.say("digestDoc.open"), "", c.open(), w);
            threads(b, w.say("digestDoc.waiting"), "", c.waiting(), w);
            threads(b, w.say("digestDoc.repliesToDeleted"), "", c.orphaned(), w);
            threads(b, w.say("digestDoc.loops"), w.say("digestDoc.loopsText"), c.loops(), w);
            if (!c.answered().isEmpty()) {
                b.append("### ").append(w.say("digestDoc.answered")).append("\n\n");
                for (Digest.Thread t : c.answered()) {
                    b.append("- ").append(w.say("digestDoc.answeredLine", isolated(t.question().text()),
                            isolated(t.question().by()), t.items().size() - 1)).append('\n');
                }
                b.append('\n');
            }
            if (!c.discussions().isEmpty()) {
                // Folded as answered questions are: one line each (Markdown cannot fold); the HTML and PDF open them.
                b.append("### ").append(w.say("digestDoc.discussions")).append("\n\n");
                for (Digest.Thread t : c.discussions()) {
                    b.append("- ").append(w.say("digestDoc.discussionLine", isolated(t.question().text()),
                            isolated(t.question().by()), t.items().size() - 1)).append('\n');
                }
                b.append('\n');
            }
            if (!c.tags().isEmpty()) {
                b.append("### ").append(w.say("digestDoc.tags")).append("\n\n").append(String.join(", ", c.tags().stream()
                        .map(t -> InertMarkdown.inline(t.tag()) + " (" + t.count() + ")").toList())).append("\n\n");
            }
        }
        if (!d.unplaced().isEmpty()) {
            b.append("## ").append(w.say("digestDoc.unplaced")).append("\n\n");
            d.unplaced().forEach(i -> item(b, i, "", w));
            b.append('\n');
        }
        if (!d.versions().isEmpty()) {
            b.append("## ").append(w.say("digestDoc.versions")).append("\n\n").append(w.say("digestDoc.versionsText"))
                    .append("\n\n");
            for (Digest.Version v : d.versions()) {
                b.append("- ").append(w.say("digestDoc.version", isolated(v.from()), isolated(v.item().by())))
                        .append(' ').append(isolatedBlock(v.item().text(), "  ")).append('\n');
                if (!v.of().isEmpty()) {
                    b.append("  ").append(w.say("digestDoc.versionOf", isolated(v.of()))).append('\n');
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The most names of files merged a digest lists; the rest are counted (t15b's F5, F9: a list without end). */
    static final int FILES_LISTED = 10;

    /**
     * "Files merged: 3 (ana.peeranotes, bo.peeranotes, chen.peeranotes)" when the files are known by name (t15b's F5),
     * else "Imports merged: 2"; each name through {@code shown} (isolated, inert).
     */
    static String importsLine(Digest d, java.util.function.UnaryOperator<String> shown) {
        if (d.files().isEmpty()) {
            // Names hidden: the files' names are people's names too (t15c's F8: "ana.peeranotes"), so only their count.
            return d.fileCount() > 0 ? d.words().say("digestDoc.filesHidden", d.fileCount())
                    : d.words().say("digestDoc.imports", d.imports());
        }
        List<String> names = d.files().stream().limit(FILES_LISTED).map(shown).toList();
        String listed = d.files().size() > FILES_LISTED
                ? d.words().say("digestDoc.andOthers", String.join(", ", names), d.files().size() - FILES_LISTED)
                : String.join(", ", names);
        return d.words().say("digestDoc.files", d.fileCount(), listed);
    }

    /**
     * A person's text of several lines, inert, its lines kept (t15b's N1: line breaks vanished) and each set in by
     * {@code indent} so that it stays inside its list item; isolated as {@link #isolated} is.
     */
    static String isolatedBlock(String text, String indent) {
        String[] lines = InertMarkdown.block(text.strip()).split("\n", -1);
        StringBuilder out = new StringBuilder("\u2068");
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                out.append('\n').append(lines[k].isEmpty() ? "" : indent);
            }
            out.append(lines[k]);
        }
        return out.append("\u2069").toString();
    }

    /** A heading, a sentence under it when there is one, and the threads; nothing for no threads. */
    private static void threads(StringBuilder b, String heading, String sentence, List<Digest.Thread> threads,
                                DigestWords w) {
        if (threads.isEmpty()) {
            return;
        }
        b.append("### ").append(heading).append("\n\n");
        if (!sentence.isEmpty()) {
            b.append(sentence).append("\n\n");
        }
        threads.forEach(t -> thread(b, t, w));
        b.append('\n');
    }

    private static void thread(StringBuilder b, Digest.Thread t, DigestWords w) {
        List<String> to = replyTo(t.items(), w);
        for (int k = 0; k < t.items().size(); k++) {
            item(b, t.items().get(k), to.get(k), w);
        }
    }

    private static void item(StringBuilder b, Digest.Item i, String replyTo, DigestWords w) {
        String indent = "  ".repeat(Math.min(MAX_DEPTH, i.depth()));
        b.append(indent).append("- ");
        if (!replyTo.isEmpty()) {
            b.append(w.say("digestDoc.replyTo", isolated(replyTo))).append(' ');
        }
        if (i.answer()) {
            b.append("**").append(w.say("digestDoc.answer")).append("** ");
        }
        b.append(isolatedBlock(i.text(), indent + "  "));
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
            b.append(indent).append("  ").append(w.say("digestDoc.on", isolated(i.quote()))).append('\n');
        }
    }

    /** "3 people · 4 highlights · 5 notes · 1 open question · 0 answered": a chapter's counts, one line. */
    static String counts(Digest.ChapterDigest c, DigestWords w) {
        return w.say("digestDoc.counts", c.people(), c.highlights(), c.notes(), c.open().size(), c.answered().size());
    }
}
