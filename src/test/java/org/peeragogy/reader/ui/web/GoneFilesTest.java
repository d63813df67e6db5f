package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Resource;
import org.peeragogy.reader.content.Handbooks;

/**
 * Which missing files are told (fresh tester t34's F3): a picture the handbook listed that has since gone is said
 * once per handbook; one that was never there is not (the handbook's {@code check} reports those). A real
 * handbook folder written here.
 */
class GoneFilesTest {
    @TempDir
    Path dir;

    @Test
    void aListedPictureThatWentIsToldOnceAndOneNeverThereIsNot() throws Exception {
        Files.writeString(dir.resolve("one.md"), "# One\n\n![a](a.png) ![b](b.png) ![never](never.png)\n");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        Files.write(dir.resolve("a.png"), png);
        Files.write(dir.resolve("b.png"), png);
        List<String> told = new ArrayList<>();
        try (Handbook handbook = Handbooks.open(dir)) {
            GoneFiles files = new GoneFiles(path -> handbook.resource(path.substring("/book/".length())), told::add);

            assertEquals(Optional.empty(), files.serve("/book/never.png"));
            assertEquals(List.of(), told, "a picture never in the handbook is not news");

            Files.delete(dir.resolve("a.png"));
            Files.delete(dir.resolve("b.png"));
            assertEquals(Optional.empty(), files.serve("/book/a.png"), "answered as absent, not thrown to WebKit");
            assertEquals(Optional.empty(), files.serve("/book/b.png"));
            assertEquals(List.of("/book/a.png"), told, "once, for the first");

            files.handbookReplaced();
            files.serve("/book/b.png");
            assertEquals(List.of("/book/a.png", "/book/b.png"), told, "told again for another handbook");
        }
    }

    @Test
    void aLinkThatLedNowhereAlreadyIsNotToldAsFilesGone() throws Exception {
        Files.writeString(dir.resolve("one.md"), "# One\n\n![a](a.png)\n");
        Files.createSymbolicLink(dir.resolve("a.png"), dir.resolve("nowhere.png"));
        List<String> told = new ArrayList<>();
        try (Handbook handbook = Handbooks.open(dir)) {
            GoneFiles files = new GoneFiles(path -> handbook.resource(path.substring("/book/".length())), told::add);
            assertEquals(Optional.empty(), files.serve("/book/a.png"));
            assertEquals(List.of(), told, "the copy's own fault, logged only");
        }
    }

    @Test
    void theSourceReallyThrowsForAListedFileThatWent() throws Exception {
        // Why GoneFiles listens for NoSuchFileException: the folder's source lists its files at opening.
        Files.writeString(dir.resolve("one.md"), "# One\n\n![a](a.png)\n");
        Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        try (Handbook handbook = Handbooks.open(dir)) {
            Files.delete(dir.resolve("a.png"));
            try {
                Optional<Resource> r = handbook.resource("a.png");
                assertTrue(false, "expected NoSuchFileException, got " + r);
            } catch (NoSuchFileException expected) {
                // as t34 saw it
            }
        }
    }
}
