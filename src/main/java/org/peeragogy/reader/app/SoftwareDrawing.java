package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Drawing without OpenGL on a Linux machine that has no graphics device (decision 0084, issue 17).
 *
 * <p>Without a device under {@code /dev/dri} ({@code card*} or {@code renderD*}), the only OpenGL there is is Mesa's
 * software renderer, which JavaFX's es2 pipeline refuses, drawing in software instead (Prism's {@code sw}): loading
 * OpenGL then only costs time and about 50 MiB of resident memory (Mesa and its LLVM, measured under Xvfb,
 * docs/performance.md). Where there is no such device, JavaFX is asked for its software pipeline at once
 * ({@code prism.order=sw}) and GTK, in a process the reader starts, not to load OpenGL ({@code GDK_GL=disable}); the
 * package's launcher script sets the same for itself. What a person sees is drawn by the same pipeline as before.
 * Either setting given by the person (a {@code -Dprism.order} option, a {@code GDK_GL} variable) is left alone.
 *
 * <p>Wherever Prism is asked for software drawing (here, or by the person), its cache of regions' backgrounds is off
 * ({@code prism.disableRegionCaching}, decision 0091): in software that cache is a 2048×1024 texture of {@code int}s in
 * the Java heap, 8 MiB allocated and touched at the first frame, a quarter of what the heap holds live with the first
 * chapter shown; the backgrounds are drawn directly instead, as Prism draws those it does not cache. A
 * {@code -Dprism.disableRegionCaching} given by the person is left alone.
 */
final class SoftwareDrawing {
    /** JavaFX's choice of rendering pipelines, in order. */
    static final String PRISM_ORDER = "prism.order";
    /** GTK 3's OpenGL switch, read once when GTK starts (so only in a process not yet started). */
    static final String GDK_GL = "GDK_GL";
    /** Prism's switch for its texture of regions' backgrounds. */
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private SoftwareDrawing() {
    }

    /** True on Linux when {@code devices} (normally {@code /dev/dri}) holds no graphics device; false elsewhere. */
    static boolean noGraphicsDevice(String osName, Path devices) {
        if (!osName.startsWith("Linux")) {
            return false;
        }
        if (!Files.isDirectory(devices)) {
            return true;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(devices, "{card,renderD}*")) {
            return !found.iterator().hasNext();
        } catch (IOException | SecurityException e) {
            return false; // cannot tell: JavaFX chooses as it always did
        }
    }

    /** This machine: {@link #noGraphicsDevice} of {@code os.name} and {@code /dev/dri}. */
    static boolean noGraphicsDevice() {
        return noGraphicsDevice(System.getProperty("os.name", ""), Path.of("/dev/dri"));
    }

    /**
     * In this process, before JavaFX starts: the software pipeline where there is no graphics device, and with the
     * software pipeline (chosen here or by the person) no texture of regions' backgrounds.
     */
    static void choose(boolean noDevice) {
        if (noDevice && System.getProperty(PRISM_ORDER) == null) {
            System.setProperty(PRISM_ORDER, "sw");
        }
        if ("sw".equals(System.getProperty(PRISM_ORDER)) && System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }

    /** For a process the reader starts (its environment, changed in place): GTK without OpenGL where there is no device. */
    static void forChild(boolean noDevice, Map<String, String> environment) {
        if (noDevice) {
            OwnEnvironment.set(environment, GDK_GL, "disable");
        }
    }
}
