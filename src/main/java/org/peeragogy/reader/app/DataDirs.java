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

    /**
     * The per-user cache folder each desktop system expects, for what the reader can make again (the jar's class
     * archive, {@link JarClassArchive}): {@code $XDG_CACHE_HOME/peeragogy-reader} or {@code ~/.cache/peeragogy-reader}
     * (XDG Base Directory Specification), {@code %LOCALAPPDATA%\Peeragogy Reader\Cache} (Windows),
     * {@code ~/Library/Caches/Peeragogy Reader} (macOS). Any thread.
     */
    static Path cacheFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Peeragogy Reader").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Peeragogy Reader");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve(APP_DIR);
    }

    /** Where installed handbooks are kept: {@code <data-dir>/handbooks}. */
    static Path handbooks(Options options) {
        return resolve(options).resolve("handbooks");
    }

    /** {@code --data-dir}, else the portable data folder (see {@link Portable}), else the system's default. */
    static Path resolve(Options options) {
        return options.dataDir().or(() -> Portable.dataDir(options.portable()))
                .orElseGet(() -> defaultFor(System.getProperty("os.name", ""), System.getenv(), home(System.getenv())));
    }

    /**
     * The home folder the desktop uses: {@code $HOME} when it is set to an absolute path, as GTK and the XDG Base
     * Directory Specification take it, else Java's {@code user.home} (read from the user database, which ignores
     * {@code $HOME}: fresh tester t34's F6, a start with {@code HOME} set kept its notes in the account's home folder
     * while GTK wrote in {@code $HOME}). Any thread.
     */
    static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            try {
                Path path = Path.of(home);
                if (path.isAbsolute()) {
                    return path;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path: the user database's home below
            }
        }
        return Path.of(System.getProperty("user.home"));
    }
}
