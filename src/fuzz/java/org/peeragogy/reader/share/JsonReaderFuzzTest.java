package org.peeragogy.reader.share;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The strict JSON reader that every W3C and Hypothesis file from a stranger goes through: whatever the
 * bytes, it returns a value or refuses with {@link JsonReader.JsonException}; anything else (another
 * exception, a stack overflow, running out of memory) is a finding. Run with {@code -Pfuzz}
 * (docs/architecture.md, "Fuzzing").
 */
class JsonReaderFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        try {
            JsonReader.parse(new String(input, StandardCharsets.UTF_8));
        } catch (JsonReader.JsonException refused) {
            // The expected answer to malformed JSON: a plain message, nothing else.
        }
    }
}
