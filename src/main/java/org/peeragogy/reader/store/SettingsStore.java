package org.peeragogy.reader.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small named preferences (theme, window size, text size, the handbook's location). */
public final class SettingsStore {
    private final Database db;

    SettingsStore(Database db) {
        this.db = db;
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
            throw new StoreException("Reading the setting '" + key + "' failed: " + e.getMessage(), e);
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
            throw db.writeFailed("Saving the setting '" + key + "'", e);
        }
    }
}
