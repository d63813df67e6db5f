package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.peeragogy.reader.book.Reason;

/**
 * The notes database could not be opened, and why, in words for the reader. {@link #kind()} tells the
 * caller what can be offered: for the kinds that are {@linkplain Kind#damaged() damage} the file is left
 * exactly as it was and the reader can restore a backup or set it aside and start fresh
 * ({@link DamagedDatabase}); the others say what to do about the folder, the disk or another program.
 */
public final class OpenFailure extends StoreException {
    private static final System.Logger LOG = System.getLogger(OpenFailure.class.getName());

    /** What went wrong; {@link #damaged()} kinds are the file's own fault. */
    public enum Kind {
        /** A folder (or anything but a file) has the notes file's name. */
        NOT_A_FILE(true, StoreReason.KIND_NOT_A_FILE),
        /** The file has no bytes at all. */
        EMPTY(true, StoreReason.KIND_EMPTY),
        /** The file ends before its own header says it does. */
        TRUNCATED(true, StoreReason.KIND_TRUNCATED),
        /** The file's first bytes are not those of a SQLite database (bad header, or another kind of file). */
        NOT_A_DATABASE(true, StoreReason.KIND_NOT_A_DATABASE),
        /** SQLite reads it but finds damaged pages (PRAGMA quick_check, or SQLITE_CORRUPT). */
        CORRUPT(true, StoreReason.KIND_CORRUPT),
        /** Another program holds the file's lock (SQLITE_BUSY or SQLITE_LOCKED). */
        IN_USE(false, StoreReason.KIND_IN_USE),
        /** The folder is read-only and has no notes file yet, so none can be made. */
        READ_ONLY_FOLDER(false, StoreReason.KIND_READ_ONLY_FOLDER),
        /** The disk is full (SQLITE_FULL, or ENOSPC). */
        DISK_FULL(false, StoreReason.KIND_DISK_FULL),
        /** The system would not let it be read (permissions, an input/output error). */
        UNREADABLE(false, StoreReason.KIND_UNREADABLE),
        /** Anything else SQLite reported. */
        OTHER(false, StoreReason.KIND_OTHER);

        private final boolean damaged;
        private final StoreReason what;

        Kind(boolean damaged, StoreReason what) {
            this.damaged = damaged;
            this.what = what;
        }

        /** True when the file itself is damaged: it is kept as it is and recovery is offered. Any thread. */
        public boolean damaged() {
            return damaged;
        }

        /** What is wrong, in the reader's words, to go in brackets ("it ends too early"). Any thread. */
        public Reason what() {
            return Reason.of(what);
        }
    }

    private final Kind kind;
    private final Path file;
    private final transient Reason problem;

    OpenFailure(Kind kind, Path file, Reason problem, StoreReason advice, Throwable cause) {
        super(Reason.of(Reason.General.SENTENCES, problem, Reason.of(advice)), cause);
        this.kind = kind;
        this.file = file;
        this.problem = problem;
    }

    /** A read-only folder or a full disk with no notes file in it yet; see {@link StoreException#seedMayBeReadInstead}. Any thread. */
    @Override
    public boolean seedMayBeReadInstead() {
        return kind == Kind.READ_ONLY_FOLDER || kind == Kind.DISK_FULL;
    }

    /**
     * A damaged notes file: what is wrong in plain words ("Your notes file … is damaged (it ends too
     * early)"), that nothing was changed, and the two ways on. {@code detail} (the header's figures, what
     * SQLite's check found) goes to the log, not to the reader (issue 12).
     */
    static OpenFailure damaged(Kind kind, Path file, String detail, Throwable cause) {
        if (!detail.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Notes file " + file + " is damaged (" + kind + "): " + detail);
        }
        return new OpenFailure(kind, file, Reason.of(StoreReason.OPEN_DAMAGED, file, kind.what()),
                StoreReason.OPEN_DAMAGED_ADVICE, cause);
    }

    /** Any other kind, with what to do about it. */
    static OpenFailure of(Kind kind, Path file, String detail, Throwable cause) {
        if (kind.damaged()) {
            return damaged(kind, file, detail, cause);
        }
        Path dir = file.toAbsolutePath().getParent();
        return switch (kind) {
            case IN_USE -> new OpenFailure(kind, file, Reason.of(StoreReason.OPEN_IN_USE, file),
                    StoreReason.OPEN_IN_USE_ADVICE, cause);
            case READ_ONLY_FOLDER -> new OpenFailure(kind, file, Reason.of(StoreReason.OPEN_READ_ONLY_FOLDER, dir),
                    StoreReason.OPEN_READ_ONLY_FOLDER_ADVICE, cause);
            case DISK_FULL -> new OpenFailure(kind, file, Reason.of(StoreReason.OPEN_DISK_FULL, dir),
                    StoreReason.OPEN_DISK_FULL_ADVICE, cause);
            case UNREADABLE -> new OpenFailure(kind, file, detail.isEmpty() ? Reason.of(StoreReason.OPEN_UNREADABLE, file)
                    : Reason.of(StoreReason.OPEN_UNREADABLE_DETAIL, file, detail), StoreReason.OPEN_UNREADABLE_ADVICE,
                    cause);
            default -> new OpenFailure(kind, file, detail.isEmpty() ? Reason.of(StoreReason.OPEN_FAILED, file)
                    : Reason.of(StoreReason.OPEN_FAILED_DETAIL, file, detail), StoreReason.NOTHING_CHANGED, cause);
        };
    }

    /**
     * Names what SQLite reported while opening {@code file}. The result code decides the kind; for
     * SQLITE_NOTADB and SQLITE_CORRUPT the header says whether the file was cut short, and for
     * SQLITE_CANTOPEN whether a folder stands in its place.
     */
    static OpenFailure classify(Path file, SQLException e) {
        int code = Sqlite.primaryCode(e);
        Optional<Kind> fromHeader;
        try {
            fromHeader = FileHeader.damage(file);
        } catch (IOException io) {
            fromHeader = Optional.empty();
        }
        String detail = Sqlite.reason(e);
        return switch (code) {
            case Sqlite.NOTADB, Sqlite.CORRUPT -> damaged(fromHeader.orElse(code == Sqlite.NOTADB
                    ? Kind.NOT_A_DATABASE : Kind.CORRUPT), file, "", e);
            case Sqlite.CANTOPEN -> fromHeader.filter(k -> k == Kind.NOT_A_FILE).map(k -> damaged(k, file, "", e))
                    .orElseGet(() -> of(Files.exists(file) && !Files.isReadable(file) ? Kind.UNREADABLE : Kind.OTHER,
                            file, detail, e));
            case Sqlite.BUSY, Sqlite.LOCKED -> of(Kind.IN_USE, file, detail, e);
            case Sqlite.FULL -> of(Kind.DISK_FULL, file, detail, e);
            case Sqlite.IOERR, Sqlite.PERM, Sqlite.AUTH -> of(Kind.UNREADABLE, file, detail, e);
            default -> Sqlite.isDiskFull(e) ? of(Kind.DISK_FULL, file, detail, e) : of(Kind.OTHER, file, detail, e);
        };
    }

    /** What kind of failure it was. Any thread. */
    public Kind kind() {
        return kind;
    }

    /** True when the file itself is damaged (see {@link Kind#damaged()}). Any thread. */
    public boolean damaged() {
        return kind.damaged();
    }

    /** The notes file that could not be opened. Any thread. */
    public Path file() {
        return file;
    }

    /**
     * One sentence or two: what is wrong (and, for damage, that nothing was changed), without the advice that
     * {@link #reason()} adds. Any thread.
     */
    public Reason problem() {
        return problem;
    }
}
