package org.peeragogy.reader.book;

import java.util.List;
import java.util.Optional;

/**
 * A handbook as the reader sees it: parts and chapters in reading order.
 *
 * @param identity    which handbook this is, independent of where it is stored (a translation is another one)
 * @param title       title for the window
 * @param fingerprint digest of every chapter's source; changes whenever any chapter changes
 * @param parts       parts in reading order
 * @param language    the handbook's language as a BCP 47 tag ("en", "pt-BR"); empty when neither the handbook
 *                    nor our manifest says (never guessed: W3C exports put it on every body, issue 11). A folder holding several languages opens as one book per language, each with
 *                    an identity of its own in one family ("handbook-x.es"; decision 0015)
 */
public record Book(String identity, String title, String fingerprint, List<Part> parts, String language) {
    public Book {
        parts = List.copyOf(parts);
        language = language == null ? "" : language;
    }

    /** A book whose language is not known. */
    public Book(String identity, String title, String fingerprint, List<Part> parts) {
        this(identity, title, fingerprint, parts, "");
    }

    public List<Chapter> chapters() {
        return parts.stream().flatMap(p -> p.chapters().stream()).toList();
    }

    public Optional<Chapter> chapter(String id) {
        // Exact first; else the chapter whose id is the same once composed (NFC), decision 0023.
        Optional<Chapter> exact = chapters().stream().filter(c -> c.id().equals(id)).findFirst();
        return exact.isPresent() ? exact : chapters().stream().filter(c -> ChapterIds.same(c.id(), id)).findFirst();
    }

    public Optional<Chapter> next(String id) {
        return neighbour(id, 1);
    }

    public Optional<Chapter> previous(String id) {
        return neighbour(id, -1);
    }

    private Optional<Chapter> neighbour(String id, int step) {
        List<Chapter> all = chapters();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                int j = i + step;
                return j >= 0 && j < all.size() ? Optional.of(all.get(j)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
