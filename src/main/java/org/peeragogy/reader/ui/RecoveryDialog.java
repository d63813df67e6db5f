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
 * The caller does the chosen work, off the FX thread. Its words are the system's language's (the notes file,
 * which keeps the language chosen, cannot be read yet).
 */
public final class RecoveryDialog {
    /** What the reader chose. */
    public enum Choice { RESTORE_BACKUP, START_FRESH, READ_WITHOUT_NOTES, QUIT }

    private RecoveryDialog() {
    }

    /** Text of the button that starts fresh. */
    public static String startFresh(Texts texts) {
        return texts.get("recovery.startFresh");
    }

    /** Text of the button that quits. */
    public static String quit(Texts texts) {
        return texts.get("action.quit");
    }

    /** Text of the button that opens the book without the notes file. */
    public static String readWithoutNotes(Texts texts) {
        return texts.get("recovery.readWithout");
    }

    /** How the dialog names a backup: "the backup of 2026-11-20 (42 notes)". */
    public static String backup(Texts texts, java.time.LocalDate day, int notes) {
        return texts.format("recovery.backup", day.toString(), notes);
    }

    /** Text of the button that restores {@code backup} ({@link #backup}). */
    public static String restoreButton(Texts texts, String backup) {
        return texts.format("recovery.restore", backup);
    }

    /**
     * Shows the dialog and waits for the choice (a nested event loop on the FX thread; nothing here
     * touches the disk).
     *
     * @param reason what is wrong, from the store ("Your notes file … is damaged (it ends too early). Nothing has
     *               been changed.")
     * @param backup the latest good backup, described; empty when there is none (no restore button then)
     */
    public static Choice ask(Texts texts, String reason, Optional<String> backup) {
        ButtonType restore = backup.map(b -> new ButtonType(restoreButton(texts, b), ButtonBar.ButtonData.OK_DONE))
                .orElse(null);
        ButtonType fresh = new ButtonType(startFresh(texts), ButtonBar.ButtonData.OTHER);
        ButtonType read = new ButtonType(readWithoutNotes(texts), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(quit(texts), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> buttons = new ArrayList<>();
        if (restore != null) {
            buttons.add(restore);
        }
        buttons.add(fresh);
        buttons.add(read);
        buttons.add(quit);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", buttons.toArray(ButtonType[]::new));
        alert.setTitle("Peeragogy Reader");
        alert.setHeaderText(texts.get("recovery.header"));
        Label text = new Label(reason + "\n\n"
                + backup.map(b -> texts.format("recovery.restoreText", b)).orElse(texts.get("recovery.noBackup"))
                + "\n" + texts.get("recovery.choices"));
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
