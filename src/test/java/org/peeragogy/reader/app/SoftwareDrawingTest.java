package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0084: where a Linux machine has no graphics device, JavaFX draws in software from the start and a window's
 * process is started with GTK's OpenGL off; where it has one, or the person chose, nothing changes. The package's own
 * effect (no OpenGL library loaded by the copied image or the jar) is checked by packaging/check.sh.
 */
class SoftwareDrawingTest {
    @TempDir
    Path dev;
    private String prismOrder;
    private String regionCaching;

    @BeforeEach
    void keep() {
        prismOrder = System.getProperty(SoftwareDrawing.PRISM_ORDER);
        regionCaching = System.getProperty(SoftwareDrawing.REGION_CACHING);
        System.clearProperty(SoftwareDrawing.PRISM_ORDER);
        System.clearProperty(SoftwareDrawing.REGION_CACHING);
    }

    @AfterEach
    void restore() {
        put(SoftwareDrawing.PRISM_ORDER, prismOrder);
        put(SoftwareDrawing.REGION_CACHING, regionCaching);
    }

    private static void put(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aLinuxMachineWithoutDeviceFilesHasNoGraphicsDevice() throws IOException {
        assertTrue(SoftwareDrawing.noGraphicsDevice("Linux", dev.resolve("dri")), "no /dev/dri at all (a container, Xvfb)");
        Path dri = Files.createDirectory(dev.resolve("dri"));
        assertTrue(SoftwareDrawing.noGraphicsDevice("Linux", dri), "an empty /dev/dri");
        Files.createDirectory(dri.resolve("by-path"));
        assertTrue(SoftwareDrawing.noGraphicsDevice("Linux", dri), "only udev's by-path folder");
    }

    @Test
    void aCardOrARenderNodeIsAGraphicsDevice() throws IOException {
        Path card = Files.createDirectories(dev.resolve("a").resolve("dri"));
        Files.createFile(card.resolve("card0"));
        assertFalse(SoftwareDrawing.noGraphicsDevice("Linux", card));
        Path render = Files.createDirectories(dev.resolve("b").resolve("dri"));
        Files.createFile(render.resolve("renderD128"));
        assertFalse(SoftwareDrawing.noGraphicsDevice("Linux", render));
    }

    @Test
    void otherSystemsAreLeftToJavaFx() {
        assertFalse(SoftwareDrawing.noGraphicsDevice("Windows 11", dev.resolve("dri")));
        assertFalse(SoftwareDrawing.noGraphicsDevice("Mac OS X", dev.resolve("dri")));
    }

    @Test
    void withoutADeviceJavaFxIsAskedForItsSoftwarePipeline() {
        SoftwareDrawing.choose(false);
        assertNull(System.getProperty(SoftwareDrawing.PRISM_ORDER), "a machine with a device: JavaFX chooses");
        SoftwareDrawing.choose(true);
        assertEquals("sw", System.getProperty(SoftwareDrawing.PRISM_ORDER));
    }

    @Test
    void aPipelineChosenByThePersonIsKept() {
        System.setProperty(SoftwareDrawing.PRISM_ORDER, "es2");
        SoftwareDrawing.choose(true);
        assertEquals("es2", System.getProperty(SoftwareDrawing.PRISM_ORDER));
        assertNull(System.getProperty(SoftwareDrawing.REGION_CACHING), "hardware drawing keeps its texture cache");
    }

    @Test
    void softwareDrawingHasNoTextureOfBackgrounds() {
        SoftwareDrawing.choose(false);
        assertNull(System.getProperty(SoftwareDrawing.REGION_CACHING), "JavaFX's own choice: its cache as it was");
        SoftwareDrawing.choose(true);
        assertEquals("true", System.getProperty(SoftwareDrawing.REGION_CACHING), "no device: software, no cache");

        System.clearProperty(SoftwareDrawing.REGION_CACHING);
        System.setProperty(SoftwareDrawing.PRISM_ORDER, "sw");
        SoftwareDrawing.choose(false);
        assertEquals("true", System.getProperty(SoftwareDrawing.REGION_CACHING), "software chosen by the person");

        System.setProperty(SoftwareDrawing.REGION_CACHING, "false");
        SoftwareDrawing.choose(true);
        assertEquals("false", System.getProperty(SoftwareDrawing.REGION_CACHING), "the person's choice is kept");
    }

    @Test
    void aWindowsProcessIsStartedWithGtksOpenGlOffOnlyWithoutADevice() {
        Map<String, String> without = new HashMap<>();
        SoftwareDrawing.forChild(true, without);
        assertEquals("disable", without.get(SoftwareDrawing.GDK_GL));

        Map<String, String> with = new HashMap<>();
        SoftwareDrawing.forChild(false, with);
        assertFalse(with.containsKey(SoftwareDrawing.GDK_GL));

        Map<String, String> chosen = new HashMap<>(Map.of(SoftwareDrawing.GDK_GL, "debug"));
        SoftwareDrawing.forChild(true, chosen);
        assertEquals("debug", chosen.get(SoftwareDrawing.GDK_GL), "a GDK_GL set by the person is kept");
    }
}
