package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every dialog the reader's window opens is shown through {@link HeldDialogs} (fresh tester t36): a dialog shown with
 * its own {@code show()} or {@code showAndWait()} is modal to the window system, and when another program destroys its
 * window the reader's window stays disabled for good. Read from the main classes' bytecode with ArchUnit.
 */
class HeldDialogsEverywhereTest {
    /**
     * Classes allowed to show a dialog themselves: HeldDialogs; the copied-notes question, which holds the window by a
     * mechanism of its own (decision 0094); the recovery question, asked before any window is open (no window to hold).
     */
    private static final Set<String> OWN_WAY = Set.of("HeldDialogs", "CopiedNotesDialog", "RecoveryDialog");

    @Test
    void noDialogOfTheUiIsShownButThroughHeldDialogs() {
        JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peeragogy.reader.ui");
        List<String> shownOwnWay = ui.stream()
                .filter(c -> !OWN_WAY.contains(outer(c.getName())))
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(HeldDialogsEverywhereTest::showsADialog)
                .map(JavaMethodCall::getDescription)
                .toList();
        assertEquals(List.of(), shownOwnWay, "dialogs shown without HeldDialogs");
    }

    private static boolean showsADialog(JavaMethodCall call) {
        String name = call.getTarget().getName();
        return (name.equals("show") || name.equals("showAndWait")) && call.getTargetOwner()
                .isAssignableTo("javafx.scene.control.Dialog"); // by name: this test needs no window (UiTagTest)
    }

    /** The simple name of the top class of {@code name} ({@code a.b.C$1} → {@code C}). */
    private static String outer(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }
}
