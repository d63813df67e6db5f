package org.peeragogy.reader.digest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.share.Chapters;
import org.peeragogy.reader.share.SafeWrite;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/**
 * The facilitator's digest from a notes file (issue 15): reads the open handbook's notes, conversation and imports
 * from the database, builds the {@link Digest} and writes it as Markdown, HTML or PDF. Notes marked private (only
 * their author could read them where they came from) are left out. The command line's {@code digest} and the
 * window's File → Digest use it. Not on the FX thread: it reads the database, places notes and writes a file.
 */
public final class Digests {
    /** The digest's formats, with the file extension each suggests. */
    public enum Format {
        MARKDOWN(".md"), HTML(".html"), PDF(".pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a command-line word names ("markdown", "html", "pdf"), or empty. Any thread. */
        public static Optional<Format> ofCode(String code) {
            for (Format f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(code)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final Database db;
    private final Chapters chapters;

    public Digests(Database db, Chapters chapters) {
        this.db = db;
        this.chapters = chapters;
    }

    /**
     * The digest of the open handbook, now by the database's clock.
     *
     * @param only  chapter ids to include; empty for all
     * @param words the language to write it in (the window's interface language, decision 0046)
     * @throws StoreException when the notes cannot be read
     */
    public Digest make(Set<String> only, Names names, DigestWords words) throws StoreException {
        return make(only, names, words, false);
    }

    /**
     * As {@link #make(Set, Names, DigestWords)}; {@code fullText} keeps every note whole, where the digest otherwise
     * cuts a text after {@link DigestBuilder#LONGEST} characters and says how many more the notes file has (t15b's
     * N10; {@code digest --full-text}).
     */
    public Digest make(Set<String> only, Names names, DigestWords words, boolean fullText) throws StoreException {
        Book book = chapters.book();
        Set<String> privates = db.sharedNotes().privateIds(book.identity());
        List<Annotation> notes = db.annotations().everything().stream()
                .filter(a -> a.book().equals(book.identity()) && !privates.contains(a.id())).toList();
        // The blind first pass holds here as in every view (try17w F14): others' notes only where you wrote.
        org.peeragogy.reader.store.BlindFirstPass.Outcome blind = org.peeragogy.reader.store.BlindFirstPass.apply(db, notes);
        notes = blind.shown();
        int imports = (int) db.sharing().batches().stream().filter(b -> b.undone().isEmpty()).count();
        String fingerprint = book.fingerprint();
        // "peeragogy.en, edition 3f2a…" in the digest's language (try17w F4: "edition" inside the Spanish line).
        String edition = words.say("digestDoc.editionOf", book.identity(),
                fingerprint.substring(0, Math.min(12, fingerprint.length())));
        Merged merged = merged();
        // Second versions kept from files, and notes a file says are the reader's not saved by her since (decision
        // 0032), are the files' words: listed apart saying the file, never as anyone's notes (t15b's F10, t15c's F4),
        // by the rule the group view counts by too (store.FileWords; t15d's F1).
        Map<String, DigestBuilder.SecondVersion> versions = new HashMap<>();
        org.peeragogy.reader.store.FileWords.of(db, book.identity()).forEach((id, w) -> versions.put(id,
                new DigestBuilder.SecondVersion(w.originalId(), names == Names.SHOW ? w.from()
                        : words.say("digestDoc.someFile"))));
        return DigestBuilder.build(book, edition, notes, db.conversation().of(book.identity()), chapters::place,
                imports, only, names, words, db.now(), versions, fullText ? Integer.MAX_VALUE : DigestBuilder.LONGEST,
                db.sharedNotes().anonymousByNoOne(book.identity()))
                .leavingOut(blind.hiddenChapters()).withFiles(names == Names.SHOW ? merged.shown() : List.of(), merged.count());
    }

    /** The last part of an import's source ("/media/stick/ana.peeranotes" → "ana.peeranotes"); as it is else. */
    static String fileName(String source) {
        return org.peeragogy.reader.store.FileWords.fileName(source);
    }

    /**
     * As {@link #write(Digest, Format, Path)}, for a file a person chose (the command line's {@code --out}, the window's
     * save dialog): never inside this reader's data folder nor the open handbook's folder ({@code share.OutputPlace};
     * fresh tester t15b's M1: {@code digest --out hb/wiki.md} replaced the chapter the group was discussing).
     *
     * @throws ShareException when the place is refused or the file cannot be written; nothing is written then
     */
    public String save(Digest digest, Format format, Path file) throws ShareException {
        Path data = db.file().toAbsolutePath().getParent();
        new org.peeragogy.reader.share.OutputPlace(data == null ? db.file() : data, chapters.location()).check(file);
        return write(digest, format, file);
    }

    /**
     * Writes {@code digest} to {@code file} in {@code format}, replacing it whole or not at all. It never replaces a
     * notes file or a file of a data folder ({@code share.SafeWrite}); the place a person chose is checked by
     * {@link #save}, which the command line and the window use.
     *
     * Returns what the reader should know of the file: for a PDF whose letters some font here lacks, "N characters
     * could not be drawn in the PDF: …" (F27); else "".
     *
     * @throws ShareException when the file cannot be written (the message says why and that nothing was written)
     */
    public static String write(Digest digest, Format format, Path file) throws ShareException {
        java.util.Set<Integer> missing = new java.util.TreeSet<>();
        SafeWrite.write(file, out -> {
            switch (format) {
                case MARKDOWN -> out.write(DigestMarkdown.write(digest).getBytes(StandardCharsets.UTF_8));
                case HTML -> out.write(DigestHtml.write(digest).getBytes(StandardCharsets.UTF_8));
                case PDF -> missing.addAll(DigestPdf.write(digest, out));
            }
        });
        return undrawn(missing);
    }

    /** What the reader is told of letters the PDF could not draw; "" for none. */
    static String undrawn(java.util.Set<Integer> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        missing.stream().limit(20).forEach(cp -> shown.append(shown.isEmpty() ? "" : " ").appendCodePoint(cp)
                .append(String.format(" (U+%04X)", cp)));
        return missing.size() + (missing.size() == 1 ? " character" : " characters") + " could not be drawn in the"
                + " PDF (no font on this computer has " + (missing.size() == 1 ? "it" : "them") + "): " + shown
                + (missing.size() > 20 ? " …" : "") + ". The HTML digest shows them; or install a font for that"
                + " script (for example Noto) and make the PDF again.";
    }

    /** The files merged: how each import is shown, and how many files in all. */
    private record Merged(List<String> shown, int count) {
    }

    /** "stick (3 files)", "group folder (2 files)": the source an import of several files records. */
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile(".* \\((\\d+) files?\\)");

    /**
     * The files merged by the imports not undone, oldest first (t15b's F5), each name once, as each import recorded it; a
     * folder's import from an earlier version, whose files were not recorded, as it called itself ("stick (3 files)"),
     * counting its files.
     */
    private Merged merged() throws StoreException {
        List<String> shown = new ArrayList<>();
        int count = 0;
        List<org.peeragogy.reader.store.ShareStore.Batch> batches = new ArrayList<>(db.sharing().batches());
        java.util.Collections.reverse(batches);
        for (org.peeragogy.reader.store.ShareStore.Batch b : batches) {
            if (b.undone().isPresent()) {
                continue;
            }
            java.util.regex.Matcher several = SEVERAL.matcher(b.source());
            if (!b.files().isEmpty()) {
                // A file merged again (a group folder's, each time it changed) is one file (fresh tester t15g's F2:
                // "Files merged: 6" for 3 people's files).
                for (String f : b.files()) {
                    String name = fileName(f);
                    if (!shown.contains(name)) {
                        shown.add(name);
                        count++;
                    }
                }
            } else if (several.matches()) {
                shown.add(b.source());
                count += Integer.parseInt(several.group(1));
            } else {
                shown.add(fileName(b.source()));
                count++;
            }
        }
        return new Merged(shown, count);
    }
}
