package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Handbook;

/**
 * The handbooks the reader installed ("content packs"): each a copy of a folder or zip of Markdown
 * chapters in its own folder {@code <handbooks>/<identity>/}, so that several editions and
 * translations can be kept and switched between. A newer edition of an installed handbook (same
 * identity) replaces its copy; notes are keyed by identity and stay.
 *
 * <p>Installing never changes what was installed before unless it succeeds: files are copied into a
 * temporary folder beside the others, checked by opening them as a handbook, and then swapped in by
 * renaming. Zips are read with limits (see {@link Limits}): entries that would land outside the
 * folder and symbolic links refuse the whole archive, and sizes are counted as bytes are inflated,
 * never taken from the headers. Methods may take a while and are meant for a background thread;
 * interrupting that thread stops an install, leaving everything as it was.
 *
 * <p>Thread safety: one instance may be shared by threads. Putting right what a crash left
 * ({@link #recover()}) happens only at start-up and inside {@link #install}, and it, the swap's two
 * renames, {@link #remove} and {@link #list()} take one lock, so a list never sees (or disturbs) a
 * swap half done. {@link #list()} only reads: it never moves or deletes anything. Use one instance
 * per folder in a process; two processes installing at once are guarded only by the renames.
 */
public final class HandbookLibrary {
    private static final System.Logger LOG = System.getLogger(HandbookLibrary.class.getName());
    /** The settings key under which the window and the command line remember the installed handbook chosen last. */
    public static final String CHOSEN_SETTING = "handbook.identity";

    static final String META = ".pack.properties";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final String OLD_PREFIX = ".old-";

    /** Reports how far an install has got: {@code done} of {@code total} files copied. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /**
     * An installed handbook; {@code previousFingerprint} is the replaced copy's, empty when nothing was replaced.
     * {@code editions}: each language of its folder, an edition with an identity of its own (decision 0015),
     * this handbook (its default language) first; only itself for one language or a copy installed before
     * editions were recorded.
     */
    public record Installed(String identity, String title, String fingerprint, int chapters, Path location,
                            String previousFingerprint, List<Edition> editions) {
        public Installed {
            editions = List.copyOf(editions);
        }

        /** Whether installing replaced a copy of the same handbook (an older or the same edition). */
        public boolean replaced() {
            return !previousFingerprint.isEmpty();
        }
    }

    /** One language of an installed handbook: its identity, BCP 47 tag ("" when not known or untagged), title, chapters. */
    public record Edition(String identity, String language, String title, int chapters) {
    }

    /** What an install accepts: entries in a zip or files in a folder, bytes in all, bytes in one, inflation ratio. */
    record Limits(long maxEntries, long maxTotalBytes, long maxFileBytes, long maxRatio) {
        static final Limits DEFAULT = new Limits(10_000, 200L * 1024 * 1024, ZipSource.MAX_ENTRY_BYTES, 100);
    }

    private final Path root;
    private final HandbookCopy copying;
    /** Held by recovery, the swap's renames, remove and list: none of them sees another half done. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Runs between the swap's two renames; a seam for tests, else nothing. */
    private final Runnable betweenRenames;

    /** {@code folder} is where installed handbooks live, usually {@code <data-dir>/handbooks}; created when needed. */
    public HandbookLibrary(Path folder) {
        this(folder, Limits.DEFAULT);
    }

    HandbookLibrary(Path folder, Limits limits) {
        this(folder, limits, () -> { });
    }

    HandbookLibrary(Path folder, Limits limits, Runnable betweenRenames) {
        this.root = folder.toAbsolutePath().normalize();
        this.copying = new HandbookCopy(limits);
        this.betweenRenames = betweenRenames;
    }

    public Path folder() {
        return root;
    }

    /**
     * Installs a handbook folder or zip (a single top folder in a zip is stripped) and returns what was
     * installed. On any failure the message says what was wrong and what to do, and the handbooks
     * installed before are unchanged.
     */
    public Installed install(Path folderOrZip, Progress progress) throws HandbookException {
        Progress report = progress == null ? Progress.NONE : progress;
        if (folderOrZip == null || !Files.exists(folderOrZip)) {
            throw new HandbookException(Reason.of(ContentReason.ADD_NOTHING_AT, String.valueOf(folderOrZip)));
        }
        String shown = String.valueOf(folderOrZip.getFileName());
        Path temp = null;
        try {
            Files.createDirectories(root);
            lock.lock();
            try {
                recover();
            } finally {
                lock.unlock();
            }
            temp = Files.createTempDirectory(root, TEMP_PREFIX);
            if (Files.isDirectory(folderOrZip)) {
                copying.copyFolder(folderOrZip, temp, shown, report);
            } else if (Files.isRegularFile(folderOrZip)) {
                copying.extractZip(folderOrZip, temp, shown, report);
            } else {
                throw new HandbookException(Reason.of(ContentReason.ADD_NEITHER, shown));
            }
            String name = sourceName(folderOrZip);
            List<Edition> editions = new ArrayList<>();
            Book book = verify(temp, shown, name, editions);
            InstalledMeta.write(temp, book, folderOrZip, name, editions);
            Installed done = swapIn(temp, book, editions);
            temp = null;
            return done;
        } catch (HandbookException e) {
            throw e;
        } catch (InterruptedIOException | java.nio.channels.ClosedByInterruptException e) {
            throw new HandbookException(Reason.of(ContentReason.ADD_STOPPED, shown), e);
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new HandbookException(Reason.of(ContentReason.ADD_STOPPED, shown), e);
            }
            Reason why = e instanceof Reason.Explained x ? x.reason() : Reason.of(Reason.General.OTHER,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw new HandbookException(Reason.of(ContentReason.ADD_FAILED, shown, why, root), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * The installed handbooks, by title. Only reads (it never moves or deletes a folder); waits while
     * an install swaps its copy in, which takes two renames. Any thread; never throws (a folder that
     * cannot be read is left out).
     */
    public List<Installed> list() {
        lock.lock();
        try {
            return listLocked();
        } finally {
            lock.unlock();
        }
    }

    private List<Installed> listLocked() {
        List<Installed> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (!name.startsWith(".") && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    InstalledMeta.read(dir).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            // Recovers: the handbooks read so far are listed (the window and `handbooks` still work and
            // the reader falls back to its default handbook); the log says why the folder could not be read.
            LOG.log(System.Logger.Level.WARNING, "The installed handbooks in " + root + " could not all be listed", e);
            return out;
        }
        out.sort(Comparator.comparing((Installed i) -> i.title().toLowerCase(Locale.ROOT))
                .thenComparing(Installed::identity));
        return out;
    }

    public Optional<Installed> find(String identity) {
        return list().stream().filter(i -> i.identity().equals(identity)).findFirst();
    }

    /**
     * The installed handbook one of whose editions (languages) has {@code identity}, itself included
     * (issue 13: {@code handbook-x.th} names the Thai edition of the folder installed as {@code handbook-x.en}).
     */
    public Optional<Installed> findEdition(String identity) {
        return list().stream().filter(i -> i.editions().stream().anyMatch(e -> e.identity().equals(identity)))
                .findFirst();
    }

    /**
     * Opens an installed handbook by its identity (what {@link Book#identity()} says), or one of its other
     * editions by the edition's identity, in that edition's language.
     */
    public Handbook open(String identity) throws HandbookException {
        Optional<Installed> found = find(identity);
        if (found.isPresent()) {
            return Handbooks.open(found.get().location(), InstalledMeta.name(found.get().location()));
        }
        Installed holder = findEdition(identity).orElseThrow(() -> new HandbookException(Reason.of(ContentReason.NOT_INSTALLED,
                String.valueOf(identity))));
        String language = holder.editions().stream().filter(e -> e.identity().equals(identity)).findFirst()
                .orElseThrow().language();
        return Handbooks.open(holder.location(), InstalledMeta.name(holder.location()), language);
    }

    /** Deletes an installed handbook's copy (notes on it stay in the reader's database). */
    public void remove(String identity) throws HandbookException {
        Installed found = find(identity).orElseThrow(() -> new HandbookException(Reason.of(ContentReason.NOT_INSTALLED_TO_REMOVE,
                String.valueOf(identity))));
        Path old = root.resolve(OLD_PREFIX + UUID.randomUUID());
        lock.lock();
        try {
            move(found.location(), old);
        } catch (IOException e) {
            throw new HandbookException(Reason.of(ContentReason.NOT_REMOVED, identity, String.valueOf(e.getMessage())), e);
        } finally {
            lock.unlock();
        }
        deleteQuietly(old);
    }

    // ---- checking and swapping ----

    /** What names the book when nothing in it does: the folder's name, or the zip's without ".zip". */
    private static String sourceName(Path folderOrZip) {
        Path file = folderOrZip.toAbsolutePath().normalize().getFileName();
        String name = file == null ? "handbook" : file.toString();
        return !Files.isDirectory(folderOrZip) && name.toLowerCase(Locale.ROOT).endsWith(".zip")
                ? name.substring(0, name.length() - 4) : name;
    }

    /** Opens the copy as a handbook and returns its book; {@code editions} receives each of its languages. */
    private static Book verify(Path temp, String shown, String name, List<Edition> editions) throws HandbookException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(temp)) {
            files = walk.filter(Files::isRegularFile).map(p -> HandbookCopy.relative(temp, p)).toList();
        } catch (IOException e) {
            throw new HandbookException(Reason.of(ContentReason.ADD_CHECK_FAILED, shown, Messages.reason(e)), e);
        }
        if (OpenHandbook.chapterPaths(files).isEmpty()) {
            throw new HandbookException(Reason.of(ContentReason.ADD_NO_CHAPTERS, shown));
        }
        try (Handbook h = Handbooks.open(temp, name)) {
            editions.addAll(InstalledEditions.of(h, temp, name));
            return h.book();
        } catch (HandbookException e) {
            throw new HandbookException(Reason.of(ContentReason.ADD_NOT_OPENED, shown,
                    e.reason().replacing(temp.toString(), shown)), e);
        } catch (IOException e) {
            throw new HandbookException(Reason.of(ContentReason.ADD_CHECK_FAILED, shown, Messages.reason(e)), e);
        }
    }

    private Installed swapIn(Path temp, Book book, List<Edition> editions) throws IOException {
        Path target = root.resolve(InstalledMeta.folderName(book.identity()));
        String previous = "";
        Path old = null;
        lock.lock();
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                previous = InstalledMeta.read(target).map(Installed::fingerprint).orElse("?");
                old = root.resolve(OLD_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
                move(target, old);
            }
            betweenRenames.run();
            try {
                move(temp, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
        if (old != null) {
            deleteQuietly(old);
        }
        return new Installed(book.identity(), book.title(), book.fingerprint(), book.chapters().size(), target,
                previous, editions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Puts right what a crash between the two renames of a swap left: a previous copy whose place is
     * empty goes back; old copies and temporary folders nobody is using any more are deleted. Call at
     * start-up, before the library is used (installs also call it); any thread, under the library's
     * lock. Never throws: what cannot be put right now is tried again by the next install.
     */
    public void recoverAtStartUp() {
        lock.lock();
        try {
            recover();
        } catch (IOException | RuntimeException e) {
            // Recovers: listing still works and the next install tries again. Logged for diagnosis (a fresh
            // tester found this dropped when the method was renamed).
            LOG.log(System.Logger.Level.WARNING, "An interrupted install in " + root + " could not be put right yet", e);
        } finally {
            lock.unlock();
        }
    }

    private void recover() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant stale = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith(OLD_PREFIX)) {
                    Optional<Installed> meta = InstalledMeta.read(dir);
                    Path target = meta.map(m -> root.resolve(InstalledMeta.folderName(m.identity()))).orElse(null);
                    if (target != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        move(dir, target);
                    } else if (olderThan(dir, stale)) {
                        deleteQuietly(dir);
                    }
                } else if (name.startsWith(TEMP_PREFIX) && olderThan(dir, stale)) {
                    deleteQuietly(dir);
                }
            }
        }
    }

    private static boolean olderThan(Path p, Instant when) {
        try {
            FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
            return t.toInstant().isBefore(when);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // Left for recover() to try again later.
        }
    }
}
