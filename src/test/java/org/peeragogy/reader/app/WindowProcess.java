package org.peeragogy.reader.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the reader's window in a child JVM: {@link #smoke} ({@code Main ... --smoke ID}) waits up to 90 s for it
 * to end; {@link #open} leaves it open for the caller to watch and end. A test using it needs a display as much
 * as one opening a window itself: {@code UiTagTest} counts it so.
 */
final class WindowProcess {
    /** How the child ended: {@code exited} false when it was still running after 90 s (it is then killed). */
    record Ended(boolean exited, int code, String err, String out) {
    }

    private WindowProcess() {
    }

    /** Runs the window on {@code chapter} of {@code handbook} over {@code dataDir}, with extra JVM options first. */
    static Ended smoke(Path handbook, Path dataDir, String chapter, Path scratch, String... jvm) throws Exception {
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Path out = Files.createTempFile(scratch, "out", ".txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--handbook", handbook.toString(), "--data-dir", dataDir.toString(), "--smoke", chapter));
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(out.toFile())
                .start();
        boolean exited = p.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return new Ended(exited, exited ? p.exitValue() : -1, Files.readString(err, StandardCharsets.UTF_8),
                Files.readString(out, StandardCharsets.UTF_8));
    }

    /**
     * Opens the window on {@code handbook} over {@code dataDir}, as a person starts it (no --smoke), with extra JVM
     * options first; its standard error goes to {@code err}, its output is discarded. The caller ends the process
     * ({@link Process#destroy}) in all cases.
     */
    static Process open(Path handbook, Path dataDir, Path err, String... jvm) throws Exception {
        return open(java.util.Map.of(), handbook, dataDir, err, jvm);
    }

    /** As {@link #open}, with {@code env} added to the child's environment (its own {@code DISPLAY}). */
    static Process open(java.util.Map<String, String> env, Path handbook, Path dataDir, Path err, String... jvm)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--handbook", handbook.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        return pb.start();
    }
}
