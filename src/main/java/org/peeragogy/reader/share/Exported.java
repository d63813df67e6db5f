package org.peeragogy.reader.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export wrote, and what it left out of the notes the filter chose: {@code privateLeftOut} notes
 * marked private (the reader did not include them), {@code copiesLeftOut} second versions kept from
 * files (conflict copies, never exported: decision 0021), {@code claimedLeftOut} notes a file said were the
 * reader's that the reader has not saved yet (decision 0032), {@code blindLeftOut} others' notes a blind first
 * pass hides (in chapters the reader has not written in yet; decision 0031).
 */
public record Exported(Path file, int notes, int tombstones, long bytes, int privateLeftOut, int copiesLeftOut,
                       int claimedLeftOut, int votes, int blindLeftOut) {
    /** Nothing hidden by a blind first pass. Threads: any; nothing is read or written. */
    public Exported(Path file, int notes, int tombstones, long bytes, int privateLeftOut, int copiesLeftOut,
                    int claimedLeftOut, int votes) {
        this(file, notes, tombstones, bytes, privateLeftOut, copiesLeftOut, claimedLeftOut, votes, 0);
    }

    /** Without votes (a Markdown export, which carries none). Threads: any; nothing is read or written. */
    public Exported(Path file, int notes, int tombstones, long bytes, int privateLeftOut, int copiesLeftOut,
                    int claimedLeftOut) {
        this(file, notes, tombstones, bytes, privateLeftOut, copiesLeftOut, claimedLeftOut, 0);
    }

    /** Without notes claimed from files. Threads: any; nothing is read or written. */
    public Exported(Path file, int notes, int tombstones, long bytes, int privateLeftOut, int copiesLeftOut) {
        this(file, notes, tombstones, bytes, privateLeftOut, copiesLeftOut, 0);
    }

    /**
     * What was left out, as a sentence, or "" when nothing was: "2 private notes left out; 1 second
     * version from a shared file left out (they are not yours to pass on; their authors share them)".
     */
    public String leftOut() {
        List<String> parts = new ArrayList<>();
        if (privateLeftOut > 0) {
            parts.add(privateLeftOut + (privateLeftOut == 1 ? " private note" : " private notes") + " left out");
        }
        if (copiesLeftOut > 0) {
            parts.add(copiesLeftOut + (copiesLeftOut == 1 ? " second version" : " second versions")
                    + " of notes, kept from shared files, left out (they are never passed on: whoever wrote"
                    + " them shares them)");
        }
        if (claimedLeftOut > 0) {
            parts.add(claimedLeftOut + (claimedLeftOut == 1 ? " note" : " notes") + " that a file said "
                    + (claimedLeftOut == 1 ? "was" : "were") + " yours left out until you save "
                    + (claimedLeftOut == 1 ? "it" : "each") + " yourself (Edit… in the notes panel)");
        }
        if (blindLeftOut > 0) {
            parts.add(blindLine(blindLeftOut));
        }
        return String.join("; ", parts);
    }

    /**
     * "3 notes of others left out: …", the command line's words for notes a blind first pass hides in an export. Any
     * thread.
     */
    public static String blindLine(int n) {
        return n + (n == 1 ? " note of others" : " notes of others") + " left out: the group's blind first pass hides"
                + (n == 1 ? " it" : " them") + " where you have not written yet, until you write a note of your own"
                + " there";
    }
}
