package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.peeragogy.reader.ui.web.ChapterView;
import org.peeragogy.reader.ui.web.PageHeat;

/**
 * A workshop's parts of the window (issue 15, decision 0031), put together in one place so that the window only
 * places them: the heat map painted in the page, the Hotspots list in the notes panel, Notes → Group, File →
 * Digest…, and the rows they and the conversation add to the window's table of actions. The group's figures are
 * counted again (in the background) whenever the chapter's notes change. Talks to view-models only. FX thread.
 */
final class WorkshopParts {
    private final Stage stage;
    private final WorkshopViewModels models;
    private final HeatMapViewModel heat;
    private final ChapterView page;
    private final ChapterPresenter presenter;
    private final NotesPane notesPane;
    private final ReaderViewModel reader;
    private final DigestActions digest;
    private final Texts texts;
    private GroupWindow groupWindow;

    /** @param showFile shows a written file in the system's file manager */
    WorkshopParts(Stage stage, WorkshopViewModels models, HeatMapViewModel heat, NotesViewModel notes,
                  ReaderViewModel reader, NotesPane notesPane, ChapterPresenter presenter, ChapterView page,
                  Dialogs dialogs, NoticeViewModel notices, Consumer<Path> showFile, Texts texts) {
        this.texts = texts;
        this.stage = stage;
        this.models = models;
        this.heat = heat;
        this.page = page;
        this.presenter = presenter;
        this.notesPane = notesPane;
        this.reader = reader;
        this.digest = new DigestActions(dialogs, models.digest(), notices, showFile, texts, () -> reader.book().chapters(),
                () -> reader.chapterProperty().get());
        notesPane.blindPass(models.options().blindProperty());
        notesPane.addToPanel(new HotspotsView(heat, models.group(), reader, page, notes, texts).node());
        notes.paintVersionProperty().addListener((o, was, now) -> models.group().refresh());
    }

    /** The rows these parts add to the window's table of actions (laid out in the menus by {@link WindowActions}). */
    List<Action> actions() {
        List<Action> out = new ArrayList<>(notesPane.conversation().actions());
        out.add(Action.of("group-view", texts.get("action.groupView"), new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::showGroup));
        out.add(digest.action());
        return out;
    }

    /** Notes → Group: the group's window, counted afresh. */
    void showGroup() {
        if (groupWindow == null) {
            groupWindow = new GroupWindow(stage, models.group(), t -> {
                if (reader.book().chapter(t.chapterId()).isEmpty()) {
                    reader.report(texts.get("groupView.notHere"));
                    return;
                }
                presenter.showPlace(t.chapterId(), "", List.of(), t.noteId());
                stage.toFront();
            }, texts);
        }
        groupWindow.show();
    }

    /** Paints the heat map of the chapter shown (after its highlights are painted). */
    void paintHeat() {
        page.heat().paint(heat.paragraphs().stream()
                .map(p -> new PageHeat.Bar(p.blockId(), p.level(), texts.format("heat.said", p.people()))).toList());
    }

    /** True while a digest is being made (quitting waits for it). */
    ObservableBooleanValue busy() {
        return models.digest().workingProperty();
    }

    /** Makes the digest into {@code file} as File → Digest… does after its questions. */
    DigestActions digest() {
        return digest;
    }
}
