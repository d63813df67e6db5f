package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.text.LookAlikes;
import org.peeragogy.reader.ui.NoteRulesViewModel;
import org.peeragogy.reader.ui.NotesViewModel;
import org.peeragogy.reader.ui.Texts;

/**
 * Tester t15b's F2: "Anonymous" was refused as a name, but "Anonymous (2)", "Αnonymous" (a Greek capital Alpha) and
 * the Spanish label "Anónimo" were taken, and then read exactly as anonymous askers in the digest. They are refused
 * now where a name is given (the command line and the window's name dialog), and a file that brings such a name shows
 * it with the start of its id, so it cannot pass for an anonymous asker. Real data folders, real files.
 */
class AnonymousLookAlikeNamesTest {
    @TempDir
    Path tmp;

    private static final List<String> LOOK_ALIKES = List.of("Anonymous (2)", "\u0391nonymous", "An\u00f3nimo",
            "Anonimo", "An\u00f4nimo (3)", "\u0410n\u043en\u0443m\u043eus", "An0nymous", "anonyrnous");

    @Test
    void namesThatLookLikeTheAnonymousLabelInAnyLanguageAreRefusedOnTheCommandLineAndInTheWindow() throws Exception {
        CommandRun eve = new CommandRun(tmp.resolve("eve"));
        assertEquals(0, eve.run("name", "Eve"), eve.err());
        Texts english = Texts.of(java.util.Locale.ENGLISH);
        for (String name : LOOK_ALIKES) {
            assertEquals(2, eve.run("name", name), name);
            assertTrue(eve.err().contains("is what anonymous questions show: choose another name"), eve.err());
            assertTrue(eve.err().endsWith("Nothing was changed.\n"), eve.err());
            assertEquals(Optional.of(english.get("name.reserved")), NoteRulesViewModel.nameProblem(english, name), name);
        }
        for (String fine : List.of("Anon", "Anonymous Ana", "Ana", "Nomi", "Ánimo")) {
            assertEquals(Optional.empty(), NoteRulesViewModel.nameProblem(english, fine), fine);
        }
        assertEquals(0, eve.run("name"));
        assertEquals("Eve\n", eve.out(), "the name stays");
    }

    @Test
    void everyInterfaceLanguagesAnonymousLabelIsOneOfThoseRefused() {
        for (String tag : List.of("en", "es", "it", "pt")) {
            Texts texts = Texts.of(java.util.Locale.forLanguageTag(tag));
            assertTrue(LookAlikes.anonymous(texts.get("author.anonymous")), tag);
            assertTrue(LookAlikes.anonymous(texts.get("author.anonymous") + " (2)"), tag);
        }
    }

    @Test
    void aFileThatBringsSuchANameShowsItWithItsIdInNotesAndTheDigest() throws Exception {
        CommandRun eve = new CommandRun(tmp.resolve("eve"));
        assertEquals(0, eve.run("name", "Eve"), eve.err());
        assertEquals(0, eve.run("ask", "gardens", "--note", "Who is asking?"), eve.err());
        Path json = tmp.resolve("eve.jsonld");
        assertEquals(0, eve.run("export", "--format", "w3c", "--out", json.toString()), eve.err());
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Eve\""), text);
        // Written by an older reader, or by hand: the name a reader now refuses.
        Files.writeString(json, text.replace("\"Eve\"", "\"\u0391nonymous\""), StandardCharsets.UTF_8);
        String eveId;
        try (Database db = Database.open(tmp.resolve("eve"))) {
            eveId = db.settings().readerId();
        }

        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());
        assertEquals(0, fay.run("import", json.toString()), fay.err());
        assertEquals(0, fay.run("notes"), fay.err());
        String shown = "\u0391nonymous (id " + eveId.substring(9, 17) + ")";
        assertTrue(fay.out().contains("\t" + shown + "\t"), fay.out());
        Path md = tmp.resolve("digest.md");
        assertEquals(0, fay.run("digest", "--format", "markdown", "--out", md.toString()), fay.err());
        String digest = Files.readString(md, StandardCharsets.UTF_8);
        // Markdown escapes the brackets; every time the name shows, its id follows it.
        String escaped = shown.replace("(", "\\(").replace(")", "\\)");
        assertTrue(digest.contains(escaped), digest);
        assertEquals(digest.split("\u0391nonymous", -1).length, digest.split(java.util.regex.Pattern.quote(escaped), -1)
                .length, "never bare, as an anonymous asker shows: " + digest);
    }
}
