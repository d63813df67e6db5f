package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * Fresh tester t17b's M1: under LANG=C, {@code java -jar … --note "Ünïcödé"} kept the note as replacement
 * characters. The arguments are read again as typed, and a jar start runs in a JVM that can hold them.
 */
class RawArgumentsTest {
    private static final String NOTE = "Ünïcödé 文字";

    @TempDir
    Path dir;

    /** The process's arguments as Linux keeps them: each one's bytes, then a NUL. */
    private Path cmdline(String... args) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String a : args) {
            b.write(a.getBytes(StandardCharsets.UTF_8));
            b.write(0);
        }
        return Files.write(dir.resolve("cmdline"), b.toByteArray());
    }

    /** What the JVM gives main in an ASCII locale: each byte beyond ASCII a replacement character. */
    private static String asAscii(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII);
    }

    @Test
    void inAnAsciiLocaleTheArgumentsAreReadAgainAsTyped() throws Exception {
        Path cmdline = cmdline("java", "-jar", "r.jar", "--note", NOTE);
        String[] received = {"--note", asAscii(NOTE)};
        assertArrayEquals(new String[] {"--note", NOTE},
                RawArguments.of(received, null, StandardCharsets.US_ASCII, cmdline));
    }

    @Test
    void argumentsThatAreNotTheseOrNotUtf8OrAnotherCharacterSetAreLeftAsReceived() throws Exception {
        String[] received = {"--note", asAscii(NOTE)};
        // Another process's, or ones the JVM changed: not these arguments.
        Path other = cmdline("java", "-jar", "r.jar", "--note", "something else");
        assertArrayEquals(received, RawArguments.of(received, null, StandardCharsets.US_ASCII, other));
        // Latin-1 bytes, not UTF-8: there is no telling what was meant.
        Path latin = Files.write(dir.resolve("latin"), "java\0--note\0\u00dc\0".getBytes(StandardCharsets.ISO_8859_1));
        String[] latinReceived = {"--note", "\ufffd"};
        assertArrayEquals(latinReceived, RawArguments.of(latinReceived, null, StandardCharsets.US_ASCII, latin));
        // An ISO-8859-1 locale is the person's own, read right by Java.
        String[] kept = {"--note", "\u00c3\u0153"};
        assertArrayEquals(kept, RawArguments.of(kept, null, StandardCharsets.ISO_8859_1,
                cmdline("java", "--note", "Ü")));
        // Not Linux.
        assertArrayEquals(received, RawArguments.of(received, null, StandardCharsets.US_ASCII, dir.resolve("none")));
    }

    @Test
    void aParentsArgumentsReachTheChildIntactEmptyOnesIncluded() {
        for (String[] args : List.of(new String[] {}, new String[] {""}, new String[] {"--note", NOTE, "", "a.b"})) {
            assertArrayEquals(args, RawArguments.of(new String[] {"ignored"}, RawArguments.encode(args),
                    StandardCharsets.UTF_8, dir.resolve("none")));
        }
    }

    @Test
    void theChildsLocaleIsCUtf8ForItsCharactersOnly() {
        Map<String, String> plain = new HashMap<>(Map.of("LANG", "C"));
        RawArguments.utf8Locale(plain);
        assertEquals(Map.of("LANG", "C", "LC_CTYPE", "C.UTF-8"), plain);
        Map<String, String> all = new HashMap<>(Map.of("LC_ALL", "POSIX"));
        RawArguments.utf8Locale(all);
        assertEquals(Map.of("LC_ALL", "C.UTF-8"), all, "LC_ALL wins over LC_CTYPE");
    }

    @Test
    void forLettersAJarRelaunchesWhateverTheJitAndPassesTheArgumentsAsAProperty() {
        String[] args = {"--note", NOTE};
        List<String> cmd = JarRelaunch.command("/jdk", "/a.jar", List.of("-XX:+UseG1GC"), "OpenJDK 64-Bit Server VM",
                true, args, true).orElseThrow();
        assertFalse(cmd.contains("-XX:+UseSerialGC"), "two collectors chosen: " + cmd);
        assertTrue(cmd.contains("-D" + RawArguments.PROPERTY + "=" + RawArguments.encode(args)), cmd.toString());
        assertEquals("/a.jar", cmd.get(cmd.size() - 1), "arguments after the jar would be ASCII again: " + cmd);
    }

    /** A real {@code java -jar} start under LANG=C, its command run in a child JVM: the note and the folder intact. */
    @Test
    void underTheCLocaleAJarKeepsTheNotesLettersAndTheFoldersName() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "no /proc here");
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this test's file names are not UTF-8");
        Path jar = ClassPathJar.write(dir.resolve("reader.jar"));
        Path data = dir.resolve("dätä");
        List<String> command = new ArrayList<>(List.of(ClassPathJar.java(), "-jar", jar.toString(),
                "--handbook", TestHandbooks.fixture().toString(), "--data-dir", data.toString(),
                "highlight", "gardens", "--quote", "how deep to sow beans", "--note", NOTE));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not end");
        assertEquals(0, p.exitValue(), said);
        assertTrue(Files.isRegularFile(data.resolve("reader.db")), "the data folder's name lost its letters");
        CommandRun run = new CommandRun(data);
        assertEquals(0, run.run("notes", "--json"), run.err());
        assertTrue(run.out().contains(NOTE), run.out());
    }
}
