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
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.content.Handbooks;

/**
 * Decides which handbook to open: the one named with --handbook (a path, or the identity of an
 * installed handbook); else the first that opens of the installed handbook chosen last, the folder or
 * zip the reader added in the window before handbooks were installed ({@code handbook.path}), the one
 * the build was pointed at ({@code handbook.dir}), and {@code ../shared/handbook}; else our own guide.
 */
final class HandbookLocator {
    static final Path BESIDE_PROJECT = Path.of("..", "shared", "handbook");

    /** What the settings remember: the installed handbook chosen last, and the older path setting. */
    record Remembered(Optional<String> identity, Optional<String> path, Optional<String> language) {
        static final Remembered NOTHING = new Remembered(Optional.empty(), Optional.empty(), Optional.empty());

        Remembered(Optional<String> identity, Optional<String> path) {
            this(identity, path, Optional.empty());
        }
    }

    private HandbookLocator() {
    }

    static Handbook locate(Options options, Remembered remembered) throws Options.UsageException {
        List<Path> candidates = new ArrayList<>();
        remembered.path().filter(p -> !p.isBlank()).map(Path::of).ifPresent(candidates::add);
        candidates.addAll(shipped());
        HandbookLibrary library = new HandbookLibrary(DataDirs.handbooks(options));
        library.recoverAtStartUp(); // the only recovery outside an install: nothing else runs yet
        Handbook found = locate(options.handbook(), library, remembered.identity(), candidates);
        if (options.language().isPresent()) {
            return inLanguageAsked(found, options.language().get());
        }
        return inLanguage(found, remembered.language());
    }

    /**
     * The handbook in the language asked for with {@code --language} (issue 13): a BCP 47 tag as the folder's
     * editions have it, compared ignoring case and {@code _} for {@code -}. Closes {@code handbook} and throws
     * a {@link Options.UsageException} naming the languages there are when its folder holds no such edition.
     */
    static Handbook inLanguageAsked(Handbook handbook, String asked) throws Options.UsageException {
        String wanted = asked.strip().replace('_', '-');
        List<String> languages = handbook.languages();
        Optional<String> tag = languages.stream().filter(l -> l.equalsIgnoreCase(wanted)).findFirst();
        if (tag.isPresent() && tag.get().equals(handbook.book().language())) {
            return handbook;
        }
        String where = handbook.location();
        if (tag.isPresent()) {
            try {
                Handbook other = handbook.openTranslation(tag.get());
                closeQuietly(handbook);
                return other;
            } catch (IOException e) {
                closeQuietly(handbook);
                throw new Options.UsageException("The " + Handbooks.languageName(tag.get()) + " edition of " + where
                        + " could not be opened: " + e.getMessage());
            }
        }
        closeQuietly(handbook);
        List<String> named = languages.stream().map(l -> l.isEmpty() ? "the originals (no language named)"
                : l + " (" + Handbooks.languageName(l) + ")").toList();
        throw new Options.UsageException("The handbook at " + where + " has no edition in '" + asked + "': "
                + (languages.size() > 1 ? "its languages are " + String.join(", ", named) + "."
                : "its folder holds one language only" + (languages.get(0).isEmpty() ? "." : ", " + named.get(0) + ".")));
    }

    private static void closeQuietly(Handbook handbook) {
        try {
            handbook.close();
        } catch (IOException e) {
            // Released at exit at the latest.
        }
    }

    /**
     * The handbook in the language the reader chose last with the language switch, when its folder holds
     * that language (issue 13); else as it is. Reads and hashes that language's chapters.
     */
    static Handbook inLanguage(Handbook handbook, Optional<String> language) {
        if (language.isEmpty() || language.get().equals(handbook.book().language())) {
            return handbook;
        }
        try {
            Handbook other = handbook.openTranslation(language.get());
            try {
                handbook.close();
            } catch (IOException e) {
                // Released at exit at the latest; the other language is open and shown.
            }
            return other;
        } catch (IOException e) {
            return handbook; // one language only, or not this one: the handbook as found
        }
    }

    static Handbook locate(Optional<Path> named, List<Path> candidates) throws Options.UsageException {
        return locate(named, null, Optional.empty(), candidates);
    }

    static Handbook locate(Optional<Path> named, HandbookLibrary library, Optional<String> chosen,
                           List<Path> candidates) throws Options.UsageException {
        if (named.isPresent()) {
            Path path = named.get();
            String asIdentity = path.toString();
            // An installed handbook's identity, or one of its other languages' (handbook-x.th).
            if (!Files.exists(path) && library != null && library.findEdition(asIdentity).isPresent()) {
                try {
                    return library.open(asIdentity);
                } catch (HandbookException e) {
                    throw new Options.UsageException(e.getMessage());
                }
            }
            try {
                return Handbooks.open(path);
            } catch (HandbookException e) {
                throw new Options.UsageException(Files.exists(path) || library == null ? e.getMessage()
                        : "There is no file or folder at " + path + ", and no installed handbook is called '"
                        + asIdentity + "' (the handbooks command lists them).");
            }
        }
        Optional<String> identity = chosen.filter(id -> !id.isBlank());
        if (identity.isPresent() && library != null) {
            try {
                return library.open(identity.get());
            } catch (HandbookException e) {
                // Removed or damaged since: try the next place, and finally show the guide.
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

    /**
     * The bundled handbook, offered under File → Switch handbook whatever else is installed: the path
     * named with --handbook when it exists, else the first that exists of {@code handbook.dir} (the packaged app's
     * own copy), the build's and {@code ../shared/handbook}. Empty when there is none (the guide).
     */
    static Optional<Path> bundled(Options options) {
        // --handbook may also name an installed handbook's identity: then the shipped one is bundled.
        return options.handbook().filter(Files::exists).or(() -> shipped().stream().filter(Files::exists).findFirst())
                .map(p -> p.toAbsolutePath().normalize());
    }

    private static List<Path> shipped() {
        List<Path> out = new ArrayList<>();
        Optional.ofNullable(System.getProperty("handbook.dir")).map(Path::of).ifPresent(out::add);
        buildHandbookDir().ifPresent(out::add);
        out.add(BESIDE_PROJECT);
        return out;
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
