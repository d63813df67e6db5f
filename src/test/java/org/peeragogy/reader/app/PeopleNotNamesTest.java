package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.AuthorIds;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.FormatOneNotesFiles;
import org.peeragogy.reader.share.JsonWriter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AuthorStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.MergeRecords;
import org.peeragogy.reader.store.ShareStore;
import org.peeragogy.reader.store.SteppingClock;

/**
 * Authors are people, not names (issue 11, decision 0017), through real profiles and real files: two
 * people called Ana stay two layers, a person who renames stays one, Hypothesis accounts are people, files
 * without ids still import, and a file that claims to be the reader's cannot change their notes unseen.
 */
class PeopleNotNamesTest {
    @TempDir
    Path tmp;
    private final String book = ShareFixture.HANDBOOK.book().identity();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));

    private Database open(String name, String readerName) throws Exception {
        Database db = Database.open(tmp.resolve(name));
        db.useClock(clock);
        db.settings().putReaderName(readerName);
        return db;
    }

    private Path export(Database db, String name, NoteSharing.Format format) throws Exception {
        clock.advance(Duration.ofMinutes(1)); // each file is newer than the last
        Path f = tmp.resolve(name + format.extension());
        ShareFixture.sharing(db).export(format, f, ExportFilter.ALL);
        return f;
    }

    private MergeRecords.Counts importInto(Database db, Path f) throws Exception {
        return ShareFixture.sharing(db).apply(ShareFixture.sharing(db).preview(f)).plan().counts();
    }

    private static Map<String, String> namesById(Database db) throws Exception {
        return db.authors().list().stream().collect(Collectors.toMap(AuthorStore.Author::id, AuthorStore.Author::name));
    }

    @Test
    void twoPeopleCalledAnaStayTwoLayersThroughTheNotesFileAndW3c() throws Exception {
        Path first;
        Path second;
        String firstId;
        String secondId;
        try (Database one = open("ana-one", "Ana"); Database two = open("ana-two", "Ana")) {
            ShareFixture.highlight(one, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "the first Ana");
            ShareFixture.highlight(two, "action", 1, "Ana", Annotation.Colour.BLUE, "the second Ana");
            ShareFixture.highlight(two, "action", 3, "Ana", Annotation.Colour.BLUE, "the second Ana again");
            first = export(one, "one", NoteSharing.Format.NOTES);
            second = export(two, "two", NoteSharing.Format.W3C);
            firstId = one.settings().readerId();
            secondId = two.settings().readerId();
        }
        try (Database f = open("facilitator", "Fay")) {
            importInto(f, first);
            importInto(f, second);
            Map<String, String> layers = namesById(f);
            assertEquals("Ana", layers.get(firstId));
            assertEquals("Ana", layers.get(secondId));
            assertEquals(3, layers.size(), layers.toString());
            assertEquals(1, f.annotations().byAuthors(book, List.of(firstId)).size());
            assertEquals(2, f.annotations().byAuthors(book, List.of(secondId)).size());
            f.authors().setVisible(secondId, false);
            assertEquals(List.of("the first Ana"), f.annotations().visible(book).stream().map(Annotation::note).toList(),
                    "hiding one Ana hides only her notes");
        }
    }

    @Test
    void aPersonWhoRenamesStaysOneLayerAndTheirOldNotesFollowTheNewName() throws Exception {
        Path asBea;
        Path asBeatriz;
        String beaId;
        try (Database bea = open("bea", "Bea")) {
            ShareFixture.highlight(bea, "wiki", 0, "Bea", Annotation.Colour.PINK, "written as Bea");
            asBea = export(bea, "bea", NoteSharing.Format.NOTES);
            bea.settings().putReaderName("Beatriz");
            ShareFixture.highlight(bea, "wiki", 2, "Beatriz", Annotation.Colour.PINK, "written as Beatriz");
            asBeatriz = export(bea, "beatriz", NoteSharing.Format.NOTES);
            beaId = bea.settings().readerId();
            assertEquals(List.of("Beatriz", "Beatriz"), bea.annotations().book(book).stream().map(Annotation::author)
                    .toList(), "in her own profile too");
        }
        try (Database f = open("facilitator", "Fay")) {
            importInto(f, asBea);
            assertEquals("Bea", namesById(f).get(beaId));
            importInto(f, asBeatriz);
            assertEquals("Beatriz", namesById(f).get(beaId));
            assertEquals(2, namesById(f).size(), "one layer for her, one for the facilitator");
            assertEquals(List.of("Beatriz", "Beatriz"), f.annotations().byAuthors(book, List.of(beaId)).stream()
                    .map(Annotation::author).toList());
            // Her older file, imported again, does not give her the old name back.
            importInto(f, asBea);
            assertEquals("Beatriz", namesById(f).get(beaId));
        }
    }

    /**
     * Undo is whole (issue 11, decision 0032): an import that renamed a person, even one that changed no note of
     * theirs, names them back when it is taken back, so that the same file renames them again; and the layer an
     * import made goes with the import's last note of that person.
     */
    @Test
    void undoingAnImportNamesPeopleBackAndTakesAwayTheLayersItMade() throws Exception {
        Path asBea;
        Path renamedOnly;
        Path asBeatriz;
        String beaId;
        try (Database bea = open("bea", "Bea")) {
            ShareFixture.highlight(bea, "wiki", 0, "Bea", Annotation.Colour.PINK, "written as Bea");
            asBea = export(bea, "bea", NoteSharing.Format.NOTES);
            bea.settings().putReaderName("Beatriz");
            renamedOnly = export(bea, "renamed", NoteSharing.Format.W3C);
            ShareFixture.highlight(bea, "wiki", 2, "Beatriz", Annotation.Colour.PINK, "written as Beatriz");
            asBeatriz = export(bea, "beatriz", NoteSharing.Format.NOTES);
            beaId = bea.settings().readerId();
        }
        try (Database f = open("facilitator", "Fay")) {
            NoteSharing sharing = ShareFixture.sharing(f);
            long first = sharing.apply(sharing.preview(asBea)).batchId().orElseThrow();
            Map<String, AuthorStore.Author> before = f.authors().byId();

            // A file that only renames her is an import of its own, which can be taken back.
            // A W3C file says no writer: its new name for Bea is taken by choice (decision 0069, amended for t15d).
            ShareStore.Applied rename = sharing.apply(sharing.previewByHand(renamedOnly, true, true).preview());
            assertEquals("Beatriz", namesById(f).get(beaId));
            assertTrue(f.sharing().batches().get(0).summary().endsWith("1 person renamed"),
                    f.sharing().batches().get(0).summary());
            sharing.undoImport(rename.batchId().orElseThrow());
            assertEquals(before, f.authors().byId(), "named as before, and as newly named before");
            ShareStore.Applied again = sharing.apply(sharing.previewByHand(renamedOnly, true, true).preview());
            assertEquals("Beatriz", namesById(f).get(beaId), "the same file renames her again");
            sharing.undoImport(again.batchId().orElseThrow());

            long third = sharing.apply(sharing.preview(asBeatriz)).batchId().orElseThrow();
            assertEquals("Beatriz", namesById(f).get(beaId));
            sharing.undoImport(third);
            assertEquals("Bea", namesById(f).get(beaId));
            assertEquals(List.of("Bea"), f.annotations().byAuthors(book, List.of(beaId)).stream()
                    .map(Annotation::author).toList());

            sharing.undoImport(first);
            assertFalse(namesById(f).containsKey(beaId), "the layer the first import made went with it");
            assertFalse(f.authors().byId().containsKey(beaId));
            assertEquals(Map.of(f.settings().readerId(), "Fay"), namesById(f));
        }
    }

    @Test
    void hypothesisAccountsWithTheSameUserNameAreTwoPeople() throws Exception {
        Path file = tmp.resolve("hypothesis.json");
        Map<String, Object> one = Map.of("id", "m1", "created", "2021-03-01T10:00:00Z", "user", "acct:maria@hypothes.is",
                "uri", "https://example.org/a", "text", "from hypothes.is", "tags", List.of(),
                "permissions", Map.of("read", List.of("group:__world__")));
        Map<String, Object> two = Map.of("id", "m2", "created", "2021-03-01T10:00:00Z",
                "user", "acct:maria@another.example", "user_info", Map.of("display_name", "Maria S."),
                "uri", "https://example.org/b", "text", "from another service", "tags", List.of());
        Files.writeString(file, JsonWriter.write(Map.of("annotations", List.of(one, two))), StandardCharsets.UTF_8);
        try (Database f = open("facilitator", "Fay")) {
            importInto(f, file);
            List<AuthorStore.Author> layers = f.authors().list();
            Map<String, AuthorStore.Author> byId = layers.stream()
                    .collect(Collectors.toMap(AuthorStore.Author::id, a -> a));
            assertEquals("maria", byId.get("acct:maria@hypothes.is").name());
            assertEquals("maria", byId.get("acct:maria@hypothes.is").nickname());
            assertEquals("Maria S.", byId.get("acct:maria@another.example").name(), "the display name when given");
            assertEquals("maria", byId.get("acct:maria@another.example").nickname());
            assertEquals(3, layers.size());
        }
    }

    @Test
    void anOlderFileWithoutIdsImportsAndTheSamePersonWithAnIdLaterIsStillOneLayer() throws Exception {
        Path v2;
        String boId;
        try (Database bo = open("bo", "Bo")) {
            ShareFixture.highlight(bo, "pattern-wrapper", 2, "Bo", Annotation.Colour.YELLOW, "Bo's first");
            ShareFixture.chapterNote(bo, "wiki", "Bo", "Bo on the wiki");
            v2 = export(bo, "bo", NoteSharing.Format.NOTES);
            boId = bo.settings().readerId();
        }
        Path v1 = FormatOneNotesFiles.asFormatOne(v2, tmp.resolve("bo-before-ids.peeranotes"));
        try (Database f = open("facilitator", "Fay")) {
            assertEquals(2, importInto(f, v1).added());
            String byName = AuthorIds.fromName("Bo");
            assertEquals(2, f.annotations().byAuthors(book, List.of(byName)).size(), "known by name only");
            assertTrue(importInto(f, v1).changesNothing(), "the same old file again changes nothing");

            MergeRecords.Counts withIds = importInto(f, v2);
            assertEquals(2, withIds.updated(), withIds.summary());
            assertEquals(2, f.annotations().byAuthors(book, List.of(boId)).size(), "the notes take Bo's id");
            assertEquals(List.of(), f.annotations().byAuthors(book, List.of(byName)));
            assertEquals(List.of("Bo", "Fay"), f.authors().list().stream().map(AuthorStore.Author::name).sorted().toList(),
                    "one layer for Bo");
        }
    }

    @Test
    void aFileThatClaimsToBeTheReadersCannotChangeOrDeleteTheirNotesUnseen() throws Exception {
        try (Database me = open("me", "Ana")) {
            Annotation kept = ShareFixture.highlight(me, "pattern-wrapper", 0, "Ana", Annotation.Colour.GREEN, "my words");
            Annotation notDeleted = ShareFixture.highlight(me, "pattern-wrapper", 2, "Ana", Annotation.Colour.GREEN, "stays");
            Path mine = export(me, "mine", NoteSharing.Format.NOTES);
            // Someone edits a copy of the reader's own file: it still carries the reader's id on every note.
            Path forged = tmp.resolve("forged.peeranotes");
            Files.copy(mine, forged, StandardCopyOption.REPLACE_EXISTING);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement s = c.createStatement()) {
                s.execute("UPDATE annotation SET note = 'words put in my mouth', updated_at = '2030-01-01T00:00:00Z'"
                        + " WHERE id = '" + kept.id() + "'");
                s.execute("UPDATE annotation SET note = '', quote_exact = NULL, deleted_at = '2030-01-01T00:00:00Z',"
                        + " updated_at = '2030-01-01T00:00:00Z' WHERE id = '" + notDeleted.id() + "'");
                s.execute("INSERT INTO annotation SELECT '99999999-9999-4999-8999-999999999999', book_identity,"
                        + " chapter_id, kind, colour, 'planted', author, author_id, created_at, updated_at, quote_exact,"
                        + " quote_prefix, quote_suffix, position_start, position_end, block_id, text_fingerprint,"
                        + " deleted_at FROM annotation WHERE id = '" + kept.id() + "'");
            }
            NoteSharing sharing = ShareFixture.sharing(me);
            NoteSharing.Preview preview = sharing.preview(forged);
            assertEquals(0, preview.counts().updated(), preview.counts().summary());
            assertEquals(0, preview.counts().deleted(), preview.counts().summary());
            assertEquals(1, preview.counts().conflicts(), preview.counts().summary());
            assertEquals(1, preview.counts().added(), preview.counts().summary());
            String remarks = String.join("\n", preview.remarks());
            assertTrue(remarks.contains("1 of your notes is changed in this file: yours stays as it is"), remarks);
            assertTrue(remarks.contains("1 deletion in this file is not applied: of your own notes"), remarks);
            assertTrue(remarks.contains("1 new note in this file says it is yours"), remarks);

            sharing.apply(preview);
            assertEquals("my words", me.annotations().find(kept.id()).orElseThrow().note());
            assertFalse(me.annotations().find(notDeleted.id()).orElseThrow().isDeleted());
            assertTrue(me.sharedNotes().conflicts(book).stream().anyMatch(x -> x.original().id().equals(kept.id())
                    && x.copy().note().equals("words put in my mouth")), "the file's version is kept beside mine");
        }
    }

    @Test
    void aNewVersionOfSomeoneElsesNoteByAThirdPersonIsASecondVersionNotAnEdit() throws Exception {
        Path bos;
        Annotation boNote;
        try (Database bo = open("bo", "Bo")) {
            boNote = ShareFixture.highlight(bo, "action", 4, "Bo", Annotation.Colour.BLUE, "Bo's thought");
            bos = export(bo, "bo", NoteSharing.Format.NOTES);
        }
        Path hijack = tmp.resolve("hijack.peeranotes");
        Files.copy(bos, hijack, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + hijack); Statement s = c.createStatement()) {
            s.execute("INSERT INTO author VALUES ('acct:mallory@evil.example', 'Mallory', NULL, '')");
            s.execute("UPDATE annotation SET note = 'not what Bo said', author = 'Mallory',"
                    + " author_id = 'acct:mallory@evil.example', updated_at = '2030-01-01T00:00:00Z'");
        }
        try (Database f = open("facilitator", "Fay")) {
            importInto(f, bos);
            MergeRecords.Counts c = importInto(f, hijack);
            assertEquals(0, c.updated(), c.summary());
            assertEquals(1, c.conflicts(), c.summary());
            assertEquals("Bo's thought", f.annotations().find(boNote.id()).orElseThrow().note());
        }
    }
}
