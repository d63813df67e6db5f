package org.peeragogy.reader.app;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Environment variables the reader sets for its own process that the programs it starts for the person must not
 * get (issue 17). The package's launcher and the jar's relaunch set variables that suit the reader's window and
 * would harm a browser or file manager opened from it: {@code GDK_GL=disable} (no OpenGL, decision 0084),
 * {@code GSETTINGS_BACKEND=memory} (a portable copy writes no desktop settings), {@code XDG_DATA_HOME},
 * {@code XDG_CONFIG_HOME} and {@code XDG_CACHE_HOME} (a portable copy's {@code data/desktop/}: GTK's file chooser
 * writes its recent files there, not into the home folder), {@code MALLOC_ARENA_MAX=2}
 * (glibc's per-thread memory pools, about 5 MiB of resident memory in the reader, decision 0087). (A C locale's
 * {@code C.UTF-8} is not listed: it replaces the person's C, and suits a browser as well.) Each is set only where
 * the person has not set it, and
 * its name is then listed in {@link #NAMES} (space-separated), so that exactly those are taken out again
 * for a program the reader starts ({@link #removeFrom}). A variable the person set is never touched.
 */
final class OwnEnvironment {
    /** The variable that lists, space-separated, the names the reader's launcher set for the reader alone. */
    static final String NAMES = "PEERAGOGY_READER_SET";

    private OwnEnvironment() {
    }

    /**
     * Sets {@code name=value} in {@code environment} (changed in place) unless the person gave it a non-empty value,
     * and lists {@code name} in {@link #NAMES}. Any thread.
     */
    static void set(Map<String, String> environment, String name, String value) {
        String given = environment.get(name);
        if (given != null && !given.isEmpty()) {
            return;
        }
        environment.put(name, value);
        Set<String> names = listed(environment);
        names.add(name);
        environment.put(NAMES, String.join(" ", names));
    }

    /**
     * For a program started for the person ({@code environment} changed in place): removes every variable
     * {@link #NAMES} lists, and {@link #NAMES} itself. Names that are not plain variable names are ignored
     * (the list came from the environment, which anyone can set). Any thread.
     */
    static void removeFrom(Map<String, String> environment) {
        for (String name : listed(environment)) {
            if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                environment.remove(name);
            }
        }
        environment.remove(NAMES);
    }

    private static Set<String> listed(Map<String, String> environment) {
        String list = environment.getOrDefault(NAMES, "").strip();
        Set<String> names = new LinkedHashSet<>();
        if (!list.isEmpty()) {
            names.addAll(Arrays.asList(list.split("\\s+")));
        }
        return names;
    }
}
