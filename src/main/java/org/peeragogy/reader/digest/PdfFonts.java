package org.peeragogy.reader.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Fonts of the system for letters DejaVu Sans lacks (issue 15 F27: Chinese and Thai came out as "#"): the system's
 * TrueType fonts are looked at only when the digest has such letters, in the folders fontconfig reads on Linux
 * ({@code /usr/share/fonts}, {@code /usr/local/share/fonts}, {@code ~/.local/share/fonts}, {@code ~/.fonts}), in
 * name order, and a font is taken when its Unicode cmap holds a letter still missing. Collections (.ttc) and
 * CFF-outline OpenType fonts are skipped: PDFBox embeds TrueType outlines only. What no font holds is said
 * ({@link #missing}), never silently drawn as "#". Any thread; reads font files (tens of milliseconds each).
 */
final class PdfFonts {
    private final List<Path> fallbacks;
    private final Set<Integer> missing;

    private PdfFonts(List<Path> fallbacks, Set<Integer> missing) {
        this.fallbacks = List.copyOf(fallbacks);
        this.missing = Set.copyOf(missing);
    }

    /** The fonts to add after {@code main} (null: none found) for the letters of {@code text}. */
    static PdfFonts forText(String text, Path main) {
        Set<Integer> needed = new TreeSet<>();
        text.codePoints().filter(PdfFonts::drawn).forEach(needed::add);
        needed.removeIf(cp -> main == null ? cp < 0x100 : covers(main, cp));
        List<Path> found = new ArrayList<>();
        if (!needed.isEmpty()) {
            for (Path font : systemFonts()) {
                if (needed.isEmpty()) {
                    break;
                }
                Set<Integer> held = held(font, needed);
                if (!held.isEmpty()) {
                    found.add(font);
                    needed.removeAll(held);
                }
            }
        }
        return new PdfFonts(found, needed);
    }

    /** The fallback fonts, in the order they are tried. */
    List<Path> fallbacks() {
        return fallbacks;
    }

    /** The letters no font could draw, as code points in order. */
    Set<Integer> missing() {
        return missing;
    }

    /** A letter or sign that takes a glyph (not white space, a control or an invisible format character). */
    private static boolean drawn(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SPACE_SEPARATOR && type != Character.UNASSIGNED;
    }

    private static boolean covers(Path font, int cp) {
        return !held(font, Set.of(cp)).isEmpty();
    }

    private static Set<Integer> held(Path font, Set<Integer> wanted) {
        Set<Integer> held = new TreeSet<>();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            var cmap = ttf.getUnicodeCmapLookup();
            for (int cp : wanted) {
                if (cmap.getGlyphId(cp) > 0) {
                    held.add(cp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A font PDFBox cannot read (CFF outlines, damage) is not used; the letters it might hold stay missing.
            System.getLogger(PdfFonts.class.getName()).log(System.Logger.Level.DEBUG, "Font not used: " + font, e);
        }
        return held;
    }

    private static List<Path> systemFonts() {
        String home = System.getProperty("user.home", "");
        List<Path> dirs = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".local/share/fonts"), Path.of(home, ".fonts"));
        List<Path> fonts = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 4)) {
                files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"))
                        .filter(Files::isRegularFile).sorted().forEach(fonts::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                System.getLogger(PdfFonts.class.getName()).log(System.Logger.Level.DEBUG, "Fonts not read: " + dir, e);
            }
        }
        return fonts;
    }
}
