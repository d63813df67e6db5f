package org.peeragogy.reader.content;

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
            throw new HandbookException("There is no file or folder at " + folderOrZip
                    + ". Check the path, then choose the handbook folder or its .zip file again.");
        }
        Source source;
        try {
            source = Files.isDirectory(folderOrZip) ? new FolderSource(folderOrZip, name) : new ZipSource(folderOrZip);
        } catch (ZipException e) {
            throw new HandbookException(folderOrZip.getFileName() + " could not be read as a zip archive: it may be "
                    + "damaged or not a zip file at all. Download it again, or unpack it and choose the folder.", e);
        } catch (IOException e) {
            throw new HandbookException("The handbook at " + folderOrZip + " could not be read (" + e.getMessage()
                    + "). Check that the file or folder is readable, then try again.", e);
        }
        try {
            if (OpenHandbook.chapterPaths(source.files()).isEmpty()) {
                throw new HandbookException("There are no chapters in " + folderOrZip + ": a handbook is a folder of "
                        + "Markdown (.md) chapter files. Choose the folder that holds them, or a .zip of it.");
            }
            return OpenHandbook.open(source, manifest(), false, RenderLimits.STANDARD, language,
                    other -> reopen(folderOrZip, name, other));
        } catch (HandbookException e) {
            closeQuietly(source);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(source);
            throw new HandbookException("The handbook at " + folderOrZip + " could not be read: " + e.getMessage()
                    + " Check the files, or download the handbook again.", e);
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
            throw new IOException(e.getMessage(), e);
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
