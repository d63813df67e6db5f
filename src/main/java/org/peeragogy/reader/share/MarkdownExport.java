package org.peeragogy.reader.share;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;

/**
 * Notes for people to read: chapters in book order (then chapters the book does not have), chapter notes
 * and bookmarks first, then highlights in text order, each quote a blockquote with the note under it.
 * Text is written as it is, except that {@code <} is escaped ({@code \<}) so that no Markdown renderer
 * turns a note into HTML.
 */
final class MarkdownExport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MarkdownExport() {
    }

    static String write(Book book, List<Annotation> notes) {
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
        b.append("# Notes on ").append(esc(book.title())).append("\n\n");
        for (Map.Entry<String, List<Annotation>> e : byChapter.entrySet()) {
            List<Annotation> list = e.getValue();
            if (list.isEmpty()) {
                continue;
            }
            String title = book.chapter(e.getKey()).map(Chapter::displayTitle).orElse("Chapter " + e.getKey()
                    + " (not in this edition)");
            b.append("## ").append(esc(title)).append("\n\n");
            list.sort(Comparator.comparing((Annotation a) -> a.kind() == Annotation.Kind.HIGHLIGHT)
                    .thenComparing(a -> a.anchor().map(t -> t.position().start()).orElse(0))
                    .thenComparing(Annotation::created));
            for (Annotation a : list) {
                switch (a.kind()) {
                    case BOOKMARK -> b.append("**Bookmark**").append(a.quote().isEmpty() ? "" : ": " + oneLine(a.quote()))
                            .append("\n\n");
                    case CHAPTER_NOTE -> b.append("**Chapter note**\n\n");
                    case HIGHLIGHT -> {
                        for (String line : a.quote().split("\n", -1)) {
                            b.append("> ").append(esc(line)).append('\n');
                        }
                        b.append('\n');
                    }
                    default -> throw new IllegalStateException();
                }
                if (!a.note().isEmpty()) {
                    b.append(esc(a.note())).append("\n\n");
                }
                b.append("*Colour:* ").append(a.colour().code());
                if (!a.tags().isEmpty()) {
                    b.append(" · *Tags:* ").append(esc(String.join(", ", a.tags())));
                }
                b.append(" · *By* ").append(esc(a.author())).append(", ").append(DATE.format(a.updated()))
                        .append("\n\n");
            }
        }
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("<", "\\<");
    }

    private static String oneLine(String s) {
        return esc(s.replaceAll("\\s+", " ").strip());
    }
}
