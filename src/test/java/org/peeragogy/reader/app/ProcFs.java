package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the benchmarks read about a process from Linux's {@code /proc} (proc(5)): CPU time, resident memory by
 * mapping, the load average. For benchmarks that start the reader as a person would, never for tests.
 */
final class ProcFs {
    private ProcFs() {
    }

    /**
     * utime + stime of the process and of every process it started, in clock ticks (fields 14 and 15 of
     * /proc/PID/stat): {@code java -jar} runs its window in a child JVM (decision 0037).
     */
    static long processTicks(long pid) throws IOException {
        long sum = 0;
        for (long p : tree(pid)) {
            try {
                sum += ticks(Files.readString(Path.of("/proc", Long.toString(p), "stat")));
            } catch (java.nio.file.NoSuchFileException e) {
                // A child that ended meanwhile: nothing more to count.
            }
        }
        return sum;
    }

    /** utime + stime from one line of a {@code stat} file (the process's or a thread's). */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** Clock ticks per second ({@code getconf CLK_TCK}; 100 when it cannot be asked). */
    static long clockTicks() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return out.matches("\\d+") ? Long.parseLong(out) : 100;
    }

    /** The 1, 5 and 15-minute load averages, as {@code uptime} prints them. */
    static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    /**
     * Waits until start-up (or whatever the process was doing) has settled: a 2-second window under 5% of a
     * core, after at least {@code firstMs}; gives up after 60 s and returns then.
     */
    static void settle(long pid, long hz, long firstMs) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Thread.sleep(firstMs);
        while (System.nanoTime() < deadline) {
            long a = processTicks(pid);
            Thread.sleep(2000);
            if ((processTicks(pid) - a) * 100.0 / hz / 2 < 5) {
                return;
            }
        }
    }

    /** Resident and proportional set size of a process, in KiB, from {@code /proc/PID/smaps_rollup}. */
    record Memory(long rssKb, long pssKb) {
        Memory plus(Memory o) {
            return new Memory(rssKb + o.rssKb, pssKb + o.pssKb);
        }
    }

    /** RSS and PSS of the process now (smaps_rollup: the kernel adds up every mapping). */
    static Memory memory(long pid) throws IOException {
        long rss = 0;
        long pss = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
            if (line.startsWith("Rss:")) {
                rss = kb(line);
            } else if (line.startsWith("Pss:")) {
                pss = kb(line);
            }
        }
        return new Memory(rss, pss);
    }

    /** The process and every process it started (a launcher may start the JVM as a child). */
    static List<Long> tree(long pid) {
        List<Long> out = new ArrayList<>();
        out.add(pid);
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> out.add(d.pid())));
        return out;
    }

    /**
     * RSS and PSS by what is mapped (/proc/PID/smaps), in KiB, largest first: WebKit's library, Mesa's software
     * OpenGL, the class-data archives, the JDK's libraries and module image, fonts, other files, and anonymous
     * memory (the Java heap, metaspace, the code cache, thread stacks, and every native library's malloc; NMT
     * tells those apart).
     */
    static Map<String, Memory> byMapping(long pid) throws IOException {
        Map<String, Memory> out = new TreeMap<>();
        String kind = null;
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps"))) {
            if (isMappingLine(line)) {
                kind = kind(line);
                rss = 0;
            } else if (kind != null && line.startsWith("Rss:")) {
                rss = kb(line);
            } else if (kind != null && line.startsWith("Pss:")) {
                out.merge(kind, new Memory(rss, kb(line)), Memory::plus);
            }
        }
        return out;
    }

    /** A mapping's first line: "start-end perms offset dev inode [path]". */
    private static boolean isMappingLine(String line) {
        int dash = line.indexOf('-');
        return dash > 0 && line.substring(0, dash).matches("[0-9a-f]+");
    }

    static String kind(String mapping) {
        String[] f = mapping.trim().split("\\s+", 6);
        String path = f.length < 6 ? "" : f[5];
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.isEmpty() || path.startsWith("[heap]") || path.startsWith("[anon") || path.startsWith("[stack")) {
            return "anonymous (Java heap, metaspace, code cache, stacks, malloc)";
        }
        if (name.startsWith("libjfxwebkit")) {
            return "WebKit (libjfxwebkit.so)";
        }
        if (name.startsWith("libLLVM") || name.contains("dri") || name.startsWith("libgallium") || name.startsWith("libGL")
                || name.startsWith("libglapi") || name.startsWith("libEGL") || name.startsWith("libdrm")) {
            return "Mesa and LLVM (software OpenGL)";
        }
        if (name.endsWith(".jsa") || name.endsWith(".aot")) {
            return "class-data archives (.jsa) and the AOT cache (.aot)";
        }
        if (name.equals("modules") || name.startsWith("libjvm")) {
            return "JDK: libjvm.so and the module image";
        }
        if (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc") || name.endsWith(".cache-8")
                || name.endsWith(".cache-7")) {
            return "fonts";
        }
        if (name.startsWith("libicu")) {
            return "ICU (system)";
        }
        if (path.startsWith("/memfd:") || path.startsWith("/dev/") || path.startsWith("/SYSV")) {
            return "shared memory";
        }
        return "other files (libraries, JavaFX's native libraries, the notes file)";
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
