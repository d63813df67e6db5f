package org.peeragogy.reader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.peeragogy.reader.text.Folding;
import org.peeragogy.reader.text.SpacelessSentences;
import org.peeragogy.reader.text.Words;

/**
 * Not a test: the figures behind decision 0018's amendments (Thai, Lao, Khmer and Burmese). Two sets of
 * passages in the four scripts, generated (dictionary words glued without spaces) and made of real
 * sentences (with their particles), are indexed three ways, each in a fresh SQLite file with the reader's
 * table options (FTS5 {@code ascii}, contentless, the text shown beside):
 * <ol>
 *   <li>{@code runs whole (words-1)}: a run of letters is one word;</li>
 *   <li>{@code dictionary (words-2)}: ICU's dictionary words of each run;</li>
 *   <li>{@code cluster pairs (now)}: {@link Words} as the reader now has it.</li>
 * </ol>
 * Printed, with the load average beside: index size after {@code VACUUM}, build time (splitting and folding
 * included; median of three), query p50/p95 (vocabulary words and pairs of words typed without a space; five
 * rounds after a warm-up), "words found" (for each vocabulary word, the share of the passages holding it that
 * a search for it finds) and "pieces found" (300 random pieces of two to six clusters, as Ctrl+F finds them,
 * the same share).
 *
 * <p>Runs in {@code mvn -Pbench verify}; alone after {@code mvn -o test-compile} with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.peeragogy.reader.app.SpacelessScriptsBenchmark}.
 */
public final class SpacelessScriptsBenchmark {
    private static final int PASSAGES_PER_SCRIPT = 600;
    private static final int ROUNDS = 5;
    /** Common words of each language, written for this benchmark. */
    private static final String[][] VOCABULARY = {
        ("กลุ่ม ของ เรา พบ กัน ทุก สัปดาห์ เพื่อ เรียน รู้ ภาษา ไทย ด้วย ความ คิด หนังสือ อ่าน เขียน ครู นักเรียน "
                + "โรงเรียน งาน บ้าน เวลา วัน ใหม่ ช่วย ทำ ได้ ใน มี การ แบ่งปัน ความรู้ ชุมชน โครงการ คำถาม คำตอบ").split(" "),
        ("ພວກ ເຮົາ ຮຽນ ພາສາ ລາວ ນຳກັນ ທຸກ ອາທິດ ປຶ້ມ ອ່ານ ຂຽນ ຄູ ນັກຮຽນ ໂຮງຮຽນ ວຽກ ເຮືອນ ເວລາ ມື້ ໃໝ່ ຊ່ວຍ "
                + "ເຮັດ ໄດ້ ໃນ ມີ ຄວາມຮູ້ ຊຸມຊົນ").split(" "),
        ("ក្រុម របស់ យើង ជួប គ្នា រៀងរាល់ សប្តាហ៍ ដើម្បី រៀន ភាសា ខ្មែរ សៀវភៅ អាន សរសេរ គ្រូ សិស្ស សាលា ការងារ "
                + "ផ្ទះ ពេល ថ្ងៃ ថ្មី ជួយ ធ្វើ បាន ក្នុង មាន ចំណេះដឹង សហគមន៍").split(" "),
        ("ကျွန်ုပ်တို့ အဖွဲ့ အပတ် တိုင်း တွေ့ဆုံ ပြီး မြန်မာ စာ ကို လေ့လာ သည် စာအုပ် ဖတ် ရေး ဆရာ ကျောင်းသား "
                + "ကျောင်း အလုပ် အိမ် အချိန် နေ့ အသစ် ကူညီ လုပ် ရ ရှိ အသိပညာ လူထု").split(" ")};

    /** How text is split for the index ({@code words}) and what is typed for a query ({@code typed}). */
    /**
     * How text is split for the index ({@code words}) and what is typed for a query ({@code typed});
     * {@code clusters}: a cluster typed alone is a prefix, as the reader's {@code SearchQuery} has it since words-3.
     */
    private record Way(String name, Function<String, List<String>> words, Function<String, List<String>> typed,
                       boolean clusters) {
        Way(String name, Function<String, List<String>> words) {
            this(name, words, words, false);
        }
    }

    private SpacelessScriptsBenchmark() {
    }

    /**
     * Real sentences (no glued dictionary words; with the particles real text has), by language: those of the
     * tests ({@code SpacelessSentences}) and two more a tester wrote ("I want to go to the market tomorrow";
     * "an example text with the number 123 and English mixed").
     */
    private static final String[][] SENTENCES = {
        {SpacelessSentences.THAI, "ตัวอย่างข้อความที่มีเลข๑๒๓และEnglishปนกัน", "สมาชิกใหม่ ยินดีต้อนรับเสมอ"},
        {SpacelessSentences.LAO},
        {SpacelessSentences.KHMER, SpacelessSentences.KHMER_MONDAY, "ខ្ញុំចង់ទៅផ្សារថ្ងៃស្អែក"},
        {SpacelessSentences.BURMESE, SpacelessSentences.BURMESE_BOOK}};

    public static void main(String[] args) throws Exception {
        Random random = new Random(13);
        Folding.preload();
        List<Way> ways = List.of(new Way("runs whole (words-1)", SpacelessScriptsBenchmark::runsWhole),
                new Way("dictionary (words-2)", SpacelessScriptsBenchmark::dictionaryWords),
                new Way("cluster pairs (words-3)", SpacelessScriptsBenchmark::pairsOnly,
                        SpacelessScriptsBenchmark::pairsOnly, true),
                new Way("pairs and tails (now)", t -> Words.of(t).stream().map(Words.Word::form).toList(),
                        t -> Words.typed(t).stream().map(Words.Word::form).toList(), true));
        for (boolean real : new boolean[] {false, true}) {
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < VOCABULARY.length; k++) {
                for (int i = 0; i < PASSAGES_PER_SCRIPT; i++) {
                    texts.add(real ? sentences(SENTENCES[k], random) : passage(VOCABULARY[k], random));
                }
            }
            List<String> queries = new ArrayList<>();
            for (String[] vocabulary : VOCABULARY) {
                queries.addAll(Arrays.asList(vocabulary));
                for (int i = 0; i < 10; i++) {
                    queries.add(vocabulary[random.nextInt(vocabulary.length)] + vocabulary[random.nextInt(vocabulary.length)]);
                }
            }
            List<String> pieces = pieces(texts, new Random(3), 300);
            System.out.printf("%s: %d passages (%d each in Thai, Lao, Khmer, Burmese), %d characters; %d queries; load %s%n",
                    real ? "REAL SENTENCES" : "GLUED VOCABULARY", texts.size(), PASSAGES_PER_SCRIPT,
                    texts.stream().mapToInt(String::length).sum(), queries.size(), load());
            for (Way way : ways) {
                measure(way, texts, queries, pieces);
            }
        }
    }

    /** One to four of a language's real sentences, a space between them. */
    private static String sentences(String[] sentences, Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? " " : "").append(sentences[random.nextInt(sentences.length)]);
        }
        return b.toString();
    }

    /** The words of words-2: ICU's root word breaking of each run of word characters, each piece folded. */
    private static List<String> dictionaryWords(String text) {
        List<String> out = new ArrayList<>();
        com.ibm.icu.text.BreakIterator breaks = com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.ROOT);
        for (String run : text.split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (run.isEmpty()) {
                continue;
            }
            breaks.setText(run);
            int start = breaks.first();
            for (int end = breaks.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = breaks.next()) {
                String f = Folding.fold(run.substring(start, end));
                if (!f.isBlank()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static void measure(Way way, List<String> texts, List<String> queries, List<String> pieces) throws Exception {
        Path dir = Files.createTempDirectory(Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of("/tmp"),
                "spaceless-bench");
        Path file = dir.resolve("bench.db");
        try {
            long[] builds = new long[3];
            for (int b = 0; b < builds.length; b++) {
                Files.deleteIfExists(file);
                long t0 = System.nanoTime();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                    build(c, way, texts);
                }
                builds[b] = System.nanoTime() - t0;
            }
            Arrays.sort(builds);
            String buildLoad = load();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("VACUUM");
            }
            long size = Files.size(file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                List<Long> ns = new ArrayList<>();
                for (int r = -1; r < ROUNDS; r++) {
                    for (String q : queries) {
                        long t0 = System.nanoTime();
                        ask(c, way, q, 20);
                        if (r >= 0) {
                            ns.add(System.nanoTime() - t0);
                        }
                    }
                }
                String queryLoad = load();
                long[] sorted = ns.stream().mapToLong(Long::longValue).sorted().toArray();
                List<String> vocabulary = Arrays.stream(VOCABULARY).flatMap(Arrays::stream).toList();
                System.out.printf("%-20s index %5.2f MB | build median %4d ms (load %s) | queries p50 %5.2f ms, p95 %5.2f ms"
                                + " (load %s) | words found %5.1f %% | pieces found %5.1f %%%n",
                        way.name(), size / 1e6, builds[1] / 1_000_000, buildLoad, pct(sorted, 50), pct(sorted, 95),
                        queryLoad, recall(c, way, texts, vocabulary) * 100, recall(c, way, texts, pieces) * 100);
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void build(Connection c, Way way, List<String> texts) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE VIRTUAL TABLE t USING fts5(body, shown UNINDEXED, tokenize = 'ascii', prefix = '2 3 4',"
                    + " content = '', contentless_delete = 1, contentless_unindexed = 1)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (rowid, body, shown) VALUES (?, ?, ?)")) {
            for (int i = 0; i < texts.size(); i++) {
                ps.setLong(1, i + 1);
                ps.setString(2, String.join(" ", way.words().apply(texts.get(i))));
                ps.setString(3, texts.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO t(t) VALUES ('optimize')");
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /**
     * As the reader asks: each typed word's words a phrase, the last a prefix when longer than a letter, or (for
     * cluster pairs) when it is a cluster alone.
     */
    private static List<Long> ask(Connection c, Way way, String typed, int limit) throws Exception {
        List<String> items = new ArrayList<>();
        boolean lastLone = false;
        for (String w : typed.split("\\s+")) {
            List<String> forms = way.typed().apply(w);
            if (!forms.isEmpty()) {
                items.add('"' + String.join(" ", forms) + '"');
                List<Words.Word> words = Words.typed(w);
                lastLone = words.size() == 1 && words.get(0).lone();
            }
        }
        List<Long> out = new ArrayList<>();
        if (items.isEmpty()) {
            return out;
        }
        int last = items.size() - 1;
        boolean lone = way.clusters() && lastLone;
        if (lone || items.get(last).codePointCount(0, items.get(last).length()) > 3) {
            items.set(last, items.get(last) + "*");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t)"
                + (limit > 0 ? " LIMIT " + limit : ""))) {
            ps.setString(1, String.join(" ", items));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** Of the passages holding each piece (as written), the mean share a search for it finds. */
    private static double recall(Connection c, Way way, List<String> texts, List<String> pieces) throws Exception {
        double sum = 0;
        int asked = 0;
        for (String piece : pieces) {
            Set<Long> truth = new HashSet<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).contains(piece)) {
                    truth.add((long) i + 1);
                }
            }
            if (truth.isEmpty()) {
                continue; // a vocabulary word the real sentences do not have
            }
            Set<Long> found = new HashSet<>(ask(c, way, piece, 0));
            found.retainAll(truth);
            sum += found.size() / (double) truth.size();
            asked++;
        }
        return asked == 0 ? 1 : sum / asked;
    }

    /** The words of the version before: each run of word characters folded, one word. */
    private static List<String> runsWhole(String text) {
        List<String> out = new ArrayList<>();
        for (String run : Folding.fold(text).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!run.isEmpty()) {
                out.add(run);
            }
        }
        return out;
    }

    private static String passage(String[] vocabulary, Random random) {
        StringBuilder b = new StringBuilder();
        int phrases = 1 + random.nextInt(5);
        for (int p = 0; p < phrases; p++) {
            int words = 3 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                b.append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            b.append(p + 1 < phrases ? " " : "");
        }
        return b.toString();
    }

    /** As words-3 split: the pairs, without a run's last cluster alone (its tail). */
    private static List<String> pairsOnly(String t) {
        return Words.of(t).stream().filter(w -> !w.tail()).map(Words.Word::form).toList();
    }

    /** Random pieces of two to six clusters (a letter with its marks) of the passages, as Ctrl+F would find them. */
    private static List<String> pieces(List<String> texts, Random random, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String t = texts.get(random.nextInt(texts.size()));
            List<Words.Word> pairs = Words.of(t).stream().filter(w -> w.bigram() && !w.tail()).toList();
            int len = 1 + random.nextInt(5);
            if (pairs.size() < len) {
                continue;
            }
            int at = random.nextInt(pairs.size() - len + 1);
            String piece = t.substring(pairs.get(at).start(), pairs.get(at + len - 1).end());
            if (!piece.contains(" ")) {
                out.add(piece); // across a phrase space a typed piece is two items: not a piece of one run
            }
        }
        return out;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
