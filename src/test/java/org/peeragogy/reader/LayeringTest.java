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
                .layer("text").definedBy("org.peeragogy.reader.text..")
                .layer("content").definedBy("org.peeragogy.reader.content..")
                .layer("store").definedBy("org.peeragogy.reader.store..")
                .layer("share").definedBy("org.peeragogy.reader.share..")
                .layer("digest").definedBy("org.peeragogy.reader.digest..")
                .layer("ui").definedBy("org.peeragogy.reader.ui..")
                .layer("app").definedBy("org.peeragogy.reader.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("digest").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("share").mayOnlyBeAccessedByLayers("digest", "ui", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("share", "digest", "ui", "app")
                .whereLayer("content").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("text").mayOnlyBeAccessedByLayers("content", "store", "share", "digest", "ui", "app")
                .check(classes);
    }

    @Test
    void bookUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.peeragogy.reader.book..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.peeragogy.reader.book..")
                .check(classes);
    }

    /** How search and find see words (decision 0018): the JDK and ICU4J, nothing of the reader's own above it. */
    @Test
    void textUsesOnlyTheJdkAndIcu() {
        noClasses().that().resideInAPackage("org.peeragogy.reader.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "com.ibm.icu..",
                        "org.peeragogy.reader.text..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideInAnyPackage("org.peeragogy.reader.book..", "org.peeragogy.reader.text..",
                        "org.peeragogy.reader.content..",
                        "org.peeragogy.reader.store..", "org.peeragogy.reader.share..", "org.peeragogy.reader.digest..")
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

    /** The facilitator's digest (decision 0029) reads notes through store and share, never the handbook's content. */
    @Test
    void theDigestNeverTouchesContent() {
        noClasses().that().resideInAPackage("org.peeragogy.reader.digest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.peeragogy.reader.content..")
                .check(classes);
    }
}
