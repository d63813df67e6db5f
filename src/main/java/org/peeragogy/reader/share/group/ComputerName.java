package org.peeragogy.reader.share.group;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * This computer's name, asked of the system once and then kept: the reader's own file in the group folder is written
 * "from" a computer and a data folder ({@code OwnFile}'s copy check, try17w F16), at every write. Asking is
 * {@link java.net.InetAddress#getLocalHost()}, which on a machine with a broken resolver waits seconds for a lookup
 * that fails; asked at every write, each write of the reader's file took those seconds again. One instance is made
 * for the process (the window's wiring, or the command) and handed to each {@link GroupFolder}; nothing here is
 * static.
 *
 * <p>Threads: any but the FX thread ({@link #get} may wait on the resolver the first time); safe for several threads
 * (the first caller asks, the others wait for its answer). Never throws: a name that cannot be had is the
 * environment's {@code HOSTNAME} or {@code COMPUTERNAME}, else "".
 */
public final class ComputerName implements Supplier<String> {
    private final Supplier<String> ask;
    private String name;

    /** The system's name for this computer, asked at the first {@link #get}. Does not ask now: any thread. */
    public ComputerName() {
        this(ComputerName::fromSystem);
    }

    /**
     * @param ask gives this computer's name; called once, at the first {@link #get} (a test counts the calls); a
     *            RuntimeException it throws is taken as no name, kept as the answer too (a name that changed
     *            between two writes would read as a copy of the data folder made on another computer)
     */
    public ComputerName(Supplier<String> ask) {
        this.ask = Objects.requireNonNull(ask);
    }

    /** The computer's name; "" when none could be had. Asks the first time only. Not the FX thread. */
    @Override
    public synchronized String get() {
        if (name == null) {
            try {
                name = Objects.requireNonNullElse(ask.get(), "");
            } catch (RuntimeException e) {
                name = "";
            }
        }
        return name;
    }

    private static String fromSystem() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME"))
                    .or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME"))).orElse("");
        }
    }
}
