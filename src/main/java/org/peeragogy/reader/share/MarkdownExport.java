package org.peeragogy.reader.share;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Placement;

/**
 * Notes for people to read: chapters in book order (then chapters the book does not have), chapter
 * notes and bookmarks first, then highlights in the order of the current text, each quote a
 * blockquote with the note under it, then notes that could not be placed.
 *
 * <p>Everything that comes from a person (notes, quotes, tags, names, titles) is written as inert
 * text that keeps its lines, whatever CommonMark or GFM renderer reads it: every ASCII punctuation
 * character is backslash-escaped (CommonMark 0.31, "Backslash escapes": any ASCII punctuation may be
 * escaped, and then stands for itself; pandoc's Markdown does the same), so no text can open HTML, a
 * link, an image, code, emphasis, a heading, a list or a table; the characters autolinkers look for
 * ({@code :} before a non-space, {@code @}, the dot of {@code www.}) are written as character
 * references, which the spec says never count as structure; leading spaces and tabs
 * become character references so no line turns into indented code; each line ends with a hard break
 * ({@code \} before the line end), so single line breaks stay; and blank lines stay paragraph breaks.
 */
final class MarkdownExport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownExport() {
    }

    /**
     * @param place where each note sits in the current text of its chapter (for the order, and to
     *              list notes that cannot be placed apart)
     */
    static String write(Book book, List<Annotation> notes, Function<Annotation, Placement> place) {
        return write(book, notes, place, Map.of(), java.util.Set.of(), org.peeragogy.reader.store.Conversation.NONE);
    }

    /**
     * @param sources  the address each unplaced note came with, by id, shown under it
     * @param privates the notes marked private that the reader chose to include: each is labelled so
     * @param talk     the conversation the exported notes are in: each note says whether it is a question (open or
     *                 answered), whom it replies to and its votes (tester's F29: printed notes lost their threads)
     */
    static String write(Book book, List<Annotation> notes, Function<Annotation, Placement> place,
                        Map<String, String> sources, java.util.Set<String> privates,
                        org.peeragogy.reader.store.Conversation talk) {
        Map<String, Annotation> byId = new java.util.HashMap<>();
        notes.forEach(a -> byId.put(a.id(), a));
        Map<String, List<Annotation>> byChapter = new LinkedHashMap<>();
        for (Chapter c : book.chapters()) {
            byChapter.put(c.id(), new ArrayList<>());
        }
        for (Annotation a : notes) {
            if (!a.isDeleted()) {
                byChapter.computeIfAbsent(a.chapterId(), k -> new ArrayList<>()).add(a);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("# Notes on ").append(inline(book.title())).append("\n\n");
        for (Map.Entry<String, List<Annotation>> e : byChapter.entrySet()) {
            List<Annotation> list = e.getValue();
            if (list.isEmpty()) {
                continue;
            }
            String title = book.chapter(e.getKey()).map(Chapter::displayTitle).orElse("Chapter " + e.getKey()
                    + " (not in this edition)");
            b.append("## ").append(inline(title)).append("\n\n");
            Map<Annotation, Placement> placed = new LinkedHashMap<>();
            for (Annotation a : list) {
                placed.put(a, a.kind() == Annotation.Kind.HIGHLIGHT ? place.apply(a) : null);
            }
            list.sort(Comparator.comparing((Annotation a) -> a.kind() == Annotation.Kind.HIGHLIGHT)
                    .thenComparing(a -> placed.get(a) != null && !placed.get(a).placed())
                    .thenComparing(a -> placed.get(a) == null ? 0 : placed.get(a).start())
                    .thenComparing(Annotation::created));
            for (Annotation a : list) {
                Placement p = placed.get(a);
                note(b, a, p != null && !p.placed(), sources.get(a.id()), privates.contains(a.id()));
                conversation(b, a, talk, byId);
            }
        }
        if (byChapter.values().stream().allMatch(List::isEmpty)) {
            b.append("No notes.\n"); // a heading alone read as a file cut short (t31's F15)
        }
        return b.toString();
    }

    /** "*Question:* open · *Votes:* 2", "*Reply to:* Bo": one line for a note in a conversation, none else. */
    private static void conversation(StringBuilder b, Annotation a, org.peeragogy.reader.store.Conversation talk,
                                     Map<String, Annotation> byId) {
        List<String> parts = new ArrayList<>();
        org.peeragogy.reader.book.NoteLink link = talk.links().get(a.id());
        if (link != null && link.question()) {
            parts.add("*Question:* " + (link.answeredBy().isPresent() ? "answered" : "open"));
        }
        if (link != null && link.parentId().isPresent()) {
            Annotation parent = byId.get(link.parentId().get());
            parts.add("*Reply to:* " + (parent == null ? "a note not in this export"
                    : parent.isDeleted() ? "a deleted note" : inline(parent.author())));
        }
        long votes = talk.votes().stream().filter(v -> v.noteId().equals(a.id()) && v.given()).count();
        if (votes > 0) {
            parts.add("*Votes:* " + votes);
        }
        if (!parts.isEmpty()) {
            b.append(String.join(" · ", parts)).append("\n\n");
        }
    }

    private static void note(StringBuilder b, Annotation a, boolean unplaced, String source, boolean privateNote) {
        switch (a.kind()) {
            case BOOKMARK -> b.append("**Bookmark**").append(a.quote().isEmpty() ? "" : ": " + inline(a.quote()))
                    .append("\n\n");
            case CHAPTER_NOTE -> b.append("**Chapter note**\n\n");
            case HIGHLIGHT -> {
                if (unplaced) {
                    b.append("**Could not be placed in this edition**\n\n");
                }
                for (String line : block(a.quote()).split("\n", -1)) {
                    b.append(line.isEmpty() ? ">" : "> " + line).append('\n');
                }
                b.append('\n');
            }
            default -> throw new IllegalStateException();
        }
        if (!a.note().isEmpty()) {
            b.append(block(a.note())).append("\n\n");
        }
        b.append("*Colour:* ").append(a.colour().code());
        if (!a.tags().isEmpty()) {
            List<String> tags = a.tags().stream().map(MarkdownExport::inline).toList();
            b.append(" · *Tags:* ").append(String.join(", ", tags));
        }
        b.append(" · *By* ").append(inline(a.author()));
        if (!AuthorIds.isNameOnly(a.authorId())) {
            // Who, not only what they are called (decision 0017): the id stays inert text, like the name.
            b.append(" (").append(inline(a.authorId())).append(')');
        }
        b.append(", ").append(DATE.format(a.updated())).append("\n\n");
        if (privateNote) {
            b.append("*Private:* only its author or a closed group could read it where it came from\n\n");
        }
        if (source != null) {
            b.append("*Made on:* ").append(inline(source)).append("\n\n");
        }
    }

    /** Text of several lines: each line kept, blank lines kept as paragraph breaks. */
    static String block(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = line(lines[i]);
            out.append(line);
            if (i + 1 < lines.length) {
                boolean breakHere = !line.isEmpty() && !lines[i + 1].isBlank();
                out.append(breakHere ? "\\\n" : "\n");
            }
        }
        return out.toString();
    }

    /** One line of text, inert: punctuation escaped, leading white space as character references. */
    static String line(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (leading && (c == ' ' || c == '\t')) {
                out.append(c == ' ' ? "&#32;" : "&#9;");
                continue;
            }
            leading = false;
            if (c == '@' || c == ':' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))
                    || c == '.' && i >= 3 && s.regionMatches(true, i - 3, "www", 0, 3)
                    && (i == 3 || !Character.isLetterOrDigit(s.charAt(i - 4)))) {
                // Autolinkers (GFM's extended autolinks, flexmark's linkify) look at the text before
                // escapes are read; a character reference hides the "x:y", "@" and "www." they key on.
                out.append("&#").append((int) c).append(';');
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c < 0x20 && c != '\t' || c == 0x7f) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        // A line ending in white space before a hard break would be a second kind of break.
        return out.toString().stripTrailing();
    }

    /** Text for one line (a title, a name, a tag): line ends become spaces. */
    static String inline(String s) {
        return line(s.replaceAll("\\s+", " ").strip());
    }
}
