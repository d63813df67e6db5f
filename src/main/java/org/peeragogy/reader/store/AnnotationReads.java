package org.peeragogy.reader.store;

import org.peeragogy.reader.book.Reason;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;

/**
 * The notes' reads, behind {@link AnnotationStore}'s (which say more of each) and {@link ShareStore}'s (the notes an
 * import plans against): their SQL, the rows read into {@link Annotation}s with the author's name as it is now
 * (decision 0017), and their tags in one more query. They read on the database's one connection, inside the caller's
 * transaction when there is one. Threads: any, one call at a time per database; a read that fails throws
 * {@link StoreException} (READ_NOTES_FAILED, with SQLite's message) and changes nothing.
 */
final class AnnotationReads {
    /**
     * The columns a note is read with: as written, except that {@code author} is the name the author has
     * now (their layer's), so a person who renames shows the new name on every note (decision 0017).
     */
    static final String SELECTED = AnnotationStore.COLUMNS.replace(" author,", " coalesce((SELECT au.name FROM author au"
            + " WHERE au.id = annotation.author_id), annotation.author) AS author,");

    private final Database db;

    AnnotationReads(Database db) {
        this.db = db;
    }

    /** The note with this id, tombstone or not; empty when there is none. */
    Optional<Annotation> find(String id) throws StoreException {
        List<Annotation> found = query("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Live notes of one chapter (any stored form of its id, decision 0023), oldest first. */
    List<Annotation> chapter(String book, String chapterId) throws StoreException {
        // Notes stored under the decomposed or composed form of the id are on the same chapter (decision 0023).
        List<String> forms = List.copyOf(org.peeragogy.reader.book.ChapterIds.storedForms(chapterId));
        List<String> args = new java.util.ArrayList<>();
        args.add(book);
        args.addAll(forms);
        return query("WHERE book_identity = ? AND chapter_id IN (" + String.join(", ", java.util.Collections.nCopies(forms.size(), "?"))
                + ") AND deleted_at IS NULL ORDER BY created_at, id", args.toArray(String[]::new));
    }

    /** Live notes of a handbook, oldest first. */
    List<Annotation> book(String book) throws StoreException {
        return query("WHERE book_identity = ? AND deleted_at IS NULL ORDER BY created_at, id", book);
    }

    /** Live notes of a handbook on none of {@code chapterIds} (one bound parameter each), oldest first. */
    List<Annotation> elsewhere(String book, java.util.Collection<String> chapterIds) throws StoreException {
        List<String> args = new ArrayList<>();
        args.add(book);
        args.addAll(chapterIds);
        return query("WHERE book_identity = ? AND deleted_at IS NULL AND chapter_id NOT IN ("
                + String.join(", ", java.util.Collections.nCopies(chapterIds.size(), "?")) + ") ORDER BY created_at, id",
                args.toArray(String[]::new));
    }

    /** Live notes of a handbook by any of these author ids, oldest first; none for no ids. */
    List<Annotation> byAuthors(String book, java.util.Collection<String> authors) throws StoreException {
        if (authors.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>();
        args.add(book);
        args.addAll(authors);
        return query("WHERE book_identity = ? AND deleted_at IS NULL AND author_id IN ("
                + String.join(", ", java.util.Collections.nCopies(authors.size(), "?")) + ") ORDER BY created_at, id",
                args.toArray(String[]::new));
    }

    /** Live notes of a handbook whose author's layer is shown (no layer: shown), oldest first. */
    List<Annotation> visible(String book) throws StoreException {
        return query("WHERE book_identity = ? AND deleted_at IS NULL AND author_id NOT IN"
                + " (SELECT id FROM author WHERE visible = 0) ORDER BY created_at, id", book);
    }

    /** Every note of every handbook, tombstones included. */
    List<Annotation> everything() throws StoreException {
        return query("ORDER BY created_at, id");
    }

    /** The notes, tombstones included, with any of these ids, in no particular order; none for no ids. */
    List<Annotation> withIds(java.util.Collection<String> ids) throws StoreException {
        return ids.isEmpty() ? List.of() : query("WHERE id IN " + Ids.IN_JSON, Ids.json(ids));
    }

    /** The notes of the rows {@code where} (SQL after FROM annotation, its ? bound to {@code args}) picks, with tags. */
    private List<Annotation> query(String where, String... args) throws StoreException {
        String sql = "SELECT " + SELECTED + " FROM annotation " + where;
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            Map<String, Annotation> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Annotation a = read(rs);
                    rows.put(a.id(), a);
                }
            }
            return withTags(new ArrayList<>(rows.values()), where, args);
        } catch (SQLException | IllegalArgumentException e) {
            throw new StoreException(Reason.of(StoreReason.READ_NOTES_FAILED, String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads the tags of the same rows in one more query (not one per annotation). */
    private List<Annotation> withTags(List<Annotation> rows, String where, String... args) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<String>> tags = new LinkedHashMap<>();
        String filter = where.replaceFirst("(?i)\\s*ORDER BY.*$", "");
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT annotation_id, tag FROM annotation_tag"
                + " WHERE annotation_id IN (SELECT id FROM annotation " + filter + ") ORDER BY annotation_id, tag")) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<Annotation> out = new ArrayList<>(rows.size());
        for (Annotation a : rows) {
            out.add(new Annotation(a.id(), a.book(), a.chapterId(), a.kind(), a.colour(), a.note(),
                    tags.getOrDefault(a.id(), List.of()), a.author(), a.authorId(), a.created(), a.updated(), a.anchor(),
                    a.deleted()));
        }
        return out;
    }

    /**
     * A note from a row with the columns of {@link AnnotationStore#COLUMNS}; an {@code author_id} that is empty (a row from
     * before author ids, read by salvage) gives the id made from the name.
     */
    static Annotation read(ResultSet rs) throws SQLException {
        Optional<TextAnchor> anchor = Optional.empty();
        if (rs.getString("quote_exact") != null) {
            anchor = Optional.of(new TextAnchor(
                    new TextQuoteSelector(rs.getString("quote_exact"), rs.getString("quote_prefix"), rs.getString("quote_suffix")),
                    new TextPositionSelector(rs.getInt("position_start"), rs.getInt("position_end")),
                    rs.getString("block_id"), rs.getString("text_fingerprint")));
        }
        String deleted = rs.getString("deleted_at");
        return new Annotation(rs.getString("id"), rs.getString("book_identity"), rs.getString("chapter_id"),
                Annotation.Kind.ofCode(rs.getString("kind")),
                Annotation.Colour.ofCode(rs.getString("colour")).orElse(Annotation.Colour.YELLOW),
                rs.getString("note"), List.of(), rs.getString("author"), rs.getString("author_id"),
                Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")), anchor,
                deleted == null ? Optional.empty() : Optional.of(Instant.parse(deleted)));
    }
}
