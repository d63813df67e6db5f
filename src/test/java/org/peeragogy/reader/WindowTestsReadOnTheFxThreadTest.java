package org.peeragogy.reader;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window tests walk the scene graph on the FX thread only. A TestFX lookup ({@code robot.lookup(…)}, a node's
 * {@code lookup}/{@code lookupAll}, or a click on a query, {@code robot.clickOn("#id")}) made from the test's thread
 * walks children lists that the FX thread may be changing at that moment; now and then it fails with an
 * IndexOutOfBoundsException inside Parent.lookupAll (WorkshopWindowTest, in a fresh clone's CI run). Each such call
 * stands inside a call that runs it on the FX thread: {@code fx(…)}/{@code OpenWindow.fx(…)}, {@code asyncFx(…)},
 * {@code runLater(…)}, or the test of {@code OpenWindow.awaitNode(…)}; {@code OpenWindow.node} and
 * {@code OpenWindow.click} do the lookup and the click's measuring there.
 *
 * <p>Read from the sources, as text (comments and strings left out): a call inside a helper that is itself only
 * called on the FX thread counts too, so such a helper wraps its body in {@code OpenWindow.fx} (which runs at once
 * when already on the FX thread). {@link #NOT_YET} lists the test files written before this rule, with how many such
 * calls each still has; the list only shrinks.
 */
class WindowTestsReadOnTheFxThreadTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Pattern LOOKUP = Pattern.compile(
            "\\brobot\\s*\\.\\s*lookup\\s*\\(|\\brobot\\s*\\.\\s*(?:clickOn|doubleClickOn|rightClickOn|moveTo)\\s*\\(\\s*\""
                    + "|\\.\\s*lookup(?:All)?\\s*\\(");
    private static final Set<String> ON_FX = Set.of("fx", "asyncFx", "runLater", "awaitNode", "interact");

    /** Test files with lookups from the test's thread, written before this rule: file → how many. */
    private static final Map<String, Integer> NOT_YET = new TreeMap<>(Map.ofEntries(
            entry("ContentsWindowTest", 1), entry("GroupWindowBenchmark", 5), entry("PseudoLocaleWindowTest", 3),
            entry("ScreenChecks", 2), entry("SmallScreenProbe", 1), entry("StallBenchmark", 2)));

    @Test
    void everyLookupOfAWindowTestRunsOnTheFxThread() throws IOException {
        Map<String, List<Integer>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(BASE.resolve("src/test/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<Integer> lines = offTheFxThread(Files.readString(file, StandardCharsets.UTF_8));
                if (!lines.isEmpty()) {
                    found.put(file.getFileName().toString().replace(".java", ""), lines);
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        found.forEach((file, lines) -> {
            int allowed = NOT_YET.getOrDefault(file, 0);
            if (lines.size() > allowed) {
                wrong.add(file + " looks up nodes off the FX thread at lines " + lines
                        + " (wrap them in OpenWindow.fx, or use OpenWindow.node / OpenWindow.click)");
            } else if (lines.size() < allowed) {
                wrong.add(file + " has " + lines.size() + " left, not " + allowed + ": lower its count in NOT_YET");
            }
        });
        NOT_YET.keySet().stream().filter(file -> !found.containsKey(file))
                .forEach(file -> wrong.add(file + " has none left: take it out of NOT_YET"));
        assertEquals(List.of(), wrong);
    }

    @Test
    void aLookupCountsOnlyOutsideACallThatRunsItOnTheFxThread() {
        assertEquals(List.of(2, 3, 3), offTheFxThread("""
                class T {
                    Node a = robot.lookup("#a").query();
                    void b() { robot.clickOn("#b"); n.lookupAll(".c"); }
                    Node d = OpenWindow.fx(() -> robot.lookup("#d").query());
                    Node e = awaitNode(robot, "#e", Node.class, n -> n.lookup(".f") != null);
                    // robot.lookup("#g") in a comment, and "robot.lookup(" in a string
                    String h = "robot.clickOn(\\"#h\\")";
                    void i() { OpenWindow.fx(() -> { robot.clickOn("#i"); return null; }); }
                }
                """));
    }

    /** The lines (from 1) of the lookups in {@code source} that no enclosing call runs on the FX thread. */
    static List<Integer> offTheFxThread(String source) {
        String code = withoutCommentsAndStrings(source);
        List<Integer> lines = new ArrayList<>();
        Matcher m = LOOKUP.matcher(code);
        while (m.find()) {
            if (!insideFxCall(code, m.start())) {
                lines.add((int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1);
            }
        }
        return lines;
    }

    /** True when a call named in {@link #ON_FX} encloses {@code at}: its "(" is open there. */
    private static boolean insideFxCall(String code, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && depth > 0) {
                depth--;
            } else if (c == '(') {
                int end = i;
                while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
                    end--;
                }
                int start = end;
                while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
                    start--;
                }
                if (ON_FX.contains(code.substring(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code source} with its comments and string and character literals blanked out, lines kept. */
    private static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3) + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
                out.append(quote).append(blank(source.substring(i + 1, end - 1))).append(quote);
                i = end;
                continue;
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            out.append(blank(source.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    private static String blank(String text) {
        return text.replaceAll("[^\\n]", " ");
    }
}
