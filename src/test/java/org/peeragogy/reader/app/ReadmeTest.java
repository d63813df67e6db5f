package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The README as readers see it (issue 12): rendered (flexmark with GitHub's table syntax), its command
 * table holds every command, and the menu items and buttons it names are the window's.
 */
class ReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    private static Document rendered() throws IOException {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(readme()));
        return Jsoup.parse(html);
    }

    @Test
    void theCommandTableIsOneTableWithARowForEveryCommand() throws Exception {
        Document doc = rendered();
        Element table = doc.select("table").stream()
                .filter(t -> t.selectFirst("th") != null && t.selectFirst("th").text().equals("command"))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed 'command'"));
        TreeSet<String> rows = table.select("tbody tr td:first-child code").stream()
                .map(c -> c.text().split(" ")[0]).collect(Collectors.toCollection(TreeSet::new));
        Field f = Options.class.getDeclaredField("POSITIONAL");
        f.setAccessible(true);
        TreeSet<String> commands = new TreeSet<>(((Map<?, ?>) f.get(null)).keySet().stream().map(String::valueOf).toList());
        commands.add("--smoke");
        assertTrue(rows.containsAll(commands), "commands without a row: " + commands + " vs " + rows);
        // A row cut off from its table shows as raw text: "| `export …` | …".
        List<String> raw = doc.select("p").stream().map(Element::text).filter(t -> t.startsWith("|")).toList();
        assertEquals(List.of(), raw);
    }

    /**
     * Every English text of the window (its bundle, decision 0030) and every string literal of its code: the names
     * its menus and buttons show.
     */
    private static String windowStrings() throws IOException {
        StringBuilder all = new StringBuilder();
        java.util.Properties english = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(
                Path.of("src/main/resources/org/peeragogy/reader/ui/messages.properties"))) {
            english.load(in);
        }
        english.values().forEach(v -> all.append(String.valueOf(v).replace("_", "")).append('\n'));
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/peeragogy/reader/ui"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(p));
                while (m.find()) {
                    all.append(m.group(1).replace("_", "")).append('\n');
                }
            }
        }
        return all.toString();
    }

    @Test
    void theMenusAndButtonsTheReadmeNamesAreTheWindows() throws Exception {
        String window = windowStrings();
        String text = readme();
        List<String> missing = new ArrayList<>();
        // **Bold** names and "quoted names…", and the menu item after each "Menu → ".
        Matcher bold = Pattern.compile("\\*\\*([^*]+)\\*\\*").matcher(text);
        while (bold.find()) {
            for (String part : bold.group(1).split(" → ")) {
                check(window, part, missing);
            }
        }
        Matcher quoted = Pattern.compile("\"([^\"]+…)\"").matcher(text);
        while (quoted.find()) {
            check(window, quoted.group(1), missing);
        }
        // "File → Switch handbook moves…": the words after the arrow begin with one of the window's names.
        List<String> names = window.lines().filter(l -> l.length() >= 4).toList();
        Matcher menu = Pattern.compile("\\b(File|Go|View|Notes|Help) → ([^\\n*]+)").matcher(text);
        while (menu.find()) {
            check(window, menu.group(1), missing);
            String after = menu.group(2);
            if (names.stream().noneMatch(after::startsWith)) {
                missing.add(menu.group(1) + " → " + after);
            }
        }
        assertEquals(List.of(), missing, "named in the README but not in the window");
    }

    private static void check(String window, String name, List<String> missing) {
        String n = name.strip().replaceAll("\\s+", " ").replaceAll("[.,:;]$", "");
        if (!window.contains(n)) {
            missing.add(n);
        }
    }

    /**
     * Fresh tester 14b: the README's "Alt+F File, Alt+G Go, Alt+V View…" read as if the letters were the same in
     * every language. It says they follow each language's underlined letter, and its examples are the bundles'.
     */
    @Test
    void theReadmeSaysTheMenuLettersFollowEachLanguageWithTheBundlesOwnExamples() throws Exception {
        String text = readme();
        assertTrue(text.contains("the letters follow the underlined letter of each language"), "the sentence is there");
        Matcher example = Pattern.compile("(Spanish|Italian|Portuguese) (\\p{L}+) (?:is )?Alt\\+(\\p{Lu})").matcher(text);
        int seen = 0;
        while (example.find()) {
            seen++;
            String lang = switch (example.group(1)) {
                case "Spanish" -> "es";
                case "Italian" -> "it";
                default -> "pt";
            };
            org.peeragogy.reader.ui.Texts t = org.peeragogy.reader.ui.Texts.of(java.util.Locale.forLanguageTag(lang));
            String menu = java.util.stream.Stream.of("menu.file", "menu.go", "menu.view", "menu.notes", "menu.help")
                    .map(t::get).filter(m -> m.replace("_", "").equals(example.group(2))).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu " + example.group()));
            int mark = menu.indexOf('_');
            assertEquals(example.group(3), menu.substring(mark + 1, mark + 2).toUpperCase(java.util.Locale.ROOT),
                    example.group());
        }
        assertEquals(3, seen, "an example in each translation");
    }
}
