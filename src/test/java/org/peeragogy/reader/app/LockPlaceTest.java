package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.ReadOnlyFolders;

/**
 * Fresh tester t33's F3: on a read-only data folder no lock could be made, so every start with a notes file opened a
 * window of its own. The lock and the hand-over requests go to a place of the user's own for that folder; real
 * folders, made read-only for real ({@link ReadOnlyFolders}).
 */
class LockPlaceTest {
    private static final String USER = System.getProperty("user.name");

    @TempDir
    Path temp;
    private final ReadOnlyFolders readOnly = new ReadOnlyFolders();
    private final BlockingQueue<Path> offered = new LinkedBlockingQueue<>();
    private DataDirLock lock;
    private Path place;

    @AfterEach
    void giveBack() throws Exception {
        readOnly.close();
        if (lock != null) {
            lock.close();
        }
        if (place != null && !place.startsWith(temp)) {
            // The place made in the system's own runtime or temporary folder: the test's is taken away again.
            try (var inside = Files.walk(place)) {
                inside.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aReadOnlyDataFolderIsHeldFromAPlaceOfTheUsersOwnWhereASecondStartHandsItsFileOver() throws Exception {
        Path data = Files.createDirectories(temp.resolve("profile"));
        Files.writeString(data.resolve("reader.db"), "made earlier");
        readOnly.protect(data);

        DataDirLock.Taken first = assertInstanceOf(DataDirLock.Taken.class, DataDirLock.take(data));
        lock = first.lock();
        place = first.place();
        assertFalse(place.startsWith(data), place.toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(place)));
        assertEquals(LockPlace.key(data.toRealPath()), place.getFileName().toString());

        // A second start, by another name of the same folder, finds it held there.
        Path link = Files.createSymbolicLink(temp.resolve("link"), data);
        DataDirLock.Held second = assertInstanceOf(DataDirLock.Held.class, DataDirLock.take(link));
        assertEquals(place, second.place());
        Path file = temp.resolve("Bo.peeranotes");
        try (Handover watching = Handover.watch(first.place(), offered::add)) {
            assertTrue(Handover.send(second.place(), file, Duration.ofSeconds(20)));
            assertEquals(file.toAbsolutePath(), offered.poll(20, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(data.resolve(Handover.FOLDER)));
    }

    @Test
    void thePlaceIsInTheRuntimeFolderWhenThereIsOneAndOnlyTheUserCanEnterIt() throws Exception {
        Path data = Files.createDirectories(temp.resolve("profile"));
        Path run = Files.createDirectories(temp.resolve("run"));

        Path found = LockPlace.of(data, run.toString(), temp.resolve("tmp").toString(), USER).orElseThrow();

        assertEquals(run.resolve(LockPlace.FOLDER).resolve(LockPlace.key(data.toRealPath())), found);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(found.getParent())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(found)));
        assertEquals(Optional.of(found), LockPlace.of(data, run.toString(), "unused", USER), "the same each time");
    }

    @Test
    void withoutARuntimeFolderThePlaceIsInTheTemporaryFolderUnderTheUsersName() throws Exception {
        Path data = Files.createDirectories(temp.resolve("profile"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));

        Path found = LockPlace.of(data, null, tmp.toString(), USER).orElseThrow();

        assertEquals(tmp.resolve(LockPlace.FOLDER + "-" + USER).resolve(LockPlace.key(data.toRealPath())), found);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(found.getParent())));
    }

    /** Another user could plant a link in a shared temporary folder, to a folder of theirs: it is not used. */
    @Test
    void aLinkWhereThePlaceGoesIsNotUsed() throws Exception {
        Path data = Files.createDirectories(temp.resolve("profile"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path theirs = Files.createDirectories(temp.resolve("theirs"));
        Files.createSymbolicLink(tmp.resolve(LockPlace.FOLDER + "-" + USER), theirs);

        assertEquals(Optional.empty(), LockPlace.of(data, null, tmp.toString(), USER));
        try (var inside = Files.list(theirs)) {
            assertEquals(0, inside.count(), "nothing was made in the folder linked to");
        }
    }

    /** A folder of that name made by another user (who could hold the lock or plant requests) is not used. */
    @Test
    void aFolderOfAnotherUsersWhereThePlaceGoesIsNotUsed() throws Exception {
        Path data = Files.createDirectories(temp.resolve("profile"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path planted = Files.createDirectories(tmp.resolve(LockPlace.FOLDER + "-" + USER));
        try {
            Files.setOwner(planted, planted.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        } catch (java.io.IOException e) {
            Assumptions.abort("only root can give a folder to another user here: " + e);
        }

        assertEquals(Optional.empty(), LockPlace.of(data, null, tmp.toString(), USER));
        assertFalse(Files.exists(planted.resolve(LockPlace.key(data.toRealPath())), LinkOption.NOFOLLOW_LINKS));
    }
}
