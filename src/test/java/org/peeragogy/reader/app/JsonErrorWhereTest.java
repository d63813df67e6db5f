package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.store.Database;

/**
 * Where JSON that is not valid goes wrong is said as an editor shows it: the line and the character in that line, both
 * counted from 1 (fresh tester t31's F4: "line 2 (character 4)" counted characters from the file's start, from 0, and
 * "cannot be imported: The JSON" had a capital in mid-sentence).
 */
class JsonErrorWhereTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\": x} | 1 | 7 | unexpected character 'x'",
        "{\\n  \"a\": x} | 2 | 8 | unexpected character 'x'",
        "[1,\\n2,\\n3 | 3 | 2 | expected , or ]",
        "@ | 1 | 1 | unexpected character '@'",
    })
    void theLineAndTheCharacterInItAreCountedFromOne(String json, int line, int character, String what) throws Exception {
        Path file = tmp.resolve("given.json");
        Files.writeString(file, json.replace("\\n", "\n"));
        try (Database db = Database.open(tmp.resolve("data"))) {
            assertEquals("This file cannot be imported: the JSON is not valid at line " + line + " (character " + character
                    + "): " + what + ". Nothing was changed.",
                    assertThrows(ShareException.class, () -> ShareFixture.sharing(db).preview(file)).getMessage());
        }
    }
}
