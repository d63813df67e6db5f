package org.peeragogy.reader.ui;

import java.util.function.Predicate;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a tree's lines where they are on screen while lines are taken away or added around them, and scrolls it only
 * to bring a line out of view into view, by as little as that needs. The contents tree takes away the sections of the
 * chapter left and adds those of the chapter opened: left alone, the toolkit kept the scroll offset in pixels, so
 * every line shown slid when lines above them went, and a click where a chapter had just been opened another
 * (fresh tester t37's F4). Positions are in the tree's pixels, from the top of the lines shown. FX thread.
 */
final class SteadyRows<T> {
    private final TreeView<T> tree;

    SteadyRows(TreeView<T> tree) {
        this.tree = tree;
    }

    /**
     * Runs {@code change} (which adds or takes away lines), keeping {@code keep}'s line where it is on screen if it
     * was wholly in view, else the first line wholly in view that {@code gone} does not name (a line the change takes
     * away). Nothing is kept before the tree is first laid out.
     */
    void change(TreeItem<T> keep, Predicate<TreeItem<T>> gone, Runnable change) {
        VirtualFlow<?> flow = flow();
        TreeItem<T> anchor = null;
        double at = 0;
        if (flow != null) {
            IndexedCell<?> kept = wholly(flow, tree.getRow(keep));
            for (int row = first(flow); kept == null && row >= 0 && row <= flow.getLastVisibleCell().getIndex(); row++) {
                IndexedCell<?> cell = wholly(flow, row);
                if (cell != null && !gone.test(tree.getTreeItem(row))) {
                    kept = cell;
                }
            }
            if (kept != null) {
                anchor = tree.getTreeItem(kept.getIndex());
                at = kept.getLayoutY();
            }
        }
        change.run();
        if (anchor == null) {
            return;
        }
        // The flow learns of the new lines at its next layout: had now, so that the line kept is found where the
        // change put it, and put back before anything is drawn.
        tree.layout();
        int row = tree.getRow(anchor);
        IndexedCell<?> now = row < 0 ? null : flow.getVisibleCell(row);
        if (row >= 0 && now == null) {
            flow.scrollToTop(row);
            tree.layout();
            now = flow.getVisibleCell(row);
        }
        if (now != null && Math.abs(now.getLayoutY() - at) > 0.5) {
            flow.scrollPixels(now.getLayoutY() - at);
        }
    }

    /**
     * Brings {@code item}'s line, and as many of the {@code under} lines under it as fit, into view, scrolling by as
     * little as that needs; nothing moves when its line is wholly in view already. With {@code all} (the first time
     * these lines show it, when nobody points at them yet), the line is put near the top unless it and the lines
     * under it are all in view; so too before the tree is first laid out.
     */
    void reveal(TreeItem<T> item, int under, boolean all) {
        int row = tree.getRow(item);
        if (row < 0) {
            return;
        }
        VirtualFlow<?> flow = flow();
        boolean laidOut = flow != null && flow.getFirstVisibleCell() != null;
        if (laidOut && wholly(flow, row) != null && (!all || wholly(flow, row + under) != null)) {
            return;
        }
        if (!laidOut || all) {
            tree.scrollTo(Math.max(0, row - 3));
            return;
        }
        if (under > 0) {
            flow.scrollTo(row + under);
            tree.layout();
        }
        flow.scrollTo(row);
    }

    /**
     * Scrolls a list or a tree ({@code view}) by as little as brings line {@code index} wholly into view, nothing when
     * it is; false, having done nothing, before the view is first laid out (then its own {@code scrollTo}, which puts
     * the line at the top, is the caller's). The notes list scrolled the note chosen to its top each time a reply, an
     * edit or a +1 made the list again, out from under the pointer.
     */
    static boolean intoView(javafx.scene.control.Control view, int index) {
        if (index < 0 || !(view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || flow.getFirstVisibleCell() == null) {
            return false;
        }
        flow.scrollTo(index);
        return true;
    }

    private VirtualFlow<?> flow() {
        return tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private static int first(VirtualFlow<?> flow) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null || flow.getLastVisibleCell() == null ? -1 : first.getIndex();
    }

    /** The cell showing {@code row} when it is wholly inside the flow's height; else null. */
    private static IndexedCell<?> wholly(VirtualFlow<?> flow, int row) {
        IndexedCell<?> cell = row < 0 ? null : flow.getVisibleCell(row);
        return cell != null && cell.isVisible() && cell.getLayoutY() >= -0.5
                && cell.getLayoutY() + cell.getHeight() <= flow.getHeight() + 0.5 ? cell : null;
    }
}
