package org.peeragogy.reader.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.share.W3cSuite;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Export and import of 10,000 notes, and the W3C model tests over the whole export (not a test: figures are
 * printed, never asserted; docs/performance.md). Targets (issue 11): export of the notes file and of W3C at
 * most 1 s, import of each (preview and apply, into a fresh profile) at most 2 s. Each export runs five
 * times and each import three times, in one JVM after one warm-up export of each format; medians are
 * printed, with the import thread's CPU time beside the wall-clock time (the machine is shared);
 * {@code -Dshare.skipValidation=true} leaves out the W3C model tests (tens of seconds). Run with the bench profile ({@code xvfb-run -a mvn -Pbench verify}) or alone:
 * {@code mvn -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-classpath %classpath org.peeragogy.reader.app.ShareBenchmark"}
 */
public final class ShareBenchmark {
    private static final int NOTES = 10_000;

    private ShareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("share-bench");
        String book = ShareFixture.HANDBOOK.book().identity();
        ChapterText text = ChapterText.of(ShareFixture.HANDBOOK.render("action").html());
        // Three people: the reader, a Hypothesis user and another reader (author ids, decision 0017).
        String[] ids = {null, "acct:author1@hypothes.is", "urn:uuid:6b0f7d2e-3c1a-4e5b-9f8d-7a6c5b4e3d2c"};
        try (Database a = Database.open(root.resolve("a"))) {
            AnnotationStore store = a.annotations();
            for (int i = 0; i < NOTES; i++) {
                int start = (i * 37) % (text.length() - 80);
                if (text.text().substring(start, start + 40).isBlank()) {
                    start++;
                }
                store.create(new AnnotationStore.Draft(book, "action", Annotation.Kind.HIGHLIGHT,
                        Annotation.Colour.values()[i % 5], "note number " + i + " about peer learning",
                        List.of("tag" + (i % 20)), "Author " + (i % 3),
                        Optional.of(Anchoring.describe(text, start, start + 40)), ids[i % 3]));
            }
            for (NoteSharing.Format f : NoteSharing.Format.values()) {
                ShareFixture.sharing(a).export(f, root.resolve("warm-up" + f.extension()), ExportFilter.ALL);
            }
            for (NoteSharing.Format f : NoteSharing.Format.values()) {
                List<Long> ms = new ArrayList<>();
                Path out = root.resolve("all" + f.extension());
                for (int r = 0; r < 5; r++) {
                    long t0 = System.nanoTime();
                    ShareFixture.sharing(a).export(f, out, ExportFilter.ALL);
                    ms.add((System.nanoTime() - t0) / 1_000_000);
                }
                long size = Files.size(out);
                System.out.printf("export %-8s %d notes: median %d ms (runs %s)%s, %d bytes, %.0f KB per 1,000 notes%n",
                        f, NOTES, median(ms), ms, f == NoteSharing.Format.MARKDOWN ? "" : ", target <= 1000 ms",
                        size, size / 1024.0 / (NOTES / 1000.0));
            }
        }
        for (String f : List.of("all.peeranotes", "all.jsonld")) {
            List<Long> all = new ArrayList<>();
            List<Long> previews = new ArrayList<>();
            List<Long> applies = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            // The import's own thread's CPU time beside the wall-clock time: on a shared machine the first says
            // what the import costs whatever else runs, the second what a reader waits.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int r = 0; r < 3; r++) {
                try (Database b = Database.open(root.resolve("b" + f + r))) {
                    NoteSharing s = ShareFixture.sharing(b);
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    NoteSharing.Preview p = s.preview(root.resolve(f));
                    long t1 = System.nanoTime();
                    s.apply(p);
                    long t2 = System.nanoTime();
                    cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
                    all.add((t2 - t0) / 1_000_000);
                    previews.add((t1 - t0) / 1_000_000);
                    applies.add((t2 - t1) / 1_000_000);
                }
            }
            System.out.printf("import %s %d notes into a fresh profile: median %d ms (runs %s; read + check + plan"
                    + " median %d ms, apply median %d ms; CPU median %d ms, runs %s), target <= 2000 ms%n", f, NOTES,
                    median(all), all, median(previews), median(applies), median(cpu), cpu);
        }
        if (!Boolean.getBoolean("share.skipValidation")) {
            validate(root.resolve("all.jsonld"));
        }
        System.out.println("share: load average " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** Every annotation of the export through the W3C's musts (served alone), and the collection's and page's. */
    private static void validate(Path export) throws Exception {
        W3cSuite suite = new W3cSuite(W3cSuite.folder());
        long t0 = System.nanoTime();
        JsonNode collection = suite.parse(export);
        int assertions = 0;
        int failed = 0;
        int items = 0;
        for (JsonNode item : collection.path("first").path("items")) {
            ObjectNode alone = JsonNodeFactory.instance.objectNode();
            alone.set("@context", collection.get("@context"));
            alone.setAll((ObjectNode) item);
            for (W3cSuite.Result r : suite.run("annotations/annotationMusts.test", alone)) {
                assertions++;
                failed += r.level() == W3cSuite.Level.MUST && !r.passed() ? 1 : 0;
            }
            items++;
        }
        for (String t : List.of("collections/collectionMusts.test", "collections/pages/pageMusts.test")) {
            for (W3cSuite.Result r : suite.run(t, collection)) {
                assertions++;
                failed += r.level() == W3cSuite.Level.MUST && !r.passed() ? 1 : 0;
            }
        }
        System.out.printf("W3C model tests over the whole export: %d annotations and the collection, %d must"
                + " assertions run, %d failed, in %d ms%n", items, assertions, failed, (System.nanoTime() - t0) / 1_000_000);
    }

    private static long median(List<Long> ms) {
        List<Long> sorted = ms.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
