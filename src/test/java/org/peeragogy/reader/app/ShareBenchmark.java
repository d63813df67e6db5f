package org.peeragogy.reader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * Export and import of 10,000 notes (not a test). Run:
 * {@code mvn -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-classpath %classpath org.peeragogy.reader.app.ShareBenchmark"}
 */
public final class ShareBenchmark {
    private ShareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 10_000;
        Path root = Files.createTempDirectory("share-bench");
        String book = ShareFixture.HANDBOOK.book().identity();
        ChapterText text = ChapterText.of(ShareFixture.HANDBOOK.render("action").html());
        try (Database a = Database.open(root.resolve("a"))) {
            AnnotationStore store = a.annotations();
            for (int i = 0; i < n; i++) {
                int start = (i * 37) % (text.length() - 80);
                Placement p = new Placement(start, start + 40, Placement.Kind.EXACT, 1);
                if (text.text().substring(start, start + 40).isBlank()) {
                    start++;
                }
                store.create(new AnnotationStore.Draft(book, "action", Annotation.Kind.HIGHLIGHT,
                        Annotation.Colour.values()[i % 5], "note number " + i + " about peer learning", List.of("tag" + (i % 20)),
                        "Author " + (i % 3), Optional.of(Anchoring.describe(text, start, start + 40))));
            }
            for (NoteSharing.Format f : NoteSharing.Format.values()) {
                long[] ms = new long[5];
                Path out = root.resolve("all" + f.extension());
                for (int r = 0; r < ms.length; r++) {
                    long t0 = System.nanoTime();
                    ShareFixture.sharing(a).export(f, out, ExportFilter.ALL);
                    ms[r] = (System.nanoTime() - t0) / 1_000_000;
                }
                Arrays.sort(ms);
                long size = Files.size(out);
                System.out.printf("export %-8s %d notes: median %d ms (runs %s), %d bytes, %.0f KB per 1,000 notes%n",
                        f, n, ms[2], Arrays.toString(ms), size, size / 1024.0 / (n / 1000.0));
            }
        }
        for (String f : List.of("all.peeranotes", "all.jsonld")) {
            List<Long> times = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                try (Database b = Database.open(root.resolve("b" + f + r))) {
                    NoteSharing s = ShareFixture.sharing(b);
                    long t0 = System.nanoTime();
                    NoteSharing.Preview p = s.preview(root.resolve(f));
                    long t1 = System.nanoTime();
                    s.apply(p);
                    long t2 = System.nanoTime();
                    times.add((t2 - t0) / 1_000_000);
                    System.out.printf("import %s %d notes into a fresh profile: %d ms (read + check + plan %d ms, apply %d ms)%n",
                            f, n, (t2 - t0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
                }
            }
        }
    }
}
