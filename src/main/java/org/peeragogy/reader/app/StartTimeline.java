package org.peeragogy.reader.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The milestones of one window start, each as the JVM's uptime in ms when it was reached (the clock
 * {@code first-chapter-ms} uses), printed by {@code --smoke} as one line
 * {@code start-timeline-ms NAME=N ...} in the order reached, so that a start can
 * be taken apart without a profiler (issue 17; docs/performance.md, "What happens before the first paint").
 * "launch" is reached once the JVM has started and {@code Main} has run (JavaFX's module layer made, for the
 * jar); "toolkit" once JavaFX has started; "prepared" once the notes file and the handbook are open (on another
 * thread, beside JavaFX's start: it may come before or after "toolkit"); "window-shown" once the stage is shown;
 * "chapter-laid-out" once the first chapter's page has loaded and been laid out. Marked from any thread.
 */
final class StartTimeline {
    private final List<String> marks = new ArrayList<>();

    /** Records {@code name} at the JVM's current uptime (ms). */
    synchronized void mark(String name) {
        marks.add(name + "=" + ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** The milestones reached so far, in the order they were marked. */
    synchronized String line() {
        return "start-timeline-ms " + String.join(" ", marks);
    }
}
