package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few rounds of the crash harness (the full 200 rounds: mvn -Pcrash verify). */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killingTheWriterLosesNoHighlightItReportedAndLeavesTheDatabaseIntact() throws Exception {
        CrashHarness.Report r = CrashHarness.run(6, dir, new Random(7));
        System.out.println(r.lineWithErrors());
        assertTrue(r.reported() > 0, "no highlight was saved before the kills: " + r.lineWithErrors());
        assertEquals(0, r.missing(), r.lineWithErrors());
        assertEquals(0, r.integrityFailures(), r.line());
        assertEquals(0, r.openFailures(), r.line());
    }
}
