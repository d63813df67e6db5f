package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peeragogy.reader.share.ExportFilter;
import org.peeragogy.reader.share.FolderPreview;
import org.peeragogy.reader.share.ForOthers;
import org.peeragogy.reader.share.NoteSharing;

/**
 * The window's flows for sharing notes: export, import with its preview, undo, and people. Asks through
 * {@link Dialogs}; the work runs in the background through {@link SharingViewModel}, whose properties
 * disable these actions while it runs. FX thread.
 */
final class SharingActions {
    private final List<String> exportFormats;
    private final List<Dialogs.Filter> notesFiles;
    private final Texts texts;

    private final Dialogs dialogs;
    private final SharingViewModel sharing;
    private final NotesViewModel notes;
    private final Runnable notesChanged;
    private final NoticeViewModel notices;
    private final Consumer<Path> showFile;
    /** The notice these flows showed last (an import's "Imported …"), taken away when a file is refused. */
    private Optional<NoticeViewModel.Notice> said = Optional.empty();

    /**
     * @param notesChanged called after an import, an undo or a change of who is shown, for the
     *                     views that list notes
     * @param notices      where what happened is said (with Undo after an import, Show file after an export)
     * @param showFile shows a written file in the system's file manager (its folder)
     * @param texts    the window's words (decision 0030)
     */
    SharingActions(Dialogs dialogs, SharingViewModel sharing, NotesViewModel notes, Runnable notesChanged,
                   NoticeViewModel notices, Consumer<Path> showFile, Texts texts) {
        this.texts = texts;
        // In NoteSharing.Format's order.
        this.exportFormats = List.of(texts.get("export.formatNotes"), texts.get("export.formatW3c"),
                texts.get("export.formatMarkdown"));
        this.notesFiles = List.of(new Dialogs.Filter(texts.get("import.filterNotes"),
                        List.of("*.peeranotes", "*.json", "*.jsonld")),
                new Dialogs.Filter(texts.get("import.filterAll"), List.of("*")));
        this.dialogs = dialogs;
        this.sharing = sharing;
        this.notes = notes;
        this.notesChanged = notesChanged;
        this.notices = notices;
        this.showFile = showFile;
    }

    void exportNotes() {
        Optional<String> chosen = dialogs.choose(texts.get("export.title"), texts.get("export.header"),
                texts.get("export.format"), exportFormats);
        if (chosen.isEmpty()) {
            return;
        }
        NoteSharing.Format format = NoteSharing.Format.values()[exportFormats.indexOf(chosen.get())];
        // Private notes (only their author could read them where they came from) go only when the reader
        // says so; counting them reads the database, so off the FX thread, then the question on it.
        sharing.startPrivateCount((privates, ownName) -> {
            boolean withPrivate = privates > 0 && dialogs.twoWays(Dialogs.Question.of(texts.get("export.privateTitle"),
                    texts.get("export.privateHeader"), privateText(texts, privates)).withId("export-private"),
                    texts.get("export.includeThem"), texts.get("export.leaveThemOut"));
            // The file's name is the reader's own words, never translated: notes-Ana.peeranotes; without a name given,
            // the one their notes carry, else their short id, so that twenty exports on one stick differ (t34's F7).
            Optional<Path> out = dialogs.chooseFileToSave(texts.get("export.title"), "notes-"
                    + notes.authorName().orElse(ownName).replaceAll("[^\\p{L}\\p{N}]+", "-") + format.extension());
            out.ifPresent(file -> sharing.startExport(format, file, ExportFilter.ALL.withPrivate(withPrivate),
                    exported -> say(exportedText(exported),
                            new NoticeViewModel.Choice(NoticeViewModel.SHOW_FILE, texts.get("notice.showFile"),
                                    () -> showFile.accept(exported.file())))));
        });
    }

    /** "Exported 12 notes to notes-Ana.peeranotes.", and what was left out. */
    private String exportedText(org.peeragogy.reader.share.Exported exported) {
        List<String> parts = new java.util.ArrayList<>(List.of(texts.format("export.done", exported.notes(),
                String.valueOf(exported.file().getFileName()))));
        if (exported.votes() > 0) {
            parts.add(texts.format("export.votes", exported.votes()));
        }
        if (exported.privateLeftOut() > 0) {
            parts.add(texts.format("export.privateLeftOut", exported.privateLeftOut()));
        }
        if (exported.copiesLeftOut() > 0) {
            parts.add(texts.format("export.copiesLeftOut", exported.copiesLeftOut()));
        }
        if (exported.claimedLeftOut() > 0) {
            parts.add(texts.format("export.claimedLeftOut", exported.claimedLeftOut()));
        }
        if (exported.blindLeftOut() > 0) {
            parts.add(texts.format("export.blindLeftOut", exported.blindLeftOut()));
        }
        return String.join(" ", parts);
    }

    /** What the export asks about private notes; leaving them out is the default. */
    static String privateText(Texts texts, int privates) {
        return texts.format("export.privateText", privates);
    }

    void chooseNotesFile() {
        dialogs.chooseFile(texts.get("import.title"), notesFiles).ifPresent(this::importNotes);
    }

    /**
     * Checks the file off the FX thread, shows what importing it would do, and imports on OK. A file that cannot be
     * imported is refused in a dialog ({@link #refused}). Asked while another import runs, it waits its turn.
     */
    void importNotes(Path file) {
        sharing.startPreview(file, this::confirmImport, this::refused);
    }

    /**
     * Files the reader opened (handed over, dropped, chosen) that cannot be imported: the reason is told whole, under
     * the file's name, in a dialog that waits for OK (t30's F4.1: it was said in the problem bar only, under the notice
     * of an earlier import, which would be read as news of this file: it goes). Files that came meanwhile wait behind it.
     * Several refused at once (a read-only data folder) are one dialog, a line each: its name and why.
     */
    private void refused(List<ImportTurns.Refused> files) {
        said.ifPresent(notices::withdraw);
        String header = files.size() == 1 ? texts.format("import.refused", BidiMarks.isolated(files.get(0).name()))
                : texts.format("import.refusedMany", files.size());
        String text = files.size() == 1 ? files.get(0).why() : String.join("\n", files.stream().map(f -> texts.format(
                "import.refusedLine", BidiMarks.isolated(f.name()), f.why())).toList());
        dialogs.explain(Dialogs.Question.of(texts.get("import.title"), header, text).withId("import-refused"));
    }

    /** Shows what a flow did in the notice, and remembers it ({@link #refused} takes it away). */
    private void say(String text, NoticeViewModel.Choice... choices) {
        said = Optional.of(notices.show(text, choices));
    }

    private void confirmImport(NoteSharing.Preview preview) {
        Dialogs.Question q = Dialogs.Question.of(texts.get("import.title"), texts.format("import.header",
                BidiMarks.isolated(String.valueOf(preview.file().getFileName()))), ImportSummaryViewModel.describe(texts, preview))
                .withId("import-preview");
        if (!preview.reasons().isEmpty()) {
            // What the file holds that will not come in, item by item, so nothing is dropped unseen; each said in
            // the window's language (decision 0038).
            q = q.withDetails(texts.format("import.remarks", preview.reasons().size()),
                    preview.reasons().stream().map(texts::reason).toList());
        }
        if (dialogs.confirm(q)) {
            boolean took = takeForOthers(preview.forOthers(), false);
            NoteSharing.Preview chosen = took ? preview.withOthers() : preview;
            sharing.startImport(chosen, () -> {
                refreshLayers();
                String file = BidiMarks.isolated(String.valueOf(preview.file().getFileName()));
                say(took ? texts.format("import.done", file, landed(ImportSummaryViewModel.brought(texts, chosen)))
                                : ImportSummaryViewModel.imported(texts, chosen),
                        new NoticeViewModel.Choice(NoticeViewModel.UNDO, texts.get("button.undo"), this::undoImport));
            });
        } else {
            sharing.cancelImport();
        }
    }

    /** File → Import a folder of notes files…: the folder from a chooser, then {@link #importFolder}. */
    void chooseNotesFolder() {
        dialogs.chooseFolder(texts.get("importFolder.choose")).ifPresent(this::importFolder);
    }

    /**
     * Reads every notes file of {@code folder} off the FX thread and shows one preview of them all (issue 15, as the
     * command line's {@code import FOLDER}: per file who and how many, the files that cannot be imported with why,
     * then the combined counts); OK imports them as one batch that one Undo takes back.
     */
    void importFolder(Path folder) {
        sharing.startFolderPreview(folder, this::confirmFolderImport);
    }

    private void confirmFolderImport(FolderPreview preview) {
        String name = BidiMarks.isolated(String.valueOf(preview.folder().getFileName()));
        int files = preview.lines().size();
        List<String> details = new java.util.ArrayList<>(preview.lines());
        if (!preview.refused().isEmpty()) {
            details.add("");
            details.add(texts.format("importFolder.skipped", preview.refused().size()));
            preview.refused().forEach(r -> details.add("  " + r));
        }
        if (!preview.combined().remarks().isEmpty()) {
            details.add("");
            details.add(texts.format("import.remarks", preview.combined().remarks().size()));
            preview.combined().remarks().forEach(r -> details.add("  " + r));
        }
        String text = ImportSummaryViewModel.describe(texts, preview.combined());
        if (!preview.refused().isEmpty()) {
            text = texts.format("importFolder.skippedText", preview.refused().size()) + "\n\n" + text;
        }
        Dialogs.Question q = Dialogs.Question.of(texts.get("importFolder.title"),
                texts.format("importFolder.header", files, name), text)
                .withDetails(texts.get("importFolder.perFile"), details).withId("import-folder-preview");
        if (dialogs.confirm(q)) {
            boolean took = takeForOthers(preview.combined().forOthers(), true);
            FolderPreview chosen = took ? preview.withOthers() : preview;
            sharing.startFolderImport(chosen, () -> {
                refreshLayers();
                String brought = ImportSummaryViewModel.brought(texts, preview.combined());
                say(texts.format("importFolder.done", files, name, took ? landed(brought) : brought),
                        new NoticeViewModel.Choice(NoticeViewModel.UNDO, texts.get("button.undo"), this::undoImport));
            });
        } else {
            sharing.cancelImport();
        }
    }

    /**
     * What the import that just landed brought, as its record says: the preview's figures left out what the reader
     * then chose to take (decision 0069), so they are not what it did. {@code previewed} when nothing was recorded.
     */
    private String landed(String previewed) {
        return sharing.lastImportProperty().get().map(l -> ImportSummaryViewModel.shortSummary(texts, l.summary()))
                .orElse(previewed);
    }

    /** Whether the reader takes what a file carries for people other than its writer ({@link TakeForOthers}). */
    private boolean takeForOthers(ForOthers left, boolean folder) {
        return TakeForOthers.ask(dialogs, texts, left, folder);
    }

    /** Takes the last import back after the reader agrees, naming which import it is and what it brought. */
    void undoImport() {
        Optional<SharingViewModel.LastImport> last = sharing.lastImportProperty().get();
        if (last.isEmpty()) {
            return;
        }
        String name = BidiMarks.isolated(last.get().source());
        // What it brought is the summary the notes file recorded at the import, in the words of that time.
        if (dialogs.confirm(Dialogs.Question.of(texts.get("undo.title"), texts.format("undo.header", name),
                texts.format("undo.text", ImportSummaryViewModel.shortSummary(texts, last.get().summary()),
                        texts.when(last.get().importedAt()))).withId("undo-import"))) {
            sharing.startUndo(() -> {
                refreshLayers();
                say(texts.format("undo.done", name));
            });
        }
    }

    /** Shows or hides each person's notes. */
    void showPeople() {
        sharing.layers().refreshAuthors();
        dialogs.people(sharing.layers().people(), (authorId, visible) -> sharing.layers().setVisible(authorId, visible, this::refreshLayers));
    }

    /** Applies who is shown and which notes are in conflict, then everything that lists notes. */
    void refreshLayers() {
        sharing.readLayers((hidden, conflicted, claimed) -> {
            notes.setLayers(hidden, conflicted, claimed);
            notesChanged.run();
        });
    }
}
