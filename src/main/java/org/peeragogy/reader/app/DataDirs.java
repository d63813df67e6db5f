package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user data folder each desktop system expects. */
final class DataDirs {
    static final String APP_DIR = "peeragogy-reader";

    private DataDirs() {
    }

    static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Peeragogy Reader");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Peeragogy Reader");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_DIR);
    }

    /** Where installed handbooks are kept: {@code <data-dir>/handbooks}. */
    static Path handbooks(Options options) {
        return resolve(options).resolve("handbooks");
    }

    /** {@code --data-dir}, else the portable data folder (see {@link Portable}), else the system's default. */
    static Path resolve(Options options) {
        return options.dataDir().or(() -> Portable.dataDir(options.portable()))
                .orElseGet(() -> defaultFor(System.getProperty("os.name", ""), System.getenv(),
                        Path.of(System.getProperty("user.home"))));
    }
}
