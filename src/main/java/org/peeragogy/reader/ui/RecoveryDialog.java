package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * Asked at start when the notes file is damaged (docs/decisions/0010): says what is wrong and offers
 * restoring the latest automatic backup, setting the damaged file aside and starting fresh, or quitting.
 * The caller does the chosen work, off the FX thread.
 */
public final class RecoveryDialog {
    /** What the reader chose. */
    public enum Choice { RESTORE_BACKUP, START_FRESH, READ_WITHOUT_NOTES, QUIT }

    /** Text of the button that starts fresh. */
    public static final String START_FRESH = "Set it aside and start fresh";
    /** Text of the button that quits. */
    public static final String QUIT = "Quit";
    public static final String READ_WITHOUT_NOTES = "Read without my notes";

    private RecoveryDialog() {
    }

    /** Text of the button that restores {@code backup} ("the backup of 2026-11-20 (42 notes)"). */
    public static String restoreButton(String backup) {
        return "Restore " + backup;
    }

    /**
     * Shows the dialog and waits for the choice (a nested event loop on the FX thread; nothing here
     * touches the disk).
     *
     * @param reason what is wrong, from the store ("Your notes file … is damaged (it ends too early). Nothing has
     *               been changed.")
     * @param backup the latest good backup, described; empty when there is none (no restore button then)
     */
    public static Choice ask(String reason, Optional<String> backup) {
        ButtonType restore = backup.map(b -> new ButtonType(restoreButton(b), ButtonBar.ButtonData.OK_DONE))
                .orElse(null);
        ButtonType fresh = new ButtonType(START_FRESH, ButtonBar.ButtonData.OTHER);
        ButtonType read = new ButtonType(READ_WITHOUT_NOTES, ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(QUIT, ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> buttons = new ArrayList<>();
        if (restore != null) {
            buttons.add(restore);
        }
        buttons.add(fresh);
        buttons.add(read);
        buttons.add(quit);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", buttons.toArray(ButtonType[]::new));
        alert.setTitle("Peeragogy Reader");
        alert.setHeaderText("Your notes file is damaged");
        Label text = new Label(reason + "\n\n"
                + backup.map(b -> "Restore: your notes as they were in " + b + "; changes made since are lost.\n")
                        .orElse("There is no automatic backup to restore.\n")
                + "Start fresh: the notes that can still be read are saved to a notes file and offered for import.\n"
                + "Either way the damaged file is kept, renamed, beside the new one.\n"
                + "Read without my notes: the book opens now and the damaged file is left as it is; notes made "
                + "meanwhile are not kept.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setId("recovery-reason");
        alert.getDialogPane().setContent(text);
        // Wide enough for every choice's button (a row of four, the restore one naming its date).
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(800);
        alert.setResizable(true);
        Optional<ButtonType> chosen = alert.showAndWait();
        if (chosen.isEmpty() || chosen.get() == quit) {
            return Choice.QUIT;
        }
        if (chosen.get() == read) {
            return Choice.READ_WITHOUT_NOTES;
        }
        return chosen.get() == fresh ? Choice.START_FRESH : Choice.RESTORE_BACKUP;
    }
}
