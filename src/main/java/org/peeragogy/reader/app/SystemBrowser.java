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

    /**
     * Hands {@code url} to the desktop's own opener ({@code xdg-open}, {@code open}, {@code rundll32}); returns once
     * it has started. FX thread or any.
     *
     * @throws java.io.UncheckedIOException when no such program could be started (its message says why)
     */
    void open(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.startsWith("mac") ? List.of("open", url)
                : List.of("xdg-open", url);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // The browser is the person's own: it gets their environment, not what the reader set for itself.
            OwnEnvironment.removeFrom(builder.environment());
            builder.start();
        } catch (IOException e) {
            // No browser to hand the address to (a minimal system): logged, and thrown so that the window says so
            // where the reader looks (ui.SystemOpener; a group's digest says where its copy is). Said on stderr only,
            // the reader never saw it (issue 16's hostile try-out).
            LOG.log(System.Logger.Level.WARNING, "Could not start a web browser for " + url, e);
            throw new java.io.UncheckedIOException("No program could be started to open it (" + e.getMessage() + ")", e);
        }
    }
}
