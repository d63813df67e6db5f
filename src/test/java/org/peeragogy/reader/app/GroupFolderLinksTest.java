package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.share.FolderPreview;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.GroupFolderStore;

/**
 * A link in a group folder, or in a folder imported whole, is never followed (issue 16's second retest, b8): a
 * participant's link to a notes file elsewhere, or to a system file, is listed as unusable (or not imported) with
 * the reason, and the files beside it are read as usual. Real folders, real symbolic links, real data folders.
 */
class GroupFolderLinksTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkInTheGroupFolderIsUnusableAndNeverFollowed() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember eve = GroupMember.join(tmp, "Eve", elsewhere);
             GroupMember ben = GroupMember.join(tmp, "Ben", group)) {
            eve.note("gardens", "Eve's note, outside the folder");
            Files.createSymbolicLink(group.resolve("Outside_link.peeranotes"), eve.writeOwn());
            ben.note("gardens", "Ben's note");
            ben.writeOwn();

            GroupFolder.Scan scan = fay.scan();

            assertEquals(List.of("Ben"), scan.arrivals().stream().map(Arrival::person).toList(),
                    "the link is not offered; Ben's file is");
            GroupFolderStore.SeenFile link = scan.unusable().get(0);
            assertEquals("Outside_link.peeranotes", link.name());
            assertEquals(GroupFolderStore.State.UNUSABLE, link.state());
            assertTrue(link.summary().contains("it is a link to another place"), link.summary());
            assertTrue(fay.scan().unusable().isEmpty(), "said once");
        }
    }

    @Test
    void importFolderRefusesALinkAndImportsTheRest() throws Exception {
        Path stick = Files.createDirectories(tmp.resolve("stick"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", stick); GroupMember eve = GroupMember.join(tmp, "Eve", elsewhere);
             GroupMember ben = GroupMember.join(tmp, "Ben", stick)) {
            eve.note("gardens", "Eve's note, outside the folder");
            Files.createSymbolicLink(stick.resolve("eve.peeranotes"), eve.writeOwn());
            ben.note("gardens", "Ben's note");
            ben.writeOwn();

            FolderPreview preview = fay.sharing.previewFolder(stick);

            assertEquals(1, preview.lines().size(), preview.lines().toString());
            assertTrue(preview.lines().get(0).contains("Ben"), preview.lines().toString());
            assertTrue(preview.refused().get(0).startsWith("eve.peeranotes: it is a link to another place"),
                    preview.refused().toString());
            assertEquals(1, preview.combined().counts().added(), "Eve's note is not read through the link");
        }
    }
}
