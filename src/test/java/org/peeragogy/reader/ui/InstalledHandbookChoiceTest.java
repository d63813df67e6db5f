package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;

/** Switching to an installed handbook remembers its identity; adding one by path forgets it. */
class InstalledHandbookChoiceTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;

    @Test
    void switchingToAnInstalledHandbookRemembersItsIdentityAndOpensWhereTheReaderLeftOff() throws Exception {
        Path es = Files.createDirectories(dataDir.resolve("es"));
        Files.writeString(es.resolve("uno.md"), "# Uno\n\nPrimero.\n");
        Files.writeString(es.resolve("index.html"), "<title>Manual</title><a href=\"uno.html\">1</a>");
        HandbookLibrary library = new HandbookLibrary(dataDir.resolve("handbooks"));
        String identity = library.install(es, HandbookLibrary.Progress.NONE).identity();
        try (Database db = Database.open(dataDir); Handbook real = Handbooks.open(TestHandbooks.fixture());
             Handbook installed = library.open(identity)) {
            ReaderViewModel vm = new ReaderViewModel(real, db.settings(), db.readingPositions(), TEXTS);
            vm.start();
            vm.switchToInstalled(installed);
            assertEquals("uno", vm.locationProperty().get().chapterId());
            assertEquals(Optional.of(identity), db.settings().get(HandbookLibrary.CHOSEN_SETTING));

            vm.replaceHandbook(real, TestHandbooks.fixture());
            assertEquals(Optional.of(""), db.settings().get(HandbookLibrary.CHOSEN_SETTING));
            assertEquals(Optional.of(TestHandbooks.fixture().toAbsolutePath().toString()),
                    db.settings().get(ReaderViewModel.HANDBOOK_KEY));
        }
    }
}
