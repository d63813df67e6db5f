package org.peeragogy.reader.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import org.peeragogy.reader.Damage;
import org.peeragogy.reader.NotesFixture;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.SearchUnits;
import org.peeragogy.reader.store.Backups;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SearchIndex;

/**
 * What checking the notes file at every open costs (docs/decisions/0010): a notes file with 10,000 notes
 * and the real handbook's search index; medians of 9 runs of PRAGMA quick_check, PRAGMA integrity_check
 * and the whole Database.open, then one daily backup and one salvage. A {@code main}, not a test:
 * {@code mvn -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-classpath %classpath org.peeragogy.reader.app.OpenCheckBenchmark"}
 */
public final class OpenCheckBenchmark {
    private static final int RUNS = 9;

    private OpenCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("open-check-");
        Path file = dir.resolve("reader.db");
        try (Handbook h = Handbooks.open(TestHandbooks.real()); Database db = Database.open(dir)) {
            db.search().ensureIndexed(h.book(), SearchUnits.of(h), SearchIndex.Progress.NONE);
            NotesFixture.add(db, h.book().identity(), "pattern-wrapper", 10_000, "note");
        }
        System.out.printf("notes file: 10,000 notes and the handbook's index, %.1f MB%n", Files.size(file) / 1e6);
        System.out.printf("whole-file PRAGMA quick_check: median %.1f ms%n", median(() -> pragma(file, "quick_check")));
        System.out.printf("whole-file PRAGMA integrity_check: median %.1f ms%n",
                median(() -> pragma(file, "integrity_check")));
        double open = median(() -> {
            try (Database db = Database.open(dir)) {
                db.readOnly();
            }
        });
        double bare = median(() -> pragma(file, "user_version"));
        System.out.printf("Database.open and close: median %.1f ms; a bare connection reading user_version %.1f ms;"
                + " the difference, mostly the table-by-table quick_check: %.1f ms%n", open, bare, open - bare);
        long t0 = System.nanoTime();
        try (Database db = Database.open(dir)) {
            new Backups(dir).takeIfDue(db, LocalDate.now());
        }
        System.out.printf("daily backup (VACUUM INTO, check, rename): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        Damage.FLIPPED_MIDDLE.apply(file);
        t0 = System.nanoTime();
        int read = org.peeragogy.reader.store.Salvage.read(file).notes().size();
        System.out.printf("salvage of the same file with three pages inverted: %d notes read in %.0f ms%n", read,
                (System.nanoTime() - t0) / 1e6);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double median(Work w) throws Exception {
        w.run(); // warm the page cache and the JIT
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            w.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static void pragma(Path file, String pragma) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            if (!pragma.equals("user_version") && !"ok".equals(rs.getString(1))) {
                throw new IllegalStateException(pragma + ": " + rs.getString(1));
            }
        }
    }
}
