package org.peeragogy.reader.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The contents tree ({@code #contents}): parts in bold, holding their chapters; the chapter being read
 * selected and scrolled into view, with its sections (h2, h3) under it; the arrows move through the lines and
 * Enter or a click opens a chapter or a section, * and a part's line folds and unfolds it (a part is not a chapter: it is never selected or opened). Titles
 * too long for the panel end with an ellipsis and show whole on hover; the tree never scrolls sideways. In a
 * workshop (notes from more than one person) each chapter with notes says under its title how many took part and
 * how many questions are open ("5 people · 2 open questions", issue 15), as text, spoken with the title.
 * Talks to {@link ContentsViewModel} and {@link GroupViewModel} only. FX thread.
 */
final class ContentsView {
    /** Style class of a part's line. */
    static final String PART_CLASS = "part";
    /** Style class of a section's line; "section-3" is added for an h3. */
    static final String SECTION_CLASS = "section";

    private final ContentsViewModel vm;
    private final GroupViewModel group;
    private final Texts texts;
    /** What each chapter's line says of its workshop, as last shown (by chapter id). */
    private java.util.Map<String, String> shownActivities = java.util.Map.of();
    private final TreeView<ContentsViewModel.Entry> tree = new TreeView<>();
    private final SteadyRows<ContentsViewModel.Entry> rows = new SteadyRows<>(tree);
    /** The chapter line holding the sections now shown, if any. */
    private TreeItem<ContentsViewModel.Entry> withSections;
    /** The chapter the tree was last scrolled to, "" when none of these lines was. */
    private String revealed = "";
    /** Chapters left whose sections, above the chapter opened, wait to fold until the pointer leaves the tree. */
    private final List<TreeItem<ContentsViewModel.Entry>> folding = new java.util.ArrayList<>();

    ContentsView(ContentsViewModel vm, GroupViewModel group, Texts texts) {
        this.vm = vm;
        this.group = group;
        this.texts = texts;
        // Lines are made again only when what they would say changed: a refresh remakes every cell, and one in the
        // middle of a click on a chapter lost that click (ReaderWindowTest).
        group.figuresProperty().addListener((o, was, now) -> {
            java.util.Map<String, String> said = activities();
            if (!said.equals(shownActivities)) {
                shownActivities = said;
                tree.refresh();
                WholeRepaint.of(tree.getScene()); // the counts arrive while the window may be idle (decision 0047)
            }
        });
        tree.setShowRoot(false);
        tree.getStyleClass().add("contents");
        tree.setId("contents");
        tree.setCellFactory(tv -> new EntryCell(this::activity, vm::open));
        // The arrows only move the choice; Enter opens it (a click opens the line clicked). Opening at every move made
        // a run of Down presses open each chapter on the way, and the page shown pulled the choice back to its own
        // line, so presses were lost (fresh tester 17a's F1; the README: "Enter in the contents … open the chapter").
        tree.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TreeItem<ContentsViewModel.Entry> chosen = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isControlDown() && !e.isAltDown()
                    && !e.isShiftDown() && !e.isMetaDown() && chosen != null) {
                vm.open(chosen.getValue());
            }
        });
        tree.hoverProperty().addListener((o, was, now) -> foldLeft());
        vm.entriesProperty().addListener((o, was, now) -> show(now));
        // The chapter being read is marked, with its sections, once its page is shown: drawing the contents anew in
        // the same frame as the new page made the page wait for it (issue 17).
        vm.shownProperty().addListener((o, was, now) -> showPage());
        vm.sectionsProperty().addListener((o, was, now) -> showPage());
        show(vm.entriesProperty().get());
    }

    Node node() {
        return tree;
    }

    private void show(List<ContentsViewModel.Entry> entries) {
        TreeItem<ContentsViewModel.Entry> root = new TreeItem<>();
        for (ContentsViewModel.Entry e : entries) {
            root.getChildren().add(item(e));
        }
        withSections = null;
        revealed = "";
        folding.clear();
        tree.setRoot(root);
        WholeRepaint.of(tree.getScene());
        showPage();
    }

    private static TreeItem<ContentsViewModel.Entry> item(ContentsViewModel.Entry e) {
        TreeItem<ContentsViewModel.Entry> item = new TreeItem<>(e);
        for (ContentsViewModel.Entry child : e.children()) {
            item.getChildren().add(item(child));
        }
        item.setExpanded(e.isPart());
        return item;
    }

    /**
     * The chapter whose page is shown is selected, its sections under its line, unfolded (those of the chapter before
     * go: at once, unless they are above its line with the pointer on the tree, then when the pointer leaves it), the
     * lines shown kept where they are on screen ({@link SteadyRows}), and scrolled, as little as needed, only when its
     * line would be out of view. Until the page of the chapter asked for is shown, the contents stay as they are.
     */
    private void showPage() {
        String chapterId = vm.shownProperty().get();
        if (chapterId.isEmpty() || !chapterId.equals(vm.currentProperty().get()) || tree.getRoot() == null) {
            return;
        }
        List<ContentsViewModel.Entry> sections = vm.sectionsProperty().get();
        TreeItem<ContentsViewModel.Entry> chapter = find(tree.getRoot(), chapterId);
        TreeItem<ContentsViewModel.Entry> before = withSections;
        if (chapter == null) {
            if (before != null) {
                before.getChildren().clear();
                withSections = null;
            }
            return;
        }
        // The lines shown stay under the pointer while the sections change (fresh tester t37's F4). Sections going
        // above the line opened slid it up when the tree could not scroll up as far (at its top): a click on a chapter
        // under the sections of the one read moved its line from under the pointer, and the next click opened another
        // chapter. Those wait, unfolded, until the pointer leaves the tree. (Enter puts the keyboard in the page
        // opened: with no pointer on them, the lines may move, the chapter opened kept in view.)
        boolean later = before != null && before != chapter && underPointer()
                && tree.getRow(before) < tree.getRow(chapter);
        rows.change(chapter, item -> item.getParent() == chapter || !later && before != null
                && item.getParent() == before, () -> {
            if (before != null && !later) {
                before.getChildren().clear();
            } else if (later) {
                folding.add(before);
            }
            folding.remove(chapter);
            chapter.getChildren().clear();
            withSections = null;
            if (!sections.isEmpty()) {
                for (ContentsViewModel.Entry s : sections) {
                    chapter.getChildren().add(new TreeItem<>(s));
                }
                chapter.setExpanded(true);
                withSections = chapter;
            }
        });
        tree.getSelectionModel().select(chapter);
        // Scrolled to once, when it becomes the chapter shown: its line is also marked again when a chapter is asked
        // for (its sections go), and scrolling to it then took the contents back from where the reader had scrolled
        // them, under the pointer (fresh tester t37's F4).
        if (!chapterId.equals(revealed)) {
            rows.reveal(chapter, sections.size(), revealed.isEmpty());
            revealed = chapterId;
        }
    }

    /** Folds the sections of the chapters left that waited ({@link #folding}), once the pointer has left the tree. */
    private void foldLeft() {
        if (folding.isEmpty() || underPointer()) {
            return;
        }
        List<TreeItem<ContentsViewModel.Entry>> left = List.copyOf(folding);
        folding.clear();
        rows.change(tree.getSelectionModel().getSelectedItem(), item -> left.contains(item.getParent()),
                () -> left.forEach(c -> c.getChildren().clear()));
    }

    /**
     * The pointer is over the tree as shown: a tree in a tab not shown (the Search tab chosen) keeps the hover it had,
     * and the sections held for it folded later, as the pointer came back to click (a flaky click in
     * ContentsSteadyWindowTest opened chapter 26 where chapter 16's line had been).
     */
    private boolean underPointer() {
        for (Node n = tree; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return tree.isHover();
    }

    /** The chapter's own line (never one of its sections). */
    private static TreeItem<ContentsViewModel.Entry> find(TreeItem<ContentsViewModel.Entry> item, String chapterId) {
        ContentsViewModel.Entry e = item.getValue();
        if (e != null && !e.isSection() && chapterId.equals(e.chapterId())) {
            return item;
        }
        for (TreeItem<ContentsViewModel.Entry> child : item.getChildren()) {
            TreeItem<ContentsViewModel.Entry> found = find(child, chapterId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** What every chapter's line would say now ({@link #activity}), by chapter id; none outside a workshop. */
    private java.util.Map<String, String> activities() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (group.figuresProperty().get().workshop()) {
            group.figuresProperty().get().chapters().forEach(c -> out.put(c.chapterId(), c.summary(texts)));
        }
        return out;
    }

    /** "5 people · 2 open questions" for a chapter's line, in a workshop ({@link GroupFigures#workshop}); else "". */
    private String activity(ContentsViewModel.Entry e) {
        if (e.isPart() || e.isSection() || !group.figuresProperty().get().workshop()) {
            return "";
        }
        return group.summary(e.chapterId());
    }

    private static final class EntryCell extends TreeCell<ContentsViewModel.Entry> {
        private final java.util.function.Function<ContentsViewModel.Entry, String> activity;
        /**
         * The cell's one tooltip, its text changed with the line's, made when a line first needs it (cut short, or with
         * a workshop's line): a tooltip is a window with a scene of its own, making one per line at each update was a
         * third of the FX thread's time on a chapter change, and one per cell most of the time to make a cell (issue 17).
         */
        private Tooltip tooltip;
        /** What the tooltip says, or would. */
        private String tipText = "";
        /** The workshop's line under the title ("5 people · 2 open questions"), made once it is first needed. */
        private javafx.scene.control.Label activityLine;
        /** The title above it, and the two lines together (made with it). */
        private javafx.scene.control.Label titleLine;
        private javafx.scene.layout.VBox lines;
        /** The line's kind as its style classes now say it: part, section (2 or 3), or chapter. */
        private List<String> kind = List.of();

        EntryCell(java.util.function.Function<ContentsViewModel.Entry, String> activity,
                  java.util.function.Consumer<ContentsViewModel.Entry> open) {
            this.activity = activity;
            // A click on a chapter's or a section's line opens it (the arrows do not: see the tree's keys).
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && !getItem().isPart()) {
                    open.accept(getItem());
                }
            });
            // As wide as the tree and no wider: long titles end in "…" instead of scrolling sideways.
            setPrefWidth(0);
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setEllipsisString("…");
            // A part's line folds or unfolds its chapters; it is never selected, as it is not a chapter.
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null && getItem().isPart()
                        && getTreeItem() != null) {
                    getTreeItem().setExpanded(!getTreeItem().isExpanded());
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(ContentsViewModel.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setKind(List.of());
                setText(null);
                setTooltip(null);
                setGraphic(null);
                setAccessibleText(null);
            } else {
                setText(item.title());
                String said = activity.apply(item);
                tipText = said.isEmpty() ? item.title() : item.title() + "\n" + said;
                if (tooltip != null) {
                    tooltip.setText(tipText);
                }
                // A plain title's tooltip waits for the layout to say whether the line cuts it short.
                setTooltip(said.isEmpty() ? null : tip());
                setAccessibleText(said.isEmpty() ? null : item.title() + ". " + said.replace(" · ", ", ") + ".");
                if (said.isEmpty()) {
                    setGraphic(null);
                    setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
                } else {
                    // The title and the line under it, both at the left: as the cell's text over its graphic
                    // (ContentDisplay.BOTTOM) the toolkit centres the shorter of the two, and "27 Wiki" stood far to
                    // the right of the other titles over a long line (fresh tester t15b's N2).
                    if (activityLine == null) {
                        activityLine = new javafx.scene.control.Label();
                        activityLine.getStyleClass().addAll("note-meta", "contents-activity");
                        titleLine = new javafx.scene.control.Label();
                        titleLine.getStyleClass().add("contents-title");
                        for (javafx.scene.control.Label l : List.of(titleLine, activityLine)) {
                            l.setMinWidth(0);
                            l.setTextOverrun(OverrunStyle.ELLIPSIS);
                            l.setEllipsisString("…");
                            l.setTooltip(tip());
                        }
                        lines = new javafx.scene.layout.VBox(titleLine, activityLine);
                        lines.setMinWidth(0);
                        lines.setFillWidth(true);
                    }
                    titleLine.setText(item.title());
                    activityLine.setText(said);
                    setGraphic(lines);
                    setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                }
                setKind(item.isPart() ? List.of(PART_CLASS) : !item.isSection() ? List.of()
                        : item.level() >= 3 ? List.of(SECTION_CLASS, SECTION_CLASS + "-3") : List.of(SECTION_CLASS));
            }
        }

        /**
         * A title shows whole on hover only where the line cuts it short ("…"); a line with a workshop's line under it
         * keeps its tooltip, which says both. A tooltip over a line already shown whole added nothing, and it cost
         * the chapter opened by a click on that line a frame: the press hides the tooltip's window, X asks for the
         * uncovered part again, and JavaFX repaints the whole window (46–94 ms of the software renderer at
         * 1280×1024) before the frame with the new page (issue 17, decision 0083).
         */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (!isEmpty() && getItem() != null && getGraphic() == null) {
                boolean cut = WholeTips.cutShort(this);
                if ((getTooltip() != null) != cut) {
                    setTooltip(cut ? tip() : null);
                }
            }
        }

        private Tooltip tip() {
            if (tooltip == null) {
                tooltip = new Tooltip(tipText);
            }
            return tooltip;
        }

        /** Changes the style classes only when the kind of line changed: each change restyles the cell. */
        private void setKind(List<String> classes) {
            if (!classes.equals(kind)) {
                getStyleClass().removeAll(kind);
                getStyleClass().addAll(classes);
                kind = classes;
            }
        }
    }
}
