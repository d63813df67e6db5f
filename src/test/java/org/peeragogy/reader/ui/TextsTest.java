package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's words in every language (issue 14, decision 0030), checked against the code that uses them: every
 * key the code names is in every bundle, no bundle has a key the code does not name, each translation has exactly
 * English's keys with the same arguments, and every message is a pattern ICU's MessageFormat reads and formats.
 * docs/translating.md sends translators here.
 */
class TextsTest {
    /** Where the code that shows words lives: the views, view-models and page (ui), and the start's dialogs (app), and the digest's document (digest, tester's F18). */
    private static final List<Path> CODE = List.of(Path.of("src/main/java/org/peeragogy/reader/ui"),
            Path.of("src/main/java/org/peeragogy/reader/app"), Path.of("src/main/java/org/peeragogy/reader/digest"));
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** How keys look: an area in camel case, a dot, a name in camel case ("menu.file", "import.withTombstones"). */
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z]*\\.[a-z][A-Za-z0-9]*");

    /** English: messages.properties, and the reasons of the layers below the window (their codes' own English). */
    private static final Map<String, String> ENGLISH = Texts.english();

    private static Map<String, Map<String, String>> translations() {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (Locale l : Texts.LANGUAGES) {
            if (!l.equals(Locale.ENGLISH)) {
                out.put(l.getLanguage(), Texts.read(l.getLanguage()));
            }
        }
        return out;
    }

    /** Every string literal of the window's code that looks like a key of an area the bundle has. */
    private static Set<String> keysInCode() throws IOException {
        Set<String> areas = ENGLISH.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        for (Path root : CODE) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = LITERAL.matcher(Files.readString(p));
                    while (m.find()) {
                        String s = m.group(1);
                        if (KEY.matcher(s).matches() && areas.contains(s.substring(0, s.indexOf('.')))) {
                            found.add(s);
                        }
                    }
                }
            }
        }
        // The reasons of the layers below are named by their codes, not written out (decision 0038).
        Reasons.ALL.forEach(c -> found.add(c.key()));
        return found;
    }

    @Test
    void everyKeyTheCodeNamesIsInEveryLanguage() throws IOException {
        Set<String> inCode = keysInCode();
        assertTrue(inCode.size() > 300, "the scan sees the code's keys: " + inCode.size());
        List<String> missing = new ArrayList<>();
        for (String k : inCode) {
            if (!ENGLISH.containsKey(k)) {
                missing.add("messages.properties: " + k);
            }
            translations().forEach((lang, t) -> {
                if (!t.containsKey(k)) {
                    missing.add("messages_" + lang + ".properties: " + k);
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noBundleHasAKeyTheCodeDoesNotName() throws IOException {
        Set<String> inCode = keysInCode();
        Set<String> unused = new TreeSet<>(ENGLISH.keySet());
        unused.removeAll(inCode);
        assertEquals(Set.of(), unused, "keys in messages.properties that no code names (written out in full)");
    }

    /** A key added to English only, or left behind in a translation, fails here: every language has the same keys. */
    @Test
    void everyTranslationHasExactlyEnglishsKeys() {
        translations().forEach((lang, t) -> {
            Set<String> lacking = new TreeSet<>(ENGLISH.keySet());
            lacking.removeAll(t.keySet());
            Set<String> extra = new TreeSet<>(t.keySet());
            extra.removeAll(ENGLISH.keySet());
            assertEquals(Set.of(), lacking, "messages_" + lang + ".properties lacks");
            assertEquals(Set.of(), extra, "messages_" + lang + ".properties has keys English has not");
        });
    }

    /** Each argument by number, with its kind (a plain value, number, plural, select), as ICU parses the pattern. */
    private static Map<Integer, String> arguments(String pattern) {
        MessagePattern p = new MessagePattern(pattern);
        Map<Integer, String> args = new TreeMap<>();
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part name = p.getPart(i + 1);
                String type = part.getArgType().name();
                if (part.getArgType() == MessagePattern.ArgType.SIMPLE) {
                    type = p.getSubstring(p.getPart(i + 2)); // number, date…
                }
                args.merge(name.getValue(), type, (a, b) -> a.equals(b) ? a : a + "|" + b);
            }
        }
        return args;
    }

    @Test
    void argumentsAreTheSameInEveryLanguage() {
        List<String> differ = new ArrayList<>();
        translations().forEach((lang, t) -> ENGLISH.forEach((k, english) -> {
            if (t.containsKey(k) && !arguments(english).equals(arguments(t.get(k)))) {
                differ.add(lang + " " + k + ": " + arguments(t.get(k)) + " but English " + arguments(english));
            }
        }));
        assertEquals(List.of(), differ);
    }

    /** Every message parses and formats; a plural has its "other" form; no apostrophe swallowed an argument. */
    @Test
    void everyMessageIsAnIcuMessageFormatPatternThatFormats() {
        Map<String, Map<String, String>> all = new TreeMap<>(translations());
        all.put("en", ENGLISH);
        List<String> bad = new ArrayList<>();
        all.forEach((lang, messages) -> messages.forEach((k, pattern) -> {
            try {
                MessageFormat f = new MessageFormat(pattern, new ULocale(lang));
                Object[] args = new Object[arguments(pattern).keySet().stream().mapToInt(i -> i + 1).max().orElse(0)];
                arguments(pattern).forEach((i, type) -> args[i] = type.contains("SELECT") ? "yellow"
                        : type.equals("NONE") && !type.contains("PLURAL") ? "x" : 3);
                String out = f.format(args);
                if (out.contains("{") || out.contains("}")) {
                    bad.add(lang + " " + k + ": an argument is left as text in \"" + out + "\"");
                }
                if (pattern.contains("plural") && !pattern.matches("(?s).*\\bother\\s*\\{.*")) {
                    bad.add(lang + " " + k + ": a plural without its other form");
                }
            } catch (IllegalArgumentException e) {
                bad.add(lang + " " + k + ": " + e.getMessage());
            }
        }));
        assertEquals(List.of(), bad);
    }

    private static final List<String> MENU_BAR = List.of("menu.file", "menu.go", "menu.view", "menu.notes",
            "menu.language", "menu.help");

    /** The Alt key (the letter after the one "_", lower case) of each of these messages. */
    private static List<String> altKeys(String lang, Map<String, String> messages, List<String> keys) {
        return keys.stream().map(messages::get).map(m -> {
            int u = m.indexOf('_');
            assertTrue(u >= 0 && u == m.lastIndexOf('_') && u + 1 < m.length(), lang + ": one Alt key in " + m);
            return m.substring(u + 1, u + 2).toLowerCase(Locale.ROOT);
        }).toList();
    }

    /** A menu's Alt key (the letter after "_") is one letter, and the menu bar's differ from each other. */
    @Test
    void theMenuBarsAltKeysDifferInEveryLanguage() {
        Map<String, Map<String, String>> all = new TreeMap<>(translations());
        all.put("en", ENGLISH);
        all.forEach((lang, messages) -> {
            List<String> keys = altKeys(lang, messages, MENU_BAR);
            assertEquals(keys.size(), new TreeSet<>(keys).size(), lang + ": the menu bar's Alt keys " + keys);
        });
    }

    /**
     * The reading settings' panel is docked in the main window (decision 0038), so its Alt keys are live beside the
     * menu bar's: they differ from each other and from the menu bar's in every language (English's "_Line spacing"
     * once took Alt+L from the Language menu).
     */
    @Test
    void theReadingSettingsAltKeysDifferFromEachOtherAndTheMenuBarsInEveryLanguage() {
        Map<String, Map<String, String>> all = new TreeMap<>(translations());
        all.put("en", ENGLISH);
        all.forEach((lang, messages) -> {
            List<String> keys = altKeys(lang, messages, Stream.concat(MENU_BAR.stream(), Stream.of("reading.line",
                    "reading.paragraph", "reading.letter", "reading.word", "reading.upright", "reading.patterns")).toList());
            assertEquals(keys.size(), new TreeSet<>(keys).size(), lang + ": the menu bar's and reading settings' Alt keys "
                    + keys);
        });
    }

    @Test
    void pluralsAndNumbersAreEachLanguages() {
        Texts en = Texts.of(Locale.ENGLISH);
        Texts es = Texts.of(Locale.forLanguageTag("es"));
        Texts it = Texts.of(Locale.forLanguageTag("it"));
        Texts pt = Texts.of(Locale.forLanguageTag("pt-BR"));
        assertEquals("1 note", en.format("allNotes.count", 1));
        assertEquals("2 notes", en.format("allNotes.count", 2));
        assertEquals("1 nota", es.format("allNotes.count", 1));
        assertEquals("2 notas", es.format("allNotes.count", 2));
        assertEquals("1 nota", it.format("allNotes.count", 1));
        assertEquals("2 note", it.format("allNotes.count", 2));
        assertEquals("2 notas", pt.format("allNotes.count", 2));
        // Thousands as each language groups them (CLDR: Spanish leaves four digits ungrouped).
        assertEquals("12,345 results", en.format("search.results", 12_345));
        assertEquals("12.345 resultados", es.format("search.results", 12_345));
        assertEquals("12.345 risultati", it.format("search.results", 12_345));
        assertEquals("12.345 resultados", pt.format("search.results", 12_345));
        assertTrue(es.format("reading.em", 1.5).startsWith("1,5"), "a decimal comma in Spanish");
        assertEquals("1.5 em", en.format("reading.em", 1.5));
    }

    /**
     * Fresh tester 14c: the Group window read "0 voto · 1 pessoa · 0 resposta". The Portuguese bundle is Brazil's,
     * whose CLDR rule puts 0 with 1 ("one": i = 0..1), but Brazilian usage counts zero in the plural ("0 votos";
     * decision 0044). So every Portuguese plural whose one and other differ says zero with an explicit =0, in the
     * other's words: this fails when a plural is added without one.
     */
    @Test
    void portugueseCountsZeroInThePlural() {
        Texts pt = Texts.of(Locale.forLanguageTag("pt-BR"));
        assertEquals("0 votos  ·  1 pessoa no seu parágrafo  ·  0 respostas  ·  x", pt.format("groupView.figures", 0, 1, 0, "x"));
        assertEquals("1 voto", pt.format("talk.votes", 1));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : Texts.read("pt").entrySet()) {
            com.ibm.icu.text.MessagePattern m = new com.ibm.icu.text.MessagePattern(e.getValue());
            for (int i = 0; i < m.countParts(); i++) {
                if (m.getPart(i).getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_START
                        && m.getPart(i).getArgType() == com.ibm.icu.text.MessagePattern.ArgType.PLURAL) {
                    Map<String, String> branches = new java.util.HashMap<>();
                    int end = m.getLimitPartIndex(i);
                    for (int j = i + 1; j < end; j++) {
                        com.ibm.icu.text.MessagePattern.Part p = m.getPart(j);
                        if (p.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_SELECTOR) {
                            int msgStart = m.getPart(j + 1).getType().hasNumericValue() ? j + 2 : j + 1; // "=0" has its 0
                            int msgEnd = m.getLimitPartIndex(msgStart);
                            branches.put(m.getSubstring(p), e.getValue().substring(m.getPart(msgStart).getLimit(),
                                    m.getPart(msgEnd).getIndex()));
                            j = msgEnd;
                        }
                    }
                    if (branches.containsKey("one") && !branches.get("one").equals(branches.get("other"))
                            && !branches.containsKey("=0")) {
                        missing.add(e.getKey());
                    }
                    i = end;
                }
            }
        }
        assertEquals(List.of(), missing, "Portuguese plurals without =0");
    }

    /**
     * Fresh tester 14c: the import preview quoted "Could not place" straight where every other text of the window
     * curls. The reasons are left out: their English is the command line's too, plain ASCII quotes around data.
     */
    @Test
    void noTextQuotesWithStraightDoubleQuotes() {
        Map<String, Map<String, String>> all = new TreeMap<>(translations());
        all.put("en", ENGLISH);
        List<String> straight = new ArrayList<>();
        all.forEach((lang, messages) -> messages.forEach((key, text) -> {
            if (text.contains("\"") && !key.startsWith("reason")) {
                straight.add(lang + " " + key);
            }
        }));
        assertEquals(List.of(), straight);
    }

    /** Fresh tester 14b: the Portuguese preview read "1 nova, 0 atualizada, 0 excluída, … 0 conflito". */
    @Test
    void anImportPreviewLeavesZeroCountsOutInEveryLanguage() {
        for (Locale l : Texts.LANGUAGES) {
            Texts t = Texts.of(l);
            String one = ImportWords.full(t, new ImportWords.Counts(1, 0, 0, 3, 0, 0, 0, 0));
            assertEquals(t.format("import.new", 1) + ", " + t.format("import.unchanged", 3), one, l.toString());
            assertFalse(one.matches(".*\\b0\\b.*"), one);
            assertEquals(t.get("import.nothing"), ImportWords.full(t, new ImportWords.Counts(0, 0, 0, 0, 0, 0, 0, 0)));
        }
        assertEquals("1 nova, 3 sem alteração", ImportWords.full(Texts.of(Locale.forLanguageTag("pt")),
                new ImportWords.Counts(1, 0, 0, 3, 0, 0, 0, 0)));
    }

    /**
     * Fresh tester 14b: "el libro / il libro / o livro" where the glossaries' word for the handbook is manual /
     * manuale / manual; Portuguese said "Não foi possível exibir este capítulo: não foi possível ler o arquivo"; and
     * "Hotspots" was a calque ("Puntos calientes") where the list is of the passages most marked.
     */
    @Test
    void theTranslationsUseTheGlossarysWordsAndNeverSayCouldNotTwice() {
        for (Map.Entry<String, Map<String, String>> t : translations().entrySet()) {
            for (Map.Entry<String, String> m : t.getValue().entrySet()) {
                assertFalse(m.getValue().matches("(?is).*\\b(libro|livro)\\b.*"), t.getKey() + " " + m.getKey() + ": "
                        + m.getValue());
            }
        }
        Texts pt = Texts.of(Locale.forLanguageTag("pt"));
        String page = pt.format("reasonContent.notShownPage", pt.format("reasonContent.unreadable", "x.md"));
        assertEquals(page.toLowerCase(Locale.ROOT).indexOf("não foi possível"),
                page.toLowerCase(Locale.ROOT).lastIndexOf("não foi possível"), page);
        assertEquals("Pasajes más marcados", Texts.of(Locale.forLanguageTag("es")).get("hotspots.title"));
        assertEquals("Passaggi più segnati", Texts.of(Locale.forLanguageTag("it")).get("hotspots.title"));
        assertEquals("Trechos mais marcados", pt.get("hotspots.title"));
    }

    @Test
    void theLanguageShownIsTheNearestTranslatedElseEnglish() {
        assertEquals(Locale.forLanguageTag("pt"), Texts.of(Locale.forLanguageTag("pt-BR")).locale());
        assertEquals(Locale.forLanguageTag("es"), Texts.of(Locale.forLanguageTag("es-MX")).locale());
        assertEquals(Locale.ENGLISH, Texts.of(Locale.GERMANY).locale());
        assertEquals(Locale.ENGLISH, Texts.of(Locale.ROOT).locale());
        assertEquals(Texts.PSEUDO, Texts.of(Locale.forLanguageTag("en-XA")).locale());
        assertEquals(List.of("English", "Español", "Italiano", "Português"),
                Texts.LANGUAGES.stream().map(Texts::nameOf).toList());
    }

    @Test
    void aKeyNoBundleHasIsAMistakeSaidAtOnce() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> Texts.of(Locale.ENGLISH).get("menu.nothingLikeThis"));
        assertTrue(e.getMessage().contains("menu.nothingLikeThis"), e.getMessage());
    }

    /** The pseudo-locale: every text bracketed, accented and longer, its arguments and Alt key intact. */
    @Test
    void thePseudoLocaleBracketsAccentsAndLengthensButStillFormats() {
        Texts pseudo = Texts.of(Texts.PSEUDO);
        String file = pseudo.get("menu.file");
        assertTrue(file.startsWith("[_F") && file.endsWith("]"), file);
        assertNotEquals(ENGLISH.get("menu.file"), file);
        String notes = pseudo.format("allNotes.count", 2);
        assertTrue(notes.startsWith("[2 ñótés") && notes.endsWith("]"), notes);
        String many = pseudo.format("search.results", 12_345);
        assertTrue(many.contains("12,345"), "numbers stay numbers: " + many);
        for (Map.Entry<String, String> e : ENGLISH.entrySet()) {
            if (e.getKey().equals(org.peeragogy.reader.book.Reason.General.OTHER.key())) {
                continue; // words from outside the reader stay bare, so they stand out (ReasonsTest)
            }
            String shown = pseudo.patterns().get(e.getKey());
            assertTrue(shown.startsWith("[") && shown.endsWith("]"), e.getKey());
            assertEquals(arguments(e.getValue()), arguments(shown), "arguments of " + e.getKey());
            assertTrue(shown.length() > e.getValue().length() + 1, e.getKey() + ": " + shown);
        }
        String plain = ENGLISH.get("action.openInBrowser");
        assertTrue(pseudo.get("action.openInBrowser").length() >= plain.length() * 1.4, "40% longer");
        assertFalse(pseudo.get("action.openInBrowser").matches(".*[aeiou].*"), "every plain vowel accented");
    }
}
