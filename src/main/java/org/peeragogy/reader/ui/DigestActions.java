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

    private final java.util.function.Supplier<List<org.peeragogy.reader.book.Chapter>> chapters;
    private final java.util.function.Supplier<org.peeragogy.reader.book.Chapter> current;

    /**
     * @param showFile shows a written file in the system's file manager (its folder)
     * @param chapters the open handbook's chapters, in order
     * @param current  the chapter shown, or null
     */
    DigestActions(Dialogs dialogs, DigestViewModel digest, NoticeViewModel notices, Consumer<Path> showFile,
                  Texts texts, java.util.function.Supplier<List<org.peeragogy.reader.book.Chapter>> chapters,
                  java.util.function.Supplier<org.peeragogy.reader.book.Chapter> current) {
        this.chapters = chapters;
        this.current = current;
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
        Optional<java.util.Set<String>> only = chapters();
        if (only.isEmpty()) {
            return;
        }
        Digests.Format f = FORMAT_OF.get(formats.indexOf(format.get()));
        dialogs.chooseFileToSave(texts.get("digest.save"), "digest" + f.extension())
                .ifPresent(file -> start(f, Names.values()[names.indexOf(named.get())], only.get(), file));
    }

    /**
     * Which chapters the digest takes (tester 15's F9: the window could not choose, the command line has
     * {@code --chapter}): every chapter, the one shown, or those ticked in a list. Empty when the reader cancels or
     * ticks none; an empty set is every chapter.
     */
    private Optional<java.util.Set<String>> chapters() {
        org.peeragogy.reader.book.Chapter shown = current.get();
        List<String> ways = shown == null ? List.of(texts.get("digest.chaptersAll"), texts.get("digest.chaptersPick"))
                : List.of(texts.get("digest.chaptersAll"), texts.format("digest.chaptersThis", shown.title()),
                texts.get("digest.chaptersPick"));
        Optional<String> way = dialogs.choose(texts.get("digest.title"), texts.get("digest.chapters"),
                texts.get("digest.chaptersLabel"), ways);
        if (way.isEmpty()) {
            return Optional.empty();
        }
        int i = ways.indexOf(way.get());
        if (i == 0) {
            return Optional.of(java.util.Set.of());
        }
        if (shown != null && i == 1) {
            return Optional.of(java.util.Set.of(shown.id()));
        }
        List<org.peeragogy.reader.book.Chapter> all = chapters.get();
        Optional<List<Integer>> ticked = dialogs.pick(Dialogs.Question.of(texts.get("digest.title"),
                        texts.get("digest.chaptersPickHeader"), ""),
                all.stream().map(c -> c.number().isBlank() ? c.title() : c.number() + " " + c.title()).toList(),
                all.stream().map(c -> shown != null && c.id().equals(shown.id())).toList());
        if (ticked.isEmpty() || ticked.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ticked.get().stream().map(k -> all.get(k).id()).collect(java.util.stream.Collectors.toSet()));
    }

    /** Makes the digest of every chapter into {@code file}, then says so. */
    void start(Digests.Format format, Names names, Path file) {
        start(format, names, java.util.Set.of(), file);
    }

    /** Makes the digest of these chapters (ids; empty: every chapter) into {@code file}, then says so. */
    void start(Digests.Format format, Names names, java.util.Set<String> only, Path file) {
        digest.start(format, names, only, file, w -> notices.show(texts.format(w.unplaced() == 0 ? "digest.written"
                        : "digest.writtenUnplaced", w.chapters(), w.people(), w.open(), BidiMarks.isolated(String.valueOf(w.file().getFileName())),
                        w.unplaced()) + (w.undrawn().isEmpty() ? "" : " " + w.undrawn()), new NoticeViewModel.Choice(NoticeViewModel.SHOW_FILE, texts.get("notice.showFile"),
                () -> showFile.accept(w.file()))));
    }
}
