package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;

/**
 * A fresh tester's note: two people called Ann, each with a note on the same chapter; the facilitator imports both
 * files. {@code notes} said "Ann (id 0835edf4)" and "Ann (id 6ff2ef44)", but the digest said "People (3), by name: Ann,
 * Ann (2), Ben", numbered in the order of import, so no one could tell which Ann was which and two facilitators
 * importing in other orders printed other words. Real data folders, real files, the real command line (decision 0101).
 */
class NamesakesShownByIdTest {
    @TempDir
    Path tmp;

    /** A reader called {@code name} in the data folder {@code folder}, who asked {@code note}; their file and short id. */
    private String[] reader(String folder, String name, String note) throws Exception {
        CommandRun r = new CommandRun(tmp.resolve(folder));
        assertEquals(0, r.run("name", name), r.err());
        assertEquals(0, r.run("ask", "gardens", "--note", note), r.err());
        Path file = tmp.resolve(folder + ".peeranotes");
        assertEquals(0, r.run("export", "--format", "notes", "--out", file.toString()), r.err());
        try (Database db = Database.open(tmp.resolve(folder))) {
            return new String[] {file.toString(), db.settings().readerId().substring(9, 17)};
        }
    }

    @Test
    void theDigestShowsTwoPeopleCalledAnnWithTheirShortIdsTheSameWhicheverFileWasImportedFirst() throws Exception {
        String[] ann = reader("ann", "Ann", "Ann asks about beans");
        String[] other = reader("ann2", "Ann", "The other Ann asks about wikis");
        String[] ben = reader("ben", "Ben", "Ben asks about rotas");
        String firstAnn = "Ann \\(id " + ann[1] + "\\)";
        String secondAnn = "Ann \\(id " + other[1] + "\\)";
        String digest = null;
        for (List<String[]> order : List.of(List.of(ann, other, ben), List.of(ben, other, ann))) {
            CommandRun facilitator = new CommandRun(tmp.resolve("facilitator-" + order.get(0)[1]));
            assertEquals(0, facilitator.run("name", "Cleo"), facilitator.err());
            for (String[] file : order) {
                assertEquals(0, facilitator.run("import", file[0]), facilitator.err());
            }
            Path md = tmp.resolve("digest-" + order.get(0)[1] + ".md");
            assertEquals(0, facilitator.run("digest", "--format", "markdown", "--out", md.toString()),
                    facilitator.err());
            String text = Files.readString(md);
            assertTrue(text.contains("⁨Ann asks about beans⁩ (⁨" + firstAnn + "⁩"), "the first Ann, by her id:\n" + text);
            assertTrue(text.contains("⁨The other Ann asks about wikis⁩ (⁨" + secondAnn + "⁩"),
                    "the other Ann, by hers:\n" + text);
            assertTrue(text.contains("⁨Ben asks about rotas⁩ (⁨Ben⁩"), "a name no one else has, as it is:\n" + text);
            assertFalse(text.contains("Ann \\(2\\)"), "no numbering by the order of import:\n" + text);
            String people = text.lines().filter(l -> l.contains("People (")).findFirst().orElseThrow();
            if (digest != null) {
                assertEquals(digest, people, "the same words for every facilitator, whatever the order of import");
            }
            digest = people;
        }
    }
}
