package org.peeragogy.reader.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Portable mode (issue 17): the reader keeps its data in a {@code data} folder inside its own top folder,
 * so that notes travel with a USB stick. On when a file named {@code portable} is in that top folder (the
 * portable archives ship one) or with {@code --portable}; {@code --data-dir} still wins.
 *
 * <p>The top folder is the app image's: the launcher's folder, or its parent when that is {@code bin}
 * (Linux), or the folder holding {@code X.app} (macOS). The packaged launcher names itself in the system
 * property {@code jpackage.app-path}; without it (the jar) the top folder is the jar's folder.
 */
final class Portable {
    static final String MARKER = "portable";
    static final String DATA = "data";

    private Portable() {
    }

    /** The data folder portable mode uses here, or empty when it is off (or no top folder is known). */
    static Optional<Path> dataDir(boolean asked) {
        return dataDir(asked, top(System.getProperty("jpackage.app-path"), jarOf(Portable.class)));
    }

    static Optional<Path> dataDir(boolean asked, Optional<Path> top) {
        return top.filter(t -> asked || Files.isRegularFile(t.resolve(MARKER))).map(t -> t.resolve(DATA));
    }

    /**
     * The app's top folder: from the launcher's path when there is one, else the jar's folder. Empty when
     * neither is known (classes run from a folder, as in the tests).
     */
    static Optional<Path> top(String launcher, Optional<Path> jar) {
        if (launcher != null && !launcher.isBlank()) {
            Path dir = Path.of(launcher).toAbsolutePath().normalize().getParent();
            if (dir == null) {
                return Optional.empty();
            }
            Path name = dir.getFileName();
            Path parent = dir.getParent();
            if (name != null && parent != null && name.toString().equals("bin")) {
                return Optional.of(parent);
            }
            if (name != null && name.toString().equals("MacOS") && parent != null && parent.getParent() != null
                    && parent.getParent().toString().endsWith(".app") && parent.getParent().getParent() != null) {
                return Optional.of(parent.getParent().getParent());
            }
            return Optional.of(dir);
        }
        return jar.map(j -> j.toAbsolutePath().normalize().getParent());
    }

    /** The jar the class was loaded from, or empty for a class folder, a module image or an unknown source. */
    static Optional<Path> jarOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
