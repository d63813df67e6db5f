package org.peeragogy.reader.app;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;

/**
 * A point of a node for the robot ({@link OpenWindow#onFx}), measured on the FX thread each time the robot asks: a
 * node's bounds are summed over children that the FX thread may be changing, and a node still sliding in (a notice's
 * button) is measured again once the robot has moved.
 */
final class FxPoint implements PointQuery {
    private final PointQuery of;

    FxPoint(PointQuery of) {
        this.of = of;
    }

    @Override
    public Point2D query() {
        try {
            return OpenWindow.fx(of::query);
        } catch (Exception e) {
            throw new IllegalStateException("could not measure " + of + " on the FX thread", e);
        }
    }

    @Override
    public Point2D getPosition() {
        return of.getPosition();
    }

    @Override
    public Point2D getOffset() {
        return of.getOffset();
    }

    @Override
    public PointQuery atPosition(Point2D position) {
        of.atPosition(position);
        return this;
    }

    @Override
    public PointQuery atPosition(double x, double y) {
        of.atPosition(x, y);
        return this;
    }

    @Override
    public PointQuery atPosition(Pos position) {
        of.atPosition(position);
        return this;
    }

    @Override
    public PointQuery atOffset(Point2D offset) {
        of.atOffset(offset);
        return this;
    }

    @Override
    public PointQuery atOffset(double x, double y) {
        of.atOffset(x, y);
        return this;
    }

    @Override
    public PointQuery onNode(Node node) {
        of.onNode(node);
        return this;
    }

    @Override
    public Optional<Motion> queryMotion() {
        return of.queryMotion();
    }
}
