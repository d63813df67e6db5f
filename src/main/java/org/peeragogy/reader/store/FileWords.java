package org.peeragogy.reader.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peeragogy.reader.book.Annotation;

/**
 * The notes that are a file's words, not anyone's (decisions 0021, 0032, 0071), as every view counts them: a second
 * version of a note kept from a file (a conflict copy), and a note a file says is the reader's that the reader has not
 * saved since (a claimed note). They are listed apart, marked with the file they came from, and counted nowhere: no
 * thread, no open question, no person, no passage. The digest, the group view (its table, its threads, the contents'
 * "5 people · 2 open questions" and Hotspots) ask here, so they agree (fresh tester t15d's F1: a W3C file's question
 * under the facilitator's id was her open question in the group view, the contents and Hotspots, while the digest
 * listed it apart), as {@link BlindFirstPass} is the one place of the blind first pass.
 *
 * <p>Threads: the caller's, one allowed to use the database given. Throws what the stores throw.
 */
public final class FileWords {
    private FileWords() {
    }

    /**
     * Why a note is a file's words.
     *
     * @param originalId the note it is a second version of; "" for a claimed note (a new note, no original)
     * @param from       the file it came from, its name only ("ana.peeranotes"; a folder's import as it recorded itself,
     *                   "stick (3 files)"); "" when no import of it is recorded
     */
    public record Word(String originalId, String from) {
        /** Whether it is a note a file said was the reader's (not a second version). Any thread. */
        public boolean claimed() {
            return originalId.isEmpty();
        }
    }

    /**
     * Some notes split by {@link #split}.
     *
     * @param counted the notes that are their writers', in their order (tombstones included)
     * @param apart   the live notes that are files' words, in their order
     * @param words   why each of {@code apart} is, by note id
     */
    public record Outcome(List<Annotation> counted, List<Annotation> apart, Map<String, Word> words) {
        public Outcome {
            counted = List.copyOf(counted);
            apart = List.copyOf(apart);
            words = Map.copyOf(words);
        }
    }

    /**
     * The notes of {@code book} that are files' words, by note id: every conflict copy (deleted ones too: a deleted
     * copy is no one's note either) and every live claimed note. A read on the caller's thread.
     *
     * @throws StoreException when the notes cannot be read
     */
    public static Map<String, Word> of(Database db, String book) throws StoreException {
        SharedNotes shared = db.sharedNotes();
        Map<String, String> sources = shared.conflictSources(book);
        Map<String, Word> out = new HashMap<>();
        shared.conflictCopies(book).forEach((copy, original) -> out.put(copy,
                new Word(original, fileName(sources.getOrDefault(copy, "")))));
        shared.claimed(book).forEach((id, from) -> out.putIfAbsent(id, new Word("", fileName(from))));
        return out;
    }

    /** {@code notes} split into the writers' and the files' words ({@code words}, from {@link #of}). Pure; any thread. */
    public static Outcome split(List<Annotation> notes, Map<String, Word> words) {
        List<Annotation> counted = new ArrayList<>();
        List<Annotation> apart = new ArrayList<>();
        Map<String, Word> said = new HashMap<>();
        for (Annotation a : notes) {
            Word w = words.get(a.id());
            if (w == null) {
                counted.add(a);
            } else if (!a.isDeleted()) {
                apart.add(a);
                said.put(a.id(), w);
            }
        }
        return new Outcome(counted, apart, said);
    }

    /**
     * The last part of an import's source ("/media/stick/ana.peeranotes" → "ana.peeranotes"); as it is else. Pure;
     * any thread; never throws.
     */
    public static String fileName(String source) {
        try {
            Path p = Path.of(source).getFileName();
            return p == null ? source : p.toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }
}
