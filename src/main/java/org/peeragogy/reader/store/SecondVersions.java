package org.peeragogy.reader.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peeragogy.reader.book.Annotation;

/**
 * The second versions a merge keeps of a note (conflict copies, {@code annotation_share.conflict_of}), and under which
 * id the next one goes (fresh tester t38's F2). Every distinct text is kept once: a version whose content a live second
 * version of the note has already is no news, whatever its time (two sync tools' copies with one time stamp but other
 * words were "nothing new" when told apart by time alone, and one text came twice when its time changed). A version
 * from a named file (a sync tool's conflict copy) goes under an id of that file, so that the same file's later edit
 * replaces its earlier one rather than piling up. A second version the reader deleted stays deleted. Runs inside the
 * merge's connection; threads: the merge's.
 */
final class SecondVersions {
    private SecondVersions() {
    }

    /** Where a version goes: under {@code id}, replacing the second version there ({@code replaces}). */
    record Copy(String id, boolean replaces) {
    }

    /**
     * The second versions (tombstones included) of each of the notes {@code ids}, by the note's id.
     *
     * @throws StoreException when they cannot be read
     */
    static Map<String, List<Annotation>> of(Connection c, AnnotationReads reads, Collection<String> ids)
            throws StoreException {
        Map<String, String> originalOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, conflict_of FROM annotation_share"
                + " WHERE conflict_of IN " + Ids.IN_JSON)) {
            ps.setString(1, Ids.json(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    originalOf.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(org.peeragogy.reader.book.Reason.of(StoreReason.READ_NOTES_FAILED,
                    String.valueOf(e.getMessage())), e);
        }
        Map<String, List<Annotation>> out = new HashMap<>();
        for (Annotation a : reads.withIds(originalOf.keySet())) {
            out.computeIfAbsent(originalOf.get(a.id()), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    /**
     * Where incoming version {@code i} of note {@code l} goes as a second version, given {@code versions} (those
     * {@link #of} read, and those written since in the same merge); null when it makes none: its words are kept
     * already, or the reader deleted that version. {@code besideOf}: the file it comes from (null when not known).
     */
    static Copy copy(Annotation l, Annotation i, List<Annotation> versions, String besideOf) {
        Map<String, Annotation> byId = new HashMap<>();
        for (Annotation v : versions) {
            if (!v.isDeleted() && MergePlan.sameContent(v, i)) {
                return null; // these words are kept already: never twice
            }
            byId.put(v.id(), v);
        }
        Annotation sameTime = byId.get(ShareStore.conflictCopyId(l.id(), i.updated()));
        if (sameTime != null && sameTime.isDeleted()) {
            return null; // the reader deleted this version: it stays deleted
        }
        if (besideOf != null) {
            String id = idOf(l.id(), "file|" + besideOf);
            Annotation had = byId.get(id);
            if (had != null && had.isDeleted()) {
                return null; // the reader deleted this file's version, as a note deleted stays deleted
            }
            return new Copy(id, had != null);
        }
        if (sameTime == null) {
            return new Copy(ShareStore.conflictCopyId(l.id(), i.updated()), false);
        }
        // The same time, other words (a wrong clock, a copy edited by hand): kept too, under an id of its words.
        String id = idOf(l.id(), i.updated() + "|" + i.note() + "|" + i.tags() + "|" + i.colour() + "|" + i.kind()
                + "|" + i.anchor() + "|" + i.chapterId());
        return byId.containsKey(id) ? null : new Copy(id, false);
    }

    /** {@code versions} with the second version {@code copy} of {@code original} as written under {@code id}. */
    static void written(Map<String, List<Annotation>> versions, String original, String id, Annotation i) {
        List<Annotation> list = versions.computeIfAbsent(original, k -> new ArrayList<>());
        list.removeIf(v -> v.id().equals(id));
        list.add(new Annotation(id, i.book(), i.chapterId(), i.kind(), i.colour(), i.note(), i.tags(), i.author(),
                i.authorId(), i.created(), i.updated(), i.anchor(), java.util.Optional.empty()));
    }

    private static String idOf(String originalId, String what) {
        return UUID.nameUUIDFromBytes(("conflict|" + originalId + "|" + what).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
