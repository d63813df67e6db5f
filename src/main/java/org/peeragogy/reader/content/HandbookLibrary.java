package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
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
    private static final int MAX_DEPTH = 12;
    private static final long RATIO_FLOOR = 1024 * 1024;
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    private static final Pattern PROJECT_FILE = Pattern.compile("(?i)(readme|source|license|licence)(\\.[a-z0-9]+)?");

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
    private final Limits limits;
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
        this.limits = limits;
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
                copyFolder(folderOrZip, temp, shown, report);
            } else if (Files.isRegularFile(folderOrZip)) {
                extractZip(folderOrZip, temp, shown, report);
            } else {
                throw new HandbookException(Reason.of(ContentReason.ADD_NEITHER, shown));
            }
            String name = sourceName(folderOrZip);
            List<Edition> editions = new ArrayList<>();
            Book book = verify(temp, shown, name, editions);
            writeMeta(temp, book, folderOrZip, name, editions);
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
                    readMeta(dir).ifPresent(out::add);
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
            return Handbooks.open(found.get().location(), readName(found.get().location()));
        }
        Installed holder = findEdition(identity).orElseThrow(() -> new HandbookException(Reason.of(ContentReason.NOT_INSTALLED,
                String.valueOf(identity))));
        String language = holder.editions().stream().filter(e -> e.identity().equals(identity)).findFirst()
                .orElseThrow().language();
        return Handbooks.open(holder.location(), readName(holder.location()), language);
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

    // ---- copying ----

    private void extractZip(Path zip, Path into, String shown, Progress progress) throws IOException,
            HandbookException {
        ZipFile zf;
        try {
            zf = ZipArchives.open(zip);
        } catch (IOException | IllegalArgumentException e) {
            // Commons Compress reports a missing or cut-short central directory as an IOException.
            throw damaged(shown, e);
        }
        try (zf) {
            Map<String, ZipArchiveEntry> files = new LinkedHashMap<>();
            long seen = 0;
            for (ZipArchiveEntry e : Collections.list(zf.getEntries())) {
                if (++seen > limits.maxEntries()) {
                    throw tooMany(shown);
                }
                String name = ZipArchives.rawName(e);
                if (e.isUnixSymlink()) {
                    throw new HandbookException(Reason.of(ContentReason.ADD_SYMBOLIC_LINK, shown, name));
                }
                checkName(name, shown);
                if (!e.isDirectory()) {
                    Optional<String> clean = Paths2.clean(name);
                    if (clean.isPresent() && files.putIfAbsent(clean.get(), e) != null) {
                        throw new HandbookException(Reason.of(ContentReason.ADD_TWO_FILES, shown, clean.get()));
                    }
                }
            }
            String top = Paths2.commonTopFolder(files.keySet());
            Map<String, ZipArchiveEntry> wanted = new LinkedHashMap<>();
            long declared = 0;
            for (Map.Entry<String, ZipArchiveEntry> f : files.entrySet()) {
                if (f.getKey().startsWith("__MACOSX/") || (top != null && !f.getKey().startsWith(top + "/"))) {
                    continue; // macOS's resource forks, and entries outside the archive's one folder
                }
                String path = top == null ? f.getKey() : f.getKey().substring(top.length() + 1);
                if (wanted(path)) {
                    wanted.put(path, f.getValue());
                    declared += Math.max(0, f.getValue().getSize());
                }
            }
            if (declared > limits.maxTotalBytes()) {
                throw tooLarge(shown);
            }
            long total = 0;
            long done = 0;
            progress.update(0, wanted.size());
            for (Map.Entry<String, ZipArchiveEntry> f : wanted.entrySet()) {
                ZipArchiveEntry e = f.getValue();
                long compressed = e.getMethod() == ZipArchiveEntry.STORED ? Long.MAX_VALUE / 2
                        : Math.max(1, e.getCompressedSize());
                try (InputStream in = zf.getInputStream(e)) {
                    total = copy(in, target(into, f.getKey()), total, compressed, f.getKey(), shown);
                } catch (ZipException ex) {
                    throw damaged(shown, ex);
                }
                progress.update(++done, wanted.size());
            }
        } catch (ZipException e) {
            throw damaged(shown, e);
        }
    }

    private void copyFolder(Path from, Path into, String shown, Progress progress) throws IOException,
            HandbookException {
        Path source = from.toRealPath();
        List<Path> found = new ArrayList<>();
        long[] seen = {0};
        HandbookException[] stop = {null};
        Files.walkFileTree(source, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(source) && dir.getFileName().toString().startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return count();
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                                && wanted(relative(source, file))) {
                            found.add(file);
                        }
                        return count();
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    private FileVisitResult count() {
                        if (++seen[0] > limits.maxEntries()) {
                            stop[0] = tooMany(shown);
                            return FileVisitResult.TERMINATE;
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        if (stop[0] != null) {
            throw stop[0];
        }
        long total = 0;
        long done = 0;
        progress.update(0, found.size());
        for (Path file : found) {
            String rel = relative(source, file);
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                total = copy(in, target(into, rel), total, Long.MAX_VALUE / 2, rel, shown);
            }
            progress.update(++done, found.size());
        }
    }

    /** Copies one file, counting the bytes that actually arrive; returns the new running total. */
    private long copy(InputStream in, Path target, long totalBefore, long compressed, String name, String shown)
            throws IOException, HandbookException {
        long total = totalBefore;
        long written = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("stopped");
                }
                written += n;
                total += n;
                if (total > limits.maxTotalBytes()) {
                    throw tooLarge(shown);
                }
                if (written > limits.maxFileBytes()) {
                    throw new HandbookException(Reason.of(ContentReason.ADD_FILE_TOO_LARGE, shown, name,
                            mib(limits.maxFileBytes())));
                }
                if (written > RATIO_FLOOR && written / compressed >= limits.maxRatio()) {
                    throw new HandbookException(Reason.of(ContentReason.ADD_ZIP_BOMB, shown, name, limits.maxRatio()));
                }
                out.write(buf, 0, n);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new HandbookException(Reason.of(ContentReason.ADD_TWO_FILES_CASE, shown, name), e);
        }
        return total;
    }

    private static Path target(Path into, String rel) throws IOException {
        Path target = into.resolve(rel).normalize();
        if (!target.startsWith(into)) {
            throw new ExplainedIOException(Reason.of(ContentReason.FILE_LEAVES_FOLDER, String.valueOf(rel)));
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** Refuses names that would land outside the target on any system, before anything is written. */
    private static void checkName(String name, String shown) throws HandbookException {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0;
        for (String seg : name.split("/")) {
            bad |= seg.equals("..");
        }
        if (bad) {
            throw new HandbookException(Reason.of(ContentReason.ADD_OUTSIDE, shown, name));
        }
    }

    /** The kinds of file a handbook is made of; everything else is left out. */
    static boolean wanted(String path) {
        if (path.startsWith(".") || path.contains("/.") || path.startsWith("__MACOSX/")
                || path.chars().filter(c -> c == '/').count() >= MAX_DEPTH) {
            return false;
        }
        String name = Paths2.fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        return ext.equals("md") || IMAGES.contains(ext) || path.equals("index.html") || path.equals("_config.yml")
                || PROJECT_FILE.matcher(name).matches();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
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
            files = walk.filter(Files::isRegularFile).map(p -> relative(temp, p)).toList();
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
        Path target = root.resolve(folderName(book.identity()));
        String previous = "";
        Path old = null;
        lock.lock();
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                previous = readMeta(target).map(Installed::fingerprint).orElse("?");
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
                    Optional<Installed> meta = readMeta(dir);
                    Path target = meta.map(m -> root.resolve(folderName(m.identity()))).orElse(null);
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

    // ---- what is kept beside each copy ----

    private static void writeMeta(Path dir, Book book, Path from, String name, List<Edition> editions) throws IOException {
        Properties p = new Properties();
        p.setProperty("identity", book.identity());
        p.setProperty("title", book.title());
        p.setProperty("fingerprint", book.fingerprint());
        p.setProperty("chapters", Integer.toString(book.chapters().size()));
        p.setProperty("name", name);
        p.setProperty("from", from.toAbsolutePath().toString());
        p.setProperty("installed", Instant.now().toString());
        InstalledEditions.write(p, editions);
        try (Writer w = Files.newBufferedWriter(dir.resolve(META), StandardCharsets.UTF_8)) {
            p.store(w, "Peeragogy Reader: an installed handbook");
        }
    }

    private static String readName(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(META), StandardCharsets.UTF_8)) {
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

    private static Optional<Installed> readMeta(Path dir) {
        Path file = dir.resolve(META);
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
            Edition itself = new Edition(identity, p.getProperty("editions.0.language", ""), title, chapters);
            return Optional.of(new Installed(identity, title, p.getProperty("fingerprint", ""), chapters, dir, "",
                    InstalledEditions.read(p, itself)));
        } catch (IOException | IllegalArgumentException e) {
            // Recovers: a copy whose description is damaged is not listed, so that it cannot hide the
            // others; adding that handbook again writes the description anew. Logged for diagnosis.
            LOG.log(System.Logger.Level.WARNING, "The description of the installed handbook in " + dir
                    + " could not be read; it is left out of the list", e);
            return Optional.empty();
        }
    }

    // ---- messages ----

    private static HandbookException damaged(String shown, Exception e) {
        return new HandbookException(Reason.of(ContentReason.ADD_NOT_A_ZIP, shown), e);
    }

    private HandbookException tooMany(String shown) {
        return new HandbookException(Reason.of(ContentReason.ADD_TOO_MANY_FILES, shown, limits.maxEntries()));
    }

    private HandbookException tooLarge(String shown) {
        return new HandbookException(Reason.of(ContentReason.ADD_TOO_LARGE, shown, mib(limits.maxTotalBytes())));
    }

    private static Reason mib(long bytes) {
        return bytes >= 1024 * 1024 ? Reason.of(ContentReason.MEBIBYTES, bytes / (1024 * 1024))
                : Reason.of(ContentReason.BYTES, bytes);
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
