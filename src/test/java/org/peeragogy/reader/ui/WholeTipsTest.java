package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tooltips made only where they say something (issue 17: a tooltip per list cell was most of the time to make the
 * search results' cells). A real window under Xvfb: a label cut short has its whole text in a tooltip and one shown
 * whole has none, also after its text changes either way; a description made on the first hover shows on hover.
 */
@Tag("ui")
class WholeTipsTest {
    private static final String LONG = "Case Study: A meeting with many people in it who all want to talk at once";

    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        }
    }

    private <T extends javafx.scene.Parent> T shown(T root) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(root, 300, 200));
            stage.setX(100);
            stage.setY(100);
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return root;
    }

    @Test
    void aLabelCutShortSaysItsWholeTextInATooltipAndOneShownWholeHasNone() throws Exception {
        Label cut = WaitForAsyncUtils.asyncFx(WholeTips::label).get(10, TimeUnit.SECONDS);
        Label whole = WaitForAsyncUtils.asyncFx(WholeTips::label).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            cut.setText(LONG);
            cut.setMaxWidth(120);
            whole.setText("Wrapper");
        }).get(10, TimeUnit.SECONDS);
        shown(new VBox(cut, whole));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cut.getTooltip() != null);
        assertEquals(LONG, WaitForAsyncUtils.asyncFx(() -> cut.getTooltip().getText()).get(10, TimeUnit.SECONDS));
        assertNull(WaitForAsyncUtils.asyncFx(whole::getTooltip).get(10, TimeUnit.SECONDS),
                "a title shown whole got a tooltip");
        Tooltip made = WaitForAsyncUtils.asyncFx(cut::getTooltip).get(10, TimeUnit.SECONDS);

        // A cell's label shows another line: shown whole, its tooltip goes; cut again, the same one comes back.
        WaitForAsyncUtils.asyncFx(() -> cut.setText("Play")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cut.getTooltip() == null);
        WaitForAsyncUtils.asyncFx(() -> cut.setText(LONG + " again")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cut.getTooltip() != null);
        assertSame(made, WaitForAsyncUtils.asyncFx(cut::getTooltip).get(10, TimeUnit.SECONDS));
        assertEquals(LONG + " again", WaitForAsyncUtils.asyncFx(() -> made.getText()).get(10, TimeUnit.SECONDS));
    }

    @Test
    void aDescriptionMadeOnTheFirstHoverShowsOnHover() throws Exception {
        Region swatch = WaitForAsyncUtils.asyncFx(() -> {
            Region r = new Region();
            r.setMinSize(40, 40);
            r.setStyle("-fx-background-color: #f5d76e;");
            WholeTips.onFirstHover(r, () -> "Yellow: the default highlight");
            return r;
        }).get(10, TimeUnit.SECONDS);
        shown(new VBox(swatch));
        assertNull(swatch.getProperties().get("javafx.scene.control.Tooltip"), "made before the pointer came");
        Bounds at = WaitForAsyncUtils.asyncFx(() -> swatch.localToScreen(swatch.getBoundsInLocal()))
                .get(10, TimeUnit.SECONDS);
        robot.moveTo(new javafx.geometry.Point2D(at.getMinX() + 5, at.getMinY() + 5));
        robot.moveTo(new javafx.geometry.Point2D(at.getMinX() + 10, at.getMinY() + 10));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> swatch.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip t && t.isShowing());
        Tooltip tip = (Tooltip) swatch.getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(tip);
        assertEquals("Yellow: the default highlight", tip.getText());
        robot.moveTo(new javafx.geometry.Point2D(at.getMinX() + 200, at.getMinY() + 150));
    }
}
