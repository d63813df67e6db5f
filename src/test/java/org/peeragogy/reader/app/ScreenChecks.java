package org.peeragogy.reader.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.peeragogy.reader.Wcag;

/**
 * What a reader can see of a window as the next frame paints it, checked from the scene graph (issue 12):
 * <ul>
 * <li>{@link #lowContrast}: every text painted (labels, cells, fields' text and prompt text, disabled
 * controls, search snippets) against what is behind it, at WCAG 2.2 AA for text (SC 1.4.3, 4.5:1); a
 * faded control (Modena fades a disabled one to 40 %) is laid over what is behind it as painted; and the
 * focus ring of the focused field or button against what is around it, at AA for non-text (SC 1.4.11, 3:1).
 * Formulas in {@link Wcag}.</li>
 * <li>{@link #cutText}: every label or cell whose text is cut to "…" without its whole text in a tooltip.</li>
 * <li>{@link #untranslated}: in the pseudo-locale (decision 0030), every word the window shows, says to a screen
 * reader or puts in a tooltip, prompt or title that is not in the pseudo-locale's brackets, nor data.</li>
 * </ul>
 * FX thread; styles and layout are applied first, as the next pulse would.
 */
final class ScreenChecks {
    /** WCAG 2.2 SC 1.4.11 (non-text contrast), which a focus indicator falls under at level AA. */
    static final double NON_TEXT = 3.0;

    private ScreenChecks() {
    }

    static double[] rgb(Color c) {
        return new double[] {c.getRed() * 255, c.getGreen() * 255, c.getBlue() * 255, c.getOpacity()};
    }

    /** A gradient's colour as the average of its stops (Modena's buttons are gentle gradients). */
    static Color colour(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof LinearGradient g) {
            double r = 0, gr = 0, b = 0, a = 0;
            for (Stop s : g.getStops()) {
                r += s.getColor().getRed();
                gr += s.getColor().getGreen();
                b += s.getColor().getBlue();
                a += s.getColor().getOpacity();
            }
            int n = g.getStops().size();
            return Color.color(r / n, gr / n, b / n, a / n);
        }
        return null;
    }

    /** Text as painted: its colour, what is behind it, their contrast. */
    record Painted(Color text, Color background, double ratio) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s on %s %.2f:1", text, background, ratio);
        }
    }

    /**
     * The text painted in {@code area} of {@code image}, for text the scene graph does not describe (the page's
     * selection, painted by WebKit): the background is the colour most pixels of the area have, the text the pixel
     * farthest from it in contrast (a stem of a glyph is drawn whole; its anti-aliased edges lie between the two).
     */
    static Painted painted(javafx.scene.image.Image image, javafx.geometry.Rectangle2D area) {
        javafx.scene.image.PixelReader px = image.getPixelReader();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int x0 = (int) Math.max(0, area.getMinX());
        int y0 = (int) Math.max(0, area.getMinY());
        int x1 = (int) Math.min(image.getWidth(), area.getMaxX());
        int y1 = (int) Math.min(image.getHeight(), area.getMaxY());
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(px.getArgb(x, y), 1, Integer::sum);
            }
        }
        int most = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        Color bg = argb(most);
        Color text = bg;
        double ratio = 1;
        for (int c : counts.keySet()) {
            double r = Wcag.contrast(rgb(argb(c)), rgb(bg));
            if (r > ratio) {
                ratio = r;
                text = argb(c);
            }
        }
        return new Painted(text, bg, ratio);
    }

    /**
     * The text's strokes in {@code image}, on the colour most of its pixels have: of the ink pixels (those at least
     * 2:1 from that background), the one a fifth of them are at least as far from it as. Where {@link #painted}
     * gives the best pixel, this is the stroke as the eye sees it: LCD anti-aliasing drew dark grey on yellow as
     * brown strokes with a few darker pixels (fresh tester 18a NEW-4), while grey anti-aliased black text has its
     * stems black and only its edges lighter.
     */
    static Painted strokes(javafx.scene.image.Image image) {
        javafx.scene.image.PixelReader px = image.getPixelReader();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        List<Integer> pixels = new ArrayList<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                counts.merge(px.getArgb(x, y), 1, Integer::sum);
                pixels.add(px.getArgb(x, y));
            }
        }
        int most = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        Color bg = argb(most);
        java.util.function.ToDoubleFunction<Integer> ratio = c -> Wcag.contrast(rgb(argb(c)), rgb(bg));
        List<Integer> ink = pixels.stream().filter(c -> ratio.applyAsDouble(c) >= 2)
                .sorted(java.util.Comparator.comparingDouble(ratio).reversed()).toList();
        if (ink.isEmpty()) {
            return new Painted(bg, bg, 1);
        }
        int stroke = ink.get(ink.size() / 5);
        return new Painted(argb(stroke), bg, ratio.applyAsDouble(stroke));
    }

    /**
     * The sides of a focused control whose ring, as painted, is fainter than {@link #NON_TEXT} against what is around
     * it: at each side's middle, the pixel of the band from 2 px outside to 2 px inside its edge farthest from the
     * colour 5 px outside. Empty when the ring shows all round. FX thread.
     */
    static List<String> faintRing(Node control) {
        javafx.scene.image.Image shot = control.getScene().snapshot(null);
        javafx.scene.image.PixelReader px = shot.getPixelReader();
        javafx.geometry.Bounds b = control.localToScene(control.getLayoutBounds());
        int cx = (int) b.getCenterX();
        int cy = (int) b.getCenterY();
        int[][] sides = { // x, y of the edge's middle, the step outwards
            {(int) Math.round(b.getMinX()), cy, -1, 0}, {(int) Math.round(b.getMaxX()) - 1, cy, 1, 0},
            {cx, (int) Math.round(b.getMinY()), 0, -1}, {cx, (int) Math.round(b.getMaxY()) - 1, 0, 1}};
        String[] names = {"left", "right", "top", "bottom"};
        List<String> faint = new ArrayList<>();
        for (int i = 0; i < sides.length; i++) {
            int[] s = sides[i];
            Color around = argb(px.getArgb(s[0] + 5 * s[2], s[1] + 5 * s[3]));
            double best = 1;
            for (int d = -2; d <= 2; d++) {
                best = Math.max(best, Wcag.contrast(rgb(argb(px.getArgb(s[0] + d * s[2], s[1] + d * s[3]))), rgb(around)));
            }
            if (best < NON_TEXT) {
                faint.add(String.format(Locale.ROOT, "%s side of %s: %.2f:1 against %s", names[i],
                        control.getClass().getSimpleName(), best, around));
            }
        }
        return faint;
    }

    private static Color argb(int c) {
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    private static Color blend(Color top, Color below, double alpha) {
        double a = alpha * top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    /** The colour behind a node: the innermost fill of the nearest region that paints one, laid over what is below. */
    static Color behind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region r && r.getBackground() != null) {
                Background bg = r.getBackground();
                for (int i = bg.getFills().size() - 1; i >= 0; i--) {
                    BackgroundFill f = bg.getFills().get(i);
                    Color c = colour(f.getFill());
                    if (c != null && c.getOpacity() > 0) {
                        layers.add(c);
                        break;
                    }
                }
                if (!layers.isEmpty() && layers.get(layers.size() - 1).getOpacity() >= 1) {
                    break;
                }
            }
        }
        Color out = layers.isEmpty() ? Color.WHITE : layers.get(layers.size() - 1);
        for (int i = layers.size() - 2; i >= 0; i--) {
            out = blend(layers.get(i), out, 1);
        }
        return out;
    }

    private static boolean visible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The outermost node between {@code n} and the root that is painted faded, or null. */
    private static Node faded(Node n) {
        Node found = null;
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getOpacity() < 1) {
                found = at;
            }
        }
        return found;
    }

    private static double opacity(Node n) {
        double a = 1;
        for (Node at = n; at != null; at = at.getParent()) {
            a *= at.getOpacity();
        }
        return a;
    }

    private static void prepare(Window w) {
        // As the next frame will paint it: styles and layout applied now, not at the next pulse. Layout may
        // make new cells (results refreshed, a table's rows): style and lay them out too, as the pulse would.
        for (int i = 0; i < 2; i++) {
            w.getScene().getRoot().applyCss();
            w.getScene().getRoot().layout();
        }
    }

    static List<Node> all(Window w) {
        List<Node> all = new ArrayList<>();
        collect(w.getScene().getRoot(), all);
        return all;
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, into);
            }
        }
    }

    /** Every text of the window too close in colour to what is behind it, and a focus ring too faint; FX thread. */
    static List<String> lowContrast(Window w) {
        prepare(w);
        List<String> low = new ArrayList<>();
        // The high-contrast theme is held to 7:1 (WCAG 1.4.6, issue 14), the others to 4.5:1.
        double required = w.getScene().getRoot().getStyleClass().contains("theme-contrast") ? Wcag.AAA : Wcag.AA;
        for (Node n : all(w)) {
            if (!(n instanceof Text t) || t.getText() == null || t.getText().isBlank() || !visible(t)
                    || !(t.getFill() instanceof Color fill) || fill.getOpacity() == 0 || opacity(t) == 0) {
                continue; // a prompt is transparent while its field has the caret: not painted
            }
            Color bg = behind(t);
            Color fg = blend(fill, bg, 1);
            Node fade = faded(t);
            if (fade != null) {
                Color under = fade.getParent() == null ? Color.WHITE : behind(fade.getParent());
                double a = opacity(t);
                fg = blend(fg, under, a);
                bg = blend(bg, under, a);
            }
            double ratio = Wcag.contrast(rgb(fg), rgb(bg));
            if (ratio < required) {
                Node owner = t.getParent();
                low.add(String.format(Locale.ROOT, "%s in %s%s \"%s\" %s on %s %.2f:1", t.getClass().getSimpleName(),
                        owner == null ? "?" : owner.getClass().getSimpleName(),
                        fade != null ? " (faded to " + Math.round(opacity(t) * 100) + " %)" : "", t.getText(), fg, bg,
                        ratio));
            }
        }
        Node focused = w.getScene().getFocusOwner();
        if ((focused instanceof TextInputControl || focused instanceof ButtonBase || focused instanceof ComboBoxBase<?>)
                && focused instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                && visible(focused) && focused.getParent() != null) {
            // Modena paints a focused field's and button's ring as its outermost (first) fill.
            Color ring = colour(r.getBackground().getFills().get(0).getFill());
            Color around = behind(focused.getParent());
            if (ring != null) {
                double ratio = Wcag.contrast(rgb(blend(ring, around, 1)), rgb(around));
                if (ratio < NON_TEXT) {
                    low.add(String.format(Locale.ROOT, "focus ring of %s %s on %s %.2f:1", focused.getClass().getSimpleName(),
                            ring, around, ratio));
                }
            }
        }
        return low;
    }

    /**
     * Every label, cell or button of the window whose text is cut short ("An…") and whose whole text is not in
     * its tooltip; FX thread.
     */
    static List<String> cutText(Window w) {
        prepare(w);
        List<String> cut = new ArrayList<>();
        for (Node n : all(w)) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && visible(l)) {
                for (Node c : l.getChildrenUnmodifiable()) {
                    String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
                    if (c instanceof Text t && t.isVisible() && !t.getText().equals(whole)
                            && !(l.getTooltip() != null && l.getTooltip().getText() != null
                            && l.getTooltip().getText().contains(l.getText()))) {
                        cut.add(l.getClass().getSimpleName() + " \"" + l.getText() + "\" shows \"" + t.getText() + "\"");
                    }
                }
            }
        }
        return cut;
    }

    /**
     * Every control of the window, outside a scrolled list, table or pane, that runs past the window's right or
     * bottom edge, so that part of it (a combo box's arrow) is not shown (issue 14, fresh tester 14c M1: a long tag
     * made the tag filter wider than the window); FX thread.
     */
    static List<String> offEdge(Window w) {
        prepare(w);
        List<String> off = new ArrayList<>();
        double width = w.getScene().getWidth();
        double height = w.getScene().getHeight();
        for (Node n : all(w)) {
            if (n instanceof javafx.scene.control.Control c && visible(c) && !scrolled(c)) {
                javafx.geometry.Bounds b = c.localToScene(c.getLayoutBounds());
                if (b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                    off.add(c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + " to "
                            + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()) + " in " + Math.round(width)
                            + "×" + Math.round(height));
                }
            }
        }
        return off;
    }

    /**
     * Every table of the window shown fewer than five rows high, or wider than itself (a horizontal scroll bar, its
     * last column cut): fresh tester 14c m9, the Group window's table two rows high at 1024×600, "Respon…" at its edge.
     * FX thread.
     */
    static List<String> squeezedTables(Window w) {
        prepare(w);
        List<String> out = new ArrayList<>();
        for (Node n : all(w)) {
            if (n instanceof javafx.scene.control.TableView<?> t && visible(t)) {
                Node flow = t.lookup(".virtual-flow");
                double rows = flow == null ? 0 : flow.getLayoutBounds().getHeight() / 24.0;
                if (rows < 5) {
                    out.add("table #" + t.getId() + " shows " + String.format(Locale.ROOT, "%.1f", rows) + " rows");
                }
                for (Node b : t.lookupAll(".scroll-bar")) {
                    if (b instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation()
                            == javafx.geometry.Orientation.HORIZONTAL && visible(bar)) {
                        out.add("table #" + t.getId() + " scrolls sideways");
                    }
                }
            }
        }
        return out;
    }

    /** True for a node inside a list's, table's or scroll pane's moving content, which is clipped by design. */
    private static boolean scrolled(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.skin.VirtualFlow<?> || at instanceof javafx.scene.control.ScrollPane
                    || at instanceof javafx.scene.control.ToolBar || at instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of the toolkit's own that a window shows in every language: the names of the keys the window's actions
     * use ("Ctrl+Page Up", "Alt+Left", "F6"), as a menu's accelerator or a toolbar button's help shows them. Only
     * these: many other keys are named with English words a window must not show untranslated ("Find", "Help").
     */
    private static final java.util.Set<String> KEY_WORDS = java.util.Set.of("Ctrl", "Shift", "Alt", "Meta", "Shortcut",
            "Page", "Up", "Down", "Left", "Right", "Plus", "Minus", "Equals");

    /**
     * In the pseudo-locale, every text of the window that is not the window's own words in brackets: labels,
     * buttons, cells, tabs, tooltips, prompts, accessible names and help, and the window's title. A text passes
     * when, with its bracketed parts and the {@code data} it shows (chapter titles, the reader's notes…) taken
     * out, no word of Latin letters is left but a key's name. Menus' accelerator labels are the toolkit's. FX
     * thread.
     */
    static List<String> untranslated(Window w, java.util.Collection<String> data) {
        prepare(w);
        List<String> data2 = data.stream().filter(d -> !d.isBlank())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        List<String> found = new ArrayList<>();
        java.util.function.BiConsumer<Object, String> check = (where, text) -> {
            if (text != null && !english(text, data2).isEmpty()) {
                found.add(where + ": \"" + text + "\" (" + english(text, data2) + ")");
            }
        };
        if (w instanceof javafx.stage.Stage stage) {
            check.accept("title", stage.getTitle());
        }
        for (Node n : all(w)) {
            if (!visible(n) || n.getStyleClass().contains("accelerator-text")) {
                continue;
            }
            String kind = n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
            if (n instanceof Labeled l) {
                check.accept(kind, l.getText());
                if (l.getTooltip() != null) {
                    check.accept(kind + " tooltip", l.getTooltip().getText());
                }
            }
            if (n instanceof TextInputControl t) {
                check.accept(kind + " prompt", t.getPromptText());
            }
            if (n instanceof Text t && !insideTextOf(t)) {
                check.accept(kind, t.getText());
            }
            if (n.getProperties().get("javafx.scene.control.Tooltip") instanceof javafx.scene.control.Tooltip tip) {
                check.accept(kind + " tooltip", tip.getText());
            }
            check.accept(kind + " accessible text", n.getAccessibleText());
            check.accept(kind + " accessible help", n.getAccessibleHelp());
        }
        return found;
    }

    /** A text drawn by a label (checked as the label's), a field (what was typed) or a text flow (a snippet). */
    private static boolean insideTextOf(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Labeled || at instanceof TextInputControl || at instanceof javafx.scene.text.TextFlow) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text} outside the pseudo-locale's brackets that are neither data nor a key's name. */
    static List<String> english(String text, List<String> data) {
        String left = text;
        for (String before = null; !left.equals(before); ) {
            before = left;
            left = left.replaceAll("\\[[^\\[\\]]*\\]", " "); // innermost brackets first, then those around them
        }
        for (String d : data) {
            left = left.replace(d, " ");
        }
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]+").matcher(left);
        while (m.find()) {
            // A single capital is a key ("Ctrl+N", "F6").
            if (!KEY_WORDS.contains(m.group()) && !m.group().matches("[A-Z]")) {
                words.add(m.group());
            }
        }
        return words;
    }
}
