package org.peeragogy.reader.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hits of one search, read from the search tables ({@link SearchTables}) on the caller's connection: the best
 * rows of each table by bm25, each raised by its chapter's title when that holds any of the words, grouped by chapter
 * ({@link SearchIndex#search} says how), each with its snippet ({@link Snippets}). Split from {@link SearchIndex},
 * which keeps building and the read connection. Threads: the caller's, which holds that connection alone.
 */
final class SearchRanking {
    /** bm25 weights of the columns title, heading, body (and book, which only filters). */
    private static final String TEXT_RANK = "bm25(search_text, 10.0, 4.0, 1.0, 0.0)";
    /** bm25 weights of the columns note, quote, tags (and book, which only filters). */
    private static final String NOTE_RANK = "bm25(search_note, 2.0, 1.0, 2.0, 0.0)";
    /** The text columns of a note's row, in the order a snippet is taken from them. */
    private static final List<String> NOTE_COLUMNS = List.of("note", "quote", "tags");
    /** Matches read before grouping by chapter. */
    private static final int CANDIDATES = 400;
    /**
     * Snippet lengths in tokens, tried in turn until the snippet shows every word searched for (64 is
     * FTS5's most); words further apart than that are marked in the page when the hit is opened.
     */
    private static final int[] SNIPPET_TOKENS = {14, 32, 64};

    private SearchRanking() {
    }

    /**
     * The hits for {@code match} (the MATCH expression of {@code query}, whose {@code items} they are), at most
     * {@code max}, in {@code bookIdentity}'s handbook and notes.
     */
    static List<SearchHit> hits(Connection c, String bookIdentity, String query, List<SearchQuery.Item> items,
                                String match, int max) throws SQLException {
        // The reader's words may only match the text columns; the book column limits to one book.
        // A passage's row has one non-empty text column, so all its words are in the shown text;
        // a note's words must all be in one column, the one whose snippet is shown.
        String inBook = " AND book : \"" + SearchIndex.bookToken(bookIdentity) + "\"";
        String text = "{title heading body} : (" + match + ")" + inBook;
        String notes = "(" + String.join(" OR ", NOTE_COLUMNS.stream()
                .map(col -> col + " : (" + match + ")").toList()) + ")" + inBook;
        List<Candidate> all = new ArrayList<>();
        candidates(c, "search_text", TEXT_RANK, "''", SearchHit.Kind.CHAPTER, text, all);
        candidates(c, "search_note", NOTE_RANK, "n.annotation_id", SearchHit.Kind.NOTE, notes, all);
        Map<String, Double> titled = titleWeights(c, SearchQuery.toAnyMatch(query).orElseThrow(), inBook);
        all.replaceAll(k -> k.plus(titled.getOrDefault(k.chapterId(), 0.0)));
        all.sort(Comparator.comparingDouble(Candidate::rank));
        List<Candidate> chosen = group(all, max);
        return hits(c, bookIdentity, items, chosen);
    }

    private record Candidate(SearchHit.Kind kind, long rowid, String chapterId, String blockId, String annotationId,
                             double rank) {
        Candidate plus(double weight) {
            return new Candidate(kind, rowid, chapterId, blockId, annotationId, rank + weight);
        }
    }

    /**
     * The chapters whose title has any of the words, each with its title row's rank (negative): added to
     * the rank of every hit in the chapter, so that the Wrapper pattern's passages about the wrapper role
     * come before a passage elsewhere that merely names it. The hits themselves still hold all the words.
     */
    private static Map<String, Double> titleWeights(Connection c, String anyWord, String inBook) throws SQLException {
        Map<String, Double> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT chapter_id, " + TEXT_RANK + " FROM search_text"
                + " WHERE search_text MATCH ? LIMIT ?")) {
            ps.setString(1, "title : (" + anyWord + ")" + inBook);
            ps.setInt(2, CANDIDATES);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getString(1), rs.getDouble(2), Math::min);
                }
            }
        }
        return out;
    }

    /**
     * The best {@link #CANDIDATES} rows of {@code table} for {@code match}, by {@code rank} and then rowid. The
     * rows are chosen by rowid and rank alone, and only the chosen ones are read for their chapter, block and
     * {@code annotation} (an expression over {@code n}, the row read): a common prefix matches thousands of rows,
     * and reading the stored columns of every one of them before sorting took about a fifth of the query
     * (docs/performance.md, "Search").
     */
    private static void candidates(Connection c, String table, String rank, String annotation, SearchHit.Kind kind,
                                   String match, List<Candidate> into) throws SQLException {
        // CROSS JOIN keeps the chosen rows the outer loop: each is then read by its rowid.
        String sql = "SELECT k.id, n.chapter_id, n.block_id, " + annotation + ", k.r FROM (SELECT rowid AS id, "
                + rank + " AS r FROM " + table + " WHERE " + table + " MATCH ? ORDER BY r, rowid LIMIT ?) AS k"
                + " CROSS JOIN " + table + " AS n ON n.rowid = k.id ORDER BY k.r, k.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, match);
            ps.setInt(2, CANDIDATES);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.add(new Candidate(kind, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDouble(5)));
                }
            }
        }
    }

    /** Best-first candidates to hits in chapter groups, the chapter of the best hit first. */
    private static List<Candidate> group(List<Candidate> bestFirst, int max) {
        Map<String, List<Candidate>> byChapter = new LinkedHashMap<>();
        int taken = 0;
        for (Candidate k : bestFirst) {
            if (taken == max) {
                break;
            }
            List<Candidate> g = byChapter.computeIfAbsent(k.chapterId(), x -> new ArrayList<>());
            if (g.stream().filter(o -> o.kind() == k.kind()).count() < SearchIndex.HITS_PER_CHAPTER) {
                g.add(k);
                taken++;
            }
        }
        return byChapter.values().stream().flatMap(List::stream).toList();
    }

    private static List<SearchHit> hits(Connection c, String book, List<SearchQuery.Item> items, List<Candidate> chosen)
            throws SQLException {
        List<SearchHit> out = new ArrayList<>(chosen.size());
        Map<String, String> titles = new HashMap<>();
        try (PreparedStatement text = c.prepareStatement("SELECT shown FROM search_text WHERE rowid = ?");
             PreparedStatement note = c.prepareStatement(
                     "SELECT note_shown, quote_shown, tags_shown FROM search_note WHERE rowid = ?");
             PreparedStatement title = c.prepareStatement(
                     "SELECT title FROM search_chapter WHERE book_identity = ? AND chapter_id = ?")) {
            for (Candidate k : chosen) {
                // Split into words once, however many lengths are tried.
                Snippets.Split shown = k.kind() == SearchHit.Kind.CHAPTER
                        ? Snippets.split(shown(text, k.rowid(), 1).get(0), items)
                        : noteColumn(shown(note, k.rowid(), NOTE_COLUMNS.size()), items);
                String snippet = "";
                for (int words : SNIPPET_TOKENS) {
                    Snippets.Snippet sn = shown.cut(words);
                    snippet = sn.text();
                    if (sn.showsAll()) {
                        break;
                    }
                }
                String t = titles.computeIfAbsent(k.chapterId(), id -> title(title, book, id));
                out.add(new SearchHit(k.kind(), k.chapterId(), k.blockId(),
                        k.kind() == SearchHit.Kind.NOTE ? Optional.of(k.annotationId()) : Optional.empty(), t, snippet,
                        k.rank()));
            }
        }
        return out;
    }

    /** The shown columns of one row ("" for none, or a row written by an older reader). */
    private static List<String> shown(PreparedStatement ps, long rowid, int columns) throws SQLException {
        List<String> out = new ArrayList<>(columns);
        ps.setLong(1, rowid);
        try (ResultSet rs = ps.executeQuery()) {
            boolean row = rs.next();
            for (int i = 1; i <= columns; i++) {
                String v = row ? rs.getString(i) : null;
                out.add(v == null ? "" : v);
            }
        }
        return out;
    }

    /** The first of a note's texts (note, quote, tags) that holds all the words: the one its snippet shows. */
    private static Snippets.Split noteColumn(List<String> texts, List<SearchQuery.Item> items) {
        Snippets.Split first = null;
        for (String t : texts) {
            Snippets.Split s = Snippets.split(t, items);
            if (s.holdsAll()) {
                return s;
            }
            first = first == null ? s : first;
        }
        return first;
    }

    private static String title(PreparedStatement ps, String book, String chapterId) {
        try {
            ps.setString(1, book);
            ps.setString(2, chapterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : chapterId;
            }
        } catch (SQLException e) {
            return chapterId;
        }
    }
}
