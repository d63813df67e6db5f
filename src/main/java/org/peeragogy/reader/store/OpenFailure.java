package org.peeragogy.reader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

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
        NOT_A_FILE(true, "a folder has taken its name"),
        /** The file has no bytes at all. */
        EMPTY(true, "it is empty"),
        /** The file ends before its own header says it does. */
        TRUNCATED(true, "it ends too early"),
        /** The file's first bytes are not those of a SQLite database (bad header, or another kind of file). */
        NOT_A_DATABASE(true, "it is not a notes file"),
        /** SQLite reads it but finds damaged pages (PRAGMA quick_check, or SQLITE_CORRUPT). */
        CORRUPT(true, "parts of it are unreadable"),
        /** Another program holds the file's lock (SQLITE_BUSY or SQLITE_LOCKED). */
        IN_USE(false, "it is locked by another program"),
        /** The folder is read-only and has no notes file yet, so none can be made. */
        READ_ONLY_FOLDER(false, "the folder is read-only"),
        /** The disk is full (SQLITE_FULL, or ENOSPC). */
        DISK_FULL(false, "the disk is full"),
        /** The system would not let it be read (permissions, an input/output error). */
        UNREADABLE(false, "it cannot be read"),
        /** Anything else SQLite reported. */
        OTHER(false, "SQLite could not open it");

        private final boolean damaged;
        private final String what;

        Kind(boolean damaged, String what) {
            this.damaged = damaged;
            this.what = what;
        }

        /** True when the file itself is damaged: it is kept as it is and recovery is offered. Any thread. */
        public boolean damaged() {
            return damaged;
        }

        /** What is wrong, in the reader's words, to go in brackets ("it ends too early"). Any thread. */
        public String what() {
            return what;
        }
    }

    private final Kind kind;
    private final Path file;
    private final String reason;

    OpenFailure(Kind kind, Path file, String reason, String advice, Throwable cause) {
        super(reason + (advice.isEmpty() ? "" : " " + advice), cause);
        this.kind = kind;
        this.file = file;
        this.reason = reason;
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
        return new OpenFailure(kind, file, "Your notes file " + file + " is damaged (" + kind.what()
                + "). Nothing has been changed.",
                "You can restore the latest automatic backup, or set the damaged file aside and start fresh;"
                        + " the notes that can still be read are exported first.", cause);
    }

    /** Any other kind, with what to do about it. */
    static OpenFailure of(Kind kind, Path file, String detail, Throwable cause) {
        if (kind.damaged()) {
            return damaged(kind, file, detail, cause);
        }
        Path dir = file.toAbsolutePath().getParent();
        return switch (kind) {
            case IN_USE -> new OpenFailure(kind, file, "Your notes file " + file + " is locked by another program"
                    + " (perhaps another copy of Peeragogy Reader is still running).", "Close it and start again;"
                    + " nothing was changed.", cause);
            case READ_ONLY_FOLDER -> new OpenFailure(kind, file, "This folder is read-only: " + dir + ".",
                    "The reader cannot keep your notes there; choose another folder with --data-dir.", cause);
            case DISK_FULL -> new OpenFailure(kind, file, "The disk is full: " + dir + " has no room for your notes"
                    + " file.", "Free some space and start again; nothing was changed.", cause);
            case UNREADABLE -> new OpenFailure(kind, file, "Your notes file " + file + " cannot be read"
                    + (detail.isEmpty() ? "" : " (" + detail + ")") + ".", "Check the disk and the file's"
                    + " permissions; nothing was changed.", cause);
            default -> new OpenFailure(kind, file, "Your notes file " + file + " could not be opened"
                    + (detail.isEmpty() ? "" : " (" + detail + ")") + ".", "Nothing was changed.", cause);
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

    /** One sentence or two: what is wrong (and, for damage, that nothing was changed), without advice. Any thread. */
    public String reason() {
        return reason;
    }
}
