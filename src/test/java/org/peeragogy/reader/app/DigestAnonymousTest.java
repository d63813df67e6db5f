package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Issue 15: an anonymous asker is one person in the digest, as in the margin bar and the Hotspots (try17w F3; tester
 * 15's F3 had them left out, and a chapter with only an anonymous question said "0 people"). Ana asks one question
 * under her name and one anonymously, Bo asks one; the facilitator's digest counts three people (Ana, Bo and
 * Anonymous: it cannot tell who asked), and the anonymous question reads
 * "Anonymous" with names shown, as initials or hidden (not "Participant 3", not "A.", which point at a person).
 */
class DigestAnonymousTest {
    @TempDir
    Path tmp;

    private static AnnotationStore.Draft question(String text, String who) {
        return new AnnotationStore.Draft(ShareFixture.HANDBOOK.book().identity(), "wiki", Annotation.Kind.CHAPTER_NOTE,
                Annotation.Colour.YELLOW, text, List.of(), who, Optional.empty());
    }

    private Path file(Database db, String name) throws Exception {
        Path f = tmp.resolve(name + ".peeranotes");
        ShareFixture.sharing(db).export(NoteSharing.Format.NOTES, f, ExportFilter.ALL);
        return f;
    }

    @Test
    void anAnonymousAskerIsOnePersonAndStaysAnonymousInEveryNamesMode() throws Exception {
        try (Database ana = Database.open(tmp.resolve("ana"));
             Database bo = Database.open(tmp.resolve("bo"));
             Database fac = Database.open(tmp.resolve("fac"))) {
            ana.settings().putReaderName("Ana");
            ana.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true");
            bo.settings().putReaderName("Bo");
            ana.conversation().ask(question("Why a wiki?", "Ana"));
            ana.conversation().ask(question("Is this silly?", "Ana"), true);
            bo.conversation().ask(question("Who edits?", "Bo"));
            for (Path f : List.of(file(ana, "ana"), file(bo, "bo"))) {
                NoteSharing s = ShareFixture.sharing(fac);
                s.apply(s.preview(f));
            }
            for (Names mode : Names.values()) {
                Digest d = new Digests(fac, new HandbookChapters(ShareFixture.HANDBOOK)).make(Set.of(), mode, DigestFixture.ENGLISH);
                assertEquals(3, d.people().size(), mode + ": " + d.people());
                assertTrue(d.people().contains("Anonymous"), mode + ": " + d.people());
                Digest.ChapterDigest wiki = d.chapters().stream().filter(c -> c.id().equals("wiki")).findFirst()
                        .orElseThrow();
                assertEquals(3, wiki.people(), mode.toString());
                assertEquals("Anonymous", wiki.open().stream().filter(t -> t.question().text().equals("Is this silly?"))
                        .findFirst().orElseThrow().question().by(), mode.toString());
            }
            // Tester's F18: in a Spanish digest the anonymous asker is "Anónimo", not the English word.
            Digest es = new Digests(fac, new HandbookChapters(ShareFixture.HANDBOOK)).make(Set.of(), Names.SHOW,
                    org.peeragogy.reader.ui.Texts.of(java.util.Locale.forLanguageTag("es")).digestWords());
            assertTrue(es.edition().contains(", edición "), "try17w F4: " + es.edition());
            assertEquals("Anónimo", es.chapters().stream().flatMap(c -> c.open().stream())
                    .filter(t -> t.question().text().equals("Is this silly?")).findFirst().orElseThrow().question().by());
        }
    }
}
