package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.InterfaceLanguageViewModel;
import org.peeragogy.reader.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reader whose name is written right to left (fresh tester 17a's F17 and F9): the window's lines that put the name
 * or a tag beside a date or a count keep the window's order on the screen. JavaFX lays a line out in the direction
 * of its first strong letter, so "דוד محمد · 30 nov 2026, 15:49" became a right-to-left line with the date on the
 * left and the day after the year, and "Di דוד محمد · 0 voti" put the count before the name. The window is in
 * Italian because its dates begin with the day's digits, which is where the scrambling showed. Positions are read
 * from the laid-out text (each character's box), so these tests check what is painted, not only the strings.
 */
@Tag("ui")
class RightToLeftNamesWindowTest {
    private static final String NAME = "דוד محمد";
    private static final String TAG = "תגית";
    private static final Texts ITALIAN = Texts.of(Locale.ITALIAN);
    @TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;
    private final List<Annotation> notes = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** Two notes by {@link #NAME}: one with no tag (its line begins with the name), one tagged "peer" and {@link #TAG}. */
    private void open() throws Exception {
        Path data = tmp.resolve("david");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture()); Database db = Database.open(data)) {
            db.settings().putReaderName(NAME);
            ChapterText text = ChapterText.of(h.render("gardens").html());
            notes.add(note(db, h, text, "vegetable bed", List.of()));
            notes.add(note(db, h, text, "Watering by rota", List.of("peer", TAG)));
        }
        window = OpenWindow.sized(data, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800",
                Map.of(InterfaceLanguageViewModel.KEY, "it"));
    }

    private static Annotation note(Database db, Handbook h, ChapterText text, String quote, List<String> tags)
            throws Exception {
        int at = text.text().indexOf(quote);
        return db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "gardens",
                Annotation.Kind.HIGHLIGHT, Annotation.Colour.GREEN, "", tags, NAME,
                Optional.of(Anchoring.describe(text, at, at + quote.length()))));
    }

    @Test
    void theNotesPanelAndAllNotesShowTheDateAfterTheNameInItsOwnOrder() throws Exception {
        open();
        window.showNotesPanel(robot);
        List<Labeled> panel = metaLines("#notes-list", 2);
        for (Labeled line : panel) {
            assertNameThenDate(line);
        }
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        List<Labeled> all = metaLines("#all-notes-list", 2);
        for (Labeled line : all) {
            assertNameThenDate(line);
        }
        Labeled tagged = all.stream().filter(l -> l.getText().contains("peer")).findFirst().orElseThrow();
        assertInOrder(tagged, "#", TAG, NAME);
    }

    @Test
    void theGroupViewShowsTheNameBeforeItsVotesAndPeople() throws Exception {
        open();
        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        for (Labeled line : metaLines("#group-threads", 2)) {
            java.util.regex.Matcher votes = java.util.regex.Pattern.compile("\\d+ vot[oi]")
                    .matcher(OpenWindow.fx(line::getText));
            assertTrue(votes.find(), "the votes in " + OpenWindow.fx(line::getText));
            assertInOrder(line, ITALIAN.format("groupView.by", "").trim(), NAME, votes.group());
        }
    }

    @Test
    void aRightToLeftTagInTheTagFilterKeepsItsHashOnTheLeft() throws Exception {
        open();
        window.focus(robot);
        OpenWindow.keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        @SuppressWarnings("unchecked")
        ComboBox<String> filter = OpenWindow.awaitNode(robot, "#filter-tag", ComboBox.class,
                b -> OpenWindow.isShowing(b) && b.getItems().contains(TAG));
        OpenWindow.fx(() -> {
            filter.setValue(TAG);
            return null;
        });
        Labeled shown = OpenWindow.awaitNode(robot, "#filter-tag .list-cell", Labeled.class,
                c -> c.getText() != null && c.getText().contains(TAG));
        assertInOrder(shown, "#", TAG);
    }

    /** The {@code .note-meta} lines of the list {@code query} once it shows {@code count}. */
    private List<Labeled> metaLines(String query, int count) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OpenWindow.fx(() -> robot.lookup(query + " .note-meta")
                .match(OpenWindow::isShowing).queryAll().size()) >= count);
        List<Labeled> lines = OpenWindow.fx(() -> robot.lookup(query + " .note-meta").match(OpenWindow::isShowing)
                .queryAll().stream().map(n -> (Labeled) n).filter(l -> l.getText().contains(NAME.substring(0, 3)))
                .toList());
        assertFalse(lines.isEmpty(), "a line with the name in " + query);
        return lines;
    }

    private void assertNameThenDate(Labeled line) throws Exception {
        String text = OpenWindow.fx(line::getText);
        String date = notes.stream().map(a -> ITALIAN.when(a.updated())).filter(text::contains).findFirst()
                .orElseThrow(() -> new AssertionError("no date of the notes in \"" + text + "\""));
        assertInOrder(line, NAME, date);
        // The date itself reads in its own order: the day, the month, the year, the time.
        String[] words = date.split("[ ,]+");
        assertInOrder(line, words);
    }

    /**
     * Asserts that {@code parts}, found in this order in the line's text, are painted in this order, left to right
     * (a later line of a wrapped label counts as further right): every character of one part before every
     * character of the next. JavaFX's boxes of neighbouring characters overlap by up to 2 pixels, hence the 3-pixel slack
     * (less than any character's width).
     */
    private static void assertInOrder(Labeled line, String... parts) throws Exception {
        String problem = OpenWindow.fx(() -> {
            Text shown = (Text) line.lookup(".text");
            String text = shown.getText();
            int from = 0;
            double[] last = null;
            String lastPart = null;
            for (String part : parts) {
                int at = text.indexOf(part, from);
                if (at < 0) {
                    return "\"" + part + "\" is not in the painted text \"" + text + "\"";
                }
                double[] span = span(shown, at, at + part.length());
                if (last != null && !(last[2] < span[0] || last[2] == span[0] && last[3] <= span[1] + 3)) {
                    return "\"" + part + "\" is painted before \"" + lastPart + "\" in \"" + text + "\"";
                }
                last = span;
                lastPart = part;
                from = at + part.length();
            }
            return "";
        });
        assertTrue(problem.isEmpty(), problem);
    }

    /**
     * Where the characters {@code start} to {@code end} of {@code t} are painted: {first line, leftmost x on it,
     * last line, rightmost x on it}, lines counted from 0 by the characters' boxes' centres.
     */
    private static double[] span(Text t, int start, int end) {
        double top = t.getLayoutBounds().getMinY();
        double lineHeight = new javafx.scene.shape.Path(t.rangeShape(start, start + 1)).getBoundsInLocal().getHeight();
        double firstLine = Double.MAX_VALUE;
        double minX = 0;
        double lastLine = -1;
        double maxX = 0;
        for (int i = start; i < end; i++) {
            if (Character.isWhitespace(t.getText().charAt(i))) {
                continue;
            }
            Bounds b = new javafx.scene.shape.Path(t.rangeShape(i, i + 1)).getBoundsInLocal();
            double line = Math.floor((b.getCenterY() - top) / lineHeight);
            if (line < firstLine || line == firstLine && b.getMinX() < minX) {
                minX = line < firstLine ? b.getMinX() : Math.min(minX, b.getMinX());
                firstLine = line;
            }
            if (line > lastLine || line == lastLine && b.getMaxX() > maxX) {
                maxX = line > lastLine ? b.getMaxX() : Math.max(maxX, b.getMaxX());
                lastLine = line;
            }
        }
        return new double[] {firstLine, minX, lastLine, maxX};
    }
}
