package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.JsonWriter;

/**
 * Fresh tester t15d's F5: a W3C file's creator named exactly "Anonymous" (a new person: no file vouched for the id as
 * anyone's anonymous one) was printed in the digest as a second anonymous asker, "Anonymous (2)" ("Anónimo (2)" in
 * Spanish), with no id, and the import's remark left them out of the people it listed. Real data folder, a real W3C
 * file, the real command line.
 */
class W3cAnonymousNameTest {
    @TempDir
    Path tmp;

    private static Map<String, Object> question(String id, String creatorId, String name, String text) {
        return Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "id", "urn:uuid:" + id, "type", "Annotation",
                "motivation", "questioning", "peeragogy:question", true,
                "creator", Map.of("id", creatorId, "type", "Person", "name", name),
                "body", Map.of("type", "TextualBody", "value", text),
                "target", Map.of("source", "https://peeragogy.github.io/gardens.html"));
    }

    @Test
    void aW3cCreatorCalledAnonymousIsThatPersonWithTheirIdNeverASecondAnonymousAsker() throws Exception {
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());
        assertEquals(0, fay.run("ask", "gardens", "--note", "Fay asks openly"), fay.err());
        // Allow anonymous questions ticked, as the window's Notes menu does (decision 0080).
        try (org.peeragogy.reader.store.Database db = org.peeragogy.reader.store.Database.open(tmp.resolve("fay"))) {
            db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true");
        }
        assertEquals(0, fay.run("ask", "gardens", "--note", "A question asked anonymously", "--anonymous"), fay.err());
        String creator = "urn:uuid:a085855d-2c75-435c-bfeb-cafa34b739c3";
        Path file = tmp.resolve("w3c-names.jsonld");
        List<Object> items = new ArrayList<>(List.of(
                question("e76ef3f3-a832-43a7-a434-95b123fde066", creator, "Anonymous", "I am anonymous, trust me"),
                question("3ecd3487-fb02-4f5e-8ad1-96f7411426d2", "urn:uuid:1c4c22ae-0000-4000-8000-000000000001",
                        "Anónimo", "Soy anónimo"),
                question("4ecd3487-fb02-4f5e-8ad1-96f7411426d2", "urn:uuid:2c4c22ae-0000-4000-8000-000000000002",
                        "Bo", "Bo asks")));
        Files.writeString(file, JsonWriter.write(items), StandardCharsets.UTF_8);
        assertEquals(0, fay.run("import", file.toString()), fay.err());
        assertTrue(fay.out().contains("Anonymous (1 note)"), "the remark names every person in it:\n" + fay.out());

        for (String lang : List.of("en", "es")) {
            Path md = tmp.resolve("fay-" + lang + ".md");
            assertEquals(0, fay.run("digest", "--format", "markdown", "--interface-language", lang, "--out",
                    md.toString()), fay.err());
            String text = Files.readString(md);
            String asker = lang.equals("en") ? "Anonymous" : "Anónimo";
            assertFalse(text.contains(asker + " \\(2\\)"), "no second anonymous asker:\n" + text);
            assertTrue(text.contains("⁨I am anonymous\\, trust me⁩ (⁨Anonymous \\(id a085855d\\)⁩"),
                    "the person, with their id, in every language:\n" + text);
            assertTrue(text.contains("⁨A question asked anonymously⁩ (⁨" + asker + "⁩"), "the real asker:\n" + text);
        }
    }
}
