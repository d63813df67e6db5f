package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Handbook;

/**
 * The languages of an installed handbook, each an edition of its own with its own identity (decision 0015),
 * found once when it is installed and kept in its description ({@link HandbookLibrary#META}), so that listing
 * the installed handbooks and opening one edition by its identity read no chapter (issue 13). Stateless.
 */
final class InstalledEditions {
    private static final String COUNT = "editions";

    private InstalledEditions() {
    }

    /**
     * Every edition of the handbook whose default edition {@code opened} is: that one first, then each other
     * language of its folder, each opened from {@code copy} (reads and hashes that language's chapters).
     */
    static List<HandbookLibrary.Edition> of(Handbook opened, Path copy, String name) throws HandbookException, IOException {
        List<HandbookLibrary.Edition> out = new ArrayList<>();
        out.add(edition(opened.book()));
        for (String language : opened.languages()) {
            if (!language.equals(opened.book().language())) {
                try (Handbook other = Handbooks.open(copy, name, language)) {
                    out.add(edition(other.book()));
                }
            }
        }
        return out;
    }

    private static HandbookLibrary.Edition edition(Book b) {
        return new HandbookLibrary.Edition(b.identity(), b.language(), b.title(), b.chapters().size());
    }

    /** Records {@code editions} in a handbook's description. */
    static void write(Properties p, List<HandbookLibrary.Edition> editions) {
        p.setProperty(COUNT, Integer.toString(editions.size()));
        for (int i = 0; i < editions.size(); i++) {
            HandbookLibrary.Edition e = editions.get(i);
            p.setProperty(COUNT + "." + i + ".identity", e.identity());
            p.setProperty(COUNT + "." + i + ".language", e.language());
            p.setProperty(COUNT + "." + i + ".title", e.title());
            p.setProperty(COUNT + "." + i + ".chapters", Integer.toString(e.chapters()));
        }
    }

    /**
     * The editions recorded in a description; for one written before editions were recorded (or damaged in
     * that part), the installed handbook alone, as {@code only}. Throws {@link NumberFormatException} for a
     * chapter count that is not a number, as the description's own count does.
     */
    static List<HandbookLibrary.Edition> read(Properties p, HandbookLibrary.Edition only) {
        int n;
        try {
            n = Integer.parseInt(p.getProperty(COUNT, "0"));
        } catch (NumberFormatException e) {
            n = 0;
        }
        List<HandbookLibrary.Edition> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 1000); i++) {
            String identity = p.getProperty(COUNT + "." + i + ".identity", "");
            if (identity.isEmpty()) {
                return List.of(only);
            }
            out.add(new HandbookLibrary.Edition(identity, p.getProperty(COUNT + "." + i + ".language", ""),
                    p.getProperty(COUNT + "." + i + ".title", identity),
                    Integer.parseInt(p.getProperty(COUNT + "." + i + ".chapters", "0"))));
        }
        // The first is the installed handbook itself (with the title as listed); a description whose first
        // edition is another is not trusted.
        if (out.isEmpty() || !out.get(0).identity().equals(only.identity())) {
            return List.of(only);
        }
        out.set(0, only);
        return List.copyOf(out);
    }
}
