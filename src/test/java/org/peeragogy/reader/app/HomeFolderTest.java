package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * Fresh tester t34's F6, with a real process: started with {@code HOME} set (a kiosk or workshop account, a script),
 * the reader kept its notes in the account's home folder from the user database (Java's {@code user.home}) while GTK
 * wrote in {@code $HOME}; one start wrote in two homes. The notes go where {@code $HOME} says, as the XDG Base
 * Directory Specification has it.
 */
class HomeFolderTest {
    @TempDir
    Path temp;

    @Test
    void withHomeSetTheNotesAreKeptUnderItsLocalShareNotTheAccountsHomeFolder() throws Exception {
        Path home = Files.createDirectory(temp.resolve("home"));
        Path account = Files.createDirectory(temp.resolve("account")); // stands for the user database's home
        assertEquals(0, run(Map.of("HOME", home.toString()), account, "name", "Ana"));
        assertTrue(Files.isRegularFile(home.resolve(".local/share/peeragogy-reader/reader.db")), "no notes file under $HOME");
        assertFalse(Files.exists(account.resolve(".local")), "the account's home folder was written in");
    }

    @Test
    void withHomeUnsetOrNotAnAbsolutePathTheAccountsHomeFolderIsUsed() throws Exception {
        Path account = Files.createDirectory(temp.resolve("account"));
        assertEquals(0, run(Map.of("HOME", "relative/home"), account, "name", "Ana"));
        assertTrue(Files.isRegularFile(account.resolve(".local/share/peeragogy-reader/reader.db")));
    }

    /** The reader's command in a child JVM whose {@code user.home} is {@code account}, with {@code env} set. */
    private int run(Map<String, String> env, Path account, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + account, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--handbook", TestHandbooks.fixture().toString()));
        command.addAll(List.of(args));
        Path err = temp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the command did not end");
        assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        return p.exitValue();
    }
}
