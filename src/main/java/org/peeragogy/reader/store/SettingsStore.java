package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;

/**
 * Small named preferences (theme, window size, text size, the handbook's location), and who the reader
 * is: their author id ({@link #readerId()}) and the name on their notes ({@link #putReaderName}).
 * Threads: the caller's, one at a time (the database's one connection).
 */
public final class SettingsStore {
    /** The reader's name, written on their notes (the window asks for it before the first note). */
    public static final String READER_NAME = "reader.name";
    /**
     * The workshop's blind first pass (decision 0031), "true" when on: the window's option, which the digest follows
     * too (try17w F14).
     */
    public static final String BLIND_FIRST_PASS = "workshop.blind-first-pass";
    /** The workshop's anonymous questions (decision 0031), "true" when allowed: the window's option. */
    public static final String ANONYMOUS_QUESTIONS = "workshop.anonymous-questions";
    /** The name of the group the reader is in (its group folder's, issue 16); "" or none when in no group. */
    public static final String GROUP_NAME = "group.name";
    /** The reader's author id, made once per profile (schema migration 5, decision 0017). */
    public static final String READER_ID = "reader.id";

    private final Database db;

    SettingsStore(Database db) {
        this.db = db;
    }

    /**
     * The setting's value in the notes file of another data folder, read without opening it as a profile: no
     * migration, no check, no backup, nothing written (fresh tester t31's F19 asks which group folder another data
     * folder has set, at every start that names its own), with SQLite's immutable mode when the file holds every change
     * (no WAL file beside it), else its read-only mode and, where that cannot make its shared-memory file (a read-only
     * folder), the immutable mode, which then sees what was last checkpointed.
     * Call after {@link NativeLibrary#prepare}. Any thread.
     *
     * @return the value; empty when that folder has no notes file, it has no such setting, or the file cannot be read
     *         (not a database, damaged, locked, of a newer kind): never thrown, as the caller only guards with it
     */
    public static Optional<String> peek(java.nio.file.Path dataDir, String key) {
        java.nio.file.Path file = dataDir.resolve(Database.FILE_NAME);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // Without a WAL file beside it (no reader has it open, none ended uncleanly) the file holds every change, and the
        // immutable mode reads it making nothing; with one, the read-only mode reads the WAL too, and makes nothing new.
        boolean wal = java.nio.file.Files.exists(dataDir.resolve(Database.FILE_NAME + "-wal"));
        for (boolean immutable : wal ? new boolean[] {false, true} : new boolean[] {true}) {
            try (java.sql.Connection c = Sqlite.readOnly(file, immutable);
                 PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException | RuntimeException e) {
                // Recovers: tried again as immutable, else the value is unknown; the caller's guard then does without it.
                System.getLogger(SettingsStore.class.getName()).log(System.Logger.Level.DEBUG,
                        "Setting " + key + " of " + file + " could not be read" + (immutable ? "" : " (read-only)"), e);
            }
        }
        return Optional.empty();
    }

    /**
     * The setting's value; empty when it was never set. Threads: a read; any thread, one call at a time per
     * database (the window reads settings on the FX thread).
     *
     * @throws StoreException when the setting cannot be read
     */
    public Optional<String> get(String key) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_SETTING_FAILED, key, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Sets a setting, replacing any value it had. Threads: a write; not the FX thread (the window saves
     * through {@code ui.SaveQueue}), one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause (a read-only folder, a full
     *                        disk), and the old value stays
     */
    public void put(String key, String value) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.writeFailed(Reason.of(StoreReason.DOING_SAVE_SETTING, key), e);
        }
    }

    /**
     * Where a workshop option ({@link #BLIND_FIRST_PASS}, {@link #ANONYMOUS_QUESTIONS}) is kept for {@code group}
     * (decision 0054): the option's own key in no group ({@code group} blank), else that key and the group's name
     * ("workshop.blind-first-pass/group/Tuesday circle"; the name without white space at its ends, however it was
     * set). Pure; any thread.
     */
    public static String workshopKey(String option, String group) {
        return group == null || group.isBlank() ? option : option + "/group/" + group.strip();
    }

    /**
     * Whether a workshop option is on for the group the reader is in now ({@link #GROUP_NAME}; decision 0054): the
     * group's own choice, else, for a group that has not chosen (and in no group), the choice kept without a group,
     * else off. Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the settings cannot be read
     */
    public boolean workshopOption(String option) throws StoreException {
        String group = get(GROUP_NAME).orElse("");
        Optional<String> own = group.isBlank() ? Optional.empty() : get(workshopKey(option, group));
        return (own.isPresent() ? own : get(option)).map("true"::equals).orElse(false);
    }

    /**
     * Every setting whose key starts with {@code prefix}, by key (the workshop options of every group, read once by
     * the window). Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the settings cannot be read
     */
    public java.util.Map<String, String> startingWith(String prefix) throws StoreException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT key, value FROM setting WHERE substr(key, 1, length(?)) = ?")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_SETTING_FAILED, prefix, String.valueOf(e.getMessage())), e);
        }
        return out;
    }

    /**
     * The reader's author id ({@code urn:uuid:…}): every note made in this profile carries it. The schema's
     * migration makes it; should it be missing (a file edited by hand) a new one is made and kept. Threads: a
     * read (a write only in that case); any thread, one call at a time per database.
     *
     * @throws StoreException when it can be neither read nor made (then nothing was changed)
     */
    public String readerId() throws StoreException {
        Optional<String> id = get(READER_ID);
        if (id.isPresent()) {
            return id.get();
        }
        if (db.readOnly()) {
            return AuthorIds.newReaderId(); // nothing can be written under it, so it need not be kept
        }
        try (PreparedStatement ps = db.connection().prepareStatement(
                "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)")) {
            ps.setString(1, READER_ID);
            ps.setString(2, AuthorIds.newReaderId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_KEEP_AUTHOR_ID, e);
        }
        return get(READER_ID).orElseThrow(() -> new StoreException(StoreReason.AUTHOR_ID_NOT_KEPT, null));
    }

    /**
     * Makes a new, empty profile go on as the reader of an earlier one (after starting fresh from a damaged
     * file, whose salvaged notes are then still theirs): their author id and, when given, name. Does nothing
     * to a profile that has notes already, whose notes carry its own id. Threads: a write; not the FX thread,
     * one call at a time per database.
     *
     * @return whether the id was taken
     * @throws StoreException when it cannot be saved; then nothing is changed
     */
    public boolean adoptReader(String id, String name) throws StoreException {
        if (!AuthorIds.isReaderId(id)) {
            return false;
        }
        try {
            return Transaction.run(db.connection(), "keeping who you are", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM annotation");
                     ResultSet rs = ps.executeQuery()) {
                    if (rs.getInt(1) > 0) {
                        return false;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)"
                        + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, READER_ID);
                    ps.setString(2, id);
                    ps.executeUpdate();
                    if (name != null && !name.isBlank()) {
                        ps.setString(1, READER_NAME);
                        ps.setString(2, name);
                        ps.executeUpdate();
                    }
                }
                return true;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_KEEP_WHO, e);
        }
    }

    /** Why nothing can be saved in this notes file ({@link Database#readOnlyReason()}); empty when it can. Any thread. */
    public Optional<Reason> readOnlyReason() {
        return db.readOnlyReason();
    }

    /** Whose notes a copied notes file holds ({@link #copiedFrom()}): their author id and name ("" when none). */
    public record Copied(String readerId, String name) {
    }

    /**
     * Whether this notes file is a copy of another reader's (decision 0094: a byte copy of the file is a new file, which
     * the file tells by the identity it keeps), and whose: then whoever uses it now is asked, once, whether they are that
     * person ({@link #sameReader()}) or someone else ({@link #newReader(String)}). Never for a read-only file (nothing
     * could be kept), nor where the file's identity is not known (another system, a FAT stick without udev's by-uuid link). Threads: reads the
     * file's attributes and a setting; not the FX thread where it can be helped, one call at a time per database.
     *
     * @throws StoreException when the settings cannot be read
     */
    public Optional<Copied> copiedFrom() throws StoreException {
        try {
            if (db.readOnly() || !FileIdentity.copied(db.connection(), db.identity())) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_SETTING_FAILED, FileIdentity.KEY,
                    String.valueOf(e.getMessage())), e);
        }
        return Optional.of(new Copied(readerId(), get(READER_NAME).orElse("")));
    }

    /**
     * The reader of the copied file is the person it was copied from (a stick moved, a backup put back): everything
     * stays theirs, and the file is not asked about again. Threads: a write; not the FX thread, one call at a time.
     *
     * @throws StoreException when it cannot be saved; then it is asked again at the next start
     */
    public void sameReader() throws StoreException {
        try {
            FileIdentity.record(db.connection(), db.file());
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_KEEP_WHO, e);
        }
    }

    /**
     * The reader of the copied file is someone else: they get an author id of their own and the name given (none when
     * blank: asked as on a first note), and the person it was copied from stays in the notes as another person, with
     * their notes, id and name (their anonymous id stays theirs too, and this reader gets their own when they first ask
     * anonymously); the files that person wrote into group folders are no longer this reader's own. One transaction.
     * Threads: a write; not the FX thread, one call at a time per database.
     *
     * @return the reader's new author id
     * @throws IllegalArgumentException when the name given is not one a reader may have (as {@link #putReaderName});
     *                                  nothing is changed
     * @throws StoreException           when it cannot be saved; then nothing is changed
     */
    public String newReader(String name) throws StoreException {
        boolean named = name != null && !name.isBlank();
        if (named) {
            checkName(name);
        }
        String before = readerId();
        String beforeName = get(READER_NAME).orElse("");
        String id = AuthorIds.newReaderId();
        try {
            Transaction.run(db.connection(), "keeping who you are", c -> {
                AuthorStore.ensure(c, new AuthorStore.Person(before, beforeName, "", ""), null);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)"
                        + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, READER_ID);
                    ps.setString(2, id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key IN (?, ?)")) {
                    ps.setString(1, READER_NAME);
                    ps.setString(2, ConversationStore.ANONYMOUS_ID);
                    ps.executeUpdate();
                }
                // The files in group folders written by the person it was copied from are theirs: not called this
                // reader's (t35's F5: group-folder status said "yours" of them), nor replaced or removed as theirs.
                GroupFolderStore.forgetAllOwn(c);
                FileIdentity.record(c, db.file());
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_KEEP_WHO, e);
        }
        if (named) {
            putReaderName(name);
        }
        return id;
    }

    private static void checkName(String given) {
        java.util.Optional<String> problem = AuthorNames.problem(given);
        if (problem.isEmpty() && org.peeragogy.reader.text.LookAlikes.anonymous(AuthorNames.clean(given))) {
            problem = java.util.Optional.of(AuthorNames.RESERVED); // "Anonymous (2)", "Αnonymous" (t15b F2)
        }
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /**
     * Sets the reader's name: the setting, and the name of their own layer, in one transaction, so that
     * every note they made (even under an earlier name) shows the new one. Threads: a write; not the FX thread
     * (the window saves through {@code ui.SaveQueue}), one call at a time per database.
     *
     * <p>The name is cleaned and limited as {@link AuthorNames} says (at most {@link AuthorNames#MAX} code
     * points), so that what the reader saves, every reader imports whole (decision 0021).
     *
     * @throws IllegalArgumentException when {@code name} is empty once cleaned, too long, or looks like the anonymous
     *                                  label ({@link AuthorNames#problem} and {@code text.LookAlikes} give the
     *                                  message); nothing is saved
     * @throws StoreException           when it cannot be saved; then neither is changed
     */
    public void putReaderName(String given) throws StoreException {
        checkName(given);
        String name = AuthorNames.clean(given);
        String me = readerId();
        try {
            Transaction.run(db.connection(), "saving your name", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)"
                        + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, READER_NAME);
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
                AuthorStore.ensure(c, new AuthorStore.Person(me, name, "", ""), null);
                try (PreparedStatement ps = c.prepareStatement("UPDATE author SET name = ?, named_at = ? WHERE id = ?")) {
                    ps.setString(1, name);
                    ps.setString(2, db.now().toString());
                    ps.setString(3, me);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_SAVE_NAME, e);
        }
    }
}
