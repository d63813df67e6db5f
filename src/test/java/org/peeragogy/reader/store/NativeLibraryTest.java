package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's native library, copied once and shared (issue 17): processes started at the same moment all
 * load it, none prints SEVERE (sqlite-jdbc's own way deleted one process's copy under another), and the
 * temporary folder is left alone.
 */
class NativeLibraryTest {

    @Test
    void processesStartedTogetherShareOneCopyAndNonePrintsSevere(@TempDir Path dir) throws Exception {
        Path nativeDir = dir.resolve("native");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        for (int round = 0; round < 2; round++) {
            List<Process> processes = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path out = dir.resolve("out-" + round + "-" + i + ".txt");
                outputs.add(out);
                processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                        Child.class.getName(), nativeDir.toString())
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start());
            }
            for (int i = 0; i < processes.size(); i++) {
                assertTrue(processes.get(i).waitFor(60, TimeUnit.SECONDS), "process " + i + " ended");
                String output = Files.readString(outputs.get(i), StandardCharsets.UTF_8);
                assertEquals(0, processes.get(i).exitValue(), output);
                assertFalse(output.contains("SEVERE"), output);
                assertTrue(output.contains("sqlite " ), output);
            }
        }
        try (Stream<Path> files = Files.walk(nativeDir)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertEquals(List.of(System.mapLibraryName("sqlitejdbc")), names, "one copy, no leftover parts");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "nothing extracted to the temporary folder");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNotUsed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Optional<NativeLibrary.Library> library = NativeLibrary.Library.forThisPlatform();
        assertTrue(library.isPresent(), "sqlite-jdbc has a library for this platform");
        assertEquals(Optional.empty(), NativeLibrary.place(library.get(), file.resolve("native")));
    }

    @Test
    void aCutShortCopyIsReplacedByAWholeOne(@TempDir Path dir) throws IOException {
        NativeLibrary.Library library = NativeLibrary.Library.forThisPlatform().orElseThrow();
        Path first = NativeLibrary.place(library, dir).orElseThrow();
        Files.write(first, new byte[10]);
        Path again = NativeLibrary.place(library, dir).orElseThrow();
        assertEquals(first, again);
        assertEquals(library.size(), Files.size(again));
    }

    /** A process as the reader starts one: the library prepared, then a connection that uses it. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path file = NativeLibrary.prepare(Path.of(args[0])).orElseThrow();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
                rs.next();
                System.out.println("sqlite " + rs.getString(1) + " from " + file);
            }
        }
    }
}
