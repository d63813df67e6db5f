package org.peeragogy.reader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real handbook is for tests: the build's handbook.dir, else ../shared/handbook. */
public final class TestHandbook {
    private TestHandbook() {
    }

    public static Path folder() {
        Path p = Path.of(System.getProperty("handbook.dir", "../shared/handbook"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("The handbook is not at " + p.toAbsolutePath()
                    + "; put it there or run Maven with -Dhandbook.dir=PATH");
        }
        return p;
    }
}
