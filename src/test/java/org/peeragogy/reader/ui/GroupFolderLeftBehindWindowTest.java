package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The window's Group folder line and Details for a file left incomplete under its final name (fresh tester t33's F7):
 * said as a file that cannot be read, with why and what to do, as the command line says it; a young one is still
 * arriving. Real files with their modified times set.
 */
class GroupFolderLeftBehindWindowTest extends GroupFolderActionsFixture {
    @Test
    void anEmptyFileLeftForMoreThanTenMinutesCannotBeReadAndAYoungOneIsStillArriving() throws Exception {
        Path old = Files.createFile(folder.resolve("Cid_" + UUID.randomUUID() + ".peeranotes"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path young = Files.createFile(folder.resolve("Eve_" + UUID.randomUUID() + ".peeranotes"));
        chooseFolder(false);
        wake.get().run();
        runUiUntil(() -> status().detailsProperty().get().size() == 2);

        assertTrue(line().contains(" · 1 file cannot be read (" + BidiMarks.isolated(old.getFileName().toString())
                + ") · 1 file still arriving (" + BidiMarks.isolated(young.getFileName().toString()) + ")"), line());
        List<String> details = status().detailsProperty().get();
        assertTrue(details.contains(BidiMarks.isolated(old.getFileName().toString()) + ": cannot be used: it is empty"
                + " (0 bytes) and has not changed for more than 2 minutes, so nothing more of it is coming (a sync tool"
                + " gives a file its name only once all of it has arrived). Whoever wrote it can write it again; whoever"
                + " put it in the group folder can take it out."), details.toString());
        assertTrue(details.contains(BidiMarks.isolated(young.getFileName().toString())
                + ": not complete yet: it is empty so far"), details.toString());
        assertEquals(List.of(), problems);
    }

    private GroupFolderStatusViewModel status() {
        return group.status();
    }
}
