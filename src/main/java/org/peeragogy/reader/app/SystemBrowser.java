package org.peeragogy.reader.app;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Opens an address in the user's own browser, the way each desktop expects. Not JavaFX's
 * HostServices: that needs an Application subclass, which this program does not have.
 */
final class SystemBrowser {
    private static final System.Logger LOG = System.getLogger(SystemBrowser.class.getName());

    void open(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.startsWith("mac") ? List.of("open", url)
                : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            // No browser to hand the address to (a minimal system): said where the reader started the program
            // and logged; the reader keeps reading.
            LOG.log(System.Logger.Level.WARNING, "Could not start a web browser for " + url, e);
            System.err.println("Could not start a web browser for " + url + ": " + e.getMessage());
        }
    }
}
