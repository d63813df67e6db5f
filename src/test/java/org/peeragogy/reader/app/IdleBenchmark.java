package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU used by an open window left alone (issue 17: under 0.5% of a core over 30 s). Starts the reader
 * as a person would, waits until start-up has settled, then reads the process's CPU time (user + system,
 * from /proc) before and after 30 s, and prints it as a share of one core with the threads that used
 * it. Side by side, in turn: the jar as WebKit runs by default ({@code com.sun.webkit.platformticks=true},
 * the "before") and as the reader sets it, and the packaged launcher when it has been built.
 * A benchmark, not a test: run it with {@code xvfb-run -a mvn -Pbench verify} (docs/performance.md).
 */
public final class IdleBenchmark {
    private IdleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("idle.rounds", 3);
        int seconds = Integer.getInteger("idle.seconds", 30);
        long hz = ProcFs.clockTicks();
        Path jar = Path.of("target", "peeragogy-reader.jar");
        Path launcher = Path.of("target", "package", "peeragogy-reader", "bin", "peeragogy-reader");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        if (Boolean.parseBoolean(System.getProperty("idle.jar", "true"))) {
            commands.put("jar, WebKit's default timers (before)", List.of(java, "-Dcom.sun.webkit.platformticks=true", "-jar", jar.toString()));
            commands.put("jar, JavaFX's own pulse timer (before decision 0095)",
                    List.of(java, "-Dpeeragogy.pulseTimer=javafx", "-jar", jar.toString()));
            commands.put("jar, as the reader starts", List.of(java, "-jar", jar.toString()));
        }
        String others = System.getProperty("idle.launcher");
        if (others != null) {
            // Other app images side by side (-Didle.launcher=/tmp/a/bin/peeragogy-reader:/tmp/b/bin/peeragogy-reader).
            for (String l : others.split(System.getProperty("path.separator"))) {
                commands.put("launcher " + Path.of(l).toAbsolutePath().getParent().getParent().getFileName(), List.of(l));
            }
        } else if (Files.isExecutable(launcher)) {
            commands.put("packaged launcher", List.of(launcher.toString()));
        }
        System.out.println("# idle CPU of an open window over " + seconds + " s, % of one core; load average "
                + ProcFs.loadAverage());
        Map<String, List<Double>> results = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                Measured m = measure(c.getValue(), seconds, hz);
                results.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(m.percent());
                System.out.printf("idle %s, round %d: %.2f%% (threads: %s)%n", c.getKey(), r + 1, m.percent(), m.threads());
            }
        }
        for (Map.Entry<String, List<Double>> e : results.entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue());
            Collections.sort(v);
            System.out.printf("idle %s: median %.2f%% of a core (min %.2f, max %.2f, %d runs)%n", e.getKey(),
                    v.get(v.size() / 2), v.get(0), v.get(v.size() - 1), v.size());
        }
        System.out.println("# load average at the end " + ProcFs.loadAverage());
    }

    record Measured(double percent, String threads) {
    }

    /** One window: start, settle, measure, stop. */
    private static Measured measure(List<String> command, int seconds, long hz) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("idle-bench");
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of("--data-dir", data.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Start-up is over when a 2-second window uses under 5% of a core: the window is shown, the
            // chapter laid out, the search index opened.
            ProcFs.settle(p.pid(), hz, 3000);
            Map<String, Long> before = threads(p.pid());
            long start = ProcFs.processTicks(p.pid());
            long t0 = System.nanoTime();
            // The quantity measured is CPU over wall time, so the wait is the measurement itself.
            Thread.sleep(seconds * 1000L);
            long used = ProcFs.processTicks(p.pid()) - start;
            double wall = (System.nanoTime() - t0) / 1e9;
            Map<String, Long> after = threads(p.pid());
            Map<Long, List<String>> top = new TreeMap<>(Collections.reverseOrder());
            after.forEach((name, ticks) -> {
                long d = ticks - before.getOrDefault(name, 0L);
                if (d > 0) {
                    top.computeIfAbsent(d, k -> new ArrayList<>()).add(name);
                }
            });
            StringBuilder names = new StringBuilder();
            top.entrySet().stream().limit(3).forEach(e -> names.append(names.length() == 0 ? "" : ", ")
                    .append(String.join("/", e.getValue())).append(' ').append(e.getKey() * 1000 / hz).append(" ms"));
            return new Measured(100.0 * used / hz / wall, names.toString());
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    /** CPU ticks by thread name (threads of one name added up). */
    private static Map<String, Long> threads(long root) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (long pid : ProcFs.tree(root)) {
            threads(pid, out);
        }
        return out;
    }

    private static void threads(long pid, Map<String, Long> out) throws IOException {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    out.merge(name, ProcFs.ticks(stat), Long::sum);
                } catch (IOException e) {
                    // The thread ended meanwhile.
                }
            }
        }
    }
}
