package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

class HandbookLibraryTest {
    private static final String REAL_IDENTITY = "peeragogy-handbook-en-3";

    @TempDir
    Path tmp;
    private Path data;
    private Path handbooks;
    private HandbookLibrary library;

    @BeforeEach
    void setUp() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        handbooks = data.resolve("handbooks");
        library = new HandbookLibrary(handbooks);
    }

    /** A small handbook of its own (another book, e.g. a translation), with an index.html that names it. */
    private Path otherBook(String title, String... chapters) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("src-" + Links.slug(title)));
        StringBuilder index = new StringBuilder("<html><head><title>" + title + "</title></head><body>");
        for (String c : chapters) {
            Files.writeString(dir.resolve(c + ".md"), "# " + c + "\n\nTexto del capítulo " + c + ".\n");
            index.append("<a href=\"").append(c).append(".html\">").append(c).append("</a>");
        }
        Files.writeString(dir.resolve("index.html"), index + "</body></html>");
        return dir;
    }

    private Path smallZip(String name, Map<String, String> extra) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("book/index.html", "<title>Small</title><a href=\"one.html\">one</a>");
        entries.put("book/one.md", "# One\n\nA chapter.\n");
        entries.putAll(extra);
        return PackZips.zipOf(tmp.resolve(name), entries);
    }

    private HandbookLibrary.Installed installPrevious() throws Exception {
        return library.install(otherBook("Manual de Peeragogía", "uno", "dos"), HandbookLibrary.Progress.NONE);
    }

    private void assertRefusedAndUntouched(Path archive, String... inMessage) throws Exception {
        Map<String, String> before = PackZips.snapshot(data);
        List<String> dataFolder = list(data);
        HandbookException e = assertThrows(HandbookException.class,
                () -> library.install(archive, HandbookLibrary.Progress.NONE));
        for (String part : inMessage) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertEquals(before, PackZips.snapshot(data));
        assertEquals(dataFolder, list(data));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void zipSlipEntriesAreRefusedNothingIsWrittenOutsideAndTheInstalledHandbookStays() throws Exception {
        installPrevious();
        for (String bad : List.of("../evil.md", "/abs.md", "C:\\x.md", "a\\..\\..\\x.md", "book/../../evil2.md",
                "C:/drive.md")) {
            Path zip = smallZip("slip.zip", Map.of(bad, "# Evil\n"));
            assertRefusedAndUntouched(zip, "\"" + bad + "\"", "outside");
            Files.delete(zip);
        }
        assertFalse(Files.exists(tmp.resolve("evil.md")));
        assertFalse(Files.exists(data.resolve("evil.md")));
        assertFalse(Files.exists(data.resolve("evil2.md")));
        assertEquals(List.of("handbook-manual-de-peeragog-a"),
                library.list().stream().map(HandbookLibrary.Installed::identity).toList());
    }

    @Test
    void aSymlinkEntryIsRefused() throws Exception {
        installPrevious();
        Path zip = smallZip("link.zip", Map.of("book/link.md", "/etc/passwd"));
        PackZips.makeSymlink(zip, "book/link.md");
        assertRefusedAndUntouched(zip, "symbolic link", "book/link.md");
    }

    @Test
    void aZipBombWithHonestHeadersIsRefusedBeforeInflating() throws Exception {
        installPrevious();
        Path zip = bomb(false);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRefusedAndUntouched(zip, "more than 200 MiB"));
    }

    @Test
    void aZipBombWhoseHeadersLieIsStoppedByCountingInflatedBytes() throws Exception {
        installPrevious();
        Path zip = bomb(true);
        long heapBefore = usedHeap();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRefusedAndUntouched(zip, "zip bomb"));
        // Streaming: nothing near the entry's 300 MiB was held in memory.
        assertTrue(usedHeap() - heapBefore < 100L * 1024 * 1024, "heap grew by " + (usedHeap() - heapBefore));
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** 300 MiB of zeros in one entry, written as a stream so that the test stays small. */
    private Path bomb(boolean lie) throws IOException {
        Path zip = tmp.resolve(lie ? "lying-bomb.zip" : "bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("book/one.md"));
            z.write("# One\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("book/zeros.md"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(zip) < 2 * 1024 * 1024, "the bomb itself is small: " + Files.size(zip));
        if (lie) {
            PackZips.patchCentralRecord(zip, "book/zeros.md", r -> r.putInt(24, 1000));
        }
        return zip;
    }

    @Test
    void tooManyEntriesOrTooManyBytesAreRefused() throws Exception {
        installPrevious();
        library = new HandbookLibrary(handbooks, new HandbookLibrary.Limits(5, 1000, 800, 100));
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            many.put("book/c" + i + ".md", "# C\n");
        }
        assertRefusedAndUntouched(PackZips.zipOf(tmp.resolve("many.zip"), many), "more than 5 files");
        assertRefusedAndUntouched(PackZips.zipOf(tmp.resolve("big.zip"), Map.of("book/a.md", "a".repeat(700),
                "book/b.md", "b".repeat(700))), "more than 1000 bytes");
        Path folder = Files.createDirectories(tmp.resolve("manyfolder"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve("c" + i + ".md"), "# C\n");
        }
        assertRefusedAndUntouched(folder, "more than 5 files");
    }

    @Test
    void aTruncatedZipIsRefusedAsDamaged() throws Exception {
        installPrevious();
        Path whole = PackZips.zipFolder(TestHandbooks.fixture(), tmp.resolve("whole.zip"), "top");
        Path half = tmp.resolve("half.zip");
        Files.copy(whole, half);
        try (RandomAccessFile f = new RandomAccessFile(half.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRefusedAndUntouched(half, "could not be read as a zip archive", "Download it again");
        Path notZip = Files.writeString(tmp.resolve("notes.zip"), "not a zip at all");
        assertRefusedAndUntouched(notZip, "could not be read as a zip archive");
    }

    @Test
    void anArchiveWithoutChaptersIsRefused() throws Exception {
        installPrevious();
        assertRefusedAndUntouched(PackZips.zipOf(tmp.resolve("pics.zip"), Map.of("x/readme.txt", "hi")),
                "no chapters");
    }

    @Test
    void theRealHandbookInstallsFromItsFolderAndFromAZipWithOneTopFolder() throws Exception {
        String fingerprint;
        int chapters;
        try (Handbook real = Handbooks.open(TestHandbooks.real())) {
            fingerprint = real.book().fingerprint();
            chapters = real.book().chapters().size();
        }
        List<long[]> steps = new ArrayList<>();
        HandbookLibrary.Installed fromFolder = library.install(TestHandbooks.real(), (d, t) -> steps.add(new long[]{d, t}));
        assertEquals(REAL_IDENTITY, fromFolder.identity());
        assertEquals(fingerprint, fromFolder.fingerprint());
        assertEquals(chapters, fromFolder.chapters());
        assertEquals(handbooks.resolve(REAL_IDENTITY), fromFolder.location());
        assertFalse(fromFolder.replaced());
        assertEquals(0, steps.get(0)[0]);
        long[] last = steps.get(steps.size() - 1);
        assertEquals(last[1], last[0]);
        assertTrue(last[1] > chapters, "chapters and images: " + last[1]);
        assertTrue(Files.exists(handbooks.resolve(REAL_IDENTITY).resolve("images/trust.png")));
        assertTrue(Files.exists(handbooks.resolve(REAL_IDENTITY).resolve("SOURCE.md")));

        Path zip = PackZips.zipFolder(TestHandbooks.real(), tmp.resolve("Peeragogy.zip"), "Peeragogy.github.io-3c18db7");
        HandbookLibrary.Installed fromZip = library.install(zip, HandbookLibrary.Progress.NONE);
        assertEquals(REAL_IDENTITY, fromZip.identity());
        assertEquals(fingerprint, fromZip.fingerprint());
        assertEquals(fingerprint, fromZip.previousFingerprint());
        try (Handbook h = library.open(REAL_IDENTITY); Handbook real = Handbooks.open(TestHandbooks.real())) {
            assertEquals(real.book(), h.book());
            assertEquals(real.render("pattern-wrapper").html(), h.render("pattern-wrapper").html());
        }
        assertEquals(1, library.list().size());
        assertEquals(List.of(REAL_IDENTITY), list(handbooks), "no temporary or old folders are left");
    }

    @Test
    void aNewerEditionReplacesTheOldCopyAndNotesStayByIdentity() throws Exception {
        HandbookLibrary.Installed first = library.install(TestHandbooks.real(), HandbookLibrary.Progress.NONE);
        List<String> noteIds = new ArrayList<>();
        try (Database db = Database.open(data); Handbook h = library.open(first.identity())) {
            ChapterText text = ChapterText.of(h.render("pattern-wrapper").html());
            int at = text.text().length() / 2;
            Placement p = new Placement(at, at + 40, Placement.Kind.EXACT, 1);
            noteIds.add(db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "pattern-wrapper",
                    Annotation.Kind.HIGHLIGHT, Annotation.Colour.YELLOW, "keep me", List.of("t"), "me",
                    Optional.of(Anchoring.describe(text, p.start(), p.end())))).id());
            noteIds.add(db.annotations().create(new AnnotationStore.Draft(h.book().identity(), "stasis",
                    Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, "on a chapter that is renamed", List.of(),
                    "me", Optional.empty())).id());
        }

        Path edition = Files.createDirectories(tmp.resolve("edition"));
        try (Stream<Path> walk = Files.walk(TestHandbooks.real())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = edition.resolve(TestHandbooks.real().relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        for (String c : List.of("foreword.md", "preface.md", "roles.md")) {
            Path f = edition.resolve(c);
            f.toFile().setWritable(true);
            Files.writeString(f, Files.readString(f) + "\n\nA paragraph added in the new edition.\n");
        }
        Files.move(edition.resolve("stasis.md"), edition.resolve("stasis-revised.md"));
        Path zip = PackZips.zipFolder(edition, tmp.resolve("peeragogy-4.zip"), "peeragogy-4");

        HandbookLibrary.Installed second = library.install(zip, HandbookLibrary.Progress.NONE);
        assertEquals(first.identity(), second.identity());
        assertNotEquals(first.fingerprint(), second.fingerprint());
        assertTrue(second.replaced());
        assertEquals(first.fingerprint(), second.previousFingerprint());
        assertEquals(first.location(), second.location());
        assertTrue(Files.exists(second.location().resolve("stasis-revised.md")));
        assertFalse(Files.exists(second.location().resolve("stasis.md")), "the old copy is replaced, not merged");
        assertEquals(1, library.list().size());
        assertEquals(second.fingerprint(), library.list().get(0).fingerprint());

        try (Database db = Database.open(data); Handbook h = library.open(second.identity())) {
            List<Annotation> notes = db.annotations().book(h.book().identity());
            assertEquals(noteIds.stream().sorted().toList(), notes.stream().map(Annotation::id).sorted().toList());
            Annotation highlight = notes.stream().filter(a -> a.kind() == Annotation.Kind.HIGHLIGHT).findFirst()
                    .orElseThrow();
            Placement placed = Anchoring.locate(ChapterText.of(h.render("pattern-wrapper").html()),
                    highlight.anchor().orElseThrow());
            assertTrue(placed.placed(), "the highlight re-anchors in the new edition");
            assertTrue(h.book().chapter("stasis").isEmpty(), "the renamed chapter's note is an orphan to list");
            assertTrue(h.book().chapter("stasis-revised").isPresent());
        }
    }

    @Test
    void aTranslationInstallsAsASecondHandbookAndBothCanBeOpened() throws Exception {
        library.install(TestHandbooks.real(), HandbookLibrary.Progress.NONE);
        HandbookLibrary.Installed es = installPrevious();
        assertEquals("handbook-manual-de-peeragog-a", es.identity());
        assertFalse(es.replaced());
        List<HandbookLibrary.Installed> all = library.list();
        assertEquals(List.of("handbook-manual-de-peeragog-a", REAL_IDENTITY),
                all.stream().map(HandbookLibrary.Installed::identity).toList());
        assertEquals(List.of(2, TestHandbooks.realChapterFiles().size()),
                all.stream().map(HandbookLibrary.Installed::chapters).toList());
        try (Handbook a = library.open(es.identity()); Handbook b = library.open(REAL_IDENTITY)) {
            assertEquals("Manual de Peeragogía", a.book().title());
            assertEquals(List.of("uno", "dos"), a.book().chapters().stream().map(Chapter::id).toList());
            assertEquals("The Peeragogy Handbook", b.book().title());
        }
        HandbookException e = assertThrows(HandbookException.class, () -> library.open("nope"));
        assertTrue(e.getMessage().contains("No handbook 'nope' is installed"), e.getMessage());
    }

    @Test
    void aBookNamedOnlyByItsFolderKeepsItsIdentityWhenReopened() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("My Notes Book"));
        Files.writeString(dir.resolve("a.md"), "Plain text without a heading.\n");
        HandbookLibrary.Installed i = library.install(dir, HandbookLibrary.Progress.NONE);
        assertEquals("handbook-my-notes-book", i.identity());
        try (Handbook h = library.open(i.identity())) {
            assertEquals(i.identity(), h.book().identity());
        }
    }

    @Test
    void aFolderInstallCopiesOnlyHandbookFilesAndSkipsSymbolicLinks() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.md"), "# Secret\n");
        Path dir = otherBook("Links Book", "one");
        Files.createSymbolicLink(dir.resolve("linked.md"), secret);
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/a.png"), new byte[]{1, 2, 3});
        Files.writeString(dir.resolve("run.sh"), "echo hi\n");
        Files.writeString(dir.resolve("LICENSE"), "CC0\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "x");
        HandbookLibrary.Installed i = library.install(dir, HandbookLibrary.Progress.NONE);
        assertEquals(List.of(".pack.properties", "LICENSE", "images", "index.html", "one.md"), list(i.location()));
        assertEquals(1, i.chapters());
    }

    @Test
    void interruptingTheInstallingThreadStopsItAndChangesNothing() throws Exception {
        installPrevious();
        Map<String, String> before = PackZips.snapshot(data);
        HandbookException e;
        try {
            e = assertThrows(HandbookException.class, () -> library.install(TestHandbooks.fixture(), (done, total) -> {
                if (done == 2) {
                    Thread.currentThread().interrupt();
                }
            }));
        } finally {
            Thread.interrupted();
        }
        assertTrue(e.getMessage().contains("was stopped. Nothing was changed."), e.getMessage());
        assertEquals(before, PackZips.snapshot(data));
    }

    @Test
    void removeDeletesTheCopy() throws Exception {
        HandbookLibrary.Installed i = installPrevious();
        library.remove(i.identity());
        assertTrue(library.list().isEmpty());
        assertFalse(Files.exists(i.location()));
    }

    @Test
    void oddIdentitiesGetAPlainFolderName() {
        assertEquals("peeragogy-handbook-en-3", InstalledMeta.folderName("peeragogy-handbook-en-3"));
        assertTrue(InstalledMeta.folderName("../x").startsWith("book-"));
        assertTrue(InstalledMeta.folderName("con").startsWith("book-"));
        assertTrue(InstalledMeta.folderName("Ünïcode").startsWith("book-"));
    }

    @Test
    void aSwapInterruptedByACrashIsPutRightAtStartUp() throws Exception {
        HandbookLibrary.Installed i = installPrevious();
        Path old = handbooks.resolve(".old-" + i.location().getFileName() + "-x");
        Files.move(i.location(), old);
        new HandbookLibrary(handbooks).recoverAtStartUp();
        assertEquals(List.of(i.identity()), library.list().stream().map(HandbookLibrary.Installed::identity).toList());
        assertTrue(Files.exists(i.location()));
        assertFalse(Files.exists(old));
    }
}
