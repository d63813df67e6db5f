package org.peeragogy.reader.app;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For {@code -Dstall.profile=true}: samples the FX thread's stack every 2 ms while the last pulse is
 * over 30 ms old, and prints the frames (of this project, else the top frame) seen most in late pulses,
 * so that a stall can be traced to its cause. A benchmark aid, never part of a test.
 */
final class LateSampler {
    private static final Map<String, Integer> SEEN = new HashMap<>();
    private static final Map<String, Integer> KINDS = new java.util.TreeMap<>();
    private static volatile boolean running;

    private LateSampler() {
    }

    static void start(AtomicLong lastPulse) {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
        running = true;
        Thread sampler = new Thread(() -> {
            while (running) {
                long last = lastPulse.get();
                if (last > 0 && System.nanoTime() - last > 30_000_000L) {
                    StackTraceElement[] stack = fx.getStackTrace();
                    String key = describe(stack);
                    synchronized (SEEN) {
                        SEEN.merge(key, 1, Integer::sum);
                        KINDS.merge(kind(stack), 1, Integer::sum);
                    }
                }
                try {
                    Thread.sleep(2); // the sampling interval
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "late-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static String describe(StackTraceElement[] stack) {
        StringBuilder b = new StringBuilder();
        int ours = 0;
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.peeragogy") && ours++ < 3) {
                b.append(" < ").append(e.getClassName().replace("org.peeragogy.reader.", "")).append('.')
                        .append(e.getMethodName()).append(':').append(e.getLineNumber());
            }
        }
        String top = stack.length == 0 ? "(none)" : stack[0].getClassName() + "." + stack[0].getMethodName();
        String top2 = stack.length < 4 ? "" : " | " + stack[1].getClassName() + "." + stack[1].getMethodName()
                + " | " + stack[2].getClassName() + "." + stack[2].getMethodName()
                + " | " + stack[3].getClassName() + "." + stack[3].getMethodName();
        if (top.endsWith("park") && stack.length > 8) {
            for (int i = 4; i < 9; i++) {
                top2 += " | " + stack[i].getClassName() + "." + stack[i].getMethodName();
            }
        }
        return top + top2 + b;
    }

    /** What the FX thread was doing, in the terms the closing figures use. */
    private static String kind(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.peeragogy") && !e.getClassName().contains("Benchmark")) {
                return "our code";
            }
        }
        for (StackTraceElement e : stack) {
            if (e.getMethodName().equals("waitForRenderingToComplete")) {
                return "waiting for JavaFX's renderer";
            }
        }
        if (stack.length > 0 && stack[0].getMethodName().equals("_runLoop")) {
            return "idle in the toolkit's loop (next pulse not yet run)";
        }
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("com.sun.webkit") || e.getClassName().startsWith("javafx.scene.web")) {
                return "WebKit";
            }
        }
        return "JavaFX (layout, CSS, cells)";
    }

    static void report(String what) {
        synchronized (SEEN) {
            if (SEEN.isEmpty()) {
                return;
            }
            int all = KINDS.values().stream().mapToInt(Integer::intValue).sum();
            System.out.println("  late-pulse samples (2 ms each) in " + what + ": " + all);
            KINDS.forEach((k, n) -> System.out.printf("    %5.1f%%  %s%n", 100.0 * n / all, k));
            KINDS.clear();
            System.out.println("  late samples in " + what + ":");
            SEEN.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.println("    " + e.getValue() + "  " + e.getKey()));
            SEEN.clear();
        }
    }
}
