package org.peeragogy.reader.share.group;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Wakes its owner when a folder changes, and every {@code poll} in any case: a folder on a network share
 * sends no reliable change events (SMB and NFS mounts often send none), and a stick plugged back in is a new
 * folder to watch. Watching is a {@link WatchService} on the folder, registered again whenever the folder is
 * (back) there; what changed is for the owner to find out ({@link GroupFolder#scan}).
 *
 * <p>Threads: {@link #start} and {@link #close} from any thread; {@code wake} runs on this watch's own daemon
 * thread, never two at once, and must return quickly (hand the work to a background task).
 */
public final class FolderWatch implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());
    private final Path folder;
    private final Duration poll;
    private final Runnable wake;
    private volatile boolean closed;
    private Thread thread;
    private WatchService watcher;

    public FolderWatch(Path folder, Duration poll, Runnable wake) {
        this.folder = Objects.requireNonNull(folder);
        this.poll = Objects.requireNonNull(poll);
        this.wake = Objects.requireNonNull(wake);
    }

    /** A watch of {@code folder} already started ({@link #start}). Any thread. */
    public static FolderWatch started(Path folder, Duration poll, Runnable wake) {
        FolderWatch watch = new FolderWatch(folder, poll, wake);
        watch.start();
        return watch;
    }

    /** Starts watching and polling; wakes once at once. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "No change events for " + folder + "; polling only", e);
        }
        thread = new Thread(this::loop, "group-folder-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        WatchKey key = null;
        while (!closed) {
            try {
                wake.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Waking for the group folder failed", e);
            }
            if (watcher != null && (key == null || !key.isValid()) && Files.isDirectory(folder)) {
                try {
                    key = folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                } catch (IOException | RuntimeException e) {
                    key = null; // not there, or not watchable (a network share): polling finds its changes
                }
            }
            try {
                if (watcher == null) {
                    Thread.sleep(poll.toMillis());
                    continue;
                }
                WatchKey got = watcher.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
                if (got != null) {
                    got.pollEvents();
                    got.reset();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    /** Stops watching; does not wait for a wake that runs. */
    @Override
    public synchronized void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Closing the watch service", e);
            }
        }
    }
}
