package org.peeragogy.reader.app;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * Kills a process that is saving highlights through the command line with SIGKILL at random
 * moments, again and again, and checks after each kill that the database is intact and holds every
 * highlight whose command had reported success. Run: {@code xvfb-run -a mvn -Pcrash verify}
 * (docs/performance.md); {@code CrashSafetyTest} runs a few rounds with the tests.
 */
public final class CrashHarness {
    /** What the rounds found. */
    record Report(int kills, int reported, int missing, int integrityFailures, int openFailures,
            String childErrors) {
        String line() {
            return "crash test: " + kills + " kills, " + reported + " highlights reported saved, " + missing
                    + " missing, " + integrityFailures + " failed integrity checks, " + openFailures
                    + " databases that would not open";
        }

        /** The line, and what the writers printed on their error output (a run once saved nothing in CI). */
        String lineWithErrors() {
            return childErrors.isBlank() ? line() : line() + "\nthe writers' error output:\n" + childErrors;
        }
    }

    private CrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("crash");
        Report r = run(rounds, dir, new Random(Long.getLong("crash.seed", 20261121L)));
        System.out.println(r.line());
        System.exit(r.missing() == 0 && r.integrityFailures() == 0 && r.openFailures() == 0 ? 0 : 1);
    }

    static Report run(int rounds, Path dir, Random random) throws Exception {
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        Path quotes = dir.resolve("quotes.txt");
        Files.write(quotes, uniqueQuotes(), StandardCharsets.UTF_8);
        Set<String> reported = ConcurrentHashMap.newKeySet();
        int integrityFailures = 0;
        int openFailures = 0;
        int missing = 0;
        StringBuilder childErrors = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            Path errors = dir.resolve("writer-" + round + ".err");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dataDir.toString(),
                    TestHandbooks.fixture().toString(), quotes.toString(), String.valueOf(random.nextLong()))
                    .redirectError(errors.toFile()).start();
            java.util.concurrent.CountDownLatch firstSave = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("saved ")) {
                            reported.add(line.substring("saved ".length()).strip());
                            firstSave.countDown();
                        }
                    }
                } catch (IOException e) {
                    // The child was killed mid-line: that line was never a report.
                }
            });
            reader.start();
            // Random moments: in even rounds from the start (start-up and schema creation included),
            // in odd rounds from the child's first reported save, so the writing loop is always hit
            // however slow the machine is (the wait for that save is bounded by a minute). The sleeps pick
            // the moment of the kill at random; they wait for nothing.
            if (round % 2 == 1) {
                firstSave.await(60, TimeUnit.SECONDS);
                Thread.sleep(random.nextInt(500));
            } else {
                Thread.sleep(200 + random.nextInt(1800));
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            childErrors.append(errorTail(round, errors));
            Path db = dataDir.resolve("reader.db");
            if (!Files.exists(db)) {
                continue; // killed before it created the database: nothing to check yet
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    if (!rs.next() || !"ok".equals(rs.getString(1))) {
                        integrityFailures++;
                    }
                }
                missing = 0;
                if (reported.isEmpty()) {
                    continue; // may have been killed while creating the schema: nothing was promised
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM annotation WHERE id = ?")) {
                    for (String id : reported) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) {
                                missing++;
                            }
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                System.out.println("round " + round + ": " + e.getMessage());
                openFailures++;
            }
        }
        return new Report(rounds, reported.size(), missing, integrityFailures, openFailures, childErrors.toString());
    }

    /** The last lines a killed writer printed on its error output, headed by its round; "" if none. */
    private static String errorTail(int round, Path errors) throws IOException {
        if (!Files.exists(errors) || Files.size(errors) == 0) {
            return "";
        }
        // Decoded leniently: a kill can cut a character in half.
        List<String> lines = List.of(new String(Files.readAllBytes(errors), StandardCharsets.UTF_8).split("\n"));
        return "round " + round + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15),
                lines.size())) + "\n";
    }

    /** Quotes that each name exactly one place, from the fixture handbook's chapters: "chapter TAB quote". */
    private static List<String> uniqueQuotes() throws Exception {
        List<String> out = new ArrayList<>();
        try (Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            for (String id : List.of("welcome", "gardens", "meetings", "field-trips")) {
                ChapterText t = ChapterText.of(h.render(id).html());
                String text = t.text();
                for (int at = 0; at + 40 < text.length(); at += 97) {
                    String q = text.substring(at, at + 40);
                    if (!q.isBlank() && !q.contains("\n") && !q.contains("\t")
                            && Anchoring.findQuote(t, q).match().isPresent()) {
                        out.add(id + "\t" + q);
                    }
                }
            }
        }
        return out;
    }

    /** The child: the `highlight` command in a loop, in one JVM, saying "saved ID" after each. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            String dataDir = args[0];
            String handbook = args[1];
            List<String> quotes = new ArrayList<>(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8));
            Collections.shuffle(quotes, new Random(Long.parseLong(args[3])));
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            for (int i = 0; ; i = (i + 1) % quotes.size()) {
                String[] q = quotes.get(i).split("\t", 2);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                int code = Main.runCommand(Options.parse("--handbook", handbook, "--data-dir", dataDir,
                        "highlight", q[0], "--quote", q[1], "--note", "round note " + i),
                        new PrintStream(buffer, true, StandardCharsets.UTF_8), System.err);
                if (code == 0) {
                    out.println("saved " + buffer.toString(StandardCharsets.UTF_8).strip());
                }
            }
        }
    }
}
