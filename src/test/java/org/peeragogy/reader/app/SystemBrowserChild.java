package org.peeragogy.reader.app;

/** Opens {@code args[0]} with {@link SystemBrowser} in a JVM of its own (OwnEnvironmentTest). */
final class SystemBrowserChild {
    private SystemBrowserChild() {
    }

    public static void main(String[] args) {
        new SystemBrowser().open(args[0]);
    }
}
