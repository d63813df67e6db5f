package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.store.Database;

/**
 * Issue 15, tester's F13: notes whose parent links make a circle (A replies to B, B to A; S to itself), as a forged
 * or damaged file can carry, were in no section of the digest: threads are cut at such a circle, and the digest
 * listed only questions and replies waiting for their note. Now each circle is a thread under "Replies whose thread
 * loops", from the note where it was cut, in every format the digest writes.
 */
class DigestLoopsTest {
    @TempDir
    Path tmp;

    @Test
    void notesReplyingInACircleAreListedInEveryFormatOfTheDigest() throws Exception {
        try (Database fac = Database.open(tmp.resolve("fac"))) {
            // A second apart: "written first" is then A, never a tie broken by the notes' random ids (CI failed on one).
            org.peeragogy.reader.store.SteppingClock clock = new org.peeragogy.reader.store.SteppingClock(java.time.Instant.parse("2026-11-01T10:00:00Z"));
            fac.useClock(clock);
            Annotation a = ShareFixture.chapterNote(fac, "wiki", "Ana", "circle note A");
            clock.advance(java.time.Duration.ofSeconds(1));
            Annotation b = ShareFixture.chapterNote(fac, "wiki", "Bo", "circle note B");
            clock.advance(java.time.Duration.ofSeconds(1));
            Annotation s = ShareFixture.chapterNote(fac, "wiki", "Cy", "self reply S");
            // What the store never writes but a forged file can bring in: links in a circle.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fac.file());
                 Statement st = c.createStatement()) {
                st.execute("INSERT INTO note_link VALUES ('" + a.id() + "', '" + b.id() + "', 0, NULL)");
                st.execute("INSERT INTO note_link VALUES ('" + b.id() + "', '" + a.id() + "', 0, NULL)");
                st.execute("INSERT INTO note_link VALUES ('" + s.id() + "', '" + s.id() + "', 0, NULL)");
            }
            Digest d = new Digests(fac, new HandbookChapters(ShareFixture.HANDBOOK)).make(Set.of(), Names.SHOW, DigestFixture.ENGLISH);
            Digest.ChapterDigest wiki = d.chapters().stream().filter(c -> c.id().equals("wiki")).findFirst()
                    .orElseThrow();
            assertEquals(List.of(List.of("circle note A", "circle note B"), List.of("self reply S")),
                    wiki.loops().stream().map(t -> t.items().stream().map(Digest.Item::text).toList()).toList(),
                    "each circle once, from the note written first, its other note one level in");
            assertEquals(1, wiki.loops().get(0).items().get(1).depth());
            for (Digests.Format f : List.of(Digests.Format.MARKDOWN, Digests.Format.HTML, Digests.Format.PDF)) {
                Path out = tmp.resolve("digest" + f.extension());
                Digests.write(d, f, out);
                String text = f == Digests.Format.PDF ? DigestScriptsTest.pdftotext(out) : Files.readString(out);
                for (String note : List.of("circle note A", "circle note B", "self reply S",
                        "Replies whose thread loops")) {
                    assertTrue(text.contains(note), f + " lacks '" + note + "':\n" + text);
                }
            }
        }
    }
}
