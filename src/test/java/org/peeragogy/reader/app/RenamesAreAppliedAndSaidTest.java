package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.Database;

/**
 * Issue 11 (second tester, MINOR 4): a newer file renames a person's layer whether or not any of their notes
 * changed (decision 0017), and the preview says so; an older file does not.
 */
class RenamesAreAppliedAndSaidTest {
    @TempDir
    Path dir;

    @Test
    void aNewerFileWithNoChangedNoteRenamesTheLayerAndThePreviewSaysSo() throws Exception {
        for (NoteSharing.Format format : new NoteSharing.Format[] {NoteSharing.Format.W3C, NoteSharing.Format.NOTES}) {
            Path first = dir.resolve(format + "-first");
            Path renamed = dir.resolve(format + "-renamed");
            try (Database b = Database.open(dir.resolve(format + "b")); Database a = Database.open(dir.resolve(format + "a"))) {
                b.settings().putReaderName("Bea");
                Annotation note = ShareFixture.chapterNote(b, "wiki", "Bea", "unchanged");
                ShareFixture.sharing(b).export(format, first, ExportFilter.ALL);
                NoteSharing ana = ShareFixture.sharing(a);
                ana.apply(ana.preview(first));
                b.settings().putReaderName("Bea Smith");
                ShareFixture.sharing(b).export(format, renamed, ExportFilter.ALL);

                // A W3C file says no writer: the new name it gives is taken by choice (decision 0069, amended).
                NoteSharing.Preview p = format == NoteSharing.Format.W3C ? ana.previewByHand(renamed, true, true).preview()
                        : ana.preview(renamed);
                assertEquals(1, p.counts().unchanged(), p.counts().summary());
                assertTrue(p.remarks().contains("Bea is now called Bea Smith (this file is newer than the name you"
                        + " have for them)"), format + ": " + p.remarks());
                ana.apply(p);
                assertEquals("Bea Smith", a.annotations().find(note.id()).orElseThrow().author(), format.toString());
                assertTrue(ana.preview(first).remarks().stream().noneMatch(r -> r.contains("is now called")),
                        "an older file renames no one");
            }
        }
    }
}
