package org.peeragogy.reader.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookException;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.content.Handbooks;

/**
 * What File → Switch handbook offers: the bundled handbook (the one the reader ships with, or the one
 * named with {@code --handbook}) first, always, so that a reader who added a translation can go back
 * to the main book and its notes; then every installed handbook. Reads the disk, so its methods are
 * for a background thread (any thread; no toolkit needed).
 */
public final class SwitchHandbookViewModel {
    private static final System.Logger LOG = System.getLogger(SwitchHandbookViewModel.class.getName());
    /** One entry: an installed handbook, or the bundled one when {@code bundledAt} is not null. */
    public record Choice(String identity, String title, int chapters, Path bundledAt) {
        public boolean bundled() {
            return bundledAt != null;
        }
    }

    private final HandbookLibrary library;
    private final Path bundled;
    private Choice bundledChoice;

    /** @param bundled the bundled handbook's folder or zip; empty when the reader has only its guide */
    public SwitchHandbookViewModel(HandbookLibrary library, Optional<Path> bundled) {
        this.library = Objects.requireNonNull(library);
        this.bundled = bundled.map(p -> p.toAbsolutePath().normalize()).orElse(null);
    }

    public HandbookLibrary library() {
        return library;
    }

    /**
     * The bundled handbook (unless an installed copy has its identity, which then stands for it) and
     * the installed ones by title. Opens the bundled handbook once to learn its title. Any thread;
     * never throws (a bundled handbook that cannot be read is left out).
     */
    public List<Choice> choices() {
        List<Choice> installed = library.list().stream()
                .map(i -> new Choice(i.identity(), i.title(), i.chapters(), null)).toList();
        List<Choice> out = new ArrayList<>();
        bundledChoice().filter(b -> installed.stream().noneMatch(i -> i.identity().equals(b.identity())))
                .ifPresent(out::add);
        out.addAll(installed);
        return out;
    }

    /**
     * Opens the handbook a choice names. Any thread but the FX thread: it reads and hashes every file.
     *
     * @throws HandbookException when the handbook cannot be opened (the message says why and what to do)
     */
    public Handbook open(Choice choice) throws HandbookException {
        return choice.bundled() ? Handbooks.open(choice.bundledAt()) : library.open(choice.identity());
    }

    private synchronized Optional<Choice> bundledChoice() {
        if (bundledChoice == null && bundled != null) {
            try (Handbook h = Handbooks.open(bundled)) {
                Book b = h.book();
                bundledChoice = new Choice(b.identity(), b.title(), b.chapters().size(), bundled);
            } catch (HandbookException | IOException | RuntimeException e) {
                // Recovers: moved or damaged, it is left out of the menu and tried again next time; logged so
                // that a reader who cannot go back to it can be helped.
                LOG.log(System.Logger.Level.WARNING, "The bundled handbook " + bundled + " could not be opened", e);
                return Optional.empty();
            }
        }
        return Optional.ofNullable(bundledChoice);
    }
}
