package org.peeragogy.reader.digest;

import org.peeragogy.reader.book.Reason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.peeragogy.reader.share.ShareException;

/**
 * A facilitator's digest that arrived in a group folder, opened by a participant from the folder's notice (issue
 * 16). Every file in the folder is a stranger's, so what the system opens is a copy made here, in a folder of the
 * caller's (one only its owner may read), never the file itself:
 *
 * <ul>
 *   <li>an HTML digest: its body through an allow-list of the digest's own elements and attributes (jsoup's
 *       {@link Cleaner}: no script, event handler, frame, form, object or style element from the file), under the
 *       digest's own style sheet ({@link DigestHtml}) and a Content-Security-Policy that allows no script and
 *       nothing from outside, as {@link DigestHtml} writes it;</li>
 *   <li>a PDF digest when its first bytes say it is a PDF, a Markdown digest when it is UTF-8 text: copied as they
 *       are (the system's PDF viewer and text editor read them).</li>
 * </ul>
 *
 * Threads: any but the FX thread (it reads and writes files).
 */
public final class Handouts {
    /** The largest digest opened: a digest of 15,000 notes is a few megabytes (docs/performance.md). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /**
     * The largest HTML digest cleaned: cleaning parses the whole page into memory, several times its size (a
     * try-out's 24 MB page of 400,000 paragraphs kept a core busy for minutes); four times the largest digest the
     * reader writes.
     */
    public static final long MAX_HTML_BYTES = 16L * 1024 * 1024;

    /** The copy's policy: its own style only; no script, nothing fetched, no form sent, no other base. */
    static final String CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'none';"
            + " object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

    private Handouts() {
    }

    /**
     * A copy of the digest {@code file} to open, in {@code folder}, as the class comment says.
     *
     * @return the copy, named as the file
     * @throws ShareException when the file is not there any more, is not a regular file, is larger than
     *                        {@link #MAX_BYTES}, is not what its name says, or the copy cannot be written; the message
     *                        says which and what to do, and nothing is opened
     */
    public static Path copyForReading(Path file, Path folder) throws ShareException {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ShareException(Reason.of(DigestReason.GONE, name));
            }
            long max = lower.endsWith(".html") || lower.endsWith(".htm") ? MAX_HTML_BYTES : MAX_BYTES;
            if (Files.size(file) > max) {
                throw new ShareException(Reason.of(DigestReason.TOO_LARGE, name, max >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ShareException(Reason.of(DigestReason.UNREADABLE, name, String.valueOf(e.getMessage())), e);
        }
        byte[] copy;
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            copy = safeHtml(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } else if (lower.endsWith(".pdf")) {
            if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                throw new ShareException(Reason.of(DigestReason.NOT_A_PDF, name));
            }
            copy = bytes;
        } else if (lower.endsWith(".md") && isUtf8(bytes)) {
            copy = bytes;
        } else {
            throw new ShareException(Reason.of(DigestReason.NOT_A_DIGEST, name));
        }
        try {
            Path out = folder.resolve(name);
            Files.write(out, copy);
            return out;
        } catch (IOException e) {
            throw new ShareException(Reason.of(DigestReason.NOT_COPIED, String.valueOf(e.getMessage())), e);
        }
    }

    /** {@code html}'s body through the digest's allow-list, in a document of the digest's own head. */
    static String safeHtml(String html) {
        Document dirty = Jsoup.parse(html);
        Safelist allowed = Safelist.relaxed().removeTags("img").addTags("section", "details", "summary")
                .addAttributes(":all", "class", "lang", "dir").addAttributes("li", "style");
        // The cleaned document is the copy: its body's nodes are never moved one by one (moving each from the front
        // of a list renumbered the rest: quadratic, minutes for a page of 400,000 paragraphs).
        Document out = new Cleaner(allowed).clean(dirty);
        out.outputSettings().charset("UTF-8").prettyPrint(true);
        out.selectFirst("html").attr("lang", dirty.selectFirst("html") == null ? "" : dirty.selectFirst("html").attr("lang"));
        Element head = out.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
        head.appendElement("title").text(dirty.title());
        head.appendElement("style").appendChild(new DataNode(DigestHtml.STYLE));
        return out.outerHtml();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
