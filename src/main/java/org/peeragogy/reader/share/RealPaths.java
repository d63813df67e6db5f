package org.peeragogy.reader.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file or folder really is, links followed: for the rule that the reader's own data folder (and anything
 * inside it, its {@code group-staging} too) is never a group folder (decision 0035), and that nothing written for a
 * person goes into the data folder or the handbook's folder in use (decision 0060). Compared as text, a link into the data
 * folder passed in the window (decision 0045): both paths are compared by {@link Path#toRealPath}, and a path that
 * does not exist yet by its nearest existing parent's real path with the rest of its names after it.
 *
 * <p>Threads: any but the FX thread (it asks the file system). Never throws for a path that cannot be resolved: what
 * cannot be resolved is taken as written, made absolute and normalised.
 */
public final class RealPaths {
    /** How many links are followed before a path is taken as written (as the system's own limit, 40 on Linux). */
    private static final int MAX_LINKS = 40;

    private RealPaths() {
    }

    /**
     * {@code p} with every link resolved: its real path when it exists, else its nearest existing parent's real path
     * with the names below it (a folder about to be made, a staging folder not made yet). Reads the disk.
     */
    public static Path real(Path p) {
        return real(p, 0);
    }

    /** {@code depth}: links followed so far; a loop of links is taken as written after {@link #MAX_LINKS}. */
    private static Path real(Path p, int depth) {
        Path abs = p.toAbsolutePath().normalize();
        Path rest = abs.getFileSystem().getPath("");
        for (Path at = abs; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(rest).normalize();
            } catch (IOException | SecurityException e) {
                // A link whose target is not made yet (a link to the data folder's staging folder) is followed too.
                Optional<Path> target = linkTarget(at);
                if (target.isPresent() && depth < MAX_LINKS) {
                    return real(target.get(), depth + 1).resolve(rest).normalize();
                }
                Path name = at.getFileName();
                rest = name == null ? rest : name.resolve(rest);
            }
        }
        return abs;
    }

    private static Optional<Path> linkTarget(Path at) {
        try {
            if (!Files.isSymbolicLink(at)) {
                return Optional.empty();
            }
            Path parent = at.getParent();
            Path to = Files.readSymbolicLink(at);
            return Optional.of(parent == null ? to : parent.resolve(to));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code dir} is {@code data} or inside it once links are followed on both sides (a link to the data
     * folder, a link inside it, the data folder itself given through a link). Reads the disk.
     */
    public static boolean inside(Path dir, Path data) {
        return real(dir).startsWith(real(data));
    }
}
