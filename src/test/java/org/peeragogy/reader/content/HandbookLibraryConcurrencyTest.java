package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library shared by the window's threads: listing reads only, and never disturbs an install. */
class HandbookLibraryConcurrencyTest {
    @TempDir
    Path tmp;

    private Path book(String name, String... chapters) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src-" + name));
        for (String c : chapters) {
            Files.writeString(dir.resolve(c + ".md"), "# " + c + "\n\nTexto " + c + ".\n");
        }
        return dir;
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void listNeverMovesOrDeletesAnythingEvenLeftoversOfACrash() throws Exception {
        Path handbooks = tmp.resolve("handbooks");
        HandbookLibrary library = new HandbookLibrary(handbooks);
        HandbookLibrary.Installed i = library.install(book("libro", "uno", "dos"), HandbookLibrary.Progress.NONE);
        // What a crash between the renames leaves, and stale leftovers that recovery would delete.
        Path old = handbooks.resolve(".old-" + i.location().getFileName() + "-x");
        Files.move(i.location(), old);
        Path staleTemp = Files.createDirectories(handbooks.resolve(".tmp-stale"));
        Files.setLastModifiedTime(staleTemp, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        List<String> before = tree(handbooks);

        assertTrue(library.list().isEmpty());
        assertTrue(library.find(i.identity()).isEmpty());
        assertTrue(new HandbookLibrary(handbooks).list().isEmpty());

        assertEquals(before, tree(handbooks));
    }

    @Test
    void aListBetweenTheSwapsTwoRenamesCannotBreakTheSwap() throws Exception {
        Path handbooks = tmp.resolve("handbooks");
        AtomicReference<HandbookLibrary> self = new AtomicReference<>();
        List<List<String>> seenMidSwap = new ArrayList<>();
        HandbookLibrary library = new HandbookLibrary(handbooks, HandbookLibrary.Limits.DEFAULT,
                () -> seenMidSwap.add(self.get().list().stream().map(HandbookLibrary.Installed::identity).toList()));
        self.set(library);
        Path source = book("libro", "uno", "dos");
        HandbookLibrary.Installed first = library.install(source, HandbookLibrary.Progress.NONE);
        Files.writeString(source.resolve("tres.md"), "# tres\n\nNuevo.\n");

        HandbookLibrary.Installed second = library.install(source, HandbookLibrary.Progress.NONE);

        assertTrue(second.replaced());
        assertEquals(3, library.find(first.identity()).orElseThrow().chapters());
        assertTrue(Files.exists(second.location().resolve("tres.md")));
        try (Stream<Path> left = Files.list(handbooks)) {
            assertEquals(List.of(first.location().getFileName().toString()),
                    left.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(2, seenMidSwap.size());
    }

    @Test
    void listsOnOtherThreadsDuringInstallsAlwaysSeeTheInstalledCopyAndEveryInstallSucceeds() throws Exception {
        Path handbooks = tmp.resolve("handbooks");
        HandbookLibrary library = new HandbookLibrary(handbooks);
        Path source = book("libro", "uno", "dos");
        String identity = library.install(source, HandbookLibrary.Progress.NONE).identity();
        AtomicBoolean installing = new AtomicBoolean(true);
        CountDownLatch listerStarted = new CountDownLatch(1);
        ExecutorService lister = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> missing = lister.submit(() -> {
                int misses = 0;
                listerStarted.countDown();
                while (installing.get()) {
                    if (library.find(identity).isEmpty()) {
                        misses++;
                    }
                }
                return misses;
            });
            assertTrue(listerStarted.await(10, TimeUnit.SECONDS));
            for (int round = 0; round < 15; round++) {
                Files.writeString(source.resolve("extra" + round + ".md"), "# extra\n\nMás.\n");
                assertTrue(library.install(source, HandbookLibrary.Progress.NONE).replaced());
            }
            installing.set(false);
            assertEquals(0, missing.get(30, TimeUnit.SECONDS), "a list saw the handbook missing mid-swap");
        } finally {
            installing.set(false);
            lister.shutdownNow();
        }
        assertEquals(17, library.find(identity).orElseThrow().chapters());
    }
}
