package org.peeragogy.reader.content;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;

/** Opens handbooks: a folder, a zip of one, or our own bundled reader's guide. */
public final class Handbooks {
    private static final String CONTENT = "peeragogy-content/";
    private static final String MANIFEST = CONTENT + "reading-order.tsv";
    private static final String GUIDE = CONTENT + "guide/";

    private Handbooks() {
    }

    /** Opens a handbook folder or a .zip of the same tree (possibly under one top folder). */
    public static Handbook open(Path folderOrZip) throws HandbookException {
        return open(folderOrZip, null);
    }

    /**
     * As {@link #open(Path)}, in one of the languages the folder holds (decision 0015): a BCP 47 tag as
     * {@link org.peeragogy.reader.book.Book#language()} gives it ("" for untagged originals); null, or a
     * language the folder does not hold, opens its default language.
     */
    public static Handbook openIn(Path folderOrZip, String language) throws HandbookException {
        return open(folderOrZip, null, language);
    }

    /** As {@link #open(Path)}; a folder is named {@code name} (when not null) where nothing else names the book. */
    static Handbook open(Path folderOrZip, String name) throws HandbookException {
        return open(folderOrZip, name, null);
    }

    /** As {@link #openIn}; a folder is named {@code name} (when not null) where nothing else names the book. */
    static Handbook open(Path folderOrZip, String name, String language) throws HandbookException {
        if (folderOrZip == null || !Files.exists(folderOrZip)) {
            throw new HandbookException(Reason.of(ContentReason.NOTHING_AT, String.valueOf(folderOrZip)));
        }
        Source source;
        try {
            source = Files.isDirectory(folderOrZip) ? new FolderSource(folderOrZip, name) : new ZipSource(folderOrZip);
        } catch (ZipException e) {
            throw new HandbookException(Reason.of(ContentReason.NOT_A_ZIP, String.valueOf(folderOrZip.getFileName())), e);
        } catch (IOException e) {
            throw new HandbookException(Reason.of(ContentReason.NOT_READ, folderOrZip, String.valueOf(e.getMessage())), e);
        }
        try {
            if (OpenHandbook.chapterPaths(source.files()).isEmpty()) {
                throw new HandbookException(Reason.of(ContentReason.NO_CHAPTERS, folderOrZip));
            }
            return OpenHandbook.open(source, manifest(), false, RenderLimits.STANDARD, language,
                    other -> reopen(folderOrZip, name, other));
        } catch (HandbookException e) {
            closeQuietly(source);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(source);
            throw new HandbookException(Reason.of(ContentReason.NOT_READ_FILES, folderOrZip,
                    org.peeragogy.reader.book.Messages.reason(e)), e);
        }
    }

    /** A language's own name for itself ("Español", "ไทย"), for messages; the tag itself when unknown. */
    public static String languageName(String tag) {
        return tag == null || tag.isEmpty() ? "" : LanguageTags.label(tag);
    }

    /** Our own short reader's guide, shown when no handbook is installed. */
    public static Handbook guide() {
        try {
            byte[] bytes = ClasspathSource.readResource(GUIDE + "reading-order.tsv")
                    .orElseThrow(() -> new IOException("the reader's guide is missing from the application"));
            Manifest manifest = Manifest.parse(bytes);
            List<String> files = manifest.chapters().stream().map(e -> e.id() + ".md").toList();
            return OpenHandbook.open(new ClasspathSource(GUIDE, files, "bundled reader's guide"),
                    Optional.of(manifest), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders every chapter and collects problems. */
    public static CheckReport check(Handbook h) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Chapter> chapters = h.book().chapters();
        for (Chapter c : chapters) {
            problems.addAll(h.render(c.id()).problems());
        }
        return new CheckReport(chapters.size(), problems);
    }

    /**
     * The chapters of {@code h} that the reader will not show, found quickly without rendering them (a
     * chapter that cannot be read, is too large or is nested too deeply; decision 0011). {@link #check}
     * finds these and the ones refused while rendering. Empty for handbooks not opened by this class.
     * Reads every chapter file (milliseconds for the handbook); throws {@link java.io.InterruptedIOException}
     * when the calling thread is interrupted.
     */
    public static List<Problem> screen(Handbook h) throws IOException {
        return h instanceof OpenHandbook open ? open.screen() : List.of();
    }

    private static Handbook reopen(Path folderOrZip, String name, String language) throws IOException {
        try {
            return open(folderOrZip, name, language);
        } catch (HandbookException e) {
            throw new ExplainedIOException(e.reason(), null, e);
        }
    }

    private static Optional<Manifest> manifest() throws IOException {
        return ClasspathSource.readResource(MANIFEST).map(Manifest::parse);
    }

    private static void closeQuietly(Source source) {
        try {
            source.close();
        } catch (IOException ignored) {
            // Already reporting the failure that matters.
        }
    }
}
