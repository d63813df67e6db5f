package org.peeragogy.reader.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Reason;

/**
 * Helper h34c: a file over the parser's limits is refused by a first pass that builds nothing, with the reason (and
 * place) the building parse gave before; a file under them parses to the same objects as before, names exact. Each
 * text is written to a real file and read back, as an import reads it. Memory and time are measured in
 * docs/performance.md ("Importing large JSON"), never asserted here.
 */
class JsonLimitsBeforeBuildingTest {
    @TempDir
    Path tmp;

    private String onDisk(CharSequence text) throws Exception {
        return Files.readString(Files.writeString(tmp.resolve("file.json"), text));
    }

    /** {@code [0,0,…]}: the list and its {@code zeros}, so {@code zeros + 1} values. */
    private static StringBuilder zeros(int zeros) {
        StringBuilder b = new StringBuilder(2 * zeros + 16).append('[');
        for (int k = 0; k < zeros; k++) {
            b.append(k == 0 ? "0" : ",0");
        }
        return b;
    }

    private static Reason reason(String text) {
        return assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse(text)).reason();
    }

    @Test
    void aFileOfMoreThanTwoMillionValuesIsRefusedAsTooManyValuesByTheFirstLook() throws Exception {
        String text = onDisk(zeros(JsonReader.MAX_ITEMS).append(']'));

        assertTrue(JsonCount.mayExceed(text, JsonReader.MAX_ITEMS, JsonReader.MAX_DEPTH));
        assertEquals(Reason.of(ImportReason.JSON_TOO_MANY_VALUES, JsonReader.MAX_ITEMS), reason(text));
    }

    @Test
    void aFileOfExactlyTwoMillionValuesStillParsesToAllOfThem() throws Exception {
        String text = onDisk(zeros(JsonReader.MAX_ITEMS - 1).append(']'));

        List<?> all = (List<?>) JsonReader.parse(text);

        assertEquals(JsonReader.MAX_ITEMS - 1, all.size());
        assertEquals(0L, all.get(all.size() - 1));
    }

    @Test
    void aFileNestedDeeperThanThirtyTwoIsRefusedAsTooDeepBeforeBuilding() throws Exception {
        String text = onDisk("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}");

        assertTrue(JsonCount.mayExceed(text, JsonReader.MAX_ITEMS, JsonReader.MAX_DEPTH));
        assertEquals(Reason.of(ImportReason.JSON_TOO_DEEP, JsonReader.MAX_DEPTH), reason(text));
        assertEquals(List.of(List.of()), JsonReader.parse(onDisk("[".repeat(2) + "]".repeat(2))));
    }

    /**
     * A review of h34c: the first look ran on every parse, the smallest file's too. A text shorter than the most values
     * cannot hold more values than that, and the building parse finds too deep a text itself, as soon: it is not looked
     * at first. One as long is, and is still refused by the look.
     */
    @Test
    void aTextShorterThanTheMostValuesIsNotLookedAtFirstAndIsRefusedTheSame() throws Exception {
        String deep = onDisk("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}");
        assertFalse(JsonReader.firstLookFinds(deep));
        assertEquals(Reason.of(ImportReason.JSON_TOO_DEEP, JsonReader.MAX_DEPTH), reason(deep));
        String justShorter = zeros((JsonReader.MAX_ITEMS - 3) / 2).append(']').toString();
        assertTrue(justShorter.length() < JsonReader.LOOKED_AT_FROM, String.valueOf(justShorter.length()));
        assertFalse(JsonReader.firstLookFinds(justShorter));
        assertEquals(JsonReader.MAX_ITEMS, JsonReader.LOOKED_AT_FROM, "derived from the most values");
        String tooMany = zeros(JsonReader.MAX_ITEMS).append(']').toString();
        assertTrue(JsonReader.firstLookFinds(tooMany));
    }

    @Test
    void aTooLargeFileWrongEarlierIsStillSaidWrongWhereItIsWrong() throws Exception {
        String text = onDisk(new StringBuilder("[1,,").append(zeros(JsonReader.MAX_ITEMS + 5)).append("]]"));

        assertEquals(Reason.of(ImportReason.JSON_INVALID, 1, 4, Reason.of(ImportReason.JSON_UNEXPECTED_CHARACTER, ",")),
                reason(text));
    }

    @Test
    void aTooLargeFileWithANameTwiceEarlierIsStillSaidToHaveItTwice() throws Exception {
        String text = onDisk(new StringBuilder("{\"type\":1,\"\\u0074ype\":2,\"x\":")
                .append(zeros(JsonReader.MAX_ITEMS + 5)).append("]}"));

        assertEquals(Reason.of(ImportReason.JSON_INVALID, 1, 24, Reason.of(ImportReason.JSON_NAME_TWICE, "type")),
                reason(text));
    }

    @Test
    void aTooLargeFileWrongOnlyAfterTheLimitIsSaidTooLarge() throws Exception {
        String text = onDisk(zeros(JsonReader.MAX_ITEMS + 5).append(",,]"));

        assertEquals(Reason.of(ImportReason.JSON_TOO_MANY_VALUES, JsonReader.MAX_ITEMS), reason(text));
    }

    @Test
    void aNameWhereTheLastValueShouldBeIsWrongNotTooLarge() throws Exception {
        // The first look does not count a text followed by ':' as a value; the parser counts it (2,000,000 values, not
        // more), then finds ':' where ',' or ']' should be: wrong, as before (the same reason, found by the same parse).
        String text = onDisk(zeros(JsonReader.MAX_ITEMS - 2).append(",\"x\":]"));

        assertFalse(JsonCount.mayExceed(text, JsonReader.MAX_ITEMS, JsonReader.MAX_DEPTH));
        assertEquals(Reason.of(ImportReason.JSON_INVALID, 1, 4_000_002, Reason.of(ImportReason.JSON_EXPECTED, ", or ]")),
                reason(text));
    }

    @Test
    void aSampleParsesToTheSameObjectsInTheSameOrderAsBuiltByHand() throws Exception {
        String text = onDisk("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\",\n"
                + " \"body\": [{\"type\": \"TextualBody\", \"value\": \"caf\\u00e9 \\\"quoted\\\"\", \"purpose\": \"tagging\"},"
                + " {\"type\": \"TextualBody\", \"value\": \"peer\"}],\n"
                + " \"target\": {\"selector\": [{\"start\": 0, \"end\": 24, \"type\": \"TextPositionSelector\"}],"
                + " \"n\": -1.5e2, \"yes\": true, \"no\": false, \"nothing\": null, \"empty\": {}, \"none\": []}}");
        Map<String, Object> body1 = new LinkedHashMap<>();
        body1.put("type", "TextualBody");
        body1.put("value", "café \"quoted\"");
        body1.put("purpose", "tagging");
        Map<String, Object> body2 = new LinkedHashMap<>();
        body2.put("type", "TextualBody");
        body2.put("value", "peer");
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("start", 0L);
        position.put("end", 24L);
        position.put("type", "TextPositionSelector");
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("selector", List.of(position));
        target.put("n", -150.0);
        target.put("yes", true);
        target.put("no", false);
        target.put("nothing", null);
        target.put("empty", new LinkedHashMap<>());
        target.put("none", List.of());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("@context", "http://www.w3.org/ns/anno.jsonld");
        expected.put("type", "Annotation");
        expected.put("body", List.of(body1, body2));
        expected.put("target", target);

        Object parsed = JsonReader.parse(text);

        assertEquals(expected, parsed);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(((Map<?, ?>) parsed).keySet()));
        assertEquals(List.of("selector", "n", "yes", "no", "nothing", "empty", "none"),
                new ArrayList<>(((Map<?, ?>) ((Map<?, ?>) parsed).get("target")).keySet()));
        assertTrue(parsed instanceof LinkedHashMap<?, ?>);
    }

    @Test
    void aNameWrittenWithEscapesIsTheSameName() throws Exception {
        Map<?, ?> parsed = (Map<?, ?>) JsonReader.parse(onDisk("[{\"type\":\"a\"},{\"\\u0074ype\":\"b\"}]".replace("[", "{\"l\":[")
                .replace("]", "]}")));
        List<?> both = (List<?>) parsed.get("l");

        assertEquals(Map.of("type", "a"), both.get(0));
        assertEquals(Map.of("type", "b"), both.get(1));
        assertEquals(Arrays.asList("type"), new ArrayList<>(((Map<?, ?>) both.get(1)).keySet()));
    }

    @Test
    void aRepeatedNameIsOneTextEachTime() throws Exception {
        List<?> two = (List<?>) JsonReader.parse(onDisk("[{\"type\":\"TextualBody\"},{\"type\":\"TextualBody\"}]"));
        String first = ((Map<?, ?>) two.get(0)).keySet().iterator().next().toString();
        String second = ((Map<?, ?>) two.get(1)).keySet().iterator().next().toString();

        assertSame(first, second);
        assertSame(((Map<?, ?>) two.get(0)).get("type"), ((Map<?, ?>) two.get(1)).get("type"));
    }
}
