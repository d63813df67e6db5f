package org.peeragogy.reader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views of {@code ui} (every class there whose top-level class's name does not end in
 * {@code ViewModel}, nested classes and {@code ui.web} included; {@code Reasons} aside) do not use {@code store} or
 * {@code content} at all: they talk to their view-models, which do and can be tested without a window
 * (docs/architecture.md, "The window in parts"; issue 10). Where a view needs something from there, its
 * view-model gets a method or a property for it.
 */
class UiViewsTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peeragogy.reader.ui");
    }

    private static JavaClass top(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /**
     * Views: not view-models, and not {@code Reasons}, the list of the layers' reason codes (decision 0038): data
     * the window's words are made from (their keys and English), named there and used by no view.
     */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "views (not view-models)", c -> !top(c).getSimpleName().endsWith("ViewModel")
                    && !top(c).getName().equals("org.peeragogy.reader.ui.Reasons"));

    private static boolean inStoreOrContent(JavaClass target) {
        while (target.isArray()) {
            target = target.getComponentType();
        }
        String pkg = target.getPackageName();
        return pkg.startsWith("org.peeragogy.reader.store") || pkg.startsWith("org.peeragogy.reader.content");
    }

    /**
     * Every use ArchUnit reads from the bytecode (calls, fields, signatures, instanceof, ...) and, because a
     * type named only in a {@code catch} is not among those, every caught exception type too.
     */
    private static final ArchCondition<JavaClass> USE_NEITHER_STORE_NOR_CONTENT =
            new ArchCondition<>("use neither store nor content") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        if (inStoreOrContent(d.getTargetClass())) {
                            events.add(SimpleConditionEvent.violated(c, d.getDescription()));
                        }
                    }
                    for (JavaCodeUnit unit : c.getCodeUnits()) {
                        for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                            for (JavaClass caught : block.getCaughtThrowables()) {
                                if (inStoreOrContent(caught)) {
                                    events.add(SimpleConditionEvent.violated(c, unit.getFullName() + " catches "
                                            + caught.getName() + " in " + block.getSourceCodeLocation()));
                                }
                            }
                        }
                    }
                }
            };

    @Test
    void viewsUseNeitherStoreNorContentOnlyTheirViewModelsDo() {
        classes().that().resideInAPackage("org.peeragogy.reader.ui..").and(VIEWS)
                .should(USE_NEITHER_STORE_NOR_CONTENT)
                .because("views talk to view-models only: put the work in the view-model and give the view a"
                        + " method or property for it")
                .check(classes);
    }

    @Test
    void theRuleSeesAViewModelsUses() {
        // A rule that finds nothing because it looks at nothing would pass for ever: the view-models it
        // leaves out do use store and content, and the condition sees it.
        JavaClass bounds = classes.get("org.peeragogy.reader.ui.WindowBoundsViewModel");
        ConditionEvents events = ConditionEvents.Factory.create();
        USE_NEITHER_STORE_NOR_CONTENT.check(bounds, events);
        List<String> said = events.getViolating().stream().flatMap(e -> e.getDescriptionLines().stream()).toList();
        assertTrue(said.stream().anyMatch(l -> l.contains("SettingsStore.get")), String.join("\n", said));
        assertTrue(said.stream().anyMatch(l -> l.contains("catches org.peeragogy.reader.store.StoreException")),
                String.join("\n", said));
    }
}
