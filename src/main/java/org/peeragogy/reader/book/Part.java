package org.peeragogy.reader.book;

import java.util.List;

/** A named group of chapters; the front matter is a part with an empty title. */
public record Part(String title, List<Chapter> chapters) {
    public Part {
        chapters = List.copyOf(chapters);
    }
}
