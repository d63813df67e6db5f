package org.peeragogy.reader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookException;
import org.peeragogy.reader.content.Handbooks;

/**
 * Decides which handbook to open: the one named with --handbook, else the one the reader added in
 * the window, else the build's {@code handbook.dir}, else {@code ../shared/handbook}, else our guide.
 */
final class HandbookLocator {
    static final Path BESIDE_PROJECT = Path.of("..", "shared", "handbook");

    private HandbookLocator() {
    }

    static Handbook locate(Options options, Optional<String> added) throws Options.UsageException {
        if (options.handbook().isPresent()) {
            try {
                return Handbooks.open(options.handbook().get());
            } catch (HandbookException e) {
                throw new Options.UsageException(e.getMessage());
            }
        }
        List<Path> candidates = new ArrayList<>();
        added.map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getProperty("handbook.dir")).map(Path::of).ifPresent(candidates::add);
        candidates.add(BESIDE_PROJECT);
        for (Path p : candidates) {
            if (Files.exists(p)) {
                try {
                    return Handbooks.open(p);
                } catch (HandbookException e) {
                    // Not usable (moved, damaged): try the next place, and finally show the guide.
                }
            }
        }
        return Handbooks.guide();
    }
}
