package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.share.ImportReason;
import org.peeragogy.reader.share.ShareReason;
import org.peeragogy.reader.ui.Texts;

/**
 * Fresh tester t33's F8b: sentences said without their full stop ("…can take it out", "…Copy the file itself into the
 * folder to import it", "…ask whoever sent it for a new export"), as the command line prints them and in each of the
 * window's languages. Real files, a real link.
 */
class SentencesEndWithAStopTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkInAFolderImportedOrInTheGroupFolderAndASkippedAnnotationAreSaidInWholeSentences() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.json"), "{}");
        Path folder = Files.createDirectories(tmp.resolve("stick"));
        Files.createSymbolicLink(folder.resolve("x.peeranotes"), real);
        CommandRun reader = new CommandRun(tmp.resolve("data"));

        reader.run("import", folder.toString());
        assertTrue(reader.err().contains("x.peeranotes: it is a link to another place, not a file; only the folder's"
                + " own files are read. Copy the file itself into the folder to import it.\n"), reader.err());

        Path group = Files.createDirectories(tmp.resolve("group"));
        Files.createSymbolicLink(group.resolve("Zed_3f2a1c4e-1111-4222-8333-444455556669.peeranotes"), real);
        assertEquals(0, reader.run("group-folder", "set", group.toString()), reader.err());
        assertEquals(0, reader.run("group-folder", "status"), reader.err());
        assertTrue(reader.out().contains("reads only files that are in the group folder itself. Whoever put it there"
                + " can take it out.\n"), reader.out());

        Path w3c = Files.writeString(tmp.resolve("w3c.json"), "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\","
                + "\"type\":\"AnnotationCollection\",\"first\":{\"type\":\"AnnotationPage\",\"items\":["
                + "{\"type\":\"Annotation\",\"id\":\"urn:uuid:3f2a1c4e-1111-4222-8333-444455556666\",\"body\":{\"type\":"
                + "\"TextualBody\",\"value\":\"hi\"},\"target\":{\"source\":\"x\"}},{\"type\":\"Annotation\",\"id\":"
                + "\"urn:uuid:3f2a1c4e-1111-4222-8333-444455556667\",\"body\":{\"type\":\"TextualBody\",\"value\":"
                + "\"hi\"}}]}}");
        reader.run("import", w3c.toString(), "--dry-run");
        String said = reader.out() + reader.err();
        assertTrue(said.contains("it has no target; the rest of the file is imported. To have this one too, correct it"
                + " in the file or ask whoever sent it for a new export.\n"), said);

        for (String language : List.of("en", "es", "it", "pt")) {
            Texts texts = Texts.of(Locale.forLanguageTag(language));
            for (Reason r : List.of(Reason.of(ShareReason.LINK_NOT_READ),
                    Reason.of(ImportReason.SKIPPED_BECAUSE, "x"))) {
                assertTrue(texts.reason(r).endsWith("."), language + ": " + texts.reason(r));
            }
        }
    }
}
