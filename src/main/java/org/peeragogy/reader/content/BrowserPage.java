package org.peeragogy.reader.content;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.book.Resource;

/**
 * A chapter as a page for the system browser (issue 14: screen readers read a browser's page with their
 * full support, where the window's WebView is not exposed): the same sanitised page the window shows, with
 * no script at all, the reader's style sheet beside it, and its images copied next to it, so it opens
 * from the disk with nothing fetched from anywhere.
 *
 * <p>It is written into a folder of its own made in the system's temporary folder, readable by its owner
 * only where the file system has POSIX permissions (owner-only {@code rwx------}; on Windows a user's
 * temporary folder is already theirs alone). Any thread; does disk work (call it off the FX thread).
 */
public final class BrowserPage {
    /** The policy of the written page: its own style sheet and images from the disk; no script, nothing fetched. */
    static final String CSP = "default-src 'none'; script-src 'none'; style-src 'self' file: 'unsafe-inline'; "
            + "img-src 'self' file:; font-src 'none'; connect-src 'none'; object-src 'none'; frame-src 'none'; "
            + "form-action 'none'; base-uri 'none'";
    static final String STYLE_FILE = "reader.css";
    static final String PAGE_FILE = "chapter.html";

    private BrowserPage() {
    }

    /** Makes a new folder in the system's temporary folder that only its owner may read. */
    public static Path privateFolder() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory("peeragogy-reader-page-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory("peeragogy-reader-page-");
    }

    /**
     * Writes {@code page} into {@code folder} as {@value #PAGE_FILE}, with {@code stylesheet} as
     * {@value #STYLE_FILE} and each image of the page copied under {@code book/} as the page names it.
     * An image the handbook no longer has is left out (the browser shows its alt text). Chapter links lose
     * their address (the other chapters are not written); footnotes and outside links keep theirs.
     *
     * @param theme "light", "sepia" or "dark", as the window shows it
     * @return the page written
     * @throws IOException when the folder cannot be written; what was written stays for the caller to remove
     */
    public static Path write(RenderedChapter page, Handbook handbook, String stylesheet, String theme, Path folder)
            throws IOException {
        Document doc = Jsoup.parse(page.html());
        doc.select("script, meta[http-equiv], link").remove();
        doc.head().prependElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLE_FILE);
        doc.selectFirst("html").addClass("theme-" + ("dark".equals(theme) || "sepia".equals(theme) ? theme : "light"));
        for (Element a : doc.select("a[data-chapter]")) {
            a.removeAttr("href").removeAttr("data-chapter").removeAttr("data-fragment");
        }
        Files.writeString(folder.resolve(STYLE_FILE), stylesheet, StandardCharsets.UTF_8);
        Path book = folder.resolve("book").normalize();
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            if (!src.startsWith("book/")) {
                img.removeAttr("src"); // only the handbook's own images are ever in a page
                continue;
            }
            String path = URLDecoder.decode(src.substring("book/".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            Path to = book.resolve(path).normalize();
            Optional<Resource> image = to.startsWith(book) ? handbook.resource(path) : Optional.empty();
            if (image.isEmpty()) {
                img.removeAttr("src");
                continue;
            }
            Files.createDirectories(to.getParent());
            Files.write(to, image.get().bytes());
        }
        Path out = folder.resolve(PAGE_FILE);
        Files.writeString(out, doc.outerHtml(), StandardCharsets.UTF_8);
        return out;
    }
}
