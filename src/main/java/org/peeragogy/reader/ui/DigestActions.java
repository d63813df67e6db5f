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
    private static final List<Digests.Format> FORMAT_OF = List.of(Digests.Format.HTML, Digests.Format.PDF,
            Digests.Format.MARKDOWN);

    private final Dialogs dialogs;
    private final DigestViewModel digest;
    private final NoticeViewModel notices;
    private final Consumer<Path> showFile;
    private final Texts texts;
    private final List<String> formats;
    private final List<String> names;

    /** @param showFile shows a written file in the system's file manager (its folder) */
    DigestActions(Dialogs dialogs, DigestViewModel digest, NoticeViewModel notices, Consumer<Path> showFile,
                  Texts texts) {
        this.texts = texts;
        this.formats = List.of(texts.get("digest.formatHtml"), texts.get("digest.formatPdf"),
                texts.get("digest.formatMarkdown"));
        this.names = List.of(texts.get("digest.namesShow"), texts.get("digest.namesInitials"),
                texts.get("digest.namesHide"));
        this.dialogs = dialogs;
        this.digest = digest;
        this.notices = notices;
        this.showFile = showFile;
    }

    /** The row of the window's table of actions: File → Digest…, disabled while one is being made. */
    Action action() {
        return Action.of("digest", texts.get("action.digest"), null, this::choose).disabledWhen(digest.workingProperty());
    }

    void choose() {
        Optional<String> format = dialogs.choose(texts.get("digest.title"), texts.get("digest.what"),
                texts.get("digest.format"), formats);
        if (format.isEmpty()) {
            return;
        }
        Optional<String> named = dialogs.choose(texts.get("digest.title"), texts.get("digest.names"),
                texts.get("digest.namesLabel"), names);
        if (named.isEmpty()) {
            return;
        }
        Digests.Format f = FORMAT_OF.get(formats.indexOf(format.get()));
        dialogs.chooseFileToSave(texts.get("digest.save"), "digest" + f.extension())
                .ifPresent(file -> start(f, Names.values()[names.indexOf(named.get())], file));
    }

    /** Makes the digest into {@code file}, then says so. */
    void start(Digests.Format format, Names names, Path file) {
        digest.start(format, names, file, w -> notices.show(texts.format(w.unplaced() == 0 ? "digest.written"
                        : "digest.writtenUnplaced", w.chapters(), w.people(), w.open(), BidiMarks.isolated(String.valueOf(w.file().getFileName())),
                        w.unplaced()) + (w.undrawn().isEmpty() ? "" : " " + w.undrawn()), new NoticeViewModel.Choice(NoticeViewModel.SHOW_FILE, texts.get("notice.showFile"),
                () -> showFile.accept(w.file()))));
    }
}
