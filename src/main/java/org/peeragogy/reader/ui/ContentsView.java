package org.peeragogy.reader.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The contents tree ({@code #contents}): parts in bold, holding their chapters; the chapter being read
 * selected and scrolled into view; a click opens a chapter. Talks to {@link ContentsViewModel} only. FX thread.
 */
final class ContentsView {
    /** Style class of a part's line. */
    static final String PART_CLASS = "part";

    private final ContentsViewModel vm;
    private final TreeView<ContentsViewModel.Entry> tree = new TreeView<>();
    /** True while the tree is changed from the model, so that its selection is not taken for a click. */
    private boolean syncing;

    ContentsView(ContentsViewModel vm) {
        this.vm = vm;
        tree.setShowRoot(false);
        tree.getStyleClass().add("contents");
        tree.setId("contents");
        tree.setCellFactory(tv -> new EntryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.open(now.getValue());
            }
        });
        vm.entriesProperty().addListener((o, was, now) -> show(now));
        vm.currentProperty().addListener((o, was, now) -> select(now));
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
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        select(vm.currentProperty().get());
    }

    private static TreeItem<ContentsViewModel.Entry> item(ContentsViewModel.Entry e) {
        TreeItem<ContentsViewModel.Entry> item = new TreeItem<>(e);
        for (ContentsViewModel.Entry child : e.children()) {
            item.getChildren().add(item(child));
        }
        item.setExpanded(e.isPart());
        return item;
    }

    private void select(String chapterId) {
        if (chapterId == null || chapterId.isEmpty() || tree.getRoot() == null) {
            return;
        }
        syncing = true;
        try {
            TreeItem<ContentsViewModel.Entry> item = find(tree.getRoot(), chapterId);
            if (item != null) {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<ContentsViewModel.Entry> find(TreeItem<ContentsViewModel.Entry> item, String chapterId) {
        if (item.getValue() != null && chapterId.equals(item.getValue().chapterId())) {
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

    private static final class EntryCell extends TreeCell<ContentsViewModel.Entry> {
        @Override
        protected void updateItem(ContentsViewModel.Entry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(PART_CLASS);
            if (empty || item == null) {
                setText(null);
            } else {
                setText(item.title());
                if (item.isPart()) {
                    getStyleClass().add(PART_CLASS);
                }
            }
        }
    }
}
