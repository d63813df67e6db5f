package org.peeragogy.reader.app;

import org.peeragogy.reader.share.group.Arrival;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.SettingsStore;

/**
 * Issue 15's N5: a participant whose only notes are questions asked anonymously is "Anonymous" to the facilitator
 * (the arrival's notice, the merge, the people merged without asking), as their questions are: never "reader" (the
 * file name of someone who never gave a name) and never the name their file is named after. Real data folders, a
 * real group folder, the fixture handbook.
 */
class AnonymousOnlyParticipantTest {
    @TempDir
    Path tmp;

    private static void askAnonymously(GroupMember m, String text) throws Exception {
        m.db.settings().put(org.peeragogy.reader.store.SettingsStore.ANONYMOUS_QUESTIONS, "true"); // decision 0080
        m.db.conversation().ask(new AnnotationStore.Draft(m.handbook.book().identity(), "gardens",
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, text, List.of(), m.name(), Optional.empty()), true);
    }

    @Test
    void aParticipantWhoOnlyAskedAnonymouslyIsAnonymousNotReaderNorTheirName() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group);
             GroupMember pia = GroupMember.join(tmp, "Pia", group);
             GroupMember ana = GroupMember.join(tmp, "Ana", group)) {
            pia.db.settings().put(SettingsStore.READER_NAME, ""); // never gave a name: her file is reader_<id>
            askAnonymously(pia, "Is it fine to skip a week?");
            assertTrue(pia.writeOwn().getFileName().toString().startsWith("reader_"));
            askAnonymously(ana, "What if nobody waters?");
            assertTrue(ana.writeOwn().getFileName().toString().startsWith("Ana_"));

            List<Arrival> arrivals = fay.scan().arrivals();
            assertEquals(2, arrivals.size());
            for (Arrival a : arrivals) {
                assertEquals("Anonymous", a.person(), a.fileName());
                assertTrue(a.describe().startsWith("Anonymous updated their notes"), a.describe());
            }
            fay.folder.mergeAll(fay.db, fay.sharing, arrivals, true);
            assertEquals(List.of("Anonymous", "Anonymous"), fay.db.groupFolder().people().acceptedPeople().stream()
                    .map(p -> p.name()).toList(), "the people merged without asking (the window tells them apart)");

            ana.note("gardens", "Ana's own words");
            ana.writeOwn();
            assertEquals(List.of("Ana"), fay.scan().arrivals().stream().map(Arrival::person).toList(),
                    "once she writes under her name, she is named");
        }
    }
}
