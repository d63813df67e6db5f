package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.NoteSharing;

/**
 * The window's flows for sharing notes: export, import with its preview, undo, and people. Asks through
 * {@link Dialogs}; the work runs in the background through {@link SharingViewModel}, whose properties
 * disable these actions while it runs. FX thread.
 */
final class SharingActions {
    private static final List<String> EXPORT_FORMATS = List.of("Notes file, to share with other readers (.peeranotes)",
            "W3C Web Annotation JSON-LD, for other tools (.jsonld)", "Markdown, for people to read or print (.md)");
    static final List<Dialogs.Filter> NOTES_FILES = List.of(
            new Dialogs.Filter("Notes files", List.of("*.peeranotes", "*.json", "*.jsonld")),
            new Dialogs.Filter("All files", List.of("*")));

    private final Dialogs dialogs;
    private final SharingViewModel sharing;
    private final NotesViewModel notes;
    private final Runnable notesChanged;
    private final NoticeViewModel notices;
    private final Consumer<Path> showFile;

    /**
     * @param notesChanged called after an import, an undo or a change of who is shown, for the
     *                     views that list notes
     */
    /**
     * @param notices  where what happened is said (with Undo after an import, Show file after an export)
     * @param showFile shows a written file in the system's file manager (its folder)
     */
    SharingActions(Dialogs dialogs, SharingViewModel sharing, NotesViewModel notes, Runnable notesChanged,
                   NoticeViewModel notices, Consumer<Path> showFile) {
        this.dialogs = dialogs;
        this.sharing = sharing;
        this.notes = notes;
        this.notesChanged = notesChanged;
        this.notices = notices;
        this.showFile = showFile;
    }

    void exportNotes() {
        Optional<String> chosen = dialogs.choose("Export notes", "Export the notes of this handbook as:", "Format:",
                EXPORT_FORMATS);
        if (chosen.isEmpty()) {
            return;
        }
        NoteSharing.Format format = NoteSharing.Format.values()[EXPORT_FORMATS.indexOf(chosen.get())];
        // Private notes (only their author could read them where they came from) go only when the reader
        // says so; counting them reads the database, so off the FX thread, then the question on it.
        sharing.startPrivateCount(privates -> {
            boolean withPrivate = privates > 0 && dialogs.twoWays(Dialogs.Question.of("Private notes",
                    "Include the private notes?", privateText(privates)).withId("export-private"),
                    "Include them", "Leave them out");
            Optional<Path> out = dialogs.chooseFileToSave("Export notes", "notes-"
                    + notes.authorName().orElse("me").replaceAll("[^\\p{L}\\p{N}]+", "-") + format.extension());
            out.ifPresent(file -> sharing.startExport(format, file, ExportFilter.ALL.withPrivate(withPrivate),
                    exported -> notices.show("Exported " + exported.notes() + (exported.notes() == 1 ? " note" : " notes")
                            + " to " + exported.file().getFileName() + "."
                            + (exported.leftOut().isEmpty() ? "" : " " + capital(exported.leftOut()) + "."),
                            new NoticeViewModel.Choice(NoticeViewModel.SHOW_FILE, "Show file",
                                    () -> showFile.accept(exported.file())))));
        });
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What the export asks about private notes; leaving them out is the default. */
    static String privateText(int privates) {
        return privates + (privates == 1 ? " note is" : " notes are")
                + " private: only " + (privates == 1 ? "its author" : "their authors") + " or a closed group could read "
                + (privates == 1 ? "it" : "them") + " where " + (privates == 1 ? "it" : "they") + " came from. They"
                + " are left out of the export unless you include them; included, they are marked private in the"
                + " file.";
    }

    void chooseNotesFile() {
        dialogs.chooseFile("Import notes", NOTES_FILES).ifPresent(this::importNotes);
    }

    /** Checks the file off the FX thread, shows what importing it would do, and imports on OK. */
    void importNotes(Path file) {
        sharing.startPreview(file, this::confirmImport);
    }

    private void confirmImport(NoteSharing.Preview preview) {
        Dialogs.Question q = Dialogs.Question.of("Import notes", "Import the notes in " + preview.file().getFileName()
                + "?", SharingViewModel.describe(preview)).withId("import-preview");
        if (!preview.remarks().isEmpty()) {
            // What the file holds that will not come in, item by item, so nothing is dropped unseen.
            q = q.withDetails(preview.remarks().size() + " item(s) will not be imported as they are:",
                    preview.remarks());
        }
        if (dialogs.confirm(q)) {
            sharing.startImport(preview, () -> {
                refreshLayers();
                notices.show(SharingViewModel.imported(preview),
                        new NoticeViewModel.Choice(NoticeViewModel.UNDO, "Undo", this::undoImport));
            });
        } else {
            sharing.cancelImport();
        }
    }

    /** Takes the last import back after the reader agrees, naming which import it is and what it brought. */
    void undoImport() {
        Optional<SharingViewModel.LastImport> last = sharing.lastImportProperty().get();
        if (last.isEmpty()) {
            return;
        }
        String name = last.get().source();
        if (dialogs.confirm(Dialogs.Question.of("Undo last import", "Take back the import of " + name + "?",
                "It brought " + SharingViewModel.shortSummary(last.get().summary()) + " (imported "
                        + NotesPanel.WHEN.format(last.get().importedAt()) + "). Every note it added, changed or"
                        + " deleted goes back to how it was before it. Changes you made since to those same notes"
                        + " are taken back too.").withId("undo-import"))) {
            sharing.startUndo(() -> {
                refreshLayers();
                notices.show("Took back the import of " + name + ".");
            });
        }
    }

    /** Shows or hides each person's notes. */
    void showPeople() {
        sharing.refreshAuthors();
        dialogs.people(sharing.people(), (authorId, visible) -> sharing.setVisible(authorId, visible, this::refreshLayers));
    }

    /** Applies who is shown and which notes are in conflict, then everything that lists notes. */
    void refreshLayers() {
        sharing.readLastImport();
        sharing.refreshAuthors();
        notes.setLayers(sharing.hiddenAuthors(), sharing.conflicted(), sharing.claimed());
        notesChanged.run();
    }
}
