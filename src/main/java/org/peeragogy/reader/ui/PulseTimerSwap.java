package org.peeragogy.reader.ui;

import java.lang.reflect.Field;
import java.util.Optional;
import javafx.application.Platform;

/**
 * Puts a {@link PausingTimer} in place of JavaFX's own pulse timer on Linux (issue 17, decision 0095), so that a
 * window left alone wakes no thread at all instead of 60 times a second. JavaFX keeps its timer in the private field
 * {@code QuantumToolkit.pulseTimer}; this reads it by reflection, starts the new timer at the toolkit's own period
 * ({@code PULSE_INTERVAL}: 1000 / {@code javafx.animation.pulse}, 16 ms by default), puts it in the field and stops
 * the old one.
 *
 * <p>Needs, where JavaFX is a named module: {@code javafx.graphics/com.sun.javafx.tk} and {@code com.sun.glass.ui}
 * exported and {@code com.sun.javafx.tk.quantum} open to the reader (the package's launcher, the jar's manifest and
 * its module layer, {@code app.ModularLaunch}; docs/packaging.md). Whenever anything is not as expected (not Linux,
 * not Quantum on GTK, a field missing or of another type, a package not open, a vsync or full-speed timer, the timer
 * not started yet), or with {@code -Dpeeragogy.pulseTimer=javafx}, JavaFX's timer is kept as it is and the reason
 * logged once at INFO: a start never fails for it.
 */
final class PulseTimerSwap {
    private static final System.Logger LOG = System.getLogger(PulseTimerSwap.class.getName());
    /** {@code -Dpeeragogy.pulseTimer=javafx} keeps JavaFX's timer (to compare, or should a JavaFX update need it). */
    static final String KEEP_PROPERTY = "peeragogy.pulseTimer";
    private static final String TOOLKIT = "com.sun.javafx.tk.Toolkit";
    private static final String QUANTUM = "com.sun.javafx.tk.quantum.QuantumToolkit";
    private static final String GTK_TIMER = "com.sun.glass.ui.gtk.GtkTimer";

    /** Whether {@link #install} has run (FX thread only). */
    private static boolean tried;
    /** The timer put in place; null when JavaFX's was kept. */
    private static volatile PausingTimer installed;

    private PulseTimerSwap() {
    }

    /**
     * Replaces JavaFX's pulse timer once per process; later calls do nothing. FX thread, after the toolkit has
     * started (its timer running) and before the first window shows. Never throws.
     */
    static void install() {
        if (tried || !Platform.isFxApplicationThread()) {
            return;
        }
        tried = true;
        try {
            swap().ifPresent(why -> LOG.log(System.Logger.Level.INFO, "JavaFX's pulse timer kept: " + why));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "JavaFX's pulse timer kept: " + e);
        }
    }

    /** The timer put in place by {@link #install}, if it was. Any thread. */
    static Optional<PausingTimer> installed() {
        return Optional.ofNullable(installed);
    }

    /** Replaces the timer; the reason when it was kept instead. */
    private static Optional<String> swap() throws ReflectiveOperationException {
        if ("javafx".equals(System.getProperty(KEEP_PROPERTY))) {
            return Optional.of("-D" + KEEP_PROPERTY + "=javafx");
        }
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return Optional.of("not Linux");
        }
        if (Boolean.getBoolean("javafx.animation.fullspeed")) {
            return Optional.of("javafx.animation.fullspeed is set");
        }
        ClassLoader fx = Platform.class.getClassLoader();
        Class<?> toolkitClass = Class.forName(TOOLKIT, false, fx);
        Module graphics = toolkitClass.getModule();
        Module reader = PulseTimerSwap.class.getModule();
        if (!graphics.isExported("com.sun.javafx.tk", reader) || !graphics.isExported("com.sun.glass.ui", reader)
                || !graphics.isOpen("com.sun.javafx.tk.quantum", reader)) {
            return Optional.of("javafx.graphics does not open com.sun.javafx.tk.quantum or export com.sun.javafx.tk"
                    + " and com.sun.glass.ui to " + reader);
        }
        Object toolkit = toolkitClass.getMethod("getToolkit").invoke(null);
        if (toolkit == null || !QUANTUM.equals(toolkit.getClass().getName())) {
            return Optional.of("the toolkit is " + (toolkit == null ? "none" : toolkit.getClass().getName()));
        }
        if (!PausingTimer.onGtk()) {
            return Optional.of("not GTK");
        }
        Class<?> quantum = toolkit.getClass();
        Field timerField = field(quantum, "pulseTimer");
        Object old = timerField.get(toolkit);
        if (old == null || !GTK_TIMER.equals(old.getClass().getName())) {
            return Optional.of("the pulse timer is " + (old == null ? "none" : old.getClass().getName()));
        }
        com.sun.glass.ui.Timer oldTimer = (com.sun.glass.ui.Timer) old;
        if (!oldTimer.isRunning()) {
            return Optional.of("the pulse timer has not started");
        }
        if (field(quantum, "nativeSystemVsync").getBoolean(toolkit)) {
            return Optional.of("the pulse timer follows the screen's vsync");
        }
        int period = field(quantum, "PULSE_INTERVAL").getInt(toolkit);
        if (!(field(quantum, "timerRunnable").get(toolkit) instanceof Runnable runnable)) {
            return Optional.of("no timer runnable");
        }
        PausingTimer ours = new PausingTimer(runnable);
        // Started first: if it cannot start, nothing has changed. Put in place under the toolkit's lock, the one its
        // pauseTimer and resumeTimer take, so that they see it from any thread; the old one stopped last.
        ours.start(period);
        synchronized (toolkit) {
            timerField.set(toolkit, ours);
        }
        oldTimer.stop();
        installed = ours;
        LOG.log(System.Logger.Level.DEBUG, "JavaFX's pulse timer replaced by one that pauses, every " + period + " ms");
        return Optional.empty();
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
