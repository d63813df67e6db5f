package org.peeragogy.reader.content;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.peeragogy.reader.book.Book;

/**
 * The description kept beside each installed copy ({@link HandbookLibrary#META}, a UTF-8 properties file): its
 * identity, title, fingerprint, chapter count, the name it was added under, where from, when, and its editions
 * ({@link InstalledEditions}). Written once by an install, read by every listing. Stateless; any thread.
 */
final class InstalledMeta {
    private static final System.Logger LOG = System.getLogger(InstalledMeta.class.getName());

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** Names Windows keeps for devices, whatever follows the dot (Microsoft's "Naming Files, Paths, and Namespaces"). */
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private InstalledMeta() {
    }

    /** A folder name for an identity: the identity itself when it is plain, else a hash of it. */
    static String folderName(String identity) {
        if (PLAIN_NAME.matcher(identity).matches() && !identity.endsWith(".")
                && !WINDOWS_RESERVED.contains(identity.split("\\.")[0])) {
            return identity;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "book-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void write(Path dir, Book book, Path from, String name, List<HandbookLibrary.Edition> editions) throws IOException {
        Properties p = new Properties();
        p.setProperty("identity", book.identity());
        p.setProperty("title", book.title());
        p.setProperty("fingerprint", book.fingerprint());
        p.setProperty("chapters", Integer.toString(book.chapters().size()));
        p.setProperty("name", name);
        p.setProperty("from", from.toAbsolutePath().toString());
        p.setProperty("installed", Instant.now().toString());
        InstalledEditions.write(p, editions);
        try (Writer w = Files.newBufferedWriter(dir.resolve(HandbookLibrary.META), StandardCharsets.UTF_8)) {
            p.store(w, "Peeragogy Reader: an installed handbook");
        }
    }

    static String name(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(HandbookLibrary.META), StandardCharsets.UTF_8)) {
            p.load(r);
            return p.getProperty("name");
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The title to list: the recorded one, unless it is only the folder's name (a handbook without a
     * titled index.html or README.md, installed before the reader looked further), when the installed
     * copy's index.md or _config.yml may name the book (issue 12). Reads at most two small files.
     */
    private static String title(Path dir, Properties p, String identity) {
        String recorded = p.getProperty("title", "");
        if (!recorded.isEmpty() && !recorded.equals(p.getProperty("name"))) {
            return recorded;
        }
        try {
            return ReadingOrder.otherTitle(path -> {
                Path f = dir.resolve(path);
                return Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) <= 1024 * 1024
                        ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
            }).orElse(recorded.isEmpty() ? identity : recorded);
        } catch (IOException e) {
            // Recovers: the recorded title is still a name for it; the log says why no better one was read.
            LOG.log(System.Logger.Level.WARNING, "The title of the installed handbook in " + dir + " could not be read", e);
            return recorded.isEmpty() ? identity : recorded;
        }
    }

    static Optional<HandbookLibrary.Installed> read(Path dir) {
        Path file = dir.resolve(HandbookLibrary.META);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String identity = p.getProperty("identity", "");
            if (identity.isEmpty()) {
                return Optional.empty();
            }
            String title = title(dir, p, identity);
            int chapters = Integer.parseInt(p.getProperty("chapters", "0"));
            HandbookLibrary.Edition itself = new HandbookLibrary.Edition(identity, p.getProperty("editions.0.language", ""), title, chapters);
            return Optional.of(new HandbookLibrary.Installed(identity, title, p.getProperty("fingerprint", ""), chapters, dir, "",
                    InstalledEditions.read(p, itself)));
        } catch (IOException | IllegalArgumentException e) {
            // Recovers: a copy whose description is damaged is not listed, so that it cannot hide the
            // others; adding that handbook again writes the description anew. Logged for diagnosis.
            LOG.log(System.Logger.Level.WARNING, "The description of the installed handbook in " + dir
                    + " could not be read; it is left out of the list", e);
            return Optional.empty();
        }
    }
}
