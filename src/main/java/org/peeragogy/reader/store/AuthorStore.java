package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Authors as layers (decision 0017): each person whose notes are in the file has a colour and a shown/hidden
 * flag, keyed by their author id, never by their name: two people called Ana are two layers, and one person
 * who renames stays one layer whose notes all show the new name. The reader's own layer is one like any
 * other. Threads: the caller's, one at a time (the database's one connection).
 */
public final class AuthorStore {
    /** Layer colours handed out in order to authors that have none yet (distinct from the highlight colours). */
    static final List<String> PALETTE = List.of("#1b6ca8", "#c2410c", "#15803d", "#7e22ce", "#be123c", "#0f766e",
            "#a16207", "#4338ca", "#9d174d", "#3f6212");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    private final Database db;

    AuthorStore(Database db) {
        this.db = db;
    }

    /**
     * One author layer.
     *
     * @param id       the author id ({@link org.peeragogy.reader.book.AuthorIds})
     * @param nickname a second, shorter name when a file gave one (a Hypothesis user name), else ""
     * @param mine     true for the reader of this profile
     */
    public record Author(String id, String name, String nickname, String colour, boolean visible, boolean mine) {
    }

    /**
     * A person as a file names them: {@code nickname} and {@code colour} are "" when the file gives none;
     * the colour is proposed for a layer the reader does not have yet and is never forced on one they have.
     */
    public record Person(String id, String name, String nickname, String colour) {
        public Person {
            nickname = nickname == null ? "" : nickname;
            colour = colour == null ? "" : colour;
        }
    }

    /**
     * Every author with a layer or a note, by name then id; authors of notes get a layer (and a colour) on
     * first sight, except in a read-only file, where they are listed without one (and shown). A layer of a
     * name only ({@link org.peeragogy.reader.book.AuthorIds#isNameOnly}) is listed while it has notes.
     * Threads: a write when an author is new, so not the FX thread; one call at a time per database.
     *
     * @throws StoreException when the authors cannot be read or a new layer cannot be saved
     */
    public List<Author> list() throws StoreException {
        Connection c = db.connection();
        String me = db.settings().readerId();
        try {
            Map<String, String> missing = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT author_id, author FROM annotation"
                    + " WHERE deleted_at IS NULL AND author_id NOT IN (SELECT id FROM author) ORDER BY updated_at DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.putIfAbsent(rs.getString(1), rs.getString(2)); // the name on their newest note
                }
            }
            List<Author> out = new ArrayList<>();
            if (!db.readOnly()) {
                for (Map.Entry<String, String> m : missing.entrySet()) {
                    ensure(c, new Person(m.getKey(), m.getValue(), "", ""), null);
                }
            } else {
                missing.forEach((id, name) -> out.add(new Author(id, name, "", PALETTE.get(0), true, id.equals(me))));
            }
            // A layer kept for a name only whose notes have all moved to the person's id (or are gone) is
            // not listed: it stood for that person before their id was known.
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, coalesce(nickname, ''), colour, visible"
                    + " FROM author WHERE id NOT LIKE '" + org.peeragogy.reader.book.AuthorIds.NAME_PREFIX + "%'"
                    + " OR EXISTS (SELECT 1 FROM annotation a WHERE a.author_id = author.id AND a.deleted_at IS NULL)"
                    + " ORDER BY name, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Author(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5) != 0, rs.getString(1).equals(me)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_AUTHORS_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Every author id with a layer, in the order the reader first knew them (the layer is made at first sight): the
     * order in which people are listed where it matters, and anonymous askers numbered (two people sharing a name carry
     * their ids, decision 0101; try17w F12). Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the authors cannot be read
     */
    public List<String> firstKnown() throws StoreException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT id FROM author ORDER BY rowid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_AUTHORS_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The name on {@code authorId}'s newest note (deleted ones aside), as a file carries it: the name a reader who
     * never set one shows under (the command line's {@code user.name}, try17w F1). Empty when they have no note or
     * it has no name. Threads: a read; any thread, one call at a time per database.
     *
     * @throws StoreException when the notes cannot be read
     */
    public java.util.Optional<String> newestName(String authorId) throws StoreException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT author FROM annotation WHERE author_id = ?"
                + " AND deleted_at IS NULL AND trim(coalesce(author, '')) <> '' ORDER BY updated_at DESC LIMIT 1")) {
            ps.setString(1, authorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_AUTHORS_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The layers there are, by id, read only (for writing files: names, nicknames, colours). Threads: a read;
     * any thread, one call at a time per database.
     *
     * @throws StoreException when the authors cannot be read
     */
    public Map<String, Author> byId() throws StoreException {
        String me = db.settings().readerId();
        Map<String, Author> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT id, name, coalesce(nickname, ''), colour, visible FROM author ORDER BY name, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Author(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5) != 0, rs.getString(1).equals(me)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_AUTHORS_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Layer colours by author id, read only (for writing files). Threads: a read; any thread, one call at a
     * time per database.
     *
     * @throws StoreException when the authors cannot be read
     */
    public Map<String, String> colours() throws StoreException {
        Map<String, String> out = new LinkedHashMap<>();
        byId().forEach((id, a) -> out.put(id, a.colour()));
        return out;
    }

    /**
     * Shows or hides an author's notes, by author id (giving the author a layer if they have none). Threads: a
     * write; not the FX thread, one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause (nothing changes)
     */
    public void setVisible(String id, boolean visible) throws StoreException {
        update(id, "UPDATE author SET visible = ? WHERE id = ?", visible ? 1 : 0);
    }

    /**
     * Sets an author's layer colour ({@code #rrggbb}), by author id. Threads: a write; not the FX thread, one
     * call at a time per database.
     *
     * @throws StoreException when the colour is not {@code #rrggbb} in lower case, or it cannot be saved
     *                        (nothing changes)
     */
    public void setColour(String id, String colour) throws StoreException {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new StoreException(Reason.of(StoreReason.BAD_LAYER_COLOUR, String.valueOf(colour)), null);
        }
        update(id, "UPDATE author SET colour = ? WHERE id = ?", colour);
    }

    private void update(String id, String sql, Object value) throws StoreException {
        try {
            // One transaction: the layer's row is made and changed together or not at all (a fresh tester
            // found the row made and kept when the change then failed; issue 10).
            Transaction.run(db.connection(), "saving the author layer", c -> {
                updateIn(id, sql, value);
                return null;
            });
        } catch (SQLException e) {
            throw db.writeFailed(StoreReason.DOING_SAVE_LAYER, e);
        }
    }

    private void updateIn(String id, String sql, Object value) throws SQLException {
        String name = null;
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT author FROM annotation WHERE author_id = ? ORDER BY updated_at DESC LIMIT 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                name = rs.next() ? rs.getString(1) : null;
            }
        }
        ensure(db.connection(), new Person(id, name == null ? id : name, "", ""), null);
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setObject(1, value);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * The layers a file written at {@code namedAt} renames (decision 0017: a newer file renames a layer whether
     * or not any of its notes changed), one line each for the preview: "Bea is now called Bea Smith". Never
     * the reader's own layer; none when {@code namedAt} is null. Threads: a read, not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public List<Reason> renames(Map<String, Person> people, Instant namedAt) throws StoreException {
        return renames(people, id -> namedAt);
    }

    /**
     * As {@link #renames(Map, Instant)}, each person judged by the time {@code namedAt} gives them (when the file
     * that names them was written; null: no rename): a folder's files read as one import (tester t15's M1).
     * Threads: a read, not the FX thread.
     *
     * @throws StoreException when the database cannot be read
     */
    public List<Reason> renames(Map<String, Person> people, java.util.function.Function<String, Instant> namedAt)
            throws StoreException {
        try {
            return renamed(db.connection(), people, namedAt, db.settings().readerId(), 0);
        } catch (SQLException e) {
            throw new StoreException(Reason.of(StoreReason.READ_PEOPLE_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * As {@link #renames}; {@code batch} above 0: also renames them, inside that import's transaction, keeping
     * each layer's name as it was under the batch first ({@link #before}), so that undoing the import names them
     * back.
     */
    static List<Reason> renamed(Connection c, Map<String, Person> people,
                                java.util.function.Function<String, Instant> namedAtOf, String me, long batch)
            throws SQLException {
        boolean apply = batch > 0;
        List<Reason> out = new ArrayList<>();
        for (Person p : people.values()) {
            Instant namedAt = namedAtOf.apply(p.id());
            if (namedAt == null || p.id().equals(me) || p.name().isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT named_at, name FROM author WHERE id = ?")) {
                ps.setString(1, p.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || p.name().equals(rs.getString(2))
                            || rs.getString(1) != null && !namedAt.isAfter(Instant.parse(rs.getString(1)))) {
                        continue;
                    }
                    out.add(Reason.of(AnonymousRenames.said(rs.getString(2), p.name()), rs.getString(2), p.name()));
                }
            }
            if (apply) {
                before(c, batch, p.id());
                ensure(c, p, namedAt);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Keeps how the layer of {@code authorId} is now (there or not, its name, nickname and when it was named)
     * under import {@code batch}, once per batch: the first image is the one before the import. Call it before
     * the import gives the person a layer or renames them ({@link #ensure}); {@link #undo} puts it back.
     */
    static void before(Connection c, long batch, String authorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO import_before_author (batch_id, author_id,"
                + " existed, name, nickname, named_at) SELECT ?, ?, count(a.id), max(a.name), max(a.nickname),"
                + " max(a.named_at) FROM (SELECT 1) LEFT JOIN author a ON a.id = ?")) {
            ps.setLong(1, batch);
            ps.setString(2, authorId);
            ps.setString(3, authorId);
            ps.executeUpdate();
        }
    }

    /**
     * Puts back the people import {@code batch} named or gave a layer (decision 0032): a layer it renamed gets
     * its name, nickname and naming time back; a layer it made goes, unless a note or vote of that person is
     * still here. The colour and whether the layer is shown are the reader's and are left as they are. Call it
     * after the batch's notes and votes are put back, inside the undo's transaction.
     */
    static void undo(Connection c, long batch) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT author_id, existed, name, nickname, named_at FROM"
                + " import_before_author WHERE batch_id = ?");
             PreparedStatement rename = c.prepareStatement(
                     "UPDATE author SET name = ?, nickname = ?, named_at = ? WHERE id = ?");
             PreparedStatement drop = c.prepareStatement("DELETE FROM author WHERE id = ? AND NOT EXISTS (SELECT 1 FROM"
                     + " annotation WHERE author_id = ?) AND NOT EXISTS (SELECT 1 FROM vote WHERE voter_id = ?)")) {
            read.setLong(1, batch);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (rs.getInt(2) != 0) {
                        rename.setString(1, rs.getString(3));
                        rename.setString(2, rs.getString(4));
                        rename.setString(3, rs.getString(5));
                        rename.setString(4, id);
                        rename.executeUpdate();
                    } else {
                        drop.setString(1, id);
                        drop.setString(2, id);
                        drop.setString(3, id);
                        drop.executeUpdate();
                    }
                }
            }
        }
    }

    /**
     * Gives {@code p} a layer if they have none: their colour when valid, else the next palette colour.
     * When they have one and {@code namedAt} is given and later than the time their name was last set, their
     * name and nickname become {@code p}'s (a person renamed in a newer file); an older file never renames.
     * The colour and visibility of an existing layer are the reader's and never change here.
     */
    static void ensure(Connection c, Person p, Instant namedAt) throws SQLException {
        String namedBefore = null;
        boolean exists = false;
        String name = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT named_at, name FROM author WHERE id = ?")) {
            ps.setString(1, p.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    exists = true;
                    namedBefore = rs.getString(1);
                    name = rs.getString(2);
                }
            }
        }
        if (exists) {
            boolean newer = namedAt != null && (namedBefore == null || namedAt.isAfter(Instant.parse(namedBefore)));
            if (newer && !p.name().isEmpty() && !(p.name().equals(name)) && !AnonymousRenames.refused(name, p.name())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE author SET name = ?, nickname = ?, named_at = ? WHERE id = ?")) {
                    ps.setString(1, p.name());
                    ps.setString(2, p.nickname().isEmpty() ? null : p.nickname());
                    ps.setString(3, namedAt.toString());
                    ps.setString(4, p.id());
                    ps.executeUpdate();
                }
            }
            return;
        }
        // The file's colour when no layer here has it (each participant's file proposes their own first
        // palette colour, which would make every layer alike), else the first palette colour not in use.
        java.util.Set<String> used = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT colour FROM author"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                used.add(rs.getString(1));
            }
        }
        String chosen = COLOUR.matcher(p.colour()).matches() && !used.contains(p.colour()) ? p.colour() : null;
        for (String candidate : PALETTE) {
            if (chosen == null && !used.contains(candidate)) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            chosen = PALETTE.get(used.size() % PALETTE.size());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO author (id, name, nickname, colour, visible,"
                + " named_at) VALUES (?, ?, ?, ?, 1, ?)")) {
            ps.setString(1, p.id());
            ps.setString(2, p.name());
            ps.setString(3, p.nickname().isEmpty() ? null : p.nickname());
            ps.setString(4, chosen);
            ps.setString(5, namedAt == null ? null : namedAt.toString());
            ps.executeUpdate();
        }
    }
}
