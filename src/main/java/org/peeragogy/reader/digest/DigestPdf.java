package org.peeragogy.reader.digest;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A {@link Digest} as PDF, laid out by openhtmltopdf (on PDFBox) from the digest's own HTML ({@link DigestHtml}):
 * the same content, text kept as text (extractable, searchable). The HTML is parsed by jsoup and handed over as a
 * DOM, so no person-written text is ever read as markup, and nothing is fetched (the document has no outside
 * resource). Letters: DejaVu Sans is embedded (as a subset) when the system has it, so any script it covers
 * shows, with no ligatures (each letter its own glyph and its own text: "first", never "ﬁrst"); without it the PDF's
 * standard fonts show Latin text and "#" for other letters (decision 0029).
 * openhtmltopdf's own log lines are switched off, and PDFBox's font warnings kept to errors (they would print on
 * the command line). Any thread but the FX
 * thread; a few seconds for a whole book.
 */
public final class DigestPdf {
    /** Where Linux distributions put DejaVu Sans (Debian/Ubuntu, Fedora, Arch). */
    private static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts"), Path.of("/usr/share/fonts/TTF"));

    /**
     * PDFBox warns, once per standard font, that it lays that font out with a system font instead: true and
     * harmless here (the digest's text is in the embedded font), but printed on the command line. Held so that the
     * level stays set (java.util.logging keeps loggers weakly).
     */
    private static final java.util.logging.Logger PDFBOX_FONTS = quiet("org.apache.pdfbox.pdmodel.font");
    /**
     * In the packaged app (one module, decision 0019) PDFBox cannot reach the JDK's internal buffer cleaner and
     * logs a SEVERE stack trace once; it then frees its buffers the ordinary way. Nothing is wrong: kept quiet.
     */
    private static final java.util.logging.Logger PDFBOX_IO = quiet("org.apache.pdfbox.io.IOUtils");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(name.endsWith("IOUtils") ? java.util.logging.Level.OFF : java.util.logging.Level.SEVERE);
        return l;
    }

    private DigestPdf() {
    }

    /**
     * Writes the digest to {@code out} as PDF (the stream is not closed). Letters DejaVu Sans lacks are drawn in a
     * system font that has them ({@link PdfFonts}, F27); returns the letters no font here has (empty: all drawn).
     *
     * @throws IOException when writing fails or the layout cannot be made
     */
    public static java.util.Set<Integer> write(Digest d, OutputStream out) throws IOException {
        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        List<TrueTypeFont> opened = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            builder.usePDDocument(doc);
            String style = "";
            Path regular = font("DejaVuSans.ttf");
            if (regular != null) {
                builder.useFont(lettersAsTyped(doc, regular, opened), "Digest Sans", 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
                Path bold = font("DejaVuSans-Bold.ttf");
                if (bold != null) {
                    builder.useFont(lettersAsTyped(doc, bold, opened), "Digest Sans", 700,
                            BaseRendererBuilder.FontStyle.NORMAL, true);
                }
            }
            PdfFonts fonts = PdfFonts.forText(Jsoup.parse(DigestHtml.write(d, "")).text(), regular);
            StringBuilder families = new StringBuilder(regular != null ? "'Digest Sans', " : "");
            for (int i = 0; i < fonts.fallbacks().size(); i++) {
                // Kept as they are: a fallback may be an Indic script's, whose conjuncts PDFBox forms from its GSUB.
                builder.useFont(fonts.fallbacks().get(i).toFile(), "Digest Fallback " + i, 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
                families.append("'Digest Fallback ").append(i).append("', ");
            }
            if (!families.isEmpty()) {
                style = "body, h1, h2, h3 { font-family: " + families + "sans-serif; }\n";
            }
            org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(DigestHtml.write(d, style)));
            builder.useFastMode();
            builder.withW3cDocument(dom, "about:blank");
            builder.toStream(out);
            try {
                builder.run();
            } catch (RuntimeException e) {
                throw new IOException("The PDF could not be laid out: " + e.getMessage(), e);
            }
            return fonts.missing();
        } finally {
            for (TrueTypeFont f : opened) {
                f.close();
            }
        }
    }

    /**
     * {@code file} (DejaVu Sans, a Latin font) for {@code doc} with its glyph substitutions off: PDFBox otherwise
     * draws "fi", "ffi" and "fl" as one ligature glyph, whose text is the ligature's own letter (U+FB01 …), so the
     * PDF's text read "ﬁrst" and a search for "first" missed it (issue 15's F6). Each letter is then its own glyph
     * and its own text. The font is kept open in {@code opened} until the PDF is written (its subset is made then).
     */
    private static PDFontSupplier lettersAsTyped(PDDocument doc, Path file, List<TrueTypeFont> opened)
            throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        opened.add(ttf);
        ttf.setEnableGsub(false);
        return new PDFontSupplier(PDType0Font.load(doc, ttf, true));
    }

    private static Path font(String name) {
        for (Path dir : FONT_DIRS) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }
}
