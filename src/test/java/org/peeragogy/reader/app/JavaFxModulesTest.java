package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;

/**
 * Issue 17: the window started from a class path (as {@code java -jar} and Maven start it) loads JavaFX as
 * named modules, so JavaFX prints no "Unsupported JavaFX configuration" warning, and the window shows its
 * chapter as before.
 */
@Tag("ui")
class JavaFxModulesTest {
    @TempDir
    Path temp;

    @Test
    void theWindowStartedFromAClassPathPrintsNoJavaFxWarning() throws Exception {
        WindowProcess.Ended run = WindowProcess.smoke(TestHandbooks.fixture(), temp.resolve("data"), "welcome", temp);
        assertTrue(run.exited(), "the smoke start ended");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("Unsupported JavaFX configuration"), run.err());
        assertFalse(run.err().contains("unnamed module"), run.err());
        assertFalse(run.err().contains("could not be loaded as modules"), run.err());
    }

    /** The class path a Maven test run gives (one jar naming the others in its manifest) is read whole. */
    @Test
    void theJavaFxModularJarsAreFoundOnTheClassPathButNotMavensEmptyOnes() throws Exception {
        List<Path> classPath = ModularLaunch.classPath(System.getProperty("java.class.path"));
        List<String> fx = classPath.stream().filter(ModularLaunch::isJavaFxModule)
                .map(p -> p.getFileName().toString()).toList();
        assertTrue(fx.stream().anyMatch(n -> n.startsWith("javafx-graphics-") && n.endsWith("-linux.jar")), fx.toString());
        assertTrue(fx.stream().anyMatch(n -> n.startsWith("javafx-web-")), fx.toString());
        Path stub = Files.write(temp.resolve("javafx-base-21.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertFalse(ModularLaunch.isJavaFxModule(stub), "an (empty) jar without a module descriptor is no module");
    }
}
