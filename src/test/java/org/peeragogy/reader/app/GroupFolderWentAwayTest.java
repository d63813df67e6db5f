package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.share.Chapters;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.group.GroupFolder;

/**
 * A group folder pulled out while it is read (issue 16's second retest, b4): the look says the folder went away
 * after how many of its files, as "not reachable", so that nothing of it is merged and the command line exits 1; once
 * it is back every file is offered. The stick is "pulled out" (the real folder moved away) from inside the first
 * file's read, when its notes are placed in the handbook, so the moment is exact, not a race.
 */
class GroupFolderWentAwayTest {
    @TempDir
    Path tmp;

    /**
     * The handbook's chapters, moving {@code folder} away the first time a note is placed; with {@code emptied},
     * moving its files out instead, leaving the folder: the empty mount point a stick unmounted lazily leaves.
     */
    private record PullsOut(Chapters real, Path folder, Path away, boolean emptied) implements Chapters {
        PullsOut(Chapters real, Path folder, Path away) {
            this(real, folder, away, false);
        }

        @Override
        public Book book() {
            return real.book();
        }

        @Override
        public Optional<String> chapterFor(String uri) {
            return real.chapterFor(uri);
        }

        @Override
        public Optional<String> text(String chapterId) {
            return real.text(chapterId);
        }

        @Override
        public boolean placeable(Annotation a) {
            try {
                if (emptied && !Files.exists(away)) {
                    Files.createDirectories(away);
                    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                        for (Path f : files.toList()) {
                            Files.move(f, away.resolve(f.getFileName()));
                        }
                    }
                } else if (!emptied && Files.isDirectory(folder)) {
                    Files.move(folder, away);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return real.placeable(a);
        }

        @Override
        public Placement place(Annotation a) {
            return real.place(a);
        }
    }

    @Test
    void aFolderPulledOutMidLookIsNotReachableAfterNOfMAndNothingIsOffered() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path away = tmp.resolve("pulled-out");
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ana = GroupMember.join(tmp, "Ana", group);
             GroupMember ben = GroupMember.join(tmp, "Ben", group); GroupMember cai = GroupMember.join(tmp, "Cai", group)) {
            for (GroupMember m : new GroupMember[] {ana, ben, cai}) {
                m.note("gardens", m.name() + "'s note");
                m.writeOwn();
            }
            NoteSharing pulling = new NoteSharing(fay.db, new PullsOut(new HandbookChapters(fay.handbook), group, away),
                    "test");

            GroupFolder.Scan scan = fay.folder.scan(fay.db, pulling, true);

            assertFalse(scan.reachable());
            assertEquals("The group folder " + group + " went away after 1 of 3 files, so nothing was merged.",
                    scan.problem().english());
            assertTrue(scan.arrivals().isEmpty(), "nothing offered, so nothing merges");

            Files.move(away, group); // plugged in again
            assertEquals(3, fay.scan().arrivals().size(), "every file is offered once it is back");
        }
    }

    /**
     * Fresh tester 16c's F4: unmounted lazily, a stick leaves its mount point, an empty folder, so the look found a
     * folder still there, skipped the files gone before they were read, and the command line said nothing and exited
     * 0. Every file it listed being gone is the folder going away.
     */
    @Test
    void aFolderEmptiedMidLookLikeAnUnmountedSticksMountPointIsNotReachableAndNothingIsOffered() throws Exception {
        Path group = GroupMember.groupFolderIn(tmp);
        Path away = tmp.resolve("unmounted");
        try (GroupMember fay = GroupMember.join(tmp, "Fay", group); GroupMember ana = GroupMember.join(tmp, "Ana", group);
             GroupMember ben = GroupMember.join(tmp, "Ben", group); GroupMember cai = GroupMember.join(tmp, "Cai", group)) {
            for (GroupMember m : new GroupMember[] {ana, ben, cai}) {
                m.note("gardens", m.name() + "'s note");
                m.writeOwn();
            }
            NoteSharing pulling = new NoteSharing(fay.db, new PullsOut(new HandbookChapters(fay.handbook), group, away,
                    true), "test");

            GroupFolder.Scan scan = fay.folder.scan(fay.db, pulling, true);

            assertFalse(scan.reachable());
            assertEquals("The group folder " + group + " went away after 1 of 3 files, so nothing was merged.",
                    scan.problem().english());
            assertTrue(scan.arrivals().isEmpty(), "nothing offered, so nothing merges");
        }
    }
}
