package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.AuthorNames;

/**
 * Names from a group folder as the command line lists them (issue 16's second retest, b7): zero-width characters
 * and direction marks in a file's name or a person's name are taken out, as tabs and direction controls were, so
 * that "Eve" + RLM + ZWSP never passes for another person and never reorders the line. Real data folders, a real
 * folder, a file name with those characters on the file system.
 */
class GroupFolderNamesShownTest {
    @TempDir
    Path tmp;

    private static final String INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c";

    @Test
    void listedNamesLoseZeroWidthCharactersAndDirectionMarks() {
        assertEquals("Ben", AuthorNames.listed("B" + INVISIBLE + "en" + INVISIBLE));
        assertEquals("Ben", AuthorNames.listed("Ben\u2066"), "the direction controls, as clean removes them");
        assertEquals("Ben\u200f", AuthorNames.clean("Ben\u200f"), "what is stored keeps them (decision 0021)");
        // Persian writes a ZWNJ inside a word and an emoji sequence is held by ZWJs: those stay.
        assertEquals("\u0645\u06cc\u200c\u062e\u0648\u0627\u0645", AuthorNames.listed("\u0645\u06cc\u200c\u062e\u0648\u0627\u0645"));
        assertEquals("Ana \uD83D\uDC69\u200D\uD83D\uDCBB", AuthorNames.listed("Ana \uD83D\uDC69\u200D\uD83D\uDCBB"));
    }

    /** A nit: a file under a second name ({@code Ben-6_}) is listed as Ben's, as {@code Ben-5_} and {@code Ben_} are. */
    @Test
    void thePersonOfAFileDoesNotVaryWithItsNamesSuffix() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path own = Files.createDirectories(tmp.resolve("own"));
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ben = GroupMember.join(tmp, "Ben", own);
             GroupMember eve = GroupMember.join(tmp, "Eve", own)) {
            eve.note("gardens", "Eve's note");
            Files.copy(eve.writeOwn(), group.resolve("Ben-6_" + ben.id().substring(9) + ".peeranotes"));

            org.peeragogy.reader.share.group.Arrival mixed = fay.scan().arrivals().get(0);

            assertEquals("", mixed.seen().authorId(), "no one's file");
            assertEquals("Ben", mixed.person());
        }
    }

    @Test
    void statusListsFileAndPersonNamesWithoutInvisibleCharacters() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path evesOwn = Files.createDirectories(tmp.resolve("eves-own"));
        try (GroupMember eve = GroupMember.join(tmp, "Eve\u200f\u200bZ", evesOwn)) {
            eve.note("gardens", "Eve's note");
            Files.copy(eve.writeOwn(), group.resolve("zw\u200bsp\u2066iso\u200f.peeranotes"));
        }
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("group-folder", "set", group.toString()));

        assertEquals(0, fay.run("group-folder", "status"));

        String printed = fay.out();
        assertTrue(printed.contains("new\tEveZ\tzwsp iso.peeranotes\t"), printed);
        for (char c : INVISIBLE.toCharArray()) {
            assertFalse(printed.indexOf(c) >= 0, "U+" + Integer.toHexString(c) + " in\n" + printed);
        }
    }
}
