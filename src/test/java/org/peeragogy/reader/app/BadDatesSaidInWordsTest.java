package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t31's F8: a W3C note whose created time could not be read was said as "Not kept: annotation 1 (id …):
 * its created time "2026-13-45T10:00:00Z", which is not a date from 1990 to 2200" whatever was wrong. It says which
 * time, the time as written, what is wrong with it in words, and that the note itself is kept. Real W3C files made by
 * a real export, their created time changed.
 */
class BadDatesSaidInWordsTest {
    @TempDir
    Path tmp;
    private String exported;
    private String id;

    @BeforeEach
    void aW3cExport() throws Exception {
        CommandRun ana = new CommandRun(tmp.resolve("ana"));
        assertEquals(0, ana.run("highlight", "gardens", "--quote", "how deep to sow beans", "--note", "Beans"),
                ana.err());
        id = ana.out().strip();
        Path w3c = tmp.resolve("ana.json");
        assertEquals(0, ana.run("export", "--format", "w3c", "--out", w3c.toString()), ana.err());
        exported = Files.readString(w3c);
    }

    /** The remark a dry-run import prints for the note when its created time is {@code json} (a JSON value). */
    private String remarkFor(String json) throws Exception {
        String changed = exported.replaceFirst("\"created\": \"[^\"]*\"", "\"created\": " + json.replace("$", "\\$"));
        Path file = Files.writeString(tmp.resolve("bad-" + Integer.toHexString(json.hashCode()) + ".json"), changed);
        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("import", "--dry-run", file.toString()), ben.err());
        assertTrue(ben.out().startsWith("Would import: 1 new,"), "the note is kept: " + ben.out());
        return ben.out().lines().filter(l -> l.startsWith("Time not kept: ")).findFirst().orElseThrow(() -> new AssertionError(ben.out()));
    }

    @Test
    void aCreatedTimeThatCannotBeReadIsSaidAsWrittenWithWhatIsWrongInWords() throws Exception {
        String note = "Time not kept: annotation 1 (id urn:uuid:" + id + "): its created time ";
        String kept = "; the note is kept, dated as if the file gave no created time)";
        assertEquals(note + "\"2026-13-45T10:00:00Z\" (there is no month 13: months go from 1 to 12" + kept,
                remarkFor("\"2026-13-45T10:00:00Z\""));
        assertEquals(note + "\"2025-02-30\" (there is no day 30 in that month, which has 28 days" + kept,
                remarkFor("\"2025-02-30\""));
        assertEquals(note + "\"2024-05-31T25:10:00Z\" (its time of day does not exist (hours go to 23, minutes and"
                + " seconds to 59)" + kept, remarkFor("\"2024-05-31T25:10:00Z\""));
        assertEquals(note + "\"1800-01-01T00:00:00Z\" (it is before 1990" + kept, remarkFor("\"1800-01-01T00:00:00Z\""));
        assertEquals(note + "\"2300-01-01\" (it is after 2200" + kept, remarkFor("\"2300-01-01\""));
        assertEquals(note + "\"yesterday\" (it is not written as a date, such as 2024-05-31 or 2024-05-31T14:30:00Z"
                + kept, remarkFor("\"yesterday\""));
        assertEquals(note + "(it is a number, not a date written as text" + kept, remarkFor("1717171717"));
    }

    /** Fresh tester t32's F3: a day its month lacks, with a time of day, was read as the month's last day, unsaid. */
    @Test
    void aDayItsMonthLacksIsSaidNotMovedToAnotherDay() throws Exception {
        String note = "Time not kept: annotation 1 (id urn:uuid:" + id + "): its created time ";
        String kept = "; the note is kept, dated as if the file gave no created time)";
        assertEquals(note + "\"2026-02-30T10:00:00Z\" (there is no day 30 in that month, which has 28 days" + kept,
                remarkFor("\"2026-02-30T10:00:00Z\""));
        assertEquals(note + "\"2025-02-29T10:00:00Z\" (there is no day 29 in that month, which has 28 days" + kept,
                remarkFor("\"2025-02-29T10:00:00Z\""));
        assertEquals(note + "\"2026-04-31T10:00:00+02:00\" (there is no day 31 in that month, which has 30 days" + kept,
                remarkFor("\"2026-04-31T10:00:00+02:00\""));
        assertEquals(note + "\"Mon, 30 Feb 2026 10:00:00 GMT\" (it is not written as a date, such as 2024-05-31 or"
                + " 2024-05-31T14:30:00Z" + kept, remarkFor("\"Mon, 30 Feb 2026 10:00:00 GMT\""));
    }

    /**
     * Fresh tester t32's F8: the line began "Not kept:" and ended "the note is kept"; in a folder import it named no
     * file; 400 notes with a bad time printed 400 lines. The time is what is not kept; the file is named; the lines
     * are capped (with "and N more", never "1 more").
     */
    @Test
    void aBadTimeLineSaysTheTimeIsNotKeptNamesItsFileAndIsCapped() throws Exception {
        String item = exported.substring(exported.indexOf("\"items\": [") + 10);
        item = item.substring(item.indexOf('{'), item.lastIndexOf(']'));
        item = item.substring(0, item.lastIndexOf('}') + 1).replaceFirst("\"created\": \"[^\"]*\"",
                "\"created\": \"2026-02-30T10:00:00Z\"");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            items.append(i == 0 ? "" : ",").append(item.replace(id, id.substring(0, 30) + String.format("%06d", i)));
        }
        String many = exported.substring(0, exported.indexOf("\"items\": [") + 10) + items
                + exported.substring(exported.lastIndexOf(']'));
        Path folder = Files.createDirectories(tmp.resolve("sent"));
        Files.writeString(folder.resolve("thirty.json"), many);
        CommandRun ben = new CommandRun(tmp.resolve("ben"));
        assertEquals(0, ben.run("import", "--dry-run", folder.toString()), ben.err());
        java.util.List<String> lines = ben.out().lines().filter(l -> l.contains("its created time")).toList();
        assertEquals(20, lines.size(), ben.out());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("Time not kept: thirty.json: annotation ")), ben.out());
        assertTrue(ben.out().contains("\n… and 10 more lines like these\n"), ben.out());
        assertTrue(ben.out().contains("Would import: 30 new,"), ben.out());
    }

    @Test
    void theWindowSaysTheSameInItsLanguage() throws Exception {
        String line = remarkFor("\"2026-13-45T10:00:00Z\"");
        assertTrue(line.contains("there is no month 13"), line);
        org.peeragogy.reader.ui.Texts es = org.peeragogy.reader.ui.Texts.of(Locale.forLanguageTag("es"));
        org.peeragogy.reader.book.Reason r = org.peeragogy.reader.book.Reason.of(
                org.peeragogy.reader.share.ImportReason.TIME_DROPPED_SHOWN,
                org.peeragogy.reader.book.Reason.of(org.peeragogy.reader.share.ImportReason.TIME_CREATED),
                "2026-13-45", org.peeragogy.reader.book.Reason.of(org.peeragogy.reader.share.ImportReason.TIME_WHY_MONTH,
                        13));
        assertEquals("su fecha «creación», «2026-13-45» (no existe el mes 13: los meses van del 1 al 12; la nota se"
                + " conserva, fechada como si el archivo no diera ninguna fecha «creación»)", es.reason(r));
    }
}
