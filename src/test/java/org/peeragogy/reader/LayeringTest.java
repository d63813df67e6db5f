package org.peeragogy.reader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package arrows of docs/architecture.md (its opening table of packages), held by the build. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peeragogy.reader");
    }

    @Test
    void packagesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("book").definedBy("org.peeragogy.reader.book..")
                .layer("content").definedBy("org.peeragogy.reader.content..")
                .layer("store").definedBy("org.peeragogy.reader.store..")
                .layer("share").definedBy("org.peeragogy.reader.share..")
                .layer("ui").definedBy("org.peeragogy.reader.ui..")
                .layer("app").definedBy("org.peeragogy.reader.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("share").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("share", "ui", "app")
                .whereLayer("content").mayOnlyBeAccessedByLayers("ui", "app")
                .check(classes);
    }

    @Test
    void bookUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.peeragogy.reader.book..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.peeragogy.reader.book..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideInAnyPackage("org.peeragogy.reader.book..", "org.peeragogy.reader.content..",
                        "org.peeragogy.reader.store..", "org.peeragogy.reader.share..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "netscape..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void onlyUiWebTouchesTheWebEngine() {
        noClasses().that().resideOutsideOfPackage("org.peeragogy.reader.ui.web..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..", "netscape.javascript..")
                .check(classes);
    }

    @Test
    void storageAndContentNeverTouchEachOther() {
        noClasses().that().resideInAPackage("org.peeragogy.reader.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.peeragogy.reader.store..", "java.sql..")
                .check(classes);
    }
}
