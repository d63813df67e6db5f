package org.peeragogy.reader.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The system's own program for an address (the browser for a link, the file manager for a folder), as the window
 * hands addresses to it: when nothing could be started (a system without a browser) the window says so in its
 * problem bar, with the address, instead of a line on a terminal the reader never sees. FX thread.
 */
final class SystemOpener {
    private SystemOpener() {
    }

    /**
     * {@code open}, saying through {@code problems} when it throws (the application's opener throws an unchecked
     * exception whose message says why nothing opened).
     */
    static Consumer<String> reporting(Consumer<String> open, Consumer<String> problems, Texts texts) {
        Objects.requireNonNull(open);
        return url -> {
            try {
                open.accept(url);
            } catch (RuntimeException e) {
                problems.accept(texts.format("problem.notOpened", url, org.peeragogy.reader.book.Messages.of(e)));
            }
        };
    }
}
