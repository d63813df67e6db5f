package org.peeragogy.reader.content.anchoring;

import java.nio.file.Path;

/** Where these tests find the real handbook (surefire passes handbook.dir). */
final class RealHandbookDir {
    private RealHandbookDir() {
    }

    static Path get() {
        return Path.of(System.getProperty("handbook.dir", "../shared/handbook")).toAbsolutePath().normalize();
    }
}
