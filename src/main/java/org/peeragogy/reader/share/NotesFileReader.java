package org.peeragogy.reader.share;

import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.book.AuthorNames;
import org.peeragogy.reader.book.ChapterIds;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.MergeRecords;

/**
 * Reads a notes file from a stranger (decision 0008): a private copy, opened by {@link NotesFileGate} (the
 * header checked before SQLite sees it, read-only with limits, the schema compared with the exact
 * allow-list of its format), then every column's type and every value checked here. Format 1 files (before
 * author ids) are read with each author's id made from their name ({@link AuthorIds#fromName}); format 2
 * files carry the ids.
 */
final class NotesFileReader {
    private static final System.Logger LOG = System.getLogger(NotesFileReader.class.getName());
    private NotesFileReader() {
    }

    static ImportFile read(Path file) throws ShareException {
        long size;
        byte[] header = new byte[100];
        try {
            size = Files.size(file);
            BlankFiles.refuseBlank(file, size);
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(header, 0, 100) < 100) {
                    throw NotesFile.damaged(ImportReason.ENDS_TOO_EARLY, "shorter than its 100-byte header: " + size + " bytes");
                }
            }
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        }
        int version = NotesFileGate.checkHeader(header, size);
        Path copy = null;
        try {
            copy = Files.createTempFile("peeranotes-import-", ".db");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(copy) != size) {
                throw NotesFile.refuse(ImportReason.CHANGED_WHILE_READ);
            }
            try (Connection c = NotesFileGate.openHardened(copy, version)) {
                return readChecked(c, version);
            }
        } catch (IOException e) {
            throw new ShareException(Reason.of(ShareReason.CANNOT_READ, file, AtomicFiles.reason(e)), e);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Importing " + file + ": SQLite could not read it: " + sqliteReason(e));
            throw NotesFile.refuse(ImportReason.DAMAGED_OR_NOT);
        } finally {
            if (copy != null) {
                AtomicFiles.deleteQuietly(copy);
            }
        }
    }

    private static String sqliteReason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private static ImportFile readChecked(Connection c, int version) throws SQLException, ShareException {
        Map<String, String> meta = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM meta WHERE typeof(key) <> 'text'"
                    + " OR typeof(value) <> 'text' OR length(key) > 300 OR length(value) > 1000")) {
                if (rs.getInt(1) > 0) {
                    throw NotesFile.refuse(ImportReason.METADATA_MALFORMED);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM meta")) {
                if (rs.getInt(1) > 10_000) {
                    throw NotesFile.refuse(ImportReason.METADATA_TOO_LARGE);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT key, value FROM meta")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            if (!NotesFile.FORMAT.equals(meta.get("format")) || meta.get("format_version") == null) {
                throw NotesFile.refuse(ImportReason.METADATA_NO_FORMAT);
            }
            if (!String.valueOf(version).equals(meta.get("format_version"))) {
                throw NotesFile.refuse(Reason.of(ImportReason.METADATA_VERSION_DISAGREES,
                        AuthorNames.shorten(AuthorNames.listed(meta.get("format_version"))), version));
            }
            String book = meta.getOrDefault("book_identity", "");
            if (book.isBlank() || book.length() > 200) {
                throw NotesFile.refuse(ImportReason.NO_HANDBOOK);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM annotation")) {
                NoteCheck.limitCount(rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM annotation WHERE"
                    + " typeof(id) <> 'text' OR typeof(book_identity) <> 'text' OR typeof(chapter_id) <> 'text'"
                    + " OR typeof(kind) <> 'text' OR typeof(colour) <> 'text' OR typeof(note) <> 'text'"
                    + " OR typeof(author) <> 'text' OR typeof(created_at) <> 'text' OR typeof(updated_at) <> 'text'"
                    + " OR typeof(quote_exact) NOT IN ('text', 'null') OR typeof(quote_prefix) NOT IN ('text', 'null')"
                    + " OR typeof(quote_suffix) NOT IN ('text', 'null') OR typeof(position_start) NOT IN ('integer', 'null')"
                    + " OR typeof(position_end) NOT IN ('integer', 'null') OR typeof(block_id) NOT IN ('text', 'null')"
                    + " OR typeof(text_fingerprint) NOT IN ('text', 'null') OR typeof(deleted_at) NOT IN ('text', 'null')"
                    + (version >= 2 ? " OR typeof(author_id) <> 'text'" : ""))) {
                if (rs.getInt(1) > 0) {
                    throw NotesFile.refuse(Reason.of(ImportReason.NOTES_WRONG_TYPE, rs.getInt(1)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM annotation_tag WHERE typeof(annotation_id)"
                    + " <> 'text' OR typeof(tag) <> 'text') + (SELECT count(*) FROM share_base WHERE"
                    + " typeof(annotation_id) <> 'text' OR typeof(base_updated) <> 'text') + (SELECT count(*) FROM author"
                    + " WHERE typeof(name) <> 'text' OR typeof(colour) <> 'text'" + (version >= 2
                    ? " OR typeof(id) <> 'text' OR typeof(nickname) NOT IN ('text', 'null')" : "") + ")")) {
                if (rs.getInt(1) > 0) {
                    throw NotesFile.refuse(ImportReason.OTHERS_WRONG_TYPE);
                }
            }
        }
        Map<String, List<String>> tags = new HashMap<>();
        int tagRows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT annotation_id, tag FROM annotation_tag")) {
            while (rs.next()) {
                if (++tagRows > NoteCheck.MAX_NOTES * 4) {
                    throw NotesFile.refuse(ImportReason.FAR_TOO_MANY_TAGS);
                }
                tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, Instant> bases = new HashMap<>();
        List<Reason> badBases = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT annotation_id, base_updated FROM share_base")) {
            while (rs.next()) {
                try {
                    bases.put(rs.getString(1), NoteCheck.time(rs.getString(2), ImportReason.TIME_LAST_SHARED, Reason.of(ImportReason.WHERE_NOTE_REVISION)));
                } catch (ShareException e) {
                    // A damaged base only loses the note its "last shared" mark: it is then merged as newer-wins.
                    badBases.add(Reason.of(ImportReason.BASE_NOT_A_DATE, NoteCheck.label(Reason.of(
                            ImportReason.WHERE_SHARED_REVISION), rs.getString(1))));
                }
            }
        }
        Set<Reason> said = new java.util.LinkedHashSet<>(); // names shortened, ids not taken: each said once
        Map<String, AuthorStore.Person> people = people(c, version, said);
        Map<String, String> sources = NotesFileSources.read(c);
        Set<String> privates = privates(c);
        List<MergeRecords.Incoming> notes = new ArrayList<>();
        List<ImportFile.Skipped> skipped = new ArrayList<>();
        Set<String> allIds = new HashSet<>();
        List<Reason> labels = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, book_identity, chapter_id, kind,"
                + " colour, " + guarded("note") + ", author, created_at, updated_at, " + guarded("quote_exact") + ", "
                + guarded("quote_prefix") + ", " + guarded("quote_suffix") + ", position_start,"
                + " position_end, block_id, text_fingerprint, deleted_at, " + (version >= 2 ? "author_id" : "NULL")
                + " AS author_id FROM annotation")) {
            int n = 0;
            while (rs.next()) {
                n++;
                allIds.add(String.valueOf(rs.getString("id")).toLowerCase(java.util.Locale.ROOT));
                Reason label = NoteCheck.label(NoteCheck.where(ImportReason.WHERE_NOTE, n), rs.getString("id"));
                try {
                    notes.add(row(rs, n, label, tags, bases, sources, people, privates, said));
                    labels.add(label);
                } catch (NoteCheck.Skip skip) {
                    skipped.add(new ImportFile.Skipped(label, skip.reason()));
                } catch (ShareException e) {
                    skipped.add(NoteCheck.skipped(label, e)); // one bad value skips its note (decision 0028)
                }
            }
        }
        List<Reason> notKept = new ArrayList<>(said);
        notKept.addAll(badBases);
        notes = NoteCheck.uniqueIds(notes, labels, notKept);
        Optional<Instant> written = meta.containsKey("exported_at")
                ? Optional.of(NoteCheck.time(meta.get("exported_at"), ImportReason.TIME_EXPORT, Reason.of(ImportReason.WHERE_METADATA))) : Optional.empty();
        org.peeragogy.reader.store.Conversation conversation = version >= NotesFileConversation.VERSION
                ? NotesFileConversation.read(c, allIds, notes.stream().map(i -> i.annotation().id())
                        .collect(java.util.stream.Collectors.toSet()), meta.get("book_identity"), people)
                : org.peeragogy.reader.store.Conversation.NONE;
        return new ImportFile("notes", meta.get("book_identity"), notes, people, meta, skipped, notKept,
                written, conversation);
    }

    /**
     * The file's people by author id: format 1 names them only (their ids are made from the names). A person
     * whose id the reader does not take ({@link #authorId}) is left out (their notes fall back to their name),
     * and said so; names longer than the reader keeps are shortened.
     */
    private static Map<String, AuthorStore.Person> people(Connection c, int version, Set<Reason> said)
            throws SQLException {
        Map<String, AuthorStore.Person> people = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(version >= 2
                ? "SELECT id, name, nickname, colour FROM author LIMIT 10000"
                : "SELECT NULL, name, NULL, colour FROM author LIMIT 10000")) {
            while (rs.next()) {
                String name = NoteCheck.author(rs.getString(2), said);
                Optional<String> id = version >= 2 ? authorId(rs.getString(1), name, said)
                        : Optional.of(AuthorIds.fromName(name));
                if (id.isEmpty()) {
                    continue;
                }
                String nickname = rs.getString(3) == null ? "" : NoteCheck.author(rs.getString(3), said);
                String colour = rs.getString(4);
                people.put(id.get(), new AuthorStore.Person(id.get(), name, nickname,
                        colour != null && colour.matches("#[0-9a-f]{6}") ? colour : ""));
            }
        }
        return people;
    }

    /**
     * {@code id} when the reader takes it as {@code name}'s author id: an id of a scheme that names people
     * ({@link AuthorIds#isValid}) that is not made from a name, or the one made from {@code name} itself (a
     * file cannot claim another name's id). Else empty, and {@code said} gets a line: the note is then known
     * by its author's name (decision 0021; a bad id never refuses the file).
     */
    private static Optional<String> authorId(String id, String name, Set<Reason> said) {
        if (AuthorIds.isValid(id) && (!AuthorIds.isNameOnly(id) || id.equals(AuthorIds.fromName(name)))) {
            return Optional.of(id);
        }
        said.add(Reason.of(ImportReason.AUTHOR_ID_NOT_TAKEN, AuthorNames.shorten(String.valueOf(id)), name,
                AuthorIds.MAX_LENGTH));
        return Optional.empty();
    }

    /** The notes the file marks private ({@code share_private}, optional). */
    private static Set<String> privates(Connection c) throws SQLException, ShareException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet t = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'share_private'")) {
            if (t.getInt(1) == 0) {
                return out;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT annotation_id, typeof(annotation_id) = 'text' FROM share_private")) {
            while (rs.next()) {
                if (rs.getInt(2) == 0 || out.size() >= NoteCheck.MAX_NOTES) {
                    throw NotesFile.refuse(ImportReason.PRIVATE_MALFORMED);
                }
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * A text column read only when SQLite may hand it over: a value longer than the hardened connection's length limit
     * ({@link NotesFileGate#MAX_VALUE_BYTES}) is read as NULL and its size in bytes as {@code COLUMN_bytes}, so that one
     * such note is skipped with its reason, not the whole file refused as damaged (SQLITE_TOOBIG: tester t15's and
     * t15b's F6, a 2,000,000-character note). {@code octet_length} reads a value's size without reading the value.
     */
    private static String guarded(String column) {
        return "CASE WHEN octet_length(" + column + ") > " + NotesFileGate.MAX_VALUE_BYTES + " THEN NULL ELSE " + column
                + " END AS " + column + ", octet_length(" + column + ") AS " + column + "_bytes";
    }

    /** {@code column} as {@link #guarded} read it; a value too large to read skips its note, saying so. */
    private static String guardedText(ResultSet rs, String column, ImportReason what, int max)
            throws SQLException, NoteCheck.Skip {
        long bytes = rs.getLong(column + "_bytes");
        if (bytes > NotesFileGate.MAX_VALUE_BYTES) {
            throw new NoteCheck.Skip(Reason.of(ImportReason.FIELD_TOO_BIG_SKIP, Reason.of(what), max, bytes));
        }
        return rs.getString(column);
    }

    private static MergeRecords.Incoming row(ResultSet rs, int n, Reason label, Map<String, List<String>> tags, Map<String, Instant> bases,
                                           Map<String, String> sources, Map<String, AuthorStore.Person> people,
                                           Set<String> privates, Set<Reason> said)
            throws SQLException, ShareException, NoteCheck.Skip {
        Reason where = NoteCheck.where(ImportReason.WHERE_NOTE, n);
        String id = NoteCheck.uuid(rs.getString("id"), where);
        String book = NoteCheck.text(rs.getString("book_identity"), 200, ImportReason.FIELD_HANDBOOK_NAME, where);
        String chapter = rs.getString("chapter_id");
        // A notes file is ours: an id no file can have means it was made by hand or damaged; that note is
        // skipped and listed, like any other value out of range (decision 0028).
        if (!NoteCheck.isChapterId(chapter)) {
            throw NoteCheck.bad(where, Reason.of(ImportReason.BAD_CHAPTER_ID, ChapterIds.MAX_LENGTH));
        }
        Annotation.Kind kind;
        try {
            kind = Annotation.Kind.ofCode(rs.getString("kind"));
        } catch (IllegalArgumentException e) {
            throw NoteCheck.bad(where, ImportReason.UNKNOWN_KIND);
        }
        Optional<Annotation.Colour> known = Annotation.Colour.ofCode(rs.getString("colour"));
        if (known.isEmpty()) {
            said.add(Reason.of(ImportReason.LABELLED, label, NoteCheck.unknownColour(rs.getString("colour"))));
        }
        Annotation.Colour colour = known.orElse(Annotation.Colour.YELLOW);
        String note = NoteCheck.content(guardedText(rs, "note", ImportReason.FIELD_NOTE,
                org.peeragogy.reader.book.Annotation.MAX_NOTE), org.peeragogy.reader.book.Annotation.MAX_NOTE,
                ImportReason.FIELD_NOTE, where);
        String author = NoteCheck.author(rs.getString("author"), said);
        String rawAuthorId = rs.getString("author_id");
        String authorId = rawAuthorId == null ? AuthorIds.fromName(author)
                : authorId(rawAuthorId, author, said).orElse(AuthorIds.fromName(author));
        AuthorStore.Person person = people.get(authorId);
        if (person != null) {
            author = person.name(); // the name the file gives the person now
        }
        Instant created = NoteCheck.time(rs.getString("created_at"), ImportReason.TIME_CREATED, where);
        Instant updated = NoteCheck.time(rs.getString("updated_at"), ImportReason.TIME_UPDATED, where);
        String deletedText = rs.getString("deleted_at");
        Optional<Instant> deleted = deletedText == null ? Optional.empty()
                : Optional.of(NoteCheck.time(deletedText, ImportReason.TIME_DELETED, where));
        Optional<TextAnchor> anchor = Optional.empty();
        String exact = guardedText(rs, "quote_exact", ImportReason.FIELD_QUOTE, NoteCheck.MAX_QUOTE);
        if (exact != null && deleted.isEmpty()) {
            Object ps = rs.getObject("position_start");
            Object pe = rs.getObject("position_end");
            long start = ps == null ? 0 : ((Number) ps).longValue();
            long end = pe == null ? start : ((Number) pe).longValue();
            if (start < 0 || end < start || end > 50_000_000) {
                said.add(Reason.of(ImportReason.LABELLED, label, NoteCheck.BAD_POSITION));
                start = 0;
                end = 0;
            }
            anchor = Optional.of(new TextAnchor(new TextQuoteSelector(
                    NoteCheck.content(exact, NoteCheck.MAX_QUOTE, ImportReason.FIELD_QUOTE, where),
                    NoteCheck.content(guardedText(rs, "quote_prefix", ImportReason.FIELD_QUOTE_CONTEXT, NoteCheck.MAX_CONTEXT),
                            NoteCheck.MAX_CONTEXT, ImportReason.FIELD_QUOTE_CONTEXT, where),
                    NoteCheck.content(guardedText(rs, "quote_suffix", ImportReason.FIELD_QUOTE_CONTEXT, NoteCheck.MAX_CONTEXT),
                            NoteCheck.MAX_CONTEXT, ImportReason.FIELD_QUOTE_CONTEXT, where)),
                    new TextPositionSelector((int) start, (int) end),
                    NoteCheck.text(rs.getString("block_id"), 200, ImportReason.FIELD_BLOCK_ID, where),
                    NoteCheck.text(rs.getString("text_fingerprint"), 200, ImportReason.FIELD_FINGERPRINT, where)));
        }
        List<String> t = deleted.isPresent() ? List.of() : NoteCheck.tags(tags.getOrDefault(rs.getString("id"), List.of()), where);
        Annotation a = new Annotation(id, book, chapter, kind, colour, deleted.isPresent() ? "" : note, t, author,
                authorId, created, updated, anchor, deleted);
        return new MergeRecords.Incoming(a, Optional.ofNullable(bases.get(rs.getString("id"))),
                Optional.ofNullable(sources.get(rs.getString("id"))), privates.contains(rs.getString("id")));
    }
}
