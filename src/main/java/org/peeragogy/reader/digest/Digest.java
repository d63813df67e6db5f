package org.peeragogy.reader.digest;

import java.time.Instant;
import java.util.List;

/**
 * What a facilitator's digest says (issue 15, decision 0029), already counted, sorted and with names as
 * {@link Names} shows them: the writers ({@link DigestMarkdown}, {@link DigestHtml}, {@link DigestPdf}) only lay
 * it out. Made by {@link DigestBuilder}. Plain data; any thread.
 *
 * @param handbook the handbook's title
 * @param edition  its identity and fingerprint ("peeragogy.en, edition 3f2a…")
 * @param made     when the digest was made (UTC)
 * @param imports  imports merged into this notes file (recorded, not undone)
 * @param people   everyone with a note in the digest, as named
 * @param chapters the chapters with notes, in book order (then chapters the book does not have)
 * @param unplaced notes that could not be placed in this edition, listed rather than dropped
 * @param words    the language it is written in (tester's F18); its placeholders and names already are
 * @param blindChapters chapters whose others' notes were left out: the blind first pass is on and the reader has
 *                 not written there yet (try17w F14); 0 when it is off or hides nothing
 */
public record Digest(String handbook, String edition, Instant made, int imports, List<String> people,
                     List<ChapterDigest> chapters, List<Item> unplaced, DigestWords words, int blindChapters,
                     List<Version> versions, List<String> files, int fileCount) {
    /** A digest that leaves nothing out for a blind first pass. */
    public Digest(String handbook, String edition, Instant made, int imports, List<String> people,
                  List<ChapterDigest> chapters, List<Item> unplaced, DigestWords words) {
        this(handbook, edition, made, imports, people, chapters, unplaced, words, 0);
    }

    /** A digest without second versions kept from files, nor the names of the files merged. */
    public Digest(String handbook, String edition, Instant made, int imports, List<String> people,
                  List<ChapterDigest> chapters, List<Item> unplaced, DigestWords words, int blindChapters) {
        this(handbook, edition, made, imports, people, chapters, unplaced, words, blindChapters, List.of(), List.of(), 0);
    }

    /** This digest, saying that the others' notes of {@code n} chapters were left out (blind first pass). */
    public Digest leavingOut(int n) {
        return new Digest(handbook, edition, made, imports, people, chapters, unplaced, words, n, versions, files,
                fileCount);
    }

    /** This digest, listing these second versions kept from files apart (t15b's F10, decision 0071). */
    public Digest withVersions(List<Version> v) {
        return new Digest(handbook, edition, made, imports, people, chapters, unplaced, words, blindChapters, v, files,
                fileCount);
    }

    /**
     * This digest, saying the files merged (t15b's F5: "Imports merged: 1" after a folder of three files): {@code count}
     * files, shown as {@code shown} (each file's name; a folder's import, whose files are not recorded one by one, as
     * "stick (3 files)").
     */
    public Digest withFiles(List<String> shown, int count) {
        return new Digest(handbook, edition, made, imports, people, chapters, unplaced, words, blindChapters, versions,
                shown, count);
    }

    public Digest {
        java.util.Objects.requireNonNull(words);
        people = List.copyOf(people);
        chapters = List.copyOf(chapters);
        unplaced = List.copyOf(unplaced);
        versions = List.copyOf(versions);
        files = List.copyOf(files);
    }

    /**
     * A second version of a note, kept from a file that changed it while it also changed here (decision 0021): listed
     * apart, never as the note of the person it names (a file can name anyone; t15b's F10).
     *
     * @param item the version as the file has it
     * @param from the file (or folder) it came from
     * @param of   the text of the note it is a version of ("" when that note is gone)
     */
    public record Version(Item item, String from, String of) {
    }

    /** Whether the chapter is the one of notes whose chapter is not known at all ("Not in this edition"). */
    static boolean noChapter(ChapterDigest c) {
        return c.id().equals(org.peeragogy.reader.book.ChapterIds.UNPLACED);
    }

    /**
     * Whether anyone in {@link #people} is an anonymous asker ("Anonymous", "Anonymous (2)"): the digest then says
     * that each is one reader who may also be named (decision 0065). Any thread.
     */
    public boolean anonymousAskers() {
        String anonymous = words.say("digestDoc.anonymous");
        return people.stream().anyMatch(p -> p.equals(anonymous) || p.startsWith(anonymous + " ("));
    }

    /** Whether the digest holds no note at all, nor anyone (t32's F16: it did not say so). */
    public boolean noNotes() {
        return people.isEmpty() && chapters.stream().allMatch(ChapterDigest::empty);
    }

    /**
     * What the digest holds, in a few words: "3 chapters, 5 people, 2 open questions" and, when there are any,
     * ", 1 note that could not be placed". The command line and the window say it after writing one. Any thread.
     */
    public String summary() {
        int open = chapters.stream().mapToInt(c -> c.open().size()).sum();
        // Chapters of the book with notes: "Not in this edition" is no chapter (t15b's F10 re-check), a chapter asked
        // for with no notes is said apart (t15b's N6).
        long real = chapters.stream().filter(c -> !noChapter(c) && !c.empty()).count();
        List<String> empty = chapters.stream().filter(ChapterDigest::empty).map(ChapterDigest::title).toList();
        return real + (real == 1 ? " chapter, " : " chapters, ")
                + people.size() + (people.size() == 1 ? " person, " : " people, ")
                + open + (open == 1 ? " open question" : " open questions")
                + (unplaced.isEmpty() ? "" : ", " + unplaced.size()
                + (unplaced.size() == 1 ? " note" : " notes") + " that could not be placed")
                + (versions.isEmpty() ? "" : ", " + versions.size() + (versions.size() == 1 ? " second version"
                : " second versions") + " kept from files listed apart")
                + (blindChapters == 0 ? "" : "; blind first pass: others' notes left out of " + blindChapters
                + (blindChapters == 1 ? " chapter" : " chapters") + " you have not written in yet")
                + (empty.isEmpty() ? "" : "; no notes yet in " + String.join(", ", empty));
    }

    /**
     * One chapter.
     *
     * @param passages the most-marked passages, most people first (at most {@link DigestBuilder#PASSAGES})
     * @param open     open questions, most votes first, each with its thread
     * @param answered answered questions, most votes first, each with its thread (shown folded)
     * @param tags     tags on the chapter's notes with how many notes carry each, most first
     * @param waiting  threads whose first note is missing (not arrived yet), with the replies kept under the
     *                 placeholder, oldest first
     * @param loops    threads whose notes reply to one another in a circle (a forged or damaged file: A replies to B,
     *                 B to A), shown from the note where the circle was cut ({@code book.Threads}), oldest first, so
     *                 that no note is left out (tester's F13); a thread whose cut note is a question is under open or
     *                 answered instead, once (t15's F5)
     * @param orphaned threads whose first note was deleted by its author, with the replies kept under "Deleted note"
     *                 (try17w F13: they were listed as waiting for their note), oldest first
     * @param discussions threads whose first note is a live note that is not a question, with its replies, oldest
     *                 first: shown folded as answered questions are (tester t15's F11: such a thread vanished from the
     *                 digest once its first note arrived)
     */
    public record ChapterDigest(String id, String title, int people, int highlights, int notes,
                                List<Thread> open, List<Thread> answered, List<Passage> passages, List<Tag> tags,
                                List<Thread> waiting, List<Thread> loops, List<Thread> orphaned,
                                List<Thread> discussions) {
        /** A chapter without discussions (threads that are not questions). */
        public ChapterDigest(String id, String title, int people, int highlights, int notes, List<Thread> open,
                             List<Thread> answered, List<Passage> passages, List<Tag> tags, List<Thread> waiting,
                             List<Thread> loops, List<Thread> orphaned) {
            this(id, title, people, highlights, notes, open, answered, passages, tags, waiting, loops, orphaned,
                    List.of());
        }

        /** A chapter without replies to deleted notes. */
        public ChapterDigest(String id, String title, int people, int highlights, int notes, List<Thread> open,
                             List<Thread> answered, List<Passage> passages, List<Tag> tags, List<Thread> waiting,
                             List<Thread> loops) {
            this(id, title, people, highlights, notes, open, answered, passages, tags, waiting, loops, List.of());
        }

        /** Whether the chapter has no notes at all (asked for by name, it is listed saying so: t15b's N6). */
        public boolean empty() {
            return highlights == 0 && notes == 0 && people == 0;
        }

        public ChapterDigest {
            discussions = List.copyOf(discussions);
            orphaned = List.copyOf(orphaned);
            loops = List.copyOf(loops);
            waiting = List.copyOf(waiting);
            open = List.copyOf(open);
            answered = List.copyOf(answered);
            passages = List.copyOf(passages);
            tags = List.copyOf(tags);
        }
    }

    /** A passage and how many distinct people highlighted or noted it. */
    public record Passage(String quote, int people) {
    }

    /** A tag and how many of the chapter's live notes carry it. */
    public record Tag(String tag, int count) {
    }

    /**
     * One note of a thread at its depth (0 for the question).
     *
     * @param text   the note's text, or what a placeholder says ("Deleted note")
     * @param quote  the passage it is on ("" for none)
     * @param by     who wrote it, as named ("" for a placeholder)
     * @param votes  its +1s now
     * @param answer whether its question's asker marked it as the answer
     */
    public record Item(int depth, String text, String quote, String by, int votes, boolean answer) {
    }

    /** A question and its replies, depth first, as shown. */
    public record Thread(List<Item> items) {
        public Thread {
            items = List.copyOf(items);
        }

        public Item question() {
            return items.get(0);
        }
    }
}
