package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PageMessages} and reader.js declare the same messages, both ways: every {@code Call} is a
 * function of the {@code PeeragogyReader} object and every function it exports is a {@code Call};
 * every method of the {@code Bridge} (and {@code Receiver}) is called by the page as {@code host().X} or
 * {@code h.X}, with as many arguments, and the page calls nothing else on the host.
 */
class PageMessagesContractTest {
    private static String script;

    @BeforeAll
    static void readScript() throws IOException {
        try (InputStream in = PageMessages.class.getResourceAsStream("reader.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The keys of the object literal that the module returns: its last {@code return { … };}. */
    private static Set<String> exportedFunctions() {
        int start = script.lastIndexOf("\n  return {");
        int end = script.indexOf("\n  };", start);
        assertTrue(start >= 0 && end > start, "reader.js ends with return { ... } of PeeragogyReader");
        Matcher m = Pattern.compile("(?m)^    ([A-Za-z_$][\\w$]*)\\s*:").matcher(script.substring(start, end));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Every call on the host object, with the number of arguments of each (all calls must agree). */
    private static Map<String, Set<Integer>> hostCalls() {
        Map<String, Set<Integer>> calls = new TreeMap<>();
        Matcher m = Pattern.compile("(?:\\bhost\\(\\)|\\bh)\\.([A-Za-z_$][\\w$]*)\\(").matcher(script);
        while (m.find()) {
            calls.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(arguments(m.end()));
        }
        return calls;
    }

    /** Counts the top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
    private static int arguments(int from) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        char quote = 0;
        for (int i = from; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return any ? commas + 1 : 0;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
            }
            if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        throw new AssertionError("unclosed call in reader.js");
    }

    private static Map<String, Integer> methods(Class<?> type, boolean publicOnly) {
        Map<String, Integer> out = new HashMap<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.isSynthetic() || (publicOnly && !Modifier.isPublic(method.getModifiers()))) {
                continue;
            }
            Integer before = out.put(method.getName(), method.getParameterCount());
            assertEquals(null, before, "one method per message: " + method.getName());
        }
        return out;
    }

    @Test
    void everyCallIsAFunctionOfThePageAndThePageExportsNothingElse() {
        Set<String> declared = Arrays.stream(PageMessages.Call.values()).map(c -> c.function)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, exportedFunctions());
    }

    @Test
    void everyBridgeMethodIsCalledByThePageWithItsArgumentsAndThePageCallsNothingElse() {
        Map<String, Integer> bridge = methods(PageMessages.Bridge.class, true);
        Map<String, Set<Integer>> calls = hostCalls();
        assertEquals(new TreeSet<>(bridge.keySet()), new TreeSet<>(calls.keySet()));
        for (Map.Entry<String, Set<Integer>> call : calls.entrySet()) {
            assertEquals(Set.of(bridge.get(call.getKey())), call.getValue(),
                    "arguments the page passes to " + call.getKey());
        }
    }

    @Test
    void theReceiverDeclaresExactlyWhatTheBridgeForwards() {
        assertEquals(methods(PageMessages.Bridge.class, true), methods(PageMessages.Receiver.class, false));
    }

    @Test
    void thePageReachesTheHostOnlyThroughHost() {
        assertEquals(1, script.split("peeragogyHost", -1).length - 1, "window.peeragogyHost read in host() only");
        assertFalse(Pattern.compile("\\bwindow\\.peeragogyHost\\.").matcher(script).find());
    }
}
