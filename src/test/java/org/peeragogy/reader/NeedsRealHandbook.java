package org.peeragogy.reader;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * For a test class that opens the real handbook once for all its tests ({@code @BeforeAll}): without the real
 * handbook the class is skipped and each of its tests counted as skipped, with this reason. (An assumption
 * that fails in {@code @BeforeAll}, as {@link TestHandbooks#real()} would, makes Maven's report show no tests
 * at all.) Tests that call {@link TestHandbooks#real()} in the test itself need nothing more.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIf(value = "org.peeragogy.reader.TestHandbooks#realIsThere",
        disabledReason = "The real handbook is not at handbook.dir (default ../shared/handbook), so these tests about it"
                + " are skipped; put it there or run Maven with -Dhandbook.dir=PATH")
public @interface NeedsRealHandbook {
}
