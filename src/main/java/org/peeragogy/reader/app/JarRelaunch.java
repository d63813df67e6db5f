package org.peeragogy.reader.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the window of a {@code java -jar} launch again in a child JVM that has the packaged launcher's
 * options (issue 17, decision 0037): only the JIT's first tier (C1), the serial collector and 1 MiB thread
 * stacks. On this 2-core machine a default JVM spent about 2.8 of the 6 CPU seconds of a window start
 * compiling with C2 and C1 side by side with the JavaFX thread (measured with {@code perf}, 2026-11-30,
 * docs/performance.md); with these options the first chapter was on screen after 2.0–2.3 s instead of
 * 2.9–3.2 s. A jar cannot carry JVM options, so a second JVM is the only way to have them.
 *
 * <p>The parent waits for the child, shares its standard streams and ends with its exit code. Nothing is
 * relaunched for a command (they need no window), when the JVM already runs with a chosen JIT tier
 * ({@code -XX:TieredStopAtLevel}) or collector, when this JVM was itself relaunched
 * ({@code -Dpeeragogy.relaunched}), when the class path is not a single jar, or with
 * {@code -Dpeeragogy.relaunch=false}. A child that cannot be started leaves the window to start here.
 *
 * <p>In a C or POSIX locale (ASCII) the child gets C.UTF-8's character set, as the package's launcher's JVM does; when
 * this JVM lost letters of its arguments, a command is relaunched too, its arguments passed as typed (decision 0086,
 * {@link RawArguments}).
 */
final class JarRelaunch {
    /** Set on the child's command line: a relaunched JVM never relaunches again. */
    static final String RELAUNCHED = "peeragogy.relaunched";
    /** The options the packaged launcher has (packaging/build.sh) that make a start faster. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1m");

    private JarRelaunch() {
    }

    /**
     * The child's command for this JVM: {@code java} of this runtime, this JVM's own options, {@link #OPTIONS},
     * then {@code -jar JAR} and {@code args}; empty when nothing is to be relaunched (see the class comment).
     *
     * @param javaHome   {@code java.home}
     * @param classPath  {@code java.class.path}
     * @param jvmOptions this JVM's input arguments (RuntimeMXBean)
     * @param vmName     {@code java.vm.name}: only HotSpot knows these options
     * @param enabled    false for {@code -Dpeeragogy.relaunch=false}
     */
    static Optional<List<String>> command(String javaHome, String classPath, List<String> jvmOptions, String vmName,
            boolean enabled, String[] args) {
        return command(javaHome, classPath, jvmOptions, vmName, enabled, args, false);
    }

    /**
     * As above; {@code forLetters}: for arguments whose letters this JVM's ASCII locale cannot hold
     * ({@link RawArguments}, a command as well as the window): relaunched whatever JIT tier or collector the person
     * chose (the launcher's options are then not added), and the arguments given in {@link RawArguments#PROPERTY}.
     */
    static Optional<List<String>> command(String javaHome, String classPath, List<String> jvmOptions, String vmName,
            boolean enabled, String[] args, boolean forLetters) {
        if (!enabled || !(vmName.contains("HotSpot") || vmName.startsWith("OpenJDK")) || classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        boolean chosen = false;
        for (String o : jvmOptions) {
            if (o.startsWith("-D" + RELAUNCHED)) {
                return Optional.empty();
            }
            chosen |= o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:-TieredCompilation")
                    || o.matches("-XX:\\+Use\\w*GC");
        }
        if (chosen && !forLetters) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(javaHome, "bin", "java").toString());
        cmd.addAll(jvmOptions);
        if (!chosen) {
            cmd.addAll(OPTIONS);
        }
        cmd.add("-D" + RELAUNCHED + "=true");
        if (forLetters) {
            cmd.add("-D" + RawArguments.PROPERTY + "=" + RawArguments.encode(args));
        }
        cmd.add("-jar");
        cmd.add(classPath);
        if (!forLetters) {
            cmd.addAll(List.of(args));
        }
        return Optional.of(cmd);
    }

    /** True when the person chose the class-data sharing of this JVM on its command line: theirs is kept. */
    static boolean choosesSharing(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile")
                || o.contains("ArchiveClassesAtExit") || o.contains("AutoCreateSharedArchive"));
    }

    /**
     * Runs the window in a child JVM when {@link #command} gives one, and returns the child's exit code once it
     * has ended; empty when nothing was relaunched or the child could not be started (the window then starts in
     * this JVM). Blocks the calling (main) thread for as long as the window is open.
     */
    static OptionalInt run(String[] args) {
        return run(args, false, false);
    }

    /**
     * {@link #run(String[])} for the window; with {@code archive}, the child loads its classes from the jar's class
     * archive in the user's cache folder, made by the first such window ({@link JarClassArchive}). Not for a portable
     * start, which leaves nothing outside its own folder.
     */
    static OptionalInt runWindow(String[] args, boolean archive) {
        return run(args, false, archive);
    }

    /**
     * {@link #run(String[])}, for letters this JVM lost when {@code forLetters} ({@link #command(String, String, List,
     * String, boolean, String[], boolean)}). In an ASCII locale the child reads its file names in C.UTF-8's
     * character set, as the package's launcher's JVM does.
     */
    static OptionalInt run(String[] args, boolean forLetters) {
        return run(args, forLetters, false);
    }

    private static OptionalInt run(String[] args, boolean forLetters, boolean archive) {
        List<String> jvm;
        try {
            jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return OptionalInt.empty();
        }
        Optional<List<String>> cmd = command(System.getProperty("java.home", ""),
                System.getProperty("java.class.path", ""), jvm, System.getProperty("java.vm.name", ""),
                !"false".equals(System.getProperty("peeragogy.relaunch")), args, forLetters);
        if (cmd.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<JarClassArchive> classes = archive && !forLetters && !choosesSharing(jvm)
                ? JarClassArchive.of(Path.of(System.getProperty("java.class.path")), System.getProperty("java.home", ""),
                        System.getProperty("java.vm.version", ""), DataDirs.cacheFor(System.getProperty("os.name", ""),
                                System.getenv(), DataDirs.home(System.getenv())), ProcessHandle.current().pid())
                : Optional.empty();
        List<String> command = new ArrayList<>(cmd.get());
        classes.ifPresent(c -> command.addAll(command.indexOf("-jar"), c.options()));
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // GTK reads GDK_GL when it starts: only a process not yet started can be given it (decision 0084).
            SoftwareDrawing.forChild(SoftwareDrawing.noGraphicsDevice(), builder.environment());
            // glibc's memory pools, one per thread by default: 2 keep about 5 MiB less resident (decision 0087).
            OwnEnvironment.set(builder.environment(), "MALLOC_ARENA_MAX", "2");
            if (RawArguments.platform().equals(java.nio.charset.StandardCharsets.US_ASCII)) {
                RawArguments.utf8Locale(builder.environment());
            }
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Ended from outside (a session's logout, kill): the window ends with this JVM, as it would in one JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            // A child that ended so writes no archive, and what it began writing goes (JarClassArchive).
            classes.ifPresent(c -> {
                try {
                    if (child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                        c.childEnded(child.exitValue());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }, "end-child"));
        while (true) {
            try {
                int code = child.waitFor();
                classes.ifPresent(c -> c.childEnded(code));
                return OptionalInt.of(code);
            } catch (InterruptedException e) {
                // The window belongs to the child: this JVM waits for it whatever interrupts the wait.
            }
        }
    }
}
