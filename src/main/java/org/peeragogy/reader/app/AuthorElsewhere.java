package org.peeragogy.reader.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.NoteCounts;
import org.peeragogy.reader.store.StoreException;
import static org.peeragogy.reader.app.Cli.oneLine;

/**
 * {@code export --author NAME} where NAME's notes are all kept for other handbooks: refused, naming those handbooks
 * and how to open each (an empty file was written, with a line saying why after it; the lead's finding h36c-3). An
 * installed handbook is named by its title and the identity {@code --handbook} takes; one opened from a folder or zip
 * by its identity, as its notes carry it. Threads: the command line's; reads the notes file and the installed handbooks.
 */
final class AuthorElsewhere {
    private AuthorElsewhere() {
    }

    /**
     * Whether {@code given} (as {@code --author} takes it: an author id, a name compared as {@link
     * AuthorNames#compared} does, or at least {@link ExportCommand#PREFIX} first characters of an id, with or
     * without "urn:uuid:") names the author of {@code a}.
     */
    static boolean fits(String given, NoteCounts.ByAuthor a) {
        String folded = AuthorNames.compared(given);
        return a.authorId().equals(given) || !folded.isEmpty() && folded.equals(AuthorNames.compared(a.author()))
                || given.length() >= ExportCommand.PREFIX
                && (a.authorId().startsWith(given) || a.authorId().startsWith("urn:uuid:" + given));
    }

    /**
     * The refusal of {@code --author given}, which fits no one in handbook {@code book}, when notes by it are kept for
     * other handbooks: "--author Ana has no notes for this handbook: their 2 notes are kept for another handbook, …
     * Nothing was written."; empty when none are.
     *
     * @throws StoreException when the notes cannot be read
     */
    static Optional<String> refusal(Database db, String book, String given, HandbookLibrary library)
            throws StoreException {
        Map<String, Integer> byBook = new TreeMap<>();
        for (NoteCounts.ByAuthor a : NoteCounts.otherBooksByAuthor(db, book)) {
            if (fits(given, a)) {
                byBook.merge(a.book(), a.notes(), Integer::sum);
            }
        }
        if (byBook.isEmpty()) {
            return Optional.empty();
        }
        List<HandbookLibrary.Installed> installed = library.list();
        List<String> each = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Integer> b : byBook.entrySet()) {
            total += b.getValue();
            String notes = byBook.size() == 1 ? "" : b.getValue() + (b.getValue() == 1 ? " note; " : " notes; ");
            Optional<String> title = installed.stream().flatMap(i -> i.editions().stream())
                    .filter(e -> e.identity().equals(b.getKey())).map(HandbookLibrary.Edition::title).findFirst()
                    .or(() -> installed.stream().filter(i -> i.identity().equals(b.getKey()))
                            .map(HandbookLibrary.Installed::title).findFirst());
            each.add(title.map(t -> "\u201C" + oneLine(t) + "\u201D (" + notes + "--handbook " + oneLine(b.getKey()) + ")")
                    .orElse(oneLine(b.getKey()) + " (" + notes + "not installed: --handbook with its folder or zip file)"));
        }
        return Optional.of("--author " + oneLine(AuthorNames.listed(given)) + " has no notes for this handbook: "
                + (total == 1 ? "their note is" : "their " + total + " notes are") + " kept for "
                + (each.size() == 1 ? "another handbook, " : "other handbooks: ") + String.join("; ", each)
                + ". Export them from there: this export command with that --handbook. Nothing was written.");
    }
}
