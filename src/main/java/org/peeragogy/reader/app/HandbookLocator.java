package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookException;
import org.peeragogy.reader.content.Handbooks;

/**
 * Decides which handbook to open: the one named with --handbook; else the first that opens of the
 * one the reader added in the window, the one the build was pointed at ({@code handbook.dir}), and
 * {@code ../shared/handbook}; else our own reader's guide.
 */
final class HandbookLocator {
    static final Path BESIDE_PROJECT = Path.of("..", "shared", "handbook");

    private HandbookLocator() {
    }

    static Handbook locate(Options options, Optional<String> added) throws Options.UsageException {
        List<Path> candidates = new ArrayList<>();
        added.map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getProperty("handbook.dir")).map(Path::of).ifPresent(candidates::add);
        buildHandbookDir().ifPresent(candidates::add);
        candidates.add(BESIDE_PROJECT);
        return locate(options.handbook(), candidates);
    }

    static Handbook locate(Optional<Path> named, List<Path> candidates) throws Options.UsageException {
        if (named.isPresent()) {
            try {
                return Handbooks.open(named.get());
            } catch (HandbookException e) {
                throw new Options.UsageException(e.getMessage());
            }
        }
        for (Path p : candidates) {
            if (Files.exists(p)) {
                try {
                    return Handbooks.open(p);
                } catch (HandbookException e) {
                    // Moved or damaged since: try the next place, and finally show the guide.
                }
            }
        }
        return Handbooks.guide();
    }

    private static Optional<Path> buildHandbookDir() {
        try (InputStream in = HandbookLocator.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            String dir = p.getProperty("handbook.dir", "");
            return dir.isBlank() || dir.contains("${") ? Optional.empty() : Optional.of(Path.of(dir));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
