package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The user's SQLite database: one file in the data folder, versioned with {@code PRAGMA user_version}.
 * Every write commits at once with {@code synchronous=FULL} in WAL mode, so a crash loses nothing
 * that was reported as saved.
 */
public final class Database implements AutoCloseable {
    /** The notes file's name in a data folder; a folder holding one is a data folder. */
    public static final String FILE_NAME = "reader.db";
    /**
     * How long a write waits for another connection's write (building the search index, on a slow
     * machine, can hold the lock for seconds); a save that gives up would have to be retried by hand.
     */
    static final int BUSY_TIMEOUT_MS = 20_000;

    /** Migration N takes the schema from version N to N+1 ({@link Schema}); never edit one that has shipped. */
    static final List<String> MIGRATIONS = Schema.MIGRATIONS;

    private final Connection connection;
    private final Path file;
    private final Access access;
    private Optional<String> identity = Optional.empty(); // see identity()
    private SearchIndex search;
    /** Read-only mode: a private copy in the temporary folder that search indexes and reads. */
    private final SearchCopy searchCopy = new SearchCopy(this);
    /** What notes' and imports' times are read from; see {@link #useClock}. */
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();

    private Database(Connection connection, Path file, Access access) {
        this.connection = connection;
        this.file = file;
        this.access = access;
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date.
     * Blocks on disk: call it off the FX thread.
     *
     * <p>Damage is found before anything is written: the file's header is read first (a folder in its
     * place, an empty or cut-short file, wrong first bytes), then SQLite's {@code PRAGMA quick_check}
     * reads every table, its indexes and the search index's b-trees (about 25 ms on a file with 10,000
     * notes and the handbook's search index; docs/decisions/0010).
     * A folder or file that may not be written is opened read-only: reading, search and export work,
     * and every save fails with a message that names the cause ({@link #readOnlyReason()}).
     *
     * @throws OpenFailure   when the file is damaged ({@link OpenFailure#damaged()}: it is left exactly as
     *                       it was), locked by another program, or the disk or folder does not allow it
     * @throws StoreException when the data folder cannot be made, the file was written by a newer version,
     *                       or updating its schema failed (nothing is changed then)
     */
    public static Database open(Path dataDir) throws StoreException {
        return open(dataDir, MIGRATIONS);
    }

    /**
     * Starts a new profile from a prepared database (the packaged app ships one with the bundled
     * handbook's search index built). Does nothing when the profile exists or the seed is missing.
     * The new profile is the reader's own: it gets an author id of its own (the seed's, made when the package was
     * built, would make every copy of the package one person: fresh tester t17a's M9), and its file can be written
     * whatever the seed's mode (a seed on a read-only stick is read-only: t17a's M8).
     * Threads: copies a file, so not the FX thread; before anything opens the profile.
     *
     * @throws StoreException when the folder cannot be made or the copy cannot be written (the message says
     *                        where and what to do); no notes file is made then
     */
    public static void seedIfNew(Path dataDir, Path seed) throws StoreException {
        Seeding.copyIfNew(dataDir, seed);
    }

    /**
     * The seed itself, read-only, as the notes file of a data folder where none can be made (a locked stick never
     * started, a full disk: t17a's M2). {@code why}, the data folder's own failure, is what every save says (t34's F2).
     * @throws StoreException when the seed cannot be read (then the caller says {@code why}); threads: as {@link #open}
     */
    public static Database openSeedReadOnly(Path dataDir, Path seed, StoreException why) throws StoreException {
        return open(dataDir, seed, MIGRATIONS, Optional.of(Access.standIn(dataDir, seed, why)));
    }

    static Database open(Path dataDir, List<String> migrations) throws StoreException {
        return open(dataDir, dataDir.resolve(FILE_NAME), migrations, Optional.empty());
    }

    private static Database open(Path dataDir, Path file, List<String> migrations, Optional<Access> forced)
            throws StoreException {
        try {
            if (forced.isEmpty()) {
                Files.createDirectories(dataDir);
            }
        } catch (IOException e) {
            throw new StoreException(Reason.of(StoreReason.NO_DATA_FOLDER, dataDir, String.valueOf(e.getMessage())), e);
        }
        try {
            Optional<OpenFailure.Kind> damage = FileHeader.damage(file);
            if (damage.isPresent()) {
                throw OpenFailure.damaged(damage.get(), file, FileHeader.details(file), null);
            }
        } catch (IOException e) {
            throw OpenFailure.of(OpenFailure.Kind.UNREADABLE, file, e.getMessage(), e);
        }
        if (forced.isEmpty() && !Files.exists(file) && Access.noRoom(dataDir)) { // an empty file would pass for damaged
            throw OpenFailure.of(OpenFailure.Kind.DISK_FULL, file, "", null);
        }
        Access access = forced.orElseGet(() -> Access.of(dataDir, file));
        if (access.readOnly() && !Files.exists(file)) {
            throw OpenFailure.of(OpenFailure.Kind.READ_ONLY_FOLDER, file, "", null);
        }
        Connection c = null;
        try {
            c = access.readOnly() ? Sqlite.readOnly(file, access.immutable()) : Sqlite.readWrite(file);
            try (Statement s = c.createStatement()) {
                // First, so that every later step waits for another copy's write instead of failing.
                s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            }
            Database db = new Database(c, file, access);
            // Refuse a newer schema before anything writes: even switching to WAL rewrites the header.
            int version = db.schemaVersion();
            if (version > migrations.size()) {
                throw new StoreException(Reason.of(StoreReason.NEWER_SCHEMA, file, version), null);
            }
            List<String> problems = Sqlite.quickCheck(c);
            if (!problems.isEmpty()) {
                throw OpenFailure.damaged(OpenFailure.Kind.CORRUPT, file, "SQLite's check found "
                        + (problems.size() >= 20 ? "20 or more problems" : problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s")), null);
            }
            try (Statement s = c.createStatement()) {
                if (!access.readOnly()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=FULL");
                }
                s.execute("PRAGMA foreign_keys=ON");
            }
            if (access.readOnly() && version < migrations.size()) {
                boolean folder = access.reason().code() == StoreReason.READ_ONLY_FOLDER;
                throw new StoreException(Reason.of(folder ? StoreReason.UPDATE_READ_ONLY_FOLDER
                        : StoreReason.UPDATE_READ_ONLY_FILE, file, access.reason().args().get(0)), null);
            }
            Migrations.bringUpToDate(db.connection, db.file, migrations);
            if (!access.readOnly()) {
                // Before any note is saved: its search row is written in the tables' current layout.
                SearchTables.ensureCurrent(c);
                db.identity = FileIdentity.recordIfNone(c, file); // so that a copy is told (decision 0094)
            }
            return db;
        } catch (SQLException e) {
            Sqlite.closeQuietly(c);
            if (forced.isEmpty() && !access.readOnly() && Files.exists(file) && Access.noRoom(dataDir)) {
                // Never locked out of the notes (fresh tester t17a's M6): on a full disk SQLite cannot make the files it
                // writes beside the notes file, so it is read as it is, read-only; every save says why.
                return open(dataDir, file, migrations, Optional.of(new Access(true, true,
                        Reason.of(StoreReason.DISK_FULL_READ_ONLY, dataDir.toAbsolutePath()))));
            }
            throw OpenFailure.classify(file, e);
        } catch (StoreException | RuntimeException e) {
            // Issue 10: whatever fails after the connection is made, the connection is closed.
            Sqlite.closeQuietly(c);
            throw e;
        }
    }

    int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    Connection connection() {
        return connection;
    }

    /** The notes file ({@code <data-dir>/reader.db}). Any thread. */
    public Path file() {
        return file;
    }

    /** The file's identity as the open read it ({@link FileIdentity}), once; empty read-only or where not known. */
    Optional<String> identity() {
        return identity;
    }

    /** The settings, on this database's connection (see its methods for threads). Any thread; no disk. */
    public SettingsStore settings() {
        return new SettingsStore(this);
    }

    /** Reading positions, on this database's connection (see its methods for threads). Any thread; no disk. */
    public ReadingPositions readingPositions() {
        return new ReadingPositions(this);
    }

    /**
     * The clock that stamps notes and imports (created, updated, deleted, imported). Tests give one that
     * moves on when told, so that "newer" is decided without waiting for the real clock to tick. Any thread:
     * the next stamp reads it; {@link #another()} copies it.
     */
    public void useClock(java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
    }

    /**
     * Now by {@link #useClock the database's clock}, to the millisecond as the times are stored (exports are
     * stamped with it too, so that which of two files is newer is the clock's to say). Any thread.
     */
    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The notes, on this database's connection (see its methods for threads). Any thread; no disk. */
    public AnnotationStore annotations() {
        return new AnnotationStore(this);
    }

    /** Authors as layers: colour and whether their notes are shown. Any thread; no disk. */
    public AuthorStore authors() {
        return new AuthorStore(this);
    }

    /** What the reader remembers of a group folder (issue 16). Any thread; no disk. */
    public GroupFolderStore groupFolder() {
        return new GroupFolderStore(this);
    }

    /** Replies, questions and votes (issue 15), on this database's connection (see its methods for threads). */
    public ConversationStore conversation() {
        return new ConversationStore(this);
    }

    /**
     * The reader's own author ids: their id and, once they asked a question anonymously, their anonymous id (decision
     * 0031): one person to themselves, in every count, check and export. One place for what was worked out in five.
     * The caller's thread.
     *
     * @return one or two ids, {@code urn:uuid:…}
     * @throws StoreException when the settings or the conversation's tables cannot be read
     */
    public java.util.Set<String> readerIds() throws StoreException {
        String me = settings().readerId();
        return conversation().anonymousId().map(anon -> java.util.Set.of(me, anon)).orElse(java.util.Set.of(me));
    }

    /** What sharing keeps about notes (bases, addresses, private marks, copies, claims), read. Any thread; no disk. */
    public SharedNotes sharedNotes() {
        return new SharedNotes(this);
    }

    /** Merging shared notes in, as one undoable batch per import. Any thread; no disk. */
    public ShareStore sharing() {
        return new ShareStore(this);
    }

    /**
     * Full-text search over the handbook and the notes; one per database, safe from any thread. Any thread; no
     * disk (the index opens its connections when first used).
     */
    public synchronized SearchIndex search() {
        if (search == null) {
            search = new SearchIndex(this);
        }
        return search;
    }

    /**
     * Another database on the same file, opened the same way (read-only when this one is), without
     * checking the file again or updating its schema: for a second connection in the same session (the
     * window's ordered writer, an export or import on a thread of its own). Any thread; opens a
     * connection, which takes about a millisecond.
     *
     * @throws StoreException an {@link OpenFailure} when SQLite cannot open the file now (it was moved, or is
     *                        locked)
     */
    public Database another() throws StoreException {
        Connection c = null;
        try {
            c = access.readOnly() ? Sqlite.readOnly(file, access.immutable()) : Sqlite.readWrite(file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                if (!access.readOnly()) {
                    s.execute("PRAGMA synchronous=FULL");
                }
                s.execute("PRAGMA foreign_keys=ON");
            }
            Database db = new Database(c, file, access);
            db.clock = clock;
            db.identity = identity;
            return db;
        } catch (SQLException e) {
            Sqlite.closeQuietly(c);
            throw OpenFailure.classify(file, e);
        }
    }

    /**
     * Another connection with the same settings, for work that runs beside the main connection (building the search
     * index in the background, searching from another thread). Read-only, it is a connection to a private copy of
     * the file, so that the search index can still be built and read.
     */
    Connection openConnection() throws SQLException {
        Connection c = Sqlite.readWrite(access.readOnly() ? searchCopy.path() : file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} (which must not exist, or be
     * empty) with {@code VACUUM INTO}, on a connection of its own: safe beside the window's work.
     */
    void vacuumInto(Path target) throws SQLException {
        try (Connection c = access.readOnly() ? Sqlite.readOnly(file, access.immutable()) : Sqlite.readWrite(file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            }
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
        }
    }

    /** True when the file is open read-only: reading works, every save fails ({@link #readOnlyReason()}). Any thread. */
    public boolean readOnly() {
        return access.readOnly();
    }

    /** Why saving is refused, in words for the reader ("This folder is read-only: …"); empty when writable. Any thread. */
    public Optional<Reason> readOnlyReason() {
        return access.readOnly() ? Optional.of(access.reason()) : Optional.empty();
    }

    /**
     * The message for a write that failed, naming the real cause when there is one: a read-only folder or file, or a
     * full disk (SQLITE_FULL, "No space left on device"). {@code what} starts the sentence ("Saving your note").
     */
    StoreException writeFailed(StoreReason what, Exception e) {
        return writeFailed(Reason.of(what), e);
    }

    /** As above, for what was being done with an argument ("Saving the setting 'x'"). */
    StoreException writeFailed(Reason what, Exception e) {
        Path dir = file.toAbsolutePath().getParent();
        Reason message;
        if (access.readOnly()) {
            message = Reason.of(StoreReason.WRITE_FAILED_READ_ONLY, what, access.reason());
        } else if (Sqlite.isDiskFull(e)) {
            message = Reason.of(StoreReason.WRITE_FAILED_DISK_FULL, what, dir);
        } else if (Sqlite.isReadOnly(e)) {
            message = Reason.of(StoreReason.WRITE_FAILED_READ_ONLY, what, Access.readOnlyFolder(dir).reason());
        } else if (Sqlite.isBusy(e)) {
            // A lock held too long is not a full disk (found by a tester: a long import, or another
            // program with the notes file open, was reported as "check that the disk is not full").
            message = Reason.of(StoreReason.WRITE_FAILED_BUSY, what);
        } else {
            message = Reason.of(StoreReason.WRITE_FAILED, what, String.valueOf(e.getMessage()));
        }
        return new StoreException(message, e);
    }

    /**
     * Closes the connection and the search index's, and deletes a read-only profile's private search copy.
     * Threads: any, once every other call on this database has returned; closing the last connection may
     * write SQLite's log back into the file, so not the FX thread where it can be helped.
     *
     * @throws StoreException when SQLite could not close the file (what it said is in the message)
     */
    @Override
    public void close() throws StoreException {
        try {
            SearchIndex s;
            synchronized (this) {
                s = search;
            }
            if (s != null) {
                s.close();
            }
            connection.close();
            searchCopy.delete();
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.CLOSE_FAILED, String.valueOf(e.getMessage())), e);
        }
    }
}
