package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which {@code java -jar} starts run their window in a second JVM with the packaged launcher's options. */
class JarRelaunchTest {
    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";
    private static final String[] ARGS = {"--data-dir", "/tmp/d", "--smoke", "pattern-wrapper"};

    @Test
    void aJarStartRunsAgainWithTheLaunchersOptionsItsOwnOptionsAndItsArguments() {
        List<String> cmd = JarRelaunch.command("/jdk", "/apps/peeragogy-reader.jar", List.of("-Dfoo=bar", "-Xmx300m"),
                HOTSPOT, true, ARGS).orElseThrow();
        assertEquals(List.of("/jdk/bin/java".replace('/', File.separatorChar), "-Dfoo=bar", "-Xmx300m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1m", "-Dpeeragogy.relaunched=true",
                "-jar", "/apps/peeragogy-reader.jar", "--data-dir", "/tmp/d", "--smoke", "pattern-wrapper"), cmd);
    }

    @Test
    void aRelaunchedJvmNeverRelaunchesAgain() {
        List<String> child = JarRelaunch.command("/jdk", "/a.jar", List.of(), HOTSPOT, true, ARGS).orElseThrow();
        List<String> childOptions = child.subList(1, child.indexOf("-jar"));
        assertEquals(Optional.empty(), JarRelaunch.command("/jdk", "/a.jar", childOptions, HOTSPOT, true, ARGS));
    }

    @Test
    void aJitTierOrCollectorChosenByThePersonIsKeptInThisJvm() {
        for (String chosen : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+UseG1GC",
                "-XX:+UseZGC", "-XX:+UseParallelGC")) {
            assertEquals(Optional.empty(), JarRelaunch.command("/jdk", "/a.jar", List.of(chosen), HOTSPOT, true, ARGS),
                    chosen);
        }
    }

    @Test
    void aClassPathStartAnotherVirtualMachineOrTheSwitchTurnedOffRelaunchesNothing() {
        assertEquals(Optional.empty(), JarRelaunch.command("/jdk", "target/classes", List.of(), HOTSPOT, true, ARGS));
        assertEquals(Optional.empty(), JarRelaunch.command("/jdk", "a.jar" + File.pathSeparator + "b.jar", List.of(),
                HOTSPOT, true, ARGS));
        assertEquals(Optional.empty(), JarRelaunch.command("/jdk", "", List.of(), HOTSPOT, true, ARGS));
        assertEquals(Optional.empty(), JarRelaunch.command("/jdk", "/a.jar", List.of(), "Eclipse OpenJ9 VM", true, ARGS));
        assertEquals(Optional.empty(), JarRelaunch.command("/jdk", "/a.jar", List.of(), HOTSPOT, false, ARGS));
        assertTrue(JarRelaunch.command("/jdk", "/a.jar", List.of(), "Java HotSpot(TM) 64-Bit Server VM", true, ARGS)
                .isPresent());
    }
}
