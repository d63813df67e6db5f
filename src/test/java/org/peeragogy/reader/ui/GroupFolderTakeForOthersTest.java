package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fresh tester t15e's M1 in the window: a file in the group folder that does not say who wrote it re-words Ben's note.
 * Ticking it in the preview (to take the rest of it) merged the change with no question. Now the preview's line says
 * what it holds back, the remark names the change with a quote, and OK asks the import's one question, "Take them" or
 * "Leave them out" (the default); only "Take them" changes Ben's note (decision 0077).
 */
class GroupFolderTakeForOthersTest extends GroupFolderActionsFixture {
    private static final String FORGED = "Ben's thought (edited by Mal: nonsense)";

    /** Ben's note merged by Ana, then Ben's file copied, re-worded and without its writer line, as nowriter.peeranotes. */
    private void forgery() throws Exception {
        chooseFolder(false);
        writes("Ben", "ben", "Ben's thought");
        wake.get().run();
        runUiUntil(() -> notice().isPresent());
        answers.add(true); // OK in the preview: Ben's file merged
        notices.choose(choice(GroupFolderActions.MERGE));
        runUiUntil(() -> anasNotesSaying("Ben's thought") == 1);
        Path forged = folder.resolve("nowriter.peeranotes");
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            Files.copy(s.filter(p -> p.getFileName().toString().startsWith("Ben_")).findFirst().orElseThrow(), forged);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE annotation SET note = '" + FORGED.replace("'", "''")
                    + "', updated_at = '" + java.time.Instant.now().plusSeconds(60) + "'");
            s.executeUpdate("DELETE FROM meta WHERE key = 'exported_by'");
        }
        notices.clear();
        wake.get().run();
        runUiUntil(() -> notice().map(n -> n.text().contains("held back")).orElse(false));
    }

    @Test
    void aTickedFilesChangesToOtherPeoplesNotesAreAskedAboutAndLeftOutByDefault() throws Exception {
        forgery();
        // Said as what it is, not as a stranger's file: Ben was merged before (t15f's F6).
        assertTrue(notice().get().text().endsWith("Merge asks first about 1 file holding back changes or votes for"
                + " other people"), notice().get().text());
        answers.add(Optional.of(List.of(0))); // the file ticked, OK
        answers.add(false); // Leave them out
        actions.preview(group.arrivalsProperty().get());
        runUiUntil(() -> notice().map(n -> n.text().startsWith("Merged")).orElse(false));

        String item = picks.get(picks.size() - 1).get(0);
        assertTrue(item.contains("held back until you choose: 1 change to another person's note"), item);
        assertTrue(item.contains("Ben's note \u201CBen's thought\u201D re-worded"), item);
        Dialogs.Question asked = questions.get(questions.size() - 1);
        assertEquals("Take what this file carries for other people?", asked.header());
        assertTrue(asked.text().contains("1 change in it is to another person's note"), asked.text());
        assertTrue(asked.text().contains("nowriter.peeranotes"), asked.text());
        assertEquals(1, anasNotesSaying("Ben's thought"), "left out");
        assertTrue(notice().get().text().contains("left out for other people: 1 change to another person's note"),
                "said with what was merged (t15f's F5): " + notice().get().text());
        assertEquals(0, anasNotesSaying(FORGED));
        assertEquals(List.of(), problems);
    }

    @Test
    void takeThemMergesTheChangeAsTheFileSaysIt() throws Exception {
        forgery();
        answers.add(Optional.of(List.of(0)));
        answers.add(true); // Take them
        actions.preview(group.arrivalsProperty().get());
        runUiUntil(() -> anasNotesSaying(FORGED) == 1);
        assertEquals(0, anasNotesSaying("Ben's thought"));
        assertEquals(List.of(), group.arrivalsProperty().get(), "merged: no longer waiting (t15f's F2)");
        assertEquals(List.of(), problems);
    }

    @Test
    void aFileThatHoldsNothingBackIsMergedWithNoSecondQuestion() throws Exception {
        chooseFolder(false);
        writes("Ben", "ben", "Ben's thought");
        wake.get().run();
        runUiUntil(() -> notice().isPresent());
        int asked = questions.size();
        answers.add(true); // OK in the preview, and nothing more is asked
        notices.choose(choice(GroupFolderActions.MERGE));
        runUiUntil(() -> anasNotesSaying("Ben's thought") == 1);
        assertEquals(asked + 1, questions.size(), "only the preview");
        assertTrue(answers.isEmpty());
    }
}
