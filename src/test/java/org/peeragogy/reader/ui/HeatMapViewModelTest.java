package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The heat map (issue 15) of the fixture's "gardens" chapter, from highlights saved in a real SQLite file by three
 * people and placed by the real anchoring: counted by paragraph (the page's blocks), each person once, over the
 * layers shown.
 */
class HeatMapViewModelTest {
    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;
    private NotesViewModel notes;
    private HeatMapViewModel heat;
    private ChapterText text;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbooks.fixture());
        text = ChapterText.of(handbook.render("gardens").html());
        notes = new NotesViewModel(db.annotations(), db.settings(), problems::add, Texts.of(java.util.Locale.ENGLISH));
        heat = new HeatMapViewModel(notes);
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private void mark(String person, String quote) throws Exception {
        int at = text.text().indexOf(quote);
        assertTrue(at >= 0, quote);
        db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "gardens",
                Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW, "", List.of(), person,
                Optional.of(Anchoring.describe(text, at, at + quote.length())), "urn:" + person));
    }

    private void show() {
        heat.chapterShown(text);
        notes.chapterShown(handbook.book().identity(), "gardens", text);
    }

    private String block(String quote) {
        return text.blockAt(text.text().indexOf(quote)).orElseThrow();
    }

    @Test
    void eachParagraphCountsTheDistinctPeopleWhoMarkedItAndTheMostMarkedIsTheTopLevel() throws Exception {
        mark("Ana", "how deep to sow beans");
        mark("Ana", "reported back"); // the same paragraph again: Ana counts once
        mark("Bo", "vegetable bed");
        mark("Cy", "three members");
        mark("Bo", "Watering by rota");
        show();
        List<HeatMapViewModel.Paragraph> p = heat.paragraphs();
        assertEquals(2, p.size(), p.toString());
        assertEquals(block("how deep"), p.get(0).blockId());
        assertEquals(3, p.get(0).people());
        assertEquals(HeatMapViewModel.LEVELS, p.get(0).level());
        assertTrue(p.get(0).excerpt().startsWith("The circle’s first project"), p.get(0).excerpt());
        assertEquals(block("Watering by rota"), p.get(1).blockId());
        assertEquals(1, p.get(1).level(), "one person where the most is three");
        assertEquals(text.text().indexOf("Watering by rota"), p.get(1).start());
        assertEquals(List.of(p.get(0)), heat.hottest(1));
    }

    @Test
    void aHighlightAcrossTwoParagraphsMarksBoth() throws Exception {
        int from = text.text().indexOf("tap recorded");
        int to = text.text().indexOf("harvest was weighed") + "harvest".length();
        db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "gardens",
                Annotation.Kind.HIGHLIGHT, Annotation.Colour.GREEN, "", List.of(), "Ana",
                Optional.of(Anchoring.describe(text, from, to)), "urn:Ana"));
        show();
        assertEquals(List.of(block("tap recorded"), block("harvest was weighed")),
                heat.paragraphs().stream().map(HeatMapViewModel.Paragraph::blockId).toList());
    }

    @Test
    void peopleHiddenAsLayersDoNotCountAndAChangeIsCountedAgain() throws Exception {
        mark("Ana", "how deep to sow beans");
        mark("Bo", "vegetable bed");
        show();
        assertEquals(2, heat.paragraphs().get(0).people());
        notes.setLayers(java.util.Set.of("urn:Bo"), java.util.Set.of(), java.util.Map.of());
        assertEquals(1, heat.paragraphs().get(0).people(), "over the layers shown");
        assertEquals(1, heat.paragraphs().get(0).level());
    }

    /**
     * t15d's F1: a highlight a file only says is the reader's (not saved by her since, decision 0032) is the file's
     * words, counted nowhere (decision 0079): it marks no paragraph until she saves it.
     */
    @Test
    void aHighlightAFileOnlyClaimsIsTheReadersMarksNoParagraph() throws Exception {
        mark("Ana", "how deep to sow beans");
        mark("Fay", "vegetable bed");
        show();
        assertEquals(2, heat.paragraphs().get(0).people());
        String fays = db.annotations().book(handbook.book().identity()).stream()
                .filter(a -> a.authorId().equals("urn:Fay")).findFirst().orElseThrow().id();
        notes.setLayers(java.util.Set.of(), java.util.Set.of(), java.util.Map.of(fays, "w3c-as-fay.jsonld"));
        assertEquals(1, heat.paragraphs().get(0).people(), "Ana's mark only");
    }

    @Test
    void levelsRunFromOneToFourWithTheChaptersMost() {
        assertEquals(1, HeatMapViewModel.level(1, 1));
        assertEquals(1, HeatMapViewModel.level(1, 10));
        assertEquals(4, HeatMapViewModel.level(10, 10));
        assertEquals(2, HeatMapViewModel.level(4, 10));
        assertEquals(3, HeatMapViewModel.level(7, 10));
    }
}
