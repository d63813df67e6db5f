package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The reader's log. Every class logs through the JDK's {@link System.Logger}, whose default backend is
 * {@code java.util.logging}; this configures that backend once at start-up: a rotating file (3 × 1 MB,
 * {@code <data-dir>/logs/reader-0.log} the newest) for everything under {@code org.peeragogy.reader},
 * and with {@code --debug} the same records, stack traces included, on the command line's error stream.
 * Records do not also go to the JDK's default console handler, so without {@code --debug} a person sees
 * only the one-line message. {@link #close()} takes the handlers off again (tests start and stop it).
 */
final class Logs implements AutoCloseable {
    static final String ROOT = "org.peeragogy.reader";
    static final String FILE_PATTERN = "reader-%g.log";
    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final int FILES = 3;

    /** Held so that java.util.logging, which keeps loggers weakly, keeps this one's configuration. */
    private final Logger root;
    private final List<Handler> handlers = new ArrayList<>();
    private final boolean usedParents;
    private final Level level;

    /**
     * JavaFX's and WebKit's own loggers: their warnings (WebKit's loader on an image gone while the window is open,
     * with a stack trace: fresh tester t34's F3) go to the same log, not to the terminal through the JDK's console
     * handler. Held for the same reason as {@link #root}.
     */
    private final List<Logger> others = List.of(Logger.getLogger("javafx"), Logger.getLogger("com.sun.javafx"),
            Logger.getLogger("com.sun.webkit"), Logger.getLogger("com.sun.glass"), Logger.getLogger("com.sun.prism"));

    private Logs(Logger root) {
        this.root = root;
        this.usedParents = root.getUseParentHandlers();
        this.level = root.getLevel();
        others.forEach(l -> l.setUseParentHandlers(false));
    }

    /** Whether {@code dataDir}'s log folder (or, where it is not there, the nearest path above) cannot be written in. */
    private static boolean readOnly(Path dataDir) {
        Path p = dataDir.resolve("logs").toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        // A file in the data folder's place is said by what would write there too (fresh tester t34's F2).
        return p != null && (!Files.isWritable(p) || !Files.isDirectory(p));
    }

    /** What went wrong, in the file system's words where it has them ("No space left on device"), else the message. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Starts logging into {@code dataDir/logs}; {@code debug}, when not null, also gets every record.
     * A log folder that cannot be made is said once on {@code err} (not where the folder is read-only: what would
     * write there says so), and the reader runs on without a file: a log must never stop the reader from starting.
     */
    static Logs start(Path dataDir, PrintStream debug, PrintStream err) {
        Logs logs = new Logs(Logger.getLogger(ROOT));
        logs.root.setUseParentHandlers(false);
        logs.root.setLevel(debug == null ? Level.INFO : Level.ALL);
        try {
            Path folder = Files.createDirectories(dataDir.resolve("logs"));
            FileHandler file = new FileHandler(folder.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
            file.setEncoding("UTF-8");
            // A log that cannot be written (a disk that fills up: fresh tester t17a's M6) is said once, in a line,
            // not as JDK logging's stack trace at every record.
            file.setErrorManager(new java.util.logging.ErrorManager() {
                private boolean said;

                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                    if (!said) {
                        said = true;
                        err.println("The log could not be written in " + folder + " (" + ex + "); the reader goes on"
                                + " without it.");
                    }
                }
            });
            logs.add(file);
        } catch (IOException | RuntimeException e) {
            // A read-only data folder (a locked stick) is said by whatever would write there; the log's own line
            // was noise before every command's output (fresh tester t30's F3.1). Anything else is said once, in words.
            if (!readOnly(dataDir)) {
                err.println("The log could not be written in " + dataDir.resolve("logs") + " (" + reason(e) + "); "
                        + "the reader goes on without it.");
            }
        }
        if (debug != null) {
            StreamHandler console = new StreamHandler(debug, new Plain()) {
                @Override
                public synchronized void publish(LogRecord record) {
                    super.publish(record);
                    flush();
                }
            };
            console.setLevel(Level.ALL);
            logs.add(console);
        }
        return logs;
    }

    private void add(Handler handler) {
        handler.setFormatter(new Plain());
        handlers.add(handler);
        root.addHandler(handler);
        for (Logger l : others) {
            l.addHandler(handler);
        }
    }

    @Override
    public void close() {
        for (Handler h : handlers) {
            root.removeHandler(h);
            others.forEach(l -> l.removeHandler(h));
            if (h instanceof FileHandler) {
                h.close();
            } else {
                h.flush(); // closing a StreamHandler would close the error stream it was given
            }
        }
        handlers.clear();
        others.forEach(l -> l.setUseParentHandlers(true));
        root.setUseParentHandlers(usedParents);
        root.setLevel(level);
    }

    /** One line per record (time, level, logger, message), then the stack trace if there is one. */
    private static final class Plain extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder().append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel()).append(' ').append(r.getLoggerName()).append(": ").append(formatMessage(r))
                    .append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
