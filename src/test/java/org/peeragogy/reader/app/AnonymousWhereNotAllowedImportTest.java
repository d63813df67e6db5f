package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh tester t15i's M1: where the facilitator's group allows no anonymous questions, an import (one file or a stick)
 * took a participant's file carrying an anonymous question, and a file whose writer calls himself "Anonymous", with no
 * word, though the group folder asks about both (decision 0077). The import now says them as the group folder does.
 * Real data folders, real notes files, the command line as typed.
 */
class AnonymousWhereNotAllowedImportTest {
    @TempDir
    Path tmp;

    @Test
    void anImportSaysAnAnonymousQuestionAndAWriterCalledAnonymousWhereTheGroupAllowsNone() throws Exception {
        Path cys = tmp.resolve("cy.peeranotes");
        try (GroupMember cy = GroupMember.join(tmp, "Cy", tmp.resolve("none"))) {
            cy.db.conversation().ask(new org.peeragogy.reader.store.AnnotationStore.Draft(cy.handbook.book().identity(),
                    "gardens", org.peeragogy.reader.book.Annotation.Kind.CHAPTER_NOTE,
                    org.peeragogy.reader.book.Annotation.Colour.BLUE, "Is Fay even qualified?", java.util.List.of(), "Cy",
                    java.util.Optional.empty()), true);
            cy.note("gardens", "Cy's own note");
            cy.sharing.export(org.peeragogy.reader.share.NoteSharing.Format.NOTES, cys,
                    org.peeragogy.reader.share.ExportFilter.ALL);
        }
        Path zeds = tmp.resolve("zed.peeranotes");
        try (GroupMember zed = GroupMember.joinUnchecked(tmp, "Anonymous", tmp.resolve("none"))) {
            zed.note("gardens", "Words of nobody");
            zed.sharing.export(org.peeragogy.reader.share.NoteSharing.Format.NOTES, zeds,
                    org.peeragogy.reader.share.ExportFilter.ALL);
        }
        CommandRun fay = new CommandRun(tmp.resolve("fay"));
        assertEquals(0, fay.run("name", "Fay"), fay.err());

        assertEquals(0, fay.run("import", cys.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().contains("This file holds notes by other people: Anonymous (1 note)"), fay.out());
        assertEquals(0, fay.run("import", zeds.toString(), "--dry-run"), fay.err());
        assertTrue(fay.out().contains("It says it was written by someone who calls themselves Anonymous"), fay.out());
    }
}
