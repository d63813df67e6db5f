package org.peeragogy.reader.app;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
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
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.SearchUnits;
import org.peeragogy.reader.text.Folding;
import org.peeragogy.reader.text.Words;

/**
 * Not a test: the measurements behind decision 0018 (how search handles scripts). The same passages are
 * indexed four ways, each in a fresh SQLite file, and the figures printed with the machine's load average
 * beside each (the machine is shared):
 * <ol>
 *   <li>{@code unicode61} — before: SQLite's tokenizer on the text as written (a CJK run is one word);</li>
 *   <li>{@code trigram} — SQLite's trigram tokenizer (3.34+; {@code remove_diacritics 1} since 3.45) on the
 *       text; a word shorter than three characters can only be looked for with {@code LIKE}, a full scan;</li>
 *   <li>{@code bigrams} — ours ({@code text.Words}): folded words, CJK runs as overlapping pairs, indexed by
 *       the {@code ascii} tokenizer (which only splits at our spaces), the shown text beside them;</li>
 *   <li>{@code icu-words} — ICU's dictionary word breaking for CJK instead of pairs, folded the same way.</li>
 * </ol>
 * Passages: the real handbook's (2,300, English) and as many generated Chinese and Japanese ones (words
 * drawn from a list of 160 common words, some with a Latin word glued on, and a few with names in letters
 * users type without their marks). For each way: index size (the file after {@code VACUUM}), build time
 * (folding and splitting included; median of three), query latency p50/p95 over English, CJK and accent
 * queries (five rounds after one warm-up), and CJK recall: of 300 random two- to four-character pieces of
 * the generated text, the share of the passages holding each that a search for it finds.
 *
 * <p>Runs in {@code mvn -Pbench verify}; alone after {@code mvn -o test-compile} with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.peeragogy.reader.app.SearchScriptsBenchmark}.
 */
public final class SearchScriptsBenchmark {
    private static final int ROUNDS = 5;
    private static final String[] ZH = ("学习 小组 每周 见面 一次 终端 输入 命令 然后 回车 使用 编程 同学 可以 先读 这一 章节 其他 慢慢 "
            + "项目 管理 开源 社区 合作 知识 分享 问题 答案 讨论 老师 学生 教育 网络 在线 课程 研究 经验 方法 工具 文档 "
            + "翻译 版本 作者 读者 笔记 标记 搜索 结果 页面 链接 图片 表格 列表 段落 标题 目录 索引 数据 文件 保存 打开 "
            + "关闭 设置 语言 中文 日本 朋友 计划 目标 反馈 评论 活动 会议 时间 地点 记录 总结 报告 贡献 参与 动机 兴趣").split(" ");
    private static final String[] JA = ("勉強 会議 毎週 木曜日 初めて 歓迎 します コマンド 入力 エンター キー 押して ください 本 読みます "
            + "学び 仲間 教え合う プロジェクト 管理 共有 知識 質問 答え 議論 先生 学生 教育 ネット オンライン 講座 研究 "
            + "経験 方法 道具 文書 翻訳 版 著者 読者 メモ 印 検索 結果 頁 リンク 画像 表 一覧 段落 見出し 目次 索引 "
            + "データ ファイル 保存 開く 閉じる 設定 言語 日本語 友達 計画 目標 感想 コメント 活動 時間 場所 記録 "
            + "まとめ 報告 貢献 参加 動機 興味 です ます した して いる ある この その あの").split(" ");
    private static final String[] LATIN = {"Java", "Python", "Wiki", "GitHub", "MOOC", "Linux"};
    private static final String[] NAMES = {"Paweł", "Økland", "Æsir", "Straße", "Łódź", "Peeragogía"};

    /** One way of indexing: its table, how a text is written into it and how a query is asked. */
    private record Way(String name, String tokenizer, Function<String, String> indexed, boolean shown,
                       Function<String, Query> query, String options) {
        Way(String name, String tokenizer, Function<String, String> indexed, boolean shown, Function<String, Query> query) {
            this(name, tokenizer, indexed, shown, query, "");
        }
    }

    /** A MATCH expression, or a LIKE pattern when the way cannot match the words (trigram, under 3 characters). */
    private record Query(String match, String like) {
    }

    private SearchScriptsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            for (Chapter c : h.book().chapters()) {
                SearchUnits.of(h).units(c).stream().map(IndexedUnit::text).forEach(texts::add);
            }
        }
        int english = texts.size();
        Random random = new Random(16);
        List<String> cjk = new ArrayList<>();
        for (int i = 0; i < english; i++) {
            cjk.add(cjkPassage(random, i));
        }
        texts.addAll(cjk);
        List<String> queries = queries(cjk, random);
        List<String> pieces = pieces(cjk, new Random(3), 300);
        Folding.preload();
        System.out.printf("passages: %d English (the real handbook), %d generated CJK; %d queries; load %s%n",
                english, cjk.size(), queries.size(), load());
        for (Way way : ways()) {
            measure(way, texts, english, queries, pieces);
        }
    }

    private static List<Way> ways() {
        Function<String, Query> plain = q -> new Query(plainMatch(q), null);
        return List.of(
                new Way("unicode61 (before)", "unicode61 remove_diacritics 2", Function.identity(), false, plain),
                new Way("trigram", "trigram remove_diacritics 1", Function.identity(), false,
                        SearchScriptsBenchmark::trigramQuery),
                new Way("bigrams (ours)", "ascii", Words::searchForm, true, q -> new Query(formsMatch(q, false), null)),
                new Way("bigrams, contentless", "ascii", Words::searchForm, true,
                        q -> new Query(formsMatch(q, false), null), ", content = '', contentless_unindexed = 1"),
                new Way("icu-words", "ascii", SearchScriptsBenchmark::icuForm, true,
                        q -> new Query(formsMatch(q, true), null)));
    }

    private static void measure(Way way, List<String> texts, int english, List<String> queries, List<String> pieces)
            throws Exception {
        Path dir = Files.createTempDirectory(Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of("/tmp"),
                "scripts-bench");
        Path file = dir.resolve("bench.db");
        long[] builds = new long[3];
        try {
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
            long size;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("VACUUM");
            }
            size = Files.size(file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                List<Long> ns = new ArrayList<>();
                List<long[]> slow = new ArrayList<>();
                for (int r = -1; r < ROUNDS; r++) {
                    for (int i = 0; i < queries.size(); i++) {
                        long t0 = System.nanoTime();
                        int n = ask(c, way.query().apply(queries.get(i)), 20).size();
                        long t = System.nanoTime() - t0;
                        if (r >= 0) {
                            ns.add(t);
                            slow.add(new long[] {t, i, n});
                        }
                    }
                }
                String queryLoad = load();
                long[] sorted = ns.stream().mapToLong(Long::longValue).sorted().toArray();
                double recall = recall(c, way, texts, english, pieces);
                double accents = accentRecall(c, way, texts);
                System.out.printf("%-20s index %6.2f MB (load %s) | build median %5d ms | queries p50 %6.2f ms,"
                                + " p95 %7.2f ms, max %7.2f ms (load %s) | CJK recall %5.1f %% | accents found %3.0f %%%n",
                        way.name(), size / 1e6, buildLoad, builds[1] / 1_000_000, pct(sorted, 50), pct(sorted, 95),
                        sorted[sorted.length - 1] / 1e6, queryLoad, recall * 100, accents * 100);
                slow.sort(Comparator.comparingLong((long[] x) -> x[0]).reversed());
                StringBuilder worst = new StringBuilder("    slowest:");
                for (long[] x : slow.subList(0, 3)) {
                    worst.append(String.format(" %s %.1f ms (%d hits);", queries.get((int) x[1]), x[0] / 1e6, x[2]));
                }
                System.out.println(worst);
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
            s.execute("CREATE VIRTUAL TABLE t USING fts5(body" + (way.shown() ? ", shown UNINDEXED" : "")
                    + ", tokenize = '" + way.tokenizer() + "'" + (way.tokenizer().startsWith("trigram") ? "" : ", prefix = '2 3 4'")
                    + way.options() + ")");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(way.shown() ? "INSERT INTO t (rowid, body, shown) VALUES (?, ?, ?)"
                : "INSERT INTO t (rowid, body) VALUES (?, ?)")) {
            for (int i = 0; i < texts.size(); i++) {
                ps.setLong(1, i + 1);
                ps.setString(2, way.indexed().apply(texts.get(i)));
                if (way.shown()) {
                    ps.setString(3, texts.get(i));
                }
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

    /** Row ids found, best first (all of them when {@code limit} is 0). */
    private static List<Long> ask(Connection c, Query q, int limit) throws Exception {
        List<Long> out = new ArrayList<>();
        if (q.match() == null && q.like() == null) {
            return out;
        }
        String sql = q.like() != null ? "SELECT rowid FROM t WHERE body LIKE ?" : "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t)";
        try (PreparedStatement ps = c.prepareStatement(sql + (limit > 0 ? " LIMIT " + limit : ""))) {
            ps.setString(1, q.like() != null ? q.like() : q.match());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static double recall(Connection c, Way way, List<String> texts, int english, List<String> pieces)
            throws Exception {
        double sum = 0;
        for (String piece : pieces) {
            Set<Long> truth = new HashSet<>();
            for (int i = english; i < texts.size(); i++) {
                if (texts.get(i).contains(piece)) {
                    truth.add((long) i + 1);
                }
            }
            Set<Long> found = new HashSet<>(ask(c, way.query().apply(piece), 0));
            found.retainAll(truth);
            sum += truth.isEmpty() ? 1 : found.size() / (double) truth.size();
        }
        return sum / pieces.size();
    }

    /** Of the passages holding each name, the share found by typing it without its marks ("lodz" for Łódź). */
    private static double accentRecall(Connection c, Way way, List<String> texts) throws Exception {
        String[] typed = {"pawel", "okland", "aesir", "strasse", "lodz", "peeragogia"};
        double sum = 0;
        for (int k = 0; k < NAMES.length; k++) {
            Set<Long> truth = new HashSet<>();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).contains(NAMES[k])) {
                    truth.add((long) i + 1);
                }
            }
            Set<Long> found = new HashSet<>(ask(c, way.query().apply(typed[k]), 0));
            found.retainAll(truth);
            sum += truth.isEmpty() ? 1 : found.size() / (double) truth.size();
        }
        return sum / NAMES.length;
    }

    /** Today's way: each word as SQLite splits it, the last a prefix. */
    private static String plainMatch(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!w.isBlank()) {
                words.add('"' + w + '"');
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int last = words.size() - 1;
        if (words.get(last).codePointCount(0, words.get(last).length()) > 3) { // quotes included: a word of two or more
            words.set(last, words.get(last) + "*");
        }
        return String.join(" ", words);
    }

    private static Query trigramQuery(String q) {
        List<String> words = Arrays.stream(q.split("[^\\p{L}\\p{N}\\p{M}]+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return new Query(null, null);
        }
        if (words.stream().anyMatch(w -> w.codePointCount(0, w.length()) < 3)) {
            return new Query(null, "%" + String.join("%", words) + "%");
        }
        return new Query(String.join(" ", words.stream().map(w -> '"' + w + '"').toList()), null);
    }

    /** Ours (and ICU's words): each typed word's folded words as a phrase; a lone last word is a prefix. */
    private static String formsMatch(String q, boolean icu) {
        List<String> items = new ArrayList<>();
        for (String w : q.split("[^\\p{L}\\p{N}\\p{M}]+")) {
            String form = icu ? icuForm(w) : String.join(" ", Words.typed(w).stream().map(Words.Word::form).toList());
            if (!form.isBlank()) {
                items.add('"' + form + '"');
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        int last = items.size() - 1;
        if (!items.get(last).contains(" ")) {
            items.set(last, items.get(last) + "*");
        }
        return String.join(" ", items);
    }

    /** ICU's word breaking (dictionary-based for CJK), each word folded. */
    private static String icuForm(String text) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        StringBuilder out = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            String f = Folding.fold(text.substring(start, end)).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", "");
            if (!f.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(f);
            }
        }
        return out.toString();
    }

    private static String cjkPassage(Random random, int i) {
        String[] vocabulary = i % 2 == 0 ? ZH : JA;
        StringBuilder b = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            int words = 4 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                if (random.nextInt(25) == 0) {
                    b.append(LATIN[random.nextInt(LATIN.length)]);
                }
                b.append(vocabulary[random.nextInt(vocabulary.length)]);
                if (w + 1 < words && random.nextInt(6) == 0) {
                    b.append('、');
                }
            }
            if (random.nextInt(40) == 0) {
                b.append(' ').append(NAMES[random.nextInt(NAMES.length)]).append(' ');
            }
            b.append('。');
        }
        return b.toString();
    }

    /** English words and prefixes as typed, CJK words of one to four characters, Latin glued to CJK, accents. */
    private static List<String> queries(List<String> cjk, Random random) {
        List<String> q = new ArrayList<>(List.of("wrapper role", "peeragogy", "collab", "learning", "the", "peer learning",
                "\"peer learning\"", "motivation", "co", "th", "project management", "open source", "wiki", "mooc",
                "heartbeat", "roadmap", "newcomer", "how to", "community", "pattern", "mentor", "connectivism", "pe",
                "pee", "peer", "peera", "collaboration", "rheingold", "creative commons", "feedback loop", "reflect"));
        for (int i = 0; i < 30; i++) {
            q.add(ZH[random.nextInt(ZH.length)]);
            q.add(JA[random.nextInt(JA.length)]);
        }
        q.addAll(List.of("命令", "学习小组", "输入命令", "Java", "Java编程", "python", "勉強会", "コマンド", "初めて",
                "学", "会", "pawel", "okland", "aesir", "strasse", "lodz", "peeragogia"));
        q.addAll(pieces(cjk, random, 20));
        return q;
    }

    /** Random pieces of two to four characters from inside one run of CJK text. */
    private static List<String> pieces(List<String> cjk, Random random, int n) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String t = cjk.get(random.nextInt(cjk.size()));
            int len = 2 + random.nextInt(3);
            if (t.length() <= len) {
                continue;
            }
            int at = random.nextInt(t.length() - len);
            String piece = t.substring(at, at + len);
            if (piece.codePoints().allMatch(Folding::isBigramScript)) {
                out.add(piece);
            }
        }
        return out;
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
