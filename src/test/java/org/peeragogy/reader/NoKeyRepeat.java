package org.peeragogy.reader;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Turns the X server's key auto-repeat off once per test JVM (registered for every test class through
 * {@code META-INF/services} and {@code junit-platform.properties}). A robot's key press and its release are two
 * events: on a busy machine the release can come after the server's auto-repeat delay (660 ms by default in Xvfb),
 * and the server then types the key again, so a toggle such as Ctrl+Shift+C ran twice and undid itself. Uses
 * {@code xset r off} on {@code $DISPLAY} (x11-xserver-utils, which .ci/run installs); without a display or xset
 * it says so once on stderr and changes nothing.
 */
public final class NoKeyRepeat implements BeforeAllCallback {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    @Override
    public void beforeAll(ExtensionContext context) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || !DONE.compareAndSet(false, true)) {
            return;
        }
        try {
            Process p = new ProcessBuilder("xset", "-display", display, "r", "off").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                System.err.println("NoKeyRepeat: xset r off failed (" + out + "); keys may repeat on a busy machine");
            }
        } catch (java.io.IOException e) {
            System.err.println("NoKeyRepeat: no xset (x11-xserver-utils); keys may repeat on a busy machine");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
