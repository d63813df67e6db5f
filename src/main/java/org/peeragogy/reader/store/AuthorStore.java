package org.peeragogy.reader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Authors as layers: each person whose notes are in the file has a colour and a shown/hidden flag.
 * The reader's own name is a layer like any other.
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

    /** One author layer. */
    public record Author(String name, String colour, boolean visible) {
    }

    /**
     * Every author with a layer or a note, by name; authors of notes get a layer (and a colour) on first sight.
     * Threads: a write when an author is new, so not the FX thread; one call at a time per database.
     *
     * @throws StoreException when the authors cannot be read or a new layer cannot be saved
     */
    public List<Author> list() throws StoreException {
        Connection c = db.connection();
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT author FROM annotation"
                    + " WHERE deleted_at IS NULL AND author NOT IN (SELECT name FROM author) ORDER BY author");
                 ResultSet rs = ps.executeQuery()) {
                List<String> missing = new ArrayList<>();
                while (rs.next()) {
                    missing.add(rs.getString(1));
                }
                // Read-only, authors without a layer are simply listed without one (and shown).
                for (String name : db.readOnly() ? List.<String>of() : missing) {
                    ensure(c, name, null);
                }
            }
            List<Author> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, colour, visible FROM author ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Author(rs.getString(1), rs.getString(2), rs.getInt(3) != 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Reading the authors of your notes failed: " + e.getMessage(), e);
        }
    }

    /**
     * Layer colours by author name, read only (for writing files). Threads: a read; any thread, one call at a
     * time per database.
     *
     * @throws StoreException when the authors cannot be read
     */
    public java.util.Map<String, String> colours() throws StoreException {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT name, colour FROM author ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Reading the authors of your notes failed: " + e.getMessage(), e);
        }
    }

    /**
     * Shows or hides an author's notes (giving the author a layer if they have none). Threads: a write; not
     * the FX thread, one call at a time per database.
     *
     * @throws StoreException when it cannot be saved; the message names the cause (nothing changes)
     */
    public void setVisible(String name, boolean visible) throws StoreException {
        update(name, "UPDATE author SET visible = ? WHERE name = ?", visible ? 1 : 0);
    }

    /**
     * Sets an author's layer colour ({@code #rrggbb}). Threads: a write; not the FX thread, one call at a time
     * per database.
     *
     * @throws StoreException when the colour is not {@code #rrggbb} in lower case, or it cannot be saved
     *                        (nothing changes)
     */
    public void setColour(String name, String colour) throws StoreException {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new StoreException("A layer colour is written #rrggbb in lower case, not " + colour + ".", null);
        }
        update(name, "UPDATE author SET colour = ? WHERE name = ?", colour);
    }

    private void update(String name, String sql, Object value) throws StoreException {
        try {
            ensure(db.connection(), name, null);
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                ps.setObject(1, value);
                ps.setString(2, name);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw db.writeFailed("Saving the author layer", e);
        }
    }

    /** Gives {@code name} a layer if it has none: {@code colour} when valid, else the next palette colour. */
    static void ensure(Connection c, String name, String colour) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM author WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        String chosen = colour != null && COLOUR.matcher(colour).matches() ? colour : null;
        if (chosen == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM author");
                 ResultSet rs = ps.executeQuery()) {
                chosen = PALETTE.get(rs.getInt(1) % PALETTE.size());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO author (name, colour, visible) VALUES (?, ?, 1)")) {
            ps.setString(1, name);
            ps.setString(2, chosen);
            ps.executeUpdate();
        }
    }
}
