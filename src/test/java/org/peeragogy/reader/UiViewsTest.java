package org.peeragogy.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views of {@code ui} (every class there whose name does not end in {@code ViewModel}, nested classes
 * included) use {@code store} and {@code content} only through their view-models, which can be tested
 * without a window. Today's exceptions are frozen below.
 */
class UiViewsTest {
    /**
     * Each view's uses of {@code store} and {@code content} that were there when this rule came in (issue
     * 10), as "view → class used". This list must only shrink: move the work into a view-model and delete
     * the line (the test fails while a line names a use that is gone). Never add to it. (Uses are read from
     * the bytecode: an exception type named only in a {@code catch} is not seen, which is why ReaderWindow's
     * catches of StoreException and HandbookException are not listed.)
     */
    private static final Set<String> FROZEN = Set.of(
            "FindBar -> org.peeragogy.reader.content.TextFinder",
            "ReaderWindow -> org.peeragogy.reader.content.HandbookLibrary",
            "ReaderWindow -> org.peeragogy.reader.content.TextFinder",
            "ReaderWindow -> org.peeragogy.reader.content.anchoring.ChapterText",
            "ReaderWindow -> org.peeragogy.reader.store.SearchHit",
            "ReaderWindow -> org.peeragogy.reader.store.SettingsStore",
            "SearchPane -> org.peeragogy.reader.store.SearchHit",
            "SharingActions -> org.peeragogy.reader.store.AuthorStore",
            "SharingActions -> org.peeragogy.reader.store.ShareStore");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peeragogy.reader.ui");
    }

    private static boolean isView(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return !top.getSimpleName().endsWith("ViewModel");
    }

    private static String topName(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getSimpleName();
    }

    private static Set<String> viewsUsingStoreOrContent() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("org.peeragogy.reader.ui") || !isView(c)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                while (target.isArray()) {
                    target = target.getComponentType();
                }
                String pkg = target.getPackageName();
                if (pkg.startsWith("org.peeragogy.reader.store") || pkg.startsWith("org.peeragogy.reader.content")) {
                    JavaClass outer = target;
                    while (outer.getEnclosingClass().isPresent()) {
                        outer = outer.getEnclosingClass().get();
                    }
                    found.add(topName(c) + " -> " + outer.getName());
                }
            }
        }
        return found;
    }

    @Test
    void viewsReachStoreAndContentOnlyThroughViewModelsBeyondTheFrozenList() {
        Set<String> added = new TreeSet<>(viewsUsingStoreOrContent());
        added.removeAll(FROZEN);
        assertEquals(Set.of(), added, "a view uses store or content directly: put that work in its view-model");
    }

    @Test
    void theFrozenListOnlyShrinks() {
        Set<String> gone = new TreeSet<>(FROZEN);
        gone.removeAll(viewsUsingStoreOrContent());
        assertEquals(Set.of(), gone, "these uses are gone: delete them from UiViewsTest.FROZEN");
    }
}
