package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;

/**
 * Issue 13 (third test), in a real SQLite file: a character or cluster alone at the end of a run of a
 * spaceless script is found (it was not: a character alone is a prefix of the pairs it begins, and none
 * begins with a run's last one), and Korean written as conjoining jamo finds and is found by composed
 * syllables. Fixture sentences are our own.
 */
class SearchRunEndsAndJamoTest {
    @TempDir
    Path dir;

    private static String note(Database db, String text) throws Exception {
        return db.annotations().create(new AnnotationStore.Draft("book-a", "wiki", Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.YELLOW, text, List.of(), "Ana", Optional.empty())).id();
    }

    private static List<String> found(Database db, String query) throws Exception {
        return db.search().search("book-a", query, 10).stream().map(h -> h.annotationId().orElseThrow()).toList();
    }

    private static String snippet(Database db, String query) throws Exception {
        return db.search().search("book-a", query, 10).get(0).snippet("[", "]");
    }

    @Test
    void aWordOfOneClusterOrCharacterAtTheEndOfARunIsFound() throws Exception {
        try (Database db = Database.open(dir)) {
            // Khmer "I want to go", ending in ទៅ "go"; Chinese "we are at the library", ending in 馆; Thai "I want
            // to drink water", ending in น้ำ "water", a word of one cluster.
            String khmer = note(db, "ខ្ញុំចង់ទៅ។ ថ្ងៃស្អែក");
            String chinese = note(db, "我们在图书馆。");
            String thai = note(db, "ฉันอยากดื่มน้ำ แล้วไปโรงเรียน");
            assertEquals(List.of(khmer), found(db, "ទៅ"));
            assertEquals(List.of(chinese), found(db, "馆"));
            assertEquals(List.of(thai), found(db, "น้ำ"));
            assertTrue(snippet(db, "ទៅ").contains("[ទៅ]។"), snippet(db, "ទៅ"));
            assertTrue(snippet(db, "馆").contains("书[馆]。"), snippet(db, "馆"));
            // Longer pieces ending a run are found as before, and a piece ending inside a run too.
            assertEquals(List.of(khmer), found(db, "ចង់ទៅ"));
            assertEquals(List.of(chinese), found(db, "图书"));
        }
    }

    @Test
    void koreanInJamoAndInComposedSyllablesFindEachOther() throws Exception {
        String composed = "한국어 책을 읽었습니다";
        String jamo = Normalizer.normalize(composed, Normalizer.Form.NFD);
        try (Database db = Database.open(dir)) {
            String inJamo = note(db, jamo);
            assertEquals(List.of(inJamo), found(db, "책"), "one syllable typed composed, a prefix");
            assertEquals(List.of(inJamo), found(db, "읽었습니다"));
            // The text is kept composed (NFC) beside the index, so the snippet shows syllables.
            assertEquals("한국어 [책을] 읽었습니다", snippet(db, "책을"));
            // Typed in jamo (an input method, text pasted decomposed), the query splits as the syllables do.
            String inSyllables = note(db, "도서관에서 공부해요");
            assertEquals(List.of(inSyllables), found(db, Normalizer.normalize("도서관", Normalizer.Form.NFD)));
            assertEquals(List.of(inSyllables), found(db, Normalizer.normalize("공", Normalizer.Form.NFD)));
        }
    }
}
