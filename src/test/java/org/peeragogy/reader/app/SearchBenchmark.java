package org.peeragogy.reader.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.SearchUnits;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SearchIndex;

/**
 * Not a test: prints how long building the handbook's search index takes, and the p50/p95 latency of
 * 100 mixed queries (words, prefixes, phrases, hostile text) over the whole handbook plus 10,000
 * generated notes. Run after {@code mvn -o test-compile} with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.peeragogy.reader.app.SearchBenchmark}
 * where cp.txt comes from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}
 * (add {@code -Dhandbook.dir=PATH} if the handbook is not at ../shared/handbook). The database goes in
 * /dev/shm when there is one, so that saving 10,000 notes one transaction each does not wait on a disk.
 *
 * <p>Each query's time is printed as wall time and as the CPU time of the thread that ran it (SQLite runs on
 * the caller's thread): on a shared, loaded machine the wall time mostly measures waiting for a core, and the
 * CPU time is the figure that compares runs. {@code -Dsearch.keep=true} keeps the database and prints its folder;
 * {@code -Dsearch.reuse=FOLDER} times the queries over such a kept folder without building it again (for
 * interleaved before/after runs of the same data; nothing in it is changed by a search).
 */
public final class SearchBenchmark {
    private static final int NOTES = 10_000;
    private static final int ROUNDS = 5;
    /** Made-up words for notes, so that notes have vocabulary of their own. */
    private static final String[] NOTE_WORDS = ("remember ask group later idea why agree disagree useful try "
            + "meeting week project read again compare example question answer summary mentor peers learn "
            + "teach wiki forum draft plan zanele otter quokka pelican").split(" ");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shm = Path.of("/dev/shm");
        String reuse = System.getProperty("search.reuse");
        Path dir = reuse != null ? Path.of(reuse) : Files.isDirectory(shm) ? Files.createTempDirectory(shm, "search-bench")
                : Files.createTempDirectory("search-bench");
        try (Handbook h = Handbooks.open(TestHandbooks.real()); Database db = Database.open(dir)) {
            String book = h.book().identity();
            if (reuse == null) {
                build(db, h, book);
            }
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            List<String> queries = queries();
            for (String q : queries) {
                db.search().search(book, q, 20);
            }
            List<long[]> samples = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    long c = mx.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    int n = db.search().search(book, queries.get(i), 20).size();
                    samples.add(new long[] {System.nanoTime() - s, i, n, mx.getCurrentThreadCpuTime() - c});
                }
            }
            long[] ns = samples.stream().mapToLong(x -> x[0]).sorted().toArray();
            long[] cpu = samples.stream().mapToLong(x -> x[3]).sorted().toArray();
            System.out.printf("%d queries x %d rounds, limit 20: p50 %.2f ms, p95 %.2f ms, max %.2f ms (target p95 <= 10 ms);"
                            + " CPU time p50 %.2f ms, p95 %.2f ms; load average %s%n", queries.size(), ROUNDS, pct(ns, 50),
                    pct(ns, 95), ns[ns.length - 1] / 1e6, pct(cpu, 50), pct(cpu, 95), ProcFs.loadAverage());
            System.out.println("slowest queries (CPU time):");
            samples.stream().sorted(Comparator.comparingLong((long[] x) -> x[3]).reversed()).limit(5)
                    .forEach(x -> System.out.printf("  %.2f ms  %d hits  %s%n", x[3] / 1e6, x[2],
                            abbreviate(queries.get((int) x[1]))));
        } finally {
            if (reuse != null || Boolean.getBoolean("search.keep") || Boolean.getBoolean("keep")) {
                System.out.println("kept " + dir);
                return;
            }
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The handbook's index and 10,000 notes, each timed. */
    private static void build(Database db, Handbook h, String book) throws Exception {
        long t0 = System.nanoTime();
        int[] steps = {0};
        db.search().ensureIndexed(h.book(), SearchUnits.of(h), (done, total) -> steps[0] = total);
        long built = System.nanoTime() - t0;
        t0 = System.nanoTime();
        db.search().ensureIndexed(h.book(), SearchUnits.of(h), SearchIndex.Progress.NONE);
        long reused = System.nanoTime() - t0;
        System.out.printf("index build (render %d chapters, split, write): %d ms; second call (reused): %.2f ms%n",
                steps[0] - 1, built / 1_000_000, reused / 1e6);

        t0 = System.nanoTime();
        addNotes(db, h, book);
        System.out.printf("%d notes saved one by one (each indexed in its own transaction): %d ms%n", NOTES,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static void addNotes(Database db, Handbook h, String book) throws Exception {
        Random random = new Random(7);
        List<Chapter> chapters = h.book().chapters();
        List<ChapterText> texts = new ArrayList<>();
        for (Chapter c : chapters) {
            texts.add(ChapterText.of(h.render(c.id()).html()));
        }
        AnnotationStore store = db.annotations();
        for (int i = 0; i < NOTES; i++) {
            int c = random.nextInt(chapters.size());
            ChapterText t = texts.get(c);
            Optional<TextAnchor> anchor = Optional.empty();
            if (t.length() > 200) {
                int start = random.nextInt(t.length() - 150);
                int end = start + 20 + random.nextInt(100);
                anchor = Optional.of(new TextAnchor(new TextQuoteSelector(t.text().substring(start, end), "", ""),
                        new TextPositionSelector(start, end), t.blockAt(start).orElse(""), t.fingerprint()));
            }
            StringBuilder note = new StringBuilder();
            for (int w = 3 + random.nextInt(20); w > 0; w--) {
                note.append(NOTE_WORDS[random.nextInt(NOTE_WORDS.length)]).append(' ');
            }
            store.create(new AnnotationStore.Draft(book, chapters.get(c).id(),
                    anchor.isPresent() ? Annotation.Kind.HIGHLIGHT : Annotation.Kind.CHAPTER_NOTE,
                    Annotation.Colour.values()[i % 5], note.toString().strip(),
                    List.of(NOTE_WORDS[random.nextInt(NOTE_WORDS.length)]), "Bench", anchor));
        }
    }

    /** 100 queries: 70 words, prefixes as typed, phrases and note words; 30 hostile texts. */
    private static List<String> queries() {
        List<String> q = new ArrayList<>(Arrays.asList(
                "wrapper role", "peeragogy", "5PH1NX", "collab", "learning", "the", "a", "peer learning",
                "\"peer learning\"", "\"wrapper role\"", "motivation", "PEERAGOGIA", "co", "le", "th", "de",
                "project management", "open source", "wiki", "mooc", "heartbeat", "roadmap", "newcomer",
                "learning as", "learn", "learning in the", "how to", "community", "pattern", "zanele", "quokka",
                "remember ask", "mentor", "\"the\"", "\"of the\"", "connectivism", "paragogy", "student",
                "teacher", "assessment", "education", "online", "social", "media", "network", "group", "p",
                "pe", "pee", "peer", "peera", "peerag", "peeragog", "collaboration", "collaborative learning",
                "Howard Rheingold", "rheingold", "creative commons", "free software", "cooperation", "hangout",
                "the of and to in", "a b c d e f g h i j k l m n o p", "\"a the\" of", "research", "curriculum",
                "facilitat", "feedback loop", "\"learning community\"", "reflect", "experiment", "workshop",
                "conver", "knowledge", "self-organis", "autonomy", "motiv", "blog", "forum post", "video",
                "case study", "anthology", "translat", "journal", "play", "game", "design pattern", "scrapbook",
                "lurker", "moderation", "wrap", "governance", "meeting", "week"));
        List<String> mixed = new ArrayList<>(q.subList(0, 70));
        List<String> hostile = List.of("\"", "\"unbalanced", "AND", "NOT", "OR", "NEAR", "*", "-", ":", "^", "()", "col:",
                "a AND (", "\uD83D\uDE00", "'; DROP TABLE annotation; --", "NEAR(a b, 2)", "title:wrapper",
                "x".repeat(10_000), "wrapper ".repeat(1_250), "\"a ".repeat(3_000), "-wrapper", "wrapper*",
                "^peer", "\"\"\"", "%", "\\", "{}", "[]", "!@#$%^&*()", "OR OR OR", "a OR b", "NOT wrapper",
                "NEAR/3");
        mixed.addAll(hostile.subList(0, 30));
        return mixed;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "... (" + s.length() + " chars)" : s;
    }
}
