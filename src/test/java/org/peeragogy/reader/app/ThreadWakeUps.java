package org.peeragogy.reader.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How many times each thread of a process has been put back on a core, from Linux's /proc/PID/task/TID/status
 * (voluntary and involuntary context switches added up): a thread that sleeps until a timer fires counts one at
 * every firing, a thread that waits with no timeout counts none. Threads by their name as Linux keeps it (comm:
 * the first 15 letters), those of one name added up.
 */
final class ThreadWakeUps {
    private ThreadWakeUps() {
    }

    /** Name → switches so far, for every thread of {@code pid} (a thread that ends while read is left out). */
    static Map<String, Long> of(long pid) throws IOException {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    long switches = 0;
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                            switches += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                    out.merge(name, switches, Long::sum);
                } catch (IOException | NumberFormatException e) {
                    // The thread ended while it was read.
                }
            }
        }
        return out;
    }
}
