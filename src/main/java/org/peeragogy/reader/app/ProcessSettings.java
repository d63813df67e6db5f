package org.peeragogy.reader.app;

import java.nio.file.Path;
import org.peeragogy.reader.store.NativeLibrary;

/** Settings of the whole process, made in {@code main} before JavaFX or SQLite start (issue 17). */
final class ProcessSettings {
    /** JavaFX WebKit's switch between its two ways of running WebKit's timers. */
    static final String WEBKIT_TICKS = "com.sun.webkit.platformticks";
    /** JavaFX WebKit's switch to load http and https addresses with the JDK's HTTP/2 client. */
    static final String WEBKIT_HTTP2 = "com.sun.webkit.useHTTP2Loader";

    private ProcessSettings() {
    }

    /**
     * Sets the four process-wide settings below, each one only where the command line has not given it. Called once,
     * from {@code main} on its thread, before JavaFX or SQLite start.
     *
     * <p>No CPU while idle: by default JavaFX's WebKit runs its timers from an animation timer that it never
     * stops, so a window with a page open asks for a pulse 60 times a second for as long as it is open
     * (about 2% of a core, on the JavaFX thread). With the property false, WebKit waits for its next timer
     * on a thread of its own and hands the work to the JavaFX thread only when one is due. Not changed
     * when given on the command line (the idle benchmark measures both).
     *
     * <p>No HTTP client made for the first page (issue 17, decision 0082): WebKit's first load of any address,
     * even one of the reader's own {@code peeragogy:} pages, which never use it, builds the JDK's HTTP/2 client
     * and with it the default TLS context (the system's certificates read), about 50 ms on the JavaFX thread
     * before the first chapter can be shown. The reader's pages load nothing from the network
     * ({@code ui.web.NavigationGuard}), so WebKit's other loader, made for every other address already, serves all.
     * Not changed when given on the command line.
     *
     * <p>SQLite's native library: copied once to {@code <data folder>/native/} and loaded from there
     * ({@link NativeLibrary}); the packaged launcher names its own copy and this does nothing.
     *
     * <p>JavaFX is asked for its software pipeline at once where the machine has no graphics device, and in software
     * for no texture of regions' backgrounds ({@link SoftwareDrawing}, decisions 0084 and 0091).
     *
     * @param dataDir the data folder in use (its {@code native/} folder holds SQLite's library)
     */
    static void apply(Path dataDir) {
        SoftwareDrawing.choose(SoftwareDrawing.noGraphicsDevice());
        if (System.getProperty(WEBKIT_TICKS) == null) {
            System.setProperty(WEBKIT_TICKS, "false");
        }
        if (System.getProperty(WEBKIT_HTTP2) == null) {
            System.setProperty(WEBKIT_HTTP2, "false");
        }
        NativeLibrary.prepare(dataDir.resolve("native"));
    }
}
