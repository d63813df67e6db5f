package org.peeragogy.reader.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where SQLite's native library is loaded from, decided before the first connection (issue 17).
 *
 * <p>Left alone, sqlite-jdbc copies its library from the jar into the temporary folder at every start,
 * under a random name, and first deletes the copies of that folder that have no {@code .lck} file beside
 * them. It writes the {@code .lck} only after the copy, so a second process starting at the same moment
 * deletes the first one's copy, or fails to delete a copy that is already gone, and prints a SEVERE
 * stack trace. Instead the library is copied once to a folder of ours whose name says the driver's
 * version and platform, written under a temporary name and renamed into place (a rename is atomic, so a
 * process sees either no file or the whole of it), and every later start loads that file. sqlite-jdbc is
 * told where it is ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}) and to tidy up only that
 * folder ({@code org.sqlite.tmpdir}), where nothing is named as it tidies.
 *
 * <p>The packaged app sets these properties in its launcher (the library ships beside the jar), and
 * then nothing here is done.
 */
public final class NativeLibrary {
    /** The system properties sqlite-jdbc reads (its {@code SQLiteJDBCLoader}). */
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";
    static final String TMPDIR = "org.sqlite.tmpdir";

    private NativeLibrary() {
    }

    /**
     * Makes sure SQLite's library is in {@code folder} (or, when that cannot be written, in a temporary
     * folder of this process's own) and points sqlite-jdbc at it. Does nothing when {@code org.sqlite.lib.path}
     * is already set (the packaged launcher sets it). Call before the first connection is opened; any
     * thread, once per process.
     *
     * @param folder a folder for the library, created if missing (the reader passes
     *               {@code <data folder>/native}); it gets one subfolder per driver version and platform
     * @return the library file now named to sqlite-jdbc, or empty when it was left to sqlite-jdbc's own
     *         way (a library named by the launcher, a platform sqlite-jdbc has no library for, or no
     *         folder could be written: then sqlite-jdbc reports its own error at the first connection)
     */
    public static Optional<Path> prepare(Path folder) {
        if (System.getProperty(PATH) != null) {
            return Optional.empty();
        }
        Optional<Library> library = Library.forThisPlatform();
        if (library.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> file = place(library.get(), folder);
        if (file.isEmpty()) {
            try {
                Path own = Files.createTempDirectory("peeragogy-sqlite-");
                own.toFile().deleteOnExit();
                file = place(library.get(), own);
                // Deleted at exit in the reverse order: the library, its folder, then this one.
                file.ifPresent(f -> {
                    f.getParent().toFile().deleteOnExit();
                    f.toFile().deleteOnExit();
                });
            } catch (IOException e) {
                file = Optional.empty();
            }
        }
        file.ifPresent(f -> {
            System.setProperty(PATH, f.getParent().toString());
            System.setProperty(NAME, f.getFileName().toString());
            // sqlite-jdbc deletes files named sqlite-<version>* without a .lck beside them in this folder
            // before it loads: ours is named otherwise, so nothing of anyone's is touched.
            System.setProperty(TMPDIR, f.getParent().toString());
        });
        return file;
    }

    /** The library inside sqlite-jdbc's jar for this platform: where it is, its name and size. */
    record Library(URL url, String folder, String name, long size) {
        static Optional<Library> forThisPlatform() {
            String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            URL url = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
            if (url == null && name.endsWith(".dylib")) {
                name = name.replace(".dylib", ".jnilib");
                url = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
            }
            if (url == null) {
                return Optional.empty();
            }
            try {
                URLConnection c = url.openConnection();
                c.setUseCaches(false);
                return Optional.of(new Library(url, folder, name, c.getContentLengthLong()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** {@code native/sqlite-3.50.3.0-Linux-x86_64}: one folder per driver version and platform. */
        String versionFolder() {
            String v = SQLiteJDBCLoader.getVersion().replaceAll("[^0-9A-Za-z.]", "");
            return "sqlite-" + (v.isEmpty() ? "unknown" : v) + "-" + folder.replaceAll("[^0-9A-Za-z_.]", "-");
        }
    }

    /**
     * The library in {@code base/<version folder>/}, copied there unless a complete copy is there
     * already. Empty when the folder cannot be written or read.
     */
    static Optional<Path> place(Library library, Path base) {
        Path dir = base.resolve(library.versionFolder());
        Path target = dir.resolve(library.name());
        try {
            if (isWhole(target, library)) {
                return Optional.of(target);
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, library.name(), ".part");
            try {
                try (InputStream in = library.url().openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                if (Files.size(part) != library.size() && library.size() >= 0) {
                    return Optional.empty();
                }
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    // Another process renamed its whole copy into place first (on Windows a loaded
                    // library cannot be replaced): that copy is as good as ours.
                    if (!isWhole(target, library)) {
                        return Optional.empty();
                    }
                } catch (IOException e) {
                    if (!isWhole(target, library)) {
                        throw e;
                    }
                }
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(target);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** A file that only ever appears by a rename of a whole copy; its size guards against anything else. */
    private static boolean isWhole(Path target, Library library) throws IOException {
        return Files.isRegularFile(target) && (library.size() < 0 || Files.size(target) == library.size());
    }
}
