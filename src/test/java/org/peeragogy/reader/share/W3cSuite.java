package org.peeragogy.reader.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peeragogy.reader.TestHandbooks;

/**
 * The W3C Web Annotation Working Group's model tests ({@code ../shared/w3c-annotation-tests}, see its
 * SOURCE.md), run as their reference runner {@code JSONtest.js} runs them: a {@code .test} file lists
 * assertions in order; each is a file name (a JSON Schema, draft-04, with {@code assertionType}
 * must/should/may and {@code expectedResult} valid/invalid), an object with {@code assertionFile} whose
 * other keys override the file's, a nested list, or an inline schema; an object with {@code assertions}
 * is a compound assertion whose parts are combined with {@code compareWith} {@code and} (the default) or
 * {@code or}. An assertion passes when the content's validity is its expected result; an unexpected result
 * with {@code onUnexpectedResult} {@code ...AndSkip} skips the rest of its list, {@code ...AndAbort} all
 * that follow. {@code $ref}s name files of {@code definitions/}, as the suite's own runner loaded them.
 *
 * <p>Public (a test helper) because the export's conformance test lives beside the sharing fixtures in
 * {@code app}.
 */
public final class W3cSuite {
    /** Where the suite is: {@code w3c.tests.dir}, else beside the handbook the build reads. */
    public static Path folder() {
        String set = System.getProperty("w3c.tests.dir");
        Path p = set != null ? Path.of(set)
                : TestHandbooks.realLocation().resolveSibling("w3c-annotation-tests");
        if (!Files.isDirectory(p.resolve("definitions"))) {
            throw new IllegalStateException("The W3C annotation tests are not at " + p
                    + "; put them there or run Maven with -Dw3c.tests.dir=PATH");
        }
        return p;
    }

    /** A made-up base for the suite's files, so that relative ids and $refs resolve; mapped to the folder. */
    private static final String BASE = "https://w3c-annotation-tests.invalid/definitions/";

    public enum Level { MUST, SHOULD, MAY }

    public enum Outcome { PASS, FAIL, SKIPPED }

    /** One assertion's result on one piece of content. */
    public record Result(String test, String assertion, Level level, Outcome outcome, String title, String errors) {
        public boolean passed() {
            return outcome == Outcome.PASS;
        }

        @Override
        public String toString() {
            return outcome + " " + level.name().toLowerCase(Locale.ROOT) + " " + assertion
                    + (outcome == Outcome.FAIL ? " (" + errors + ")" : "");
        }
    }

    private final Path root;
    private final JsonSchemaFactory factory;
    private final ObjectMapper json = JsonMapper.builder().build();
    /** Trailing commas allowed, so that the broken samples are refused by the schemas, not by a parser. */
    private final ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    public W3cSuite(Path root) {
        this.root = root;
        String defs = root.resolve("definitions").toUri().toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.schemaMappers(m -> m.mapPrefix(BASE, defs.endsWith("/") ? defs : defs + "/")));
    }

    /** Reads a sample as the suite's page did: JSON (trailing commas forgiven, see {@link #lenient}). */
    public JsonNode parse(String text) throws JsonProcessingException {
        return lenient.readTree(text);
    }

    public JsonNode parse(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Every assertion of {@code testFile} (relative to the suite, e.g. {@code annotations/annotationMusts.test}). */
    public List<Result> run(String testFile, JsonNode content) {
        JsonNode test = read(testFile);
        List<Result> out = new ArrayList<>();
        runList(testFile, test.get("assertions"), content, out, new boolean[1]);
        return out;
    }

    /** Runs a list; returns true when it asked to abort everything after it. */
    private void runList(String testFile, JsonNode list, JsonNode content, List<Result> out, boolean[] abort) {
        boolean skip = false;
        for (JsonNode a : list) {
            if (a.isArray()) {
                runList(testFile, a, content, out, abort);
                continue;
            }
            ObjectNode assertion = load(a);
            String name = a.isTextual() ? a.asText() : a.has("assertionFile") ? a.get("assertionFile").asText() : "inline";
            Level level = level(assertion);
            String title = assertion.path("title").asText(name);
            if (skip || abort[0]) {
                out.add(new Result(testFile, name, level, Outcome.SKIPPED, title, ""));
                continue;
            }
            List<String> errors = new ArrayList<>();
            boolean valid = valid(assertion, content, errors);
            boolean expected = valid == "valid".equals(assertion.path("expectedResult").asText("valid"));
            out.add(new Result(testFile, name, level, expected ? Outcome.PASS : Outcome.FAIL, title,
                    String.join("; ", errors)));
            if (!expected) {
                String action = assertion.path("onUnexpectedResult").asText("failAndContinue");
                skip = action.endsWith("AndSkip");
                abort[0] = action.endsWith("AndAbort");
            }
        }
    }

    /** Whether {@code content} is valid against a schema, or against a compound assertion's parts. */
    private boolean valid(ObjectNode assertion, JsonNode content, List<String> errors) {
        if (assertion.has("assertions")) {
            boolean or = "or".equals(assertion.path("compareWith").asText("and"));
            boolean all = !or;
            for (JsonNode part : assertion.get("assertions")) {
                ObjectNode p = load(part);
                boolean r = valid(p, content, errors) == "valid".equals(p.path("expectedResult").asText("valid"));
                all = or ? all || r : all && r;
            }
            return all;
        }
        Set<ValidationMessage> messages = schema(assertion).validate(content);
        messages.stream().map(ValidationMessage::getMessage).sorted().limit(3).forEach(errors::add);
        return messages.isEmpty();
    }

    private static Level level(JsonNode assertion) {
        return Level.valueOf(assertion.path("assertionType").asText("must").toUpperCase(Locale.ROOT));
    }

    private ObjectNode load(JsonNode a) {
        if (a.isTextual()) {
            return (ObjectNode) read(a.asText());
        }
        ObjectNode o = ((ObjectNode) a).deepCopy();
        if (o.has("assertionFile")) {
            ObjectNode file = (ObjectNode) read(o.get("assertionFile").asText()).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("assertionFile")) {
                    file.set(e.getKey(), e.getValue());
                }
            }
            return file;
        }
        return o;
    }

    private JsonNode read(String relative) {
        try {
            return json.readTree(Files.readString(root.resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonSchema schema(ObjectNode assertion) {
        String key = assertion.toString();
        return schemas.computeIfAbsent(key, k -> {
            // Its relative id ("3.1-annotationIdValidated.json") and $refs ("id.json#/...") resolve
            // against the definitions, where the suite keeps what they name.
            String id = assertion.path("id").asText("inline-" + Integer.toHexString(k.hashCode()) + ".json");
            return factory.getSchema(SchemaLocation.of(BASE + id), assertion);
        });
    }

    /** The results as a table: one line per assertion, level, outcome and (for failures) why. */
    public static String table(List<Result> results) {
        return results.stream().map(r -> String.format(Locale.ROOT, "%-7s %-6s %-62s %s", r.outcome(),
                r.level().name().toLowerCase(Locale.ROOT), r.assertion(), r.outcome() == Outcome.FAIL ? r.errors() : ""))
                .collect(Collectors.joining("\n"));
    }
}
