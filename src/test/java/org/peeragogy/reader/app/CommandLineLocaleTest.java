package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * The command line is for scripts and screen readers: its output and what it accepts never change with the
 * system's language (issue 14, decision 0030), while the window's words do. Each command runs in this JVM under
 * languages that write numbers, dates and letters differently (German's decimal comma, Turkish's dotless i, Thai
 * and Arabic digits, the interface languages) and prints exactly what it prints in US English.
 */
class CommandLineLocaleTest {
    /** Unicode's "-u-nu-" asks for the script's own digits: a locale-dependent number would come out in them. */
    private static final List<Locale> OTHERS = List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
            Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("ar-EG-u-nu-arab"),
            Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("it-IT"), Locale.forLanguageTag("pt-BR"));
    private static final Locale BEFORE = Locale.getDefault();

    @TempDir
    Path dataDir;
    /** Where exports and digests go: never inside the data folder in use (decision 0060, amended for t15b's M1). */
    @TempDir
    Path elsewhere;

    @AfterEach
    void backToTheDefault() {
        Locale.setDefault(BEFORE);
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws Options.UsageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--handbook", TestHandbooks.fixture().toString(), "--data-dir",
                dataDir.toString()));
        all.addAll(List.of(args));
        int code = Main.runCommand(Options.parse(all.toArray(String[]::new)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What the reading commands print about the same notes (and one refused command's message). */
    private Map<String, Run> readings() throws Exception {
        // The same files each time (their names are in what is printed), written afresh.
        Path export = elsewhere.resolve("notes.md");
        Path digest = elsewhere.resolve("digest.md");
        Files.deleteIfExists(export);
        Files.deleteIfExists(digest);
        Map<String, Run> out = new LinkedHashMap<>();
        out.put("chapters", run("chapters"));
        out.put("search", run("search", "meeting", "--limit", "3"));
        out.put("search --json", run("search", "garden", "--json"));
        out.put("notes", run("notes"));
        out.put("notes --json", run("notes", "--json"));
        out.put("check", run("check"));
        out.put("export markdown", run("export", "--format", "markdown", "--out", export.toString()));
        out.put("the file it wrote", new Run(0, written(export), ""));
        out.put("digest", run("digest", "--format", "markdown", "--names", "initials", "--out", digest.toString()));
        out.put("the digest it wrote", new Run(0, written(digest), ""));
        out.put("render a missing chapter", run("render", "nope"));
        return out;
    }

    /**
     * A written file with the minute it was written masked (runs a minute apart differ there); only ASCII digits
     * are masked, so a time written in another script's digits would still differ.
     */
    private static String written(Path file) throws java.io.IOException {
        return Files.readString(file).replaceAll("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC", "<minute> UTC");
    }

    @Test
    void whatTheCommandLinePrintsIsTheSameInEveryLanguage() throws Exception {
        Locale.setDefault(Locale.US);
        // Notes with numbers a locale would write its own way: many of them, a decimal in a note, a tag with an I.
        for (int i = 0; i < 12; i++) {
            Run made = run("highlight", "meetings", "--quote", "meet", "--note", "Note " + i + " of 1234.5",
                    "--tag", "ISTANBUL", "--color", i % 2 == 0 ? "green" : "blue");
            assertEquals(0, made.code(), made.err());
        }
        Map<String, Run> english = readings();
        assertTrue(english.get("notes").out().lines().count() >= 12, english.get("notes").out());
        assertTrue(english.get("check").out().contains("chapters, 0 broken links"), english.get("check").out());
        for (Locale l : OTHERS) {
            Locale.setDefault(l);
            Map<String, Run> there = readings();
            for (String command : english.keySet()) {
                assertEquals(english.get(command), there.get(command), command + " under " + l.toLanguageTag());
            }
        }
    }

    @Test
    void whatTheCommandLineAcceptsIsTheSameInEveryLanguage() throws Exception {
        for (Locale l : OTHERS) {
            Locale.setDefault(l);
            // Options, colours and formats are read as written in every language (Turkish upper-cases i to a dotted İ).
            Run made = run("highlight", "gardens", "--quote", "garden", "--color", "pink", "--tag", "i");
            assertEquals(0, made.code(), l + ": " + made.err());
            assertTrue(made.out().strip().matches("[0-9a-f-]{36}"), l + ": a note id in ASCII: " + made.out());
            assertEquals(0, run("search", "garden", "--limit", "12").code(), l.toString());
            assertEquals(2, run("highlight", "gardens", "--quote", "garden", "--color", "gelb").code(),
                    l + ": a colour is one of the command line's own words");
        }
        Locale.setDefault(Locale.US);
        assertEquals(OTHERS.size(), run("notes", "--chapter", "gardens", "--json").out().split("\"pink\"", -1).length - 1,
                "every note made under another language was kept, pink");
    }
}
