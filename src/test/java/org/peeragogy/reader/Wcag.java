package org.peeragogy.reader;

import java.util.Locale;

/**
 * WCAG 2.x contrast, for the tests of the themes. Relative luminance
 * {@code L = 0.2126 R + 0.7152 G + 0.0722 B}, each sRGB channel {@code c} (0..1) linearised as
 * {@code c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4}
 * (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance); contrast ratio {@code (L1 + 0.05) / (L2 + 0.05)},
 * L1 the lighter (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio); level AA asks 4.5:1 for text
 * (success criterion 1.4.3, https://www.w3.org/TR/WCAG22/#contrast-minimum).
 */
public final class Wcag {
    /** Level AA for normal text. */
    public static final double AA = 4.5;
    /** Success criterion 1.4.6 (level AAA), normal text: what the high-contrast theme meets (issue 14). */
    public static final double AAA = 7.0;

    private Wcag() {
    }

    /** r, g, b (0..255) and alpha (0..1) of a CSS colour: #rgb, #rrggbb, rgb(...) or rgba(...). */
    public static double[] rgba(String css) {
        String c = css.strip().toLowerCase(Locale.ROOT);
        if (c.startsWith("#")) {
            String h = c.length() == 4 ? "" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3)
                    + c.charAt(3) : c.substring(1);
            return new double[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                Integer.parseInt(h.substring(4, 6), 16), 1};
        }
        String[] p = c.substring(c.indexOf('(') + 1, c.indexOf(')')).split(",");
        return new double[] {Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
            Double.parseDouble(p[2].strip()), p.length > 3 ? Double.parseDouble(p[3].strip()) : 1};
    }

    /** Relative luminance of r, g, b (0..255). */
    public static double luminance(double[] rgb) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** The contrast ratio of two opaque colours, 1..21. */
    public static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A translucent colour laid over an opaque one ("source over"). */
    public static double[] over(double[] top, double[] below) {
        double a = top[3];
        return new double[] {top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a),
            top[2] * a + below[2] * (1 - a), 1};
    }
}
