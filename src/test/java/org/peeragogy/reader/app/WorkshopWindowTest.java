package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.Wcag;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.ui.ConversationViewModel;
import org.peeragogy.reader.ui.GroupFigures;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workshop in the real window over the fixture handbook (issue 15): Ana has imported Bo's notes on "gardens" (a
 * note and a question) and marked the same paragraph herself. Replies, votes, questions (anonymous too) and answers
 * made with the keys; the heat map painted in the real WebView, the Hotspots list, the contents' counts; Notes →
 * Group sorting, filtering and opening a thread; File → Digest… disabled while it runs; a vote-only file's preview.
 */
@Tag("ui")
class WorkshopWindowTest {
    @TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private OpenWindow window;
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);
    private Path ana;
    private ChapterText text;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Bo's note and question on the first paragraph, imported by Ana, who marked that paragraph and the second. */
    @BeforeEach
    void workshop() throws Exception {
        ana = tmp.resolve("ana");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture());
             Database bo = Database.open(tmp.resolve("bo"));
             Database a = Database.open(ana)) {
            text = ChapterText.of(h.render("gardens").html());
            bo.settings().putReaderName("Bo");
            a.settings().putReaderName("Ana");
            highlight(bo, h, "how deep to sow beans", "Which depth won?");
            int at = text.text().indexOf("three members");
            bo.conversation().ask(new AnnotationStore.Draft(h.book().identity(), "gardens", Annotation.Kind.HIGHLIGHT,
                    Annotation.Colour.YELLOW, "Why three?", List.of(), "Bo",
                    Optional.of(Anchoring.describe(text, at, at + "three members".length()))));
            highlight(a, h, "vegetable bed", "");
            highlight(a, h, "Watering by rota", "");
            Path file = tmp.resolve("bo.peeranotes");
            sharing(bo, h).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
            NoteSharing s = sharing(a, h);
            s.apply(s.preview(file));
        }
    }

    private static NoteSharing sharing(Database db, Handbook h) {
        return new NoteSharing(db, new HandbookChapters(h), "test");
    }

    private Annotation highlight(Database db, Handbook h, String quote, String note) throws Exception {
        int at = text.text().indexOf(quote);
        return db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "gardens",
                Annotation.Kind.HIGHLIGHT, Annotation.Colour.GREEN, note, List.of(), db.settings()
                .get(org.peeragogy.reader.store.SettingsStore.READER_NAME).orElseThrow(),
                Optional.of(Anchoring.describe(text, at, at + quote.length()))));
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private void open() throws Exception {
        window = OpenWindow.sized(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800");
        window.showNotesPanel(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.session.talk().entries().size()) == 4);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void key(KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    private Optional<ConversationViewModel.Entry> entry(String note) throws Exception {
        return fx(() -> window.session.talk().entries().stream().filter(e -> e.annotation().note().equals(note))
                .findFirst());
    }

    /** Clicks the notes panel's line of the note with this text. */
    private void choose(String note) throws Exception {
        @SuppressWarnings("unchecked")
        ListCell<ConversationViewModel.Entry> cell = OpenWindow.awaitNode(robot, "#notes-list .list-cell",
                ListCell.class, c -> c.getItem() instanceof ConversationViewModel.Entry e
                        && e.annotation().note().equals(note));
        OpenWindow.click(robot, cell);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#notes-list")
                .queryAs(ListView.class).getSelectionModel().getSelectedItem() instanceof ConversationViewModel.Entry e
                && e.annotation().note().equals(note)));
    }

    /** Writes in the reply or question dialog and saves with Ctrl+Enter. */
    private void writeAndSave(String words) throws Exception {
        javafx.scene.control.TextArea text = OpenWindow.awaitNode(robot, "#conversation-text",
                javafx.scene.control.TextArea.class, Node::isFocused);
        robot.write(words);
        // Saved once every letter has arrived (a loaded machine delivers typed keys late), then the dialog closes.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(text::getText).equals(words));
        key(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> OpenWindow.isShowing(text)));
    }

    private String notice() throws Exception {
        return fx(() -> robot.lookup("#notice-text").tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    @Test
    void replyVoteAskAnonymouslyAndMarkTheAnswerWithTheKeys() throws Exception {
        open();
        choose("Which depth won?");
        key(KeyCode.CONTROL, KeyCode.R);
        writeAndSave("Two centimetres.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Two centimetres.").isPresent());
        assertEquals(1, entry("Two centimetres.").orElseThrow().depth(), "under the note it answers");
        assertEquals("Reply to Bo", entry("Two centimetres.").orElseThrow().talk().text(TEXTS));
        List<String> order = fx(() -> window.session.talk().entries().stream().map(e -> e.annotation().note()).toList());
        assertEquals(order.indexOf("Which depth won?") + 1, order.indexOf("Two centimetres."), order.toString());

        choose("Which depth won?");
        key(KeyCode.CONTROL, KeyCode.U);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Which depth won?").orElseThrow().talk().votedByMe());
        assertEquals("1 vote, yours · 1 reply", entry("Which depth won?").orElseThrow().talk().text(TEXTS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice().equals("Vote given."));

        // The group allows anonymous questions (Notes menu); a question on selected text, asked anonymously.
        OpenWindow.click(robot, "Notes");
        OpenWindow.click(robot, "#menu-group-settings");
        OpenWindow.clickSubmenuItem(robot, "#menu-anonymous-questions");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> window.session.workshopOptions().anonymousProperty()
                .get()));
        int at = text.text().indexOf("Watering by rota");
        fx(() -> {
            window.session.window().chapterView().select(at, at + "Watering by rota".length());
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.session.notes().selectionProperty()
                .get().isPresent()));
        // The key works with the keyboard in the page (WebKit leaves Ctrl+K to the window).
        fx(() -> {
            window.session.window().chapterView().focus();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> window.session.window().chapterView().node()
                .isFocused()));
        key(KeyCode.CONTROL, KeyCode.K);
        CheckBox anonymously = OpenWindow.awaitNode(robot, "#ask-anonymously", CheckBox.class, Node::isVisible);
        Label warning = OpenWindow.node(robot, "#anonymous-warning", Label.class);
        String warned = fx(warning::getText);
        assertTrue(warned.contains("whoever collects your file"), warned);
        OpenWindow.click(robot, "#conversation-text");
        robot.write("Who keeps the rota?");
        OpenWindow.click(robot, anonymously);
        OpenWindow.click(robot, "#conversation-text");
        key(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Who keeps the rota?").isPresent());
        ConversationViewModel.Entry asked = entry("Who keeps the rota?").orElseThrow();
        assertEquals("Anonymous", asked.annotation().author());
        assertEquals("Watering by rota", asked.annotation().quote());
        assertEquals("Question · open", asked.talk().text(TEXTS));

        // Ana answers her own question, then marks that reply as the answer (Ctrl+M).
        choose("Who keeps the rota?");
        key(KeyCode.CONTROL, KeyCode.R);
        writeAndSave("Whoever waters last.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Whoever waters last.").isPresent());
        choose("Whoever waters last.");
        key(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Who keeps the rota?").orElseThrow().talk().text(TEXTS).startsWith("Question · answered"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice().equals("Question marked answered."));
        assertEquals("", fx(() -> window.session.viewModel().problemProperty().get()));

        // Her own anonymous question takes no +1 from her: the window says why, in the command line's words (t15c's N9,
        // decision 0080), and nothing changes.
        choose("Who keeps the rota?");
        key(KeyCode.CONTROL, KeyCode.U);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.session.viewModel().problemProperty()
                .get()).startsWith("This note is yours (your anonymous questions are too): a +1 tells the group"));
        assertTrue(entry("Who keeps the rota?").orElseThrow().talk().text(TEXTS).startsWith("Question · answered · 1 reply"),
                entry("Who keeps the rota?").orElseThrow().talk().text(TEXTS));
        assertFalse(entry("Who keeps the rota?").orElseThrow().talk().votedByMe());

        // Notes → Group: in Ana's own window her anonymous question is hers, so no "one Anonymous more" (t15b's N9;
        // decision 0065's remark is for anonymous askers other than the reader, GroupFiguresTest and the digest's).
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        Label anonymous = OpenWindow.awaitNode(robot, "#group-anonymous", Label.class, l -> true);
        javafx.scene.control.TableView<?> table = OpenWindow.awaitNode(robot, "#group-chapters",
                javafx.scene.control.TableView.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> table.getItems().stream().anyMatch(r ->
                ((org.peeragogy.reader.ui.GroupFigures.ChapterRow) r).answered() == 1)));
        org.peeragogy.reader.ui.GroupFigures.ChapterRow row = fx(() -> (org.peeragogy.reader.ui.GroupFigures.ChapterRow)
                table.getItems().stream().filter(r -> ((org.peeragogy.reader.ui.GroupFigures.ChapterRow) r).answered()
                        == 1).findFirst().orElseThrow());
        String anonymousId = entry("Who keeps the rota?").orElseThrow().annotation().authorId();
        assertEquals(row.people(), fx(() -> (int) window.session.notes().placed().stream()
                .map(i -> i.annotation().authorId()).filter(id -> !id.equals(anonymousId)).distinct().count()),
                "her anonymous id is not one more person");
        assertFalse(fx(anonymous::isVisible), "Ana is one person here, not one Anonymous more");
    }

    /**
     * Tester t15b's F11 in the window: with the blind first pass on, the group view's table counted Bo's notes in a
     * chapter Ana had not written in while its list said only "No threads match." and "0 threads". The list now says
     * how many threads the pass keeps back, and why.
     */
    @Test
    void theGroupViewSaysHowManyThreadsTheBlindFirstPassKeepsBack() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.fixture());
             Database bo = Database.open(tmp.resolve("bo"));
             Database a = Database.open(ana)) {
            bo.annotations().create(new AnnotationStore.Draft(h.book().identity(), "meetings",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.YELLOW, "Bo on meetings", List.of(), "Bo",
                    Optional.empty()));
            Path file = tmp.resolve("bo2.peeranotes");
            sharing(bo, h).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
            NoteSharing s = sharing(a, h);
            s.apply(s.preview(file));
            a.settings().put(org.peeragogy.reader.store.SettingsStore.BLIND_FIRST_PASS, "true");
        }
        open();
        OpenWindow.fx(() -> {
            window.menuItem("menu-group-view").fire();
            return null;
        });
        Label count = OpenWindow.awaitNode(robot, "#group-count", Label.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(count::getText).contains("hidden"));
        assertEquals("4 threads · 1 more is hidden by the blind first pass until you write a note of your own in its"
                + " chapter", fx(count::getText), "the four threads on gardens, where Ana wrote; Bo's meetings note kept back");
    }

    /**
     * Tester t15b's F7: Dee took the name of a participant whose notes she has without a word. Notes → Your name… now
     * warns ("Bo is already the name of someone in your notes") and takes the name after OK; the notes panel then
     * names Ana's notes and Bo's apart.
     */
    @Test
    void takingTheNameOfSomeoneInYourNotesWarnsFirstAndThePanelTellsThemApart() throws Exception {
        String bo;
        String dee;
        try (Database d = Database.open(tmp.resolve("bo")); Database a = Database.open(ana)) {
            bo = d.settings().readerId().substring(9, 17);
            dee = a.settings().readerId().substring(9, 17);
        }
        open();
        javafx.scene.control.MenuItem item = window.menuItem("menu-your-name");
        javafx.application.Platform.runLater(item::fire); // the dialog waits in its own loop
        javafx.scene.control.TextField field = OpenWindow.awaitNode(robot, ".dialog-pane .text-field",
                javafx.scene.control.TextField.class, OpenWindow::isShowing);
        WaitForAsyncUtils.asyncFx(() -> field.setText("Bo")).get();
        OpenWindow.clickShowing(robot, "OK");
        DialogPane warned = OpenWindow.awaitNode(robot, "#name-namesake", DialogPane.class, OpenWindow::isShowing);
        assertTrue(fx(warned::getHeaderText).contains("is already the name of someone in your notes."),
                fx(warned::getHeaderText));
        // It says how both will show: with the start of each one's id, never a number (decision 0101).
        assertTrue(fx(warned::getContentText).contains("(id 0835edf4)") && !fx(warned::getContentText).contains("(2)"),
                fx(warned::getContentText));
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.session.notes().authorName())
                .equals(Optional.of("Bo")));
        // Each Bo with the start of their id (decision 0101), the same words on every reader.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.session.talk().entries().stream()
                .map(e -> window.session.talk().by(e.annotation())).distinct().sorted().toList())
                .equals(java.util.stream.Stream.of("Bo (id " + bo + ")", "Bo (id " + dee + ")").sorted().toList()));
    }

    /**
     * A fresh tester's note: two people called Bo were "Bo" and "Bo (2)" in the Group view's person filter and thread
     * list, numbered in the order of import, with no hint of which Bo was which. Another Bo's file (their own data
     * folder, their own id) imported beside the first: the filter and the threads show each Bo with the start of their
     * id, as {@code notes} prints it; the box's tooltip adds the whole id, its accessible text is its words (decision
     * 0101).
     */
    @Test
    void twoPeopleCalledBoAreShownWithTheStartOfTheirIdsInTheGroupViewsPersonFilterAndThreads() throws Exception {
        String bo;
        String other;
        String otherId;
        try (Handbook h = Handbooks.open(TestHandbooks.fixture());
             Database second = Database.open(tmp.resolve("bo-too"));
             Database first = Database.open(tmp.resolve("bo"));
             Database a = Database.open(ana)) {
            second.settings().putReaderName("Bo");
            highlight(second, h, "Watering by rota", "The other Bo on rotas");
            Path file = tmp.resolve("bo-too.peeranotes");
            sharing(second, h).export(NoteSharing.Format.NOTES, file, ExportFilter.ALL);
            NoteSharing s = sharing(a, h);
            s.apply(s.preview(file));
            bo = "Bo (id " + first.settings().readerId().substring(9, 17) + ")";
            otherId = second.settings().readerId();
            other = "Bo (id " + otherId.substring(9, 17) + ")";
        }
        window = OpenWindow.sized(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", "1280x800");
        window.showNotesPanel(robot);
        OpenWindow.fx(() -> {
            window.menuItem("menu-group-view").fire();
            return null;
        });
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> person = OpenWindow.awaitNode(robot, "#group-person",
                javafx.scene.control.ComboBox.class, OpenWindow::isShowing);
        java.util.function.Supplier<List<String>> names = () -> person.getItems().stream()
                .map(person.getConverter()::toString).map(n -> n.replaceAll("[\u2066-\u2069]", "")).toList();
        // Everyone, Ana and the two Bos, once all three people are counted.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(names::get).size() == 4);
        assertTrue(fx(names::get).containsAll(List.of(bo, other, "Ana")), "each Bo by their id: " + fx(names::get));
        ListView<?> threads = OpenWindow.node(robot, "#group-threads", ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#group-threads .list-cell")
                .queryAll().stream().map(WorkshopWindowTest::said).anyMatch(t -> t.contains("The other Bo on rotas"))));
        List<String> said = fx(() -> robot.lookup("#group-threads .list-cell").queryAll().stream()
                .map(WorkshopWindowTest::said).toList());
        assertTrue(said.stream().anyMatch(t -> t.contains("The other Bo on rotas") && t.contains(other))
                && said.stream().anyMatch(t -> t.contains(bo)), "both Bos' threads by their ids: " + said);
        assertTrue(fx(threads::getItems).size() >= 3);
        // The box's tooltip adds the whole id of the Bo chosen; a screen reader hears the words shown.
        fx(() -> {
            person.getSelectionModel().select(otherId);
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> said(person.getButtonCell())).equals(other));
        assertEquals(other + "\n" + otherId, fx(() -> person.getButtonCell().getTooltip().getText())
                .replaceAll("[\u2066-\u2069]", ""));
        assertEquals(other, fx(() -> said(person.getButtonCell())));
    }

    /** What a screen reader says for {@code n}, without the marks that isolate names. */
    private static String said(Node n) {
        return String.valueOf(n.getAccessibleText()).replaceAll("[\u2066-\u2069]", "");
    }

    /**
     * Fresh tester 18a's NEW-1: the Hotspots list could not be reached from the keyboard: Tab inside the notes panel
     * stopped at its title and skipped the list under it. From the title, Space opens it and Tab goes into the list;
     * Down and Enter open the place.
     */
    @Test
    void theHotspotsListIsReachedAndOpenedWithTheKeys() throws Exception {
        open();
        javafx.scene.control.TitledPane title = OpenWindow.node(robot, "#hotspots", javafx.scene.control.TitledPane.class);
        fx(() -> {
            title.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(title::isFocused));
        key(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(title::isExpanded));
        @SuppressWarnings("unchecked")
        ListView<Object> spots = OpenWindow.node(robot, "#hotspots-list", ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> spots.getItems().size()) == 3);
        key(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(spots::isFocused));
        key(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(title::isFocused));
        key(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(spots::isFocused));
        key(KeyCode.HOME);
        key(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> spots.getSelectionModel().getSelectedIndex()) == 1);
        key(KeyCode.ENTER);
        int paragraph = text.text().indexOf("Watering by rota");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> window.session.window().chapterView().caret()
                .offset()) == paragraph);
    }

    /** Fresh tester 19a's N-4: deleting a reply said "Chapter note deleted."; it is said as a reply. */
    @Test
    void aDeletedReplyIsSaidAsAReply() throws Exception {
        open();
        choose("Which depth won?");
        key(KeyCode.CONTROL, KeyCode.R);
        writeAndSave("Two centimetres.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Two centimetres.").isPresent());
        choose("Two centimetres.");
        key(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Two centimetres.").isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice().equals("Reply deleted."));
    }

    /** Tester's F24: the bar under a selection offers Ask… beside the colours and Note…, as Ctrl+K does. */
    @Test
    void theBarUnderASelectionAsksTheGroupAboutThePassage() throws Exception {
        open();
        int at = text.text().indexOf("Watering by rota");
        fx(() -> {
            window.session.window().chapterView().select(at, at + "Watering by rota".length());
            return null;
        });
        javafx.scene.control.Button ask = OpenWindow.awaitNode(robot, "#selection-ask", javafx.scene.control.Button.class,
                Node::isVisible);
        assertEquals("Ask the group a question about this passage (Ctrl+K)", fx(() -> ask.getTooltip().getText()));
        OpenWindow.click(robot, ask);
        writeAndSave("Who keeps the rota?");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Who keeps the rota?").isPresent());
        ConversationViewModel.Entry asked = entry("Who keeps the rota?").orElseThrow();
        assertEquals("Watering by rota", asked.annotation().quote());
        assertEquals("Question · open", asked.talk().text(TEXTS));
        assertFalse(fx(() -> OpenWindow.isShowing(ask)), "the bar went with the dialog");
    }

    private String chosenNote() throws Exception {
        return fx(() -> robot.lookup("#notes-list").queryAs(ListView.class).getSelectionModel().getSelectedItem()
                instanceof ConversationViewModel.Entry e ? e.annotation().note() : "(nothing chosen)");
    }

    /**
     * F15: each conversation action rebuilds the panel's list, which used to leave nothing chosen, so Ctrl+U could
     * not withdraw ("Choose a note in the notes panel first") and Ctrl+R after a vote failed. The note stays chosen.
     */
    @Test
    void theChosenNoteStaysChosenAfterAVoteAWithdrawalAndAReply() throws Exception {
        open();
        choose("Which depth won?");
        key(KeyCode.CONTROL, KeyCode.U);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Which depth won?").orElseThrow().talk().votedByMe());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chosenNote().equals("Which depth won?")
                && fx(() -> robot.lookup("#notes-list").queryAs(ListView.class).getSelectionModel().getSelectedItem()
                instanceof ConversationViewModel.Entry e && e.talk().votedByMe()));
        // Again: withdraw (the Notes menu's "Vote +1 (again: withdraw)").
        key(KeyCode.CONTROL, KeyCode.U);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !entry("Which depth won?").orElseThrow().talk().votedByMe());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice().equals("Vote withdrawn."));
        assertEquals("Which depth won?", chosenNote());
        key(KeyCode.CONTROL, KeyCode.R);
        writeAndSave("Two centimetres.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Two centimetres.").isPresent());
        assertEquals(1, entry("Two centimetres.").orElseThrow().depth(), "the reply went to the chosen note");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Which depth won?", chosenNote());
    }

    /**
     * F20, F17: under a blind first pass the notes panel's empty line says why it may be empty, and a search result
     * of Bo's note (shown: Ana wrote in this chapter) says "Note by Bo", not "Your note".
     */
    @Test
    void underABlindFirstPassTheEmptyPanelSaysWhyAndSearchSaysWhoseANoteIs() throws Exception {
        open();
        String before = fx(() -> ((Label) robot.lookup("#notes-list").queryAs(ListView.class).getPlaceholder()).getText());
        fx(() -> {
            window.session.workshopOptions().setBlind(true);
            return null;
        });
        String said = fx(() -> ((Label) robot.lookup("#notes-list").queryAs(ListView.class).getPlaceholder()).getText());
        assertTrue(said.startsWith("Blind first pass") && !said.equals(before), said);
        window.focus(robot);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        OpenWindow.awaitNode(robot, "#search-field", javafx.scene.control.TextField.class, Node::isFocused);
        robot.write("depth");
        Label kind = OpenWindow.awaitNode(robot, ".note-kind", Label.class, OpenWindow::isShowing);
        assertEquals("Note by Bo", fx(kind::getText));
        assertTrue(fx(() -> kind.getParent().getParent() instanceof ListCell<?> c
                && c.getAccessibleText().contains("note by Bo")));
    }

    @Test
    void theHeatMapIsAMarginBarByParagraphWithItsCountForScreenReadersAndTheHotspotsSayTheSame() throws Exception {
        open();
        String first = "#" + text.blockAt(text.text().indexOf("vegetable bed")).orElseThrow();
        String second = "#" + text.blockAt(text.text().indexOf("Watering by rota")).orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Number) window.page(
                "document.querySelectorAll('#chapter [data-pr-heat]').length")).intValue() == 2);
        assertEquals("4", window.page("document.querySelector('" + first + "').getAttribute('data-pr-heat')"),
                "Ana and Bo: the chapter's most-marked paragraph");
        assertEquals("1", window.page("document.querySelector('" + second + "').getAttribute('data-pr-heat')"));
        // The level is the bar's width, not its colour alone.
        assertEquals("8px", window.page("getComputedStyle(document.querySelector('" + first + "'), '::after').width"));
        assertEquals("2px", window.page("getComputedStyle(document.querySelector('" + second + "'), '::after').width"));
        assertEquals("2 people marked this paragraph.", window.page("document.getElementById(document.querySelector('"
                + first + "').getAttribute('aria-describedby')).textContent"));
        // Nothing of the notes' text enters the page, and the chapter's text (notes' offsets) is unchanged.
        assertEquals(text.text(), window.page("PeeragogyReader.text()"));
        assertEquals(false, window.page("document.body.textContent.indexOf('Which depth won') >= 0"));
        // The bar's hue stands out from the page at 3:1 (WCAG 1.4.11) in the light and the dark theme.
        for (String theme : List.of("light", "dark", "contrast")) {
            fx(() -> {
                window.session.viewModel().look().setTheme(org.peeragogy.reader.ui.Theme.valueOf(
                        theme.equals("contrast") ? "HIGH_CONTRAST" : theme.toUpperCase(java.util.Locale.ROOT)));
                return null;
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> (Boolean) window.page(
                    "document.documentElement.classList.contains('theme-" + theme + "')"));
            String bar = (String) window.page("getComputedStyle(document.querySelector('" + first
                    + "'), '::after').backgroundColor");
            String page = (String) window.page("getComputedStyle(document.body).backgroundColor");
            double ratio = Wcag.contrast(Wcag.rgba(bar), Wcag.rgba(page));
            assertTrue(ratio >= 3, theme + ": " + bar + " on " + page + " is " + ratio);
        }

        // The Hotspots list says the same as text, and Enter opens the place.
        OpenWindow.click(robot, "#hotspots");
        @SuppressWarnings("unchecked")
        ListView<Object> spots = OpenWindow.node(robot, "#hotspots-list", ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> spots.getItems().size()) == 3);
        List<String> lines = fx(() -> spots.getItems().stream().map(String::valueOf).toList());
        assertTrue(lines.get(0).contains("This chapter, 2 people: “The circle’s first project"), lines.toString());
        assertTrue(lines.get(1).contains("This chapter, 1 person: “Watering by rota"), lines.toString());
        assertTrue(lines.get(2).contains("Learning in a shared garden: 2 people · 1 open question"), lines.toString());
        fx(() -> {
            spots.requestFocus();
            spots.getSelectionModel().select(1);
            return null;
        });
        key(KeyCode.ENTER);
        int paragraph = text.text().indexOf("Watering by rota");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> window.session.window().chapterView().caret()
                .offset()) == paragraph);

        // The contents say, as text and spoken with the title, how many took part and how many questions are open.
        TreeCell<?> gardens = OpenWindow.awaitNode(robot, "#contents .tree-cell", TreeCell.class,
                c -> c.getAccessibleText() != null && c.getAccessibleText().contains("2 people, 1 open question."));
        assertTrue(fx(() -> gardens.lookup(".contents-activity") instanceof Label l
                && l.getText().equals("2 people · 1 open question")));
    }

    @Test
    void theGroupViewSortsFiltersAndOpensAThreadAtItsPassage() throws Exception {
        open();
        window.focus(robot);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        @SuppressWarnings("unchecked")
        TableView<GroupFigures.ChapterRow> chapters = OpenWindow.awaitNode(robot, "#group-chapters", TableView.class,
                OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> chapters.getItems().size()) == 1);
        assertEquals(new GroupFigures.ChapterRow("gardens", "Learning in a shared garden", 2, 4, 2, 1, 0),
                fx(() -> chapters.getItems().get(0)));
        assertFalse(fx(() -> robot.lookup("#group-anonymous").query().isVisible()), "no one asked anonymously");
        @SuppressWarnings("unchecked")
        ListView<GroupFigures.ThreadRow> threads = OpenWindow.node(robot, "#group-threads", ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> threads.getItems().size()) == 4);
        // By people on the passage: Ana's and Bo's notes on the first paragraph (2 people) before Ana's on the rota.
        fx(() -> {
            window.session.groupView().sortProperty().set(GroupFigures.Sort.PEOPLE);
            return null;
        });
        assertEquals("Watering by rota", fx(() -> threads.getItems().get(3).quote()));
        OpenWindow.click(robot, "#group-open");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> threads.getItems().size()) == 1);
        GroupFigures.ThreadRow question = fx(() -> threads.getItems().get(0));
        assertEquals("Why three?", question.text());
        assertEquals("Bo", question.by());
        fx(() -> {
            threads.requestFocus();
            threads.getSelectionModel().select(0);
            return null;
        });
        key(KeyCode.ENTER);
        // The thread opens at its passage: its note is chosen in the notes panel of the main window.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#notes-list")
                .queryAs(ListView.class).getSelectionModel().getSelectedItem() instanceof ConversationViewModel.Entry e
                && e.annotation().id().equals(question.noteId())));
    }

    /**
     * The workshop's parts as a reader sees them, in each theme: the notes panel with a thread, a question and the
     * Hotspots list open, the contents' counts, and Notes → Group. Every text at AA on what is behind it, the focus
     * ring at 3:1, no label cut short without its whole text on hover (ScreenChecks, as ScreensTest does).
     */
    @Test
    void theWorkshopsPartsAreLegibleInEveryThemeAndCutNothing() throws Exception {
        open();
        choose("Which depth won?");
        key(KeyCode.CONTROL, KeyCode.R);
        writeAndSave("Two centimetres.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> entry("Two centimetres.").isPresent());
        OpenWindow.click(robot, "#hotspots");
        window.focus(robot);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        TableView<?> chapters = OpenWindow.awaitNode(robot, "#group-chapters", TableView.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> chapters.getItems().size()) == 1);
        for (org.peeragogy.reader.ui.Theme theme : org.peeragogy.reader.ui.Theme.values()) {
            fx(() -> {
                window.session.viewModel().look().setTheme(theme);
                return null;
            });
            for (int i = 0; i < 4; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            for (javafx.stage.Window w : List.of(window.stage, fx(() -> chapters.getScene().getWindow()))) {
                assertEquals(List.of(), fx(() -> ScreenChecks.lowContrast(w)), theme + ": text below AA");
                assertEquals(List.of(), fx(() -> ScreenChecks.cutText(w)), theme + ": text cut short");
            }
        }
    }

    /**
     * Tester's F19: in Spanish the Group window's per-chapter table was wider than its window ("Respondidas" cut,
     * a horizontal scroll bar): its columns now share the table's width, the chapter's title giving way first, and
     * each heading stays whole.
     */
    @Test
    void inSpanishTheGroupWindowsTableFitsItsWidthWithEveryHeadingWhole() throws Exception {
        window = OpenWindow.sized(ana, Handbooks.open(TestHandbooks.fixture()), "gardens", "1024x600",
                java.util.Map.of(org.peeragogy.reader.ui.InterfaceLanguageViewModel.KEY, "es"));
        window.focus(robot);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        TableView<?> chapters = OpenWindow.awaitNode(robot, "#group-chapters", TableView.class, OpenWindow::isShowing);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> chapters.getItems().size()) == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Respondidas", fx(() -> chapters.getColumns().get(5).getText()));
        assertEquals(List.of(), fx(() -> chapters.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                .map(Object::toString).toList()), "no horizontal scroll bar under the table");
        double columns = fx(() -> chapters.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum());
        double room = fx(() -> chapters.getWidth() - chapters.snappedLeftInset() - chapters.snappedRightInset());
        assertTrue(columns <= room + 1, columns + " px of columns in " + room + " px");
        assertEquals(List.of(), fx(() -> ScreenChecks.cutText(chapters.getScene().getWindow())), "text cut short");
        javafx.stage.Window group = fx(() -> chapters.getScene().getWindow());
        fx(() -> {
            ((javafx.stage.Stage) group).close(); // the next test's window gets the keyboard, not this one
            return null;
        });
    }

    private MenuItem fileMenuItem(String id) throws Exception {
        return fx(() -> {
            MenuBar bar = (MenuBar) window.stage.getScene().getRoot().lookup(".menu-bar");
            Menu file = bar.getMenus().get(0);
            return file.getItems().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
        });
    }

    @Test
    void theDigestIsMadeInTheBackgroundWithItsActionDisabledAndAVoteOnlyFileIsPreviewedAsAVote() throws Exception {
        // Bo votes for Ana's highlight: his file's only news for her.
        Path votes = tmp.resolve("bo-votes.peeranotes");
        try (Handbook h = Handbooks.open(TestHandbooks.fixture());
             Database bo = Database.open(tmp.resolve("bo"));
             Database a = Database.open(ana)) {
            Path mine = tmp.resolve("ana.peeranotes");
            sharing(a, h).export(NoteSharing.Format.NOTES, mine, ExportFilter.ALL);
            NoteSharing s = sharing(bo, h);
            s.apply(s.preview(mine));
            String anasNote = a.annotations().book(h.book().identity()).stream()
                    .filter(n -> n.quote().equals("vegetable bed")).findFirst().orElseThrow().id();
            bo.conversation().vote(anasNote, true, "Bo");
            s.export(NoteSharing.Format.NOTES, votes, ExportFilter.ALL);
        }
        open();
        MenuItem digest = fileMenuItem("menu-digest");
        assertFalse(fx(digest::isDisable));
        Path file = tmp.resolve("digest.html");
        boolean disabledAtOnce = fx(() -> {
            window.session.digest().start(Digests.Format.HTML, Names.SHOW, file, w -> { });
            return digest.isDisable();
        });
        assertTrue(disabledAtOnce, "File → Digest… is disabled while a digest is made");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(digest::isDisable));
        String html = Files.readString(file);
        assertTrue(html.contains("Why three?") && !html.contains("<script"), html);

        fx(() -> {
            window.session.window().importNotes(votes);
            return null;
        });
        DialogPane preview = OpenWindow.awaitNode(robot, "#import-preview", DialogPane.class, OpenWindow::isShowing);
        String said = fx(preview::getContentText);
        assertTrue(said.contains("1 vote new or changed"), said);
        assertFalse(said.contains("changes nothing"), said);
        OpenWindow.clickShowing(robot, "OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice().startsWith("Imported from bo-votes.peeranotes:"
                + " ") && notice().contains("1 vote new or changed"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.session.talk().entries().stream()
                .anyMatch(e -> e.annotation().quote().equals("vegetable bed") && e.talk().votes() == 1)));
    }
}
