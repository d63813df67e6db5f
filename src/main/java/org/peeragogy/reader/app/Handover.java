package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A notes file opened while a reader window is already open on the same data folder is handed to that window, which
 * offers to import it (issue 17; fresh tester t17b's F2: a {@code .peeranotes} file double-clicked while the reader
 * was open said "already open" and was dropped). The second start writes a request, the file's absolute path in
 * UTF-8, into {@code handover/} beside the data folder's lock (the data folder, or for a read-only one its
 * {@link LockPlace}: t33's F3) (written whole, then renamed into place) and waits up to
 * {@link #WAIT} for the window to take it (the window deletes it as it takes it); the window watches that folder with
 * the system's file notifications ({@link WatchService}: inotify on Linux, so an open window left alone spends
 * nothing). A request not taken in time is deleted by its sender, which then says "already open" as before (the
 * folder may be held by a command, which takes no requests).
 *
 * <p>What a request names is untrusted (anyone who can write in the data folder can write one): a request over
 * {@link #MAX_BYTES}, not UTF-8, or not an absolute path is deleted and ignored; the file it names goes through the
 * import's own checks and preview, which imports nothing without the person's OK.
 */
final class Handover implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Handover.class.getName());
    /** The folder beside the data folder's lock ({@link DataDirLock.Held#place}) that requests are written to. */
    static final String FOLDER = "handover";
    /** A request's file name ends so; anything else in the folder is left alone. */
    static final String SUFFIX = ".request";
    /** How long a sender waits for the window to take its request; older requests found by a window are stale. */
    static final Duration WAIT = Duration.ofSeconds(5);
    /** The longest request read: a path (PATH_MAX on Linux is 4096 bytes). */
    static final int MAX_BYTES = 4096;

    private final WatchService watcher;
    private final Thread thread;
    /**
     * Set by {@link #close}: the watching thread takes no request after it. Closing the watch service stops it only at
     * its next wait, and a thread still listing the requests waiting at its start took one written after the window
     * had closed (HandoverTest.aClosedWindowTakesNothing, now and then on a loaded CI machine).
     */
    private final java.util.concurrent.atomic.AtomicBoolean closed;

    private Handover(WatchService watcher, Thread thread, java.util.concurrent.atomic.AtomicBoolean closed) {
        this.watcher = watcher;
        this.thread = thread;
        this.closed = closed;
    }

    /**
     * Hands {@code file} to the window whose lock is in {@code dataDir} (its {@link DataDirLock} place): true once that window has taken it, false when none
     * took it within {@code wait} (the request is then deleted). Blocks the calling thread for at most {@code wait}
     * (polling every 25 ms for the request to go).
     *
     * @throws IOException when the request cannot be written (a read-only data folder)
     */
    static boolean send(Path dataDir, Path file, Duration wait) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dataDir.resolve(FOLDER));
        String name = UUID.randomUUID() + SUFFIX;
        Path part = folder.resolve(name + ".part");
        Path request = folder.resolve(name);
        Files.writeString(part, file.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
        Files.move(part, request, StandardCopyOption.ATOMIC_MOVE);
        long end = System.nanoTime() + wait.toNanos();
        while (Files.exists(request, LinkOption.NOFOLLOW_LINKS)) {
            if (System.nanoTime() > end) {
                // Deleted here: not taken. Already gone: the window took it just now.
                return !Files.deleteIfExists(request);
            }
            Thread.sleep(25);
        }
        return true;
    }

    /**
     * Watches {@code dataDir}'s {@link #FOLDER} ({@code dataDir}: the {@link DataDirLock} place) and gives each request's file to {@code onFile}, on the watching thread
     * (a daemon named "handover"); requests already there and younger than {@link #WAIT} are given first, older ones
     * deleted. {@link #close} stops it.
     *
     * @throws IOException when the folder cannot be made or watched (the window goes on without hand-overs)
     */
    static Handover watch(Path dataDir, Consumer<Path> onFile) throws IOException {
        Objects.requireNonNull(onFile);
        Path folder = Files.createDirectories(dataDir.resolve(FOLDER));
        WatchService watcher = folder.getFileSystem().newWatchService();
        try {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        Consumer<Path> untilClosed = p -> {
            if (!closed.get()) {
                onFile.accept(p);
            }
        };
        Thread thread = new Thread(() -> run(folder, watcher, untilClosed, closed), "handover");
        thread.setDaemon(true);
        thread.start();
        return new Handover(watcher, thread, closed);
    }

    private static void run(Path folder, WatchService watcher, Consumer<Path> onFile,
                            java.util.concurrent.atomic.AtomicBoolean closed) {
        try (DirectoryStream<Path> waiting = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            Instant stale = Instant.now().minus(WAIT);
            for (Path request : waiting) {
                if (closed.get()) {
                    return;
                }
                FileTime written = Files.getLastModifiedTime(request, LinkOption.NOFOLLOW_LINKS);
                if (written.toInstant().isBefore(stale)) {
                    Files.deleteIfExists(request);
                } else {
                    take(request).ifPresent(onFile);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the requests waiting in " + folder + ": " + e);
        }
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (closed.get()) {
                        return;
                    }
                    if (event.context() instanceof Path name && name.toString().endsWith(SUFFIX)) {
                        take(folder.resolve(name)).ifPresent(onFile);
                    }
                }
                if (!key.reset()) {
                    return; // the folder went away: no more hand-overs in this window
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the window has ended
        }
    }

    /** Reads and deletes one request; empty when it is gone already (another window took it) or not a path. */
    static Optional<Path> take(Path request) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(request, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(request);
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(request, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            // Deleted before it is used: the sender's wait ends, and no second window takes it.
            if (!Files.deleteIfExists(request)) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the request " + request + ": " + e);
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            Path path = Path.of(text);
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (CharacterCodingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops watching; a request written after this waits for its sender's time-out. Any thread. */
    @Override
    public void close() {
        closed.set(true);
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to do: the thread ends with the closed service
        }
        thread.interrupt();
    }
}
