package org.peeragogy.reader;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The tests that need a window carry {@code @Tag("ui")}, and only they, so that {@code mvn test -Dgroups=ui}
 * runs exactly the window tests and {@code mvn test -DexcludedGroups=ui} everything else (README, "Test it").
 * A test class needs a window when it, or a test helper it uses (such as {@code app.OpenWindow}), uses TestFX
 * or the parts of JavaFX that need the toolkit running: {@link #NEEDS_TOOLKIT}. Read from the test classes'
 * bytecode with ArchUnit; a class counts as a test class when a method of it (or of a class nested in it) is a
 * JUnit test ({@code @Test}, {@code @ParameterizedTest}, {@code @TestFactory}: every annotation marked
 * {@link Testable}).
 */
class UiTagTest {
    /**
     * Packages whose classes need the JavaFX toolkit started (stages, scenes, controls, the web view,
     * {@code Platform}, animation timers) or drive it (TestFX). Properties, collections and geometry do not.
     */
    static final List<String> NEEDS_TOOLKIT = List.of("org.testfx.", "javafx.application.", "javafx.stage.",
            "javafx.scene.", "javafx.embed.", "javafx.animation.", "javafx.print.", "javafx.fxml.");

    /** Test helpers that start the reader's window in a child process: their users need a display too. */
    static final List<String> STARTS_A_WINDOW = List.of("org.peeragogy.reader.app.WindowProcess");

    private static JavaClasses tests;

    @BeforeAll
    static void importTestClasses() {
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.peeragogy.reader");
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** Top-level test-source class → the first toolkit class it uses itself (nested classes included), if any. */
    private static Map<String, String> directToolkitUse() {
        Map<String, String> uses = new TreeMap<>();
        for (JavaClass c : tests) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                while (target.isArray()) {
                    target = target.getComponentType();
                }
                String name = target.getName();
                if (NEEDS_TOOLKIT.stream().anyMatch(name::startsWith) || STARTS_A_WINDOW.contains(name)) {
                    uses.putIfAbsent(outermost(c).getName(), name);
                }
            }
        }
        return uses;
    }

    /** Top-level test-source class → the other top-level test-source classes it uses. */
    private static Map<String, Set<String>> helpersUsed() {
        Map<String, Set<String>> uses = new HashMap<>();
        for (JavaClass c : tests) {
            String from = outermost(c).getName();
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                while (target.isArray()) {
                    target = target.getComponentType();
                }
                if (tests.contain(target.getName())) {
                    String to = outermost(target).getName();
                    if (!to.equals(from)) {
                        uses.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                    }
                }
            }
        }
        return uses;
    }

    /** Test-source classes that need a window, with why: directly, or through the helpers they use. */
    static Map<String, String> needingAWindow() {
        return closure(directToolkitUse(), helpersUsed());
    }

    /**
     * Every class in {@code direct} (class → what it uses) and every class that uses one of them, however
     * indirectly through {@code helpers} (class → classes it uses); each with a sentence saying why.
     */
    static Map<String, String> closure(Map<String, String> direct, Map<String, Set<String>> helpers) {
        Map<String, String> why = new TreeMap<>();
        direct.forEach((cls, used) -> why.put(cls, "uses " + used));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> e : new TreeMap<>(helpers).entrySet()) {
                if (why.containsKey(e.getKey())) {
                    continue;
                }
                for (String helper : new TreeSet<>(e.getValue())) {
                    if (why.containsKey(helper)) {
                        why.put(e.getKey(), "uses " + helper + ", which " + why.get(helper));
                        grew = true;
                        break;
                    }
                }
            }
        }
        return why;
    }

    /** Top-level classes with a JUnit test method in them or in a class nested in them. */
    static Set<String> testClasses() {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : tests) {
            if (c.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(Testable.class))) {
                out.add(outermost(c).getName());
            }
        }
        return out;
    }

    private static boolean taggedUi(String className) throws ClassNotFoundException {
        Class<?> c = Class.forName(className, false, UiTagTest.class.getClassLoader());
        return AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream().anyMatch(t -> t.value().equals("ui"));
    }

    @Test
    void everyTestClassThatOpensAWindowIsTaggedUiAndNoOtherIs() throws Exception {
        Map<String, String> windows = needingAWindow();
        Map<String, String> untagged = new TreeMap<>();
        Set<String> taggedWithoutWindow = new TreeSet<>();
        for (String c : testClasses()) {
            boolean tagged = taggedUi(c);
            if (windows.containsKey(c) && !tagged) {
                untagged.put(c, windows.get(c));
            } else if (!windows.containsKey(c) && tagged) {
                taggedWithoutWindow.add(c);
            }
        }
        assertAll(() -> assertEquals(Map.of(), untagged, "these tests need a window: add @Tag(\"ui\") to them"),
                () -> assertEquals(Set.of(), taggedWithoutWindow, "these tests need no window: remove their @Tag(\"ui\")"));
    }

    /** The rule sees what it should in this project: a user of TestFX, a window helper, a plain test. */
    @Test
    void theRuleFindsWindowTestsAndHelpersAndNotPlainTests() {
        Map<String, String> windows = needingAWindow();
        Set<String> all = testClasses();
        assertTrue(all.contains("org.peeragogy.reader.ui.web.ChapterViewTest"), all::toString);
        assertTrue(windows.containsKey("org.peeragogy.reader.ui.web.ChapterViewTest"), windows::toString);
        assertTrue(windows.containsKey("org.peeragogy.reader.app.OpenWindow"), windows::toString);
        assertTrue(all.contains("org.peeragogy.reader.ui.ReaderViewModelTest"), all::toString);
        assertFalse(windows.containsKey("org.peeragogy.reader.ui.ReaderViewModelTest"), windows::toString);
        assertFalse(windows.containsKey(UiTagTest.class.getName()), windows::toString);
    }

    @Test
    void aTestThatReachesTheToolkitOnlyThroughHelpersNeedsAWindowToo() {
        Map<String, String> why = closure(Map.of("Helper", "org.testfx.api.FxRobot"),
                Map.of("Outer", Set.of("Middle"), "Middle", Set.of("Helper"), "Plain", Set.of("Other")));
        assertEquals(Set.of("Helper", "Middle", "Outer"), why.keySet());
        assertEquals("uses Middle, which uses Helper, which uses org.testfx.api.FxRobot", why.get("Outer"));
    }
}
