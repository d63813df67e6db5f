package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;

/**
 * File → Digest… (issue 15, decision 0029): asks the format, how people are named and where to save, then makes
 * the facilitator's digest in the background through {@link DigestViewModel} (the action is disabled meanwhile) and
 * says what it wrote, with Show file. Asks through {@link Dialogs}. FX thread.
 */
final class DigestActions {
    static final List<String> FORMATS = List.of("HTML, one file to open in any browser (.html)",
            "PDF, to print or hand round (.pdf)", "Markdown, to edit or paste elsewhere (.md)");
    private static final List<Digests.Format> FORMAT_OF = List.of(Digests.Format.HTML, Digests.Format.PDF,
            Digests.Format.MARKDOWN);
    static final List<String> NAMES = List.of("Show names", "Initials only (A. L.)",
            "Hide names (Participant 1, Participant 2, …)");

    private final Dialogs dialogs;
    private final DigestViewModel digest;
    private final NoticeViewModel notices;
    private final Consumer<Path> showFile;

    /** @param showFile shows a written file in the system's file manager (its folder) */
    DigestActions(Dialogs dialogs, DigestViewModel digest, NoticeViewModel notices, Consumer<Path> showFile) {
        this.dialogs = dialogs;
        this.digest = digest;
        this.notices = notices;
        this.showFile = showFile;
    }

    /** The row of the window's table of actions: File → Digest…, disabled while one is being made. */
    Action action() {
        return Action.of("digest", "Digest…", null, this::choose).disabledWhen(digest.workingProperty());
    }

    void choose() {
        Optional<String> format = dialogs.choose("Digest", "A digest of this handbook's notes for the group: per"
                + " chapter who took part, the most-marked passages, open questions by votes with their threads.",
                "Format:", FORMATS);
        if (format.isEmpty()) {
            return;
        }
        Optional<String> names = dialogs.choose("Digest", "How should the digest name people?", "Names:", NAMES);
        if (names.isEmpty()) {
            return;
        }
        Digests.Format f = FORMAT_OF.get(FORMATS.indexOf(format.get()));
        dialogs.chooseFileToSave("Save the digest", "digest" + f.extension())
                .ifPresent(file -> start(f, Names.values()[NAMES.indexOf(names.get())], file));
    }

    /** Makes the digest into {@code file}, then says so. */
    void start(Digests.Format format, Names names, Path file) {
        digest.start(format, names, file, written -> notices.show("Wrote the digest (" + written.summary() + ") to "
                + written.file().getFileName() + ".", new NoticeViewModel.Choice(NoticeViewModel.SHOW_FILE,
                "Show file", () -> showFile.accept(written.file()))));
    }
}
