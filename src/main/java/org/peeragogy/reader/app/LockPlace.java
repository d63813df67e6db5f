package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Where a data folder's lock and hand-over requests are kept when the data folder cannot hold them: a read-only
 * profile or a stick mounted read-only (fresh tester t33's F3: each start with a notes file opened a window of its
 * own, none handed over; decision 0093). The place is a folder named by the SHA-256 of the data folder's real path
 * (so every name of one folder finds one place) in {@code $XDG_RUNTIME_DIR/peeragogy-reader/} when that is set and is
 * a folder, else in {@code peeragogy-reader-USER} in {@code java.io.tmpdir}. Each folder of it is made
 * {@code rwx------}, and used only when it is a folder (not a link) owned by this process's user: in a shared
 * temporary folder another user could otherwise hold the lock, or plant requests.
 *
 * <p>Threads: any. Does disk work.
 */
final class LockPlace {
    /** The folder's name in the runtime folder, and the start of its name in the temporary folder. */
    static final String FOLDER = "peeragogy-reader";
    private static final Set<PosixFilePermission> OWN = PosixFilePermissions.fromString("rwx------");

    private LockPlace() {
    }

    /** The place for {@code dataDir}, made when missing; empty when there can be none (see the class comment). */
    static Optional<Path> of(Path dataDir) {
        return of(dataDir, System.getenv("XDG_RUNTIME_DIR"), System.getProperty("java.io.tmpdir"),
                System.getProperty("user.name"));
    }

    /** As {@link #of(Path)}, with the runtime folder (null when unset), the temporary folder and the user given. */
    static Optional<Path> of(Path dataDir, String runtimeDir, String tmpDir, String user) {
        try {
            Path base = runtimeDir != null && !runtimeDir.isBlank() && Files.isDirectory(Path.of(runtimeDir))
                    ? Path.of(runtimeDir, FOLDER)
                    : Path.of(tmpDir, FOLDER + "-" + user.replaceAll("[^\\p{Alnum}._-]", "_"));
            UserPrincipal me = base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
            ownFolder(base, me);
            return Optional.of(ownFolder(base.resolve(key(dataDir.toRealPath())), me));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The place's name for a data folder: the SHA-256 of its real path, in hexadecimal. */
    static String key(Path realPath) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(realPath.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Makes {@code folder} rwx------ when missing; throws unless it is a folder, not a link, of {@code me}'s. */
    private static Path ownFolder(Path folder, UserPrincipal me) throws IOException {
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWN));
        } catch (FileAlreadyExistsException e) {
            // made before (by an earlier start, or by someone else: checked below)
        }
        PosixFileAttributes seen = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!seen.isDirectory() || seen.isSymbolicLink() || !seen.owner().equals(me)) {
            throw new IOException(folder + " is not a folder of " + me.getName() + "'s own");
        }
        if (!seen.permissions().equals(OWN)) {
            Files.setPosixFilePermissions(folder, OWN); // a umask or an older start left it open to others
        }
        return folder;
    }
}
