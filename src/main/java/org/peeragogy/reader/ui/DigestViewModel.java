package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;

/**
 * File → Digest… (issue 15, decision 0029): the facilitator's digest of the open handbook's notes, as Markdown,
 * HTML or PDF, made and written in the background ({@link BackgroundTasks}: it reads every note, places the
 * highlights in their chapters and lays out a PDF, which takes seconds with a big workshop). While it runs
 * {@link #workingProperty()} is true, and the window disables the action. No controls; runs without a toolkit.
 *
 * <p>Threads: the FX thread; the work runs on a thread called "digest". A failure is said through the problems
 * consumer; the file is then as it was (written whole or not at all, {@code share.SafeWrite}).
 */
public final class DigestViewModel {
    private static final System.Logger LOG = System.getLogger(DigestViewModel.class.getName());

    /** Makes the digest of the open handbook (app: {@code digest.Digests} on a connection of its own). */
    @FunctionalInterface
    public interface Maker {
        /**
         * Off the FX thread; throws what reading the notes throws.
         *
         * @param chapters the chapters' ids to take; empty for every chapter (as the command line's {@code --chapter})
         */
        Digest make(Names names, java.util.Set<String> chapters) throws Exception;

        /**
         * Writes the digest to the file the person chose, off the FX thread. The application's checks the place
         * ({@code Digests.save}: never in the data folder or the handbook's folder, t15b's M1); this default, for
         * code without a data folder, writes where it is told ({@code Digests.write}).
         */
        default String write(Digest digest, Digests.Format format, Path file) throws Exception {
            return Digests.write(digest, format, file);
        }
    }

    /** A digest written: where, and what it holds (chapters, people, open questions, notes that could not be placed); {@code undrawn} what the PDF could not draw ("" for nothing, {@link Digests#write}). */
    public record Written(Path file, int chapters, int people, int open, int unplaced, String undrawn) {
        static Written of(Path file, Digest d, String undrawn) {
            return new Written(file, d.chapters().size(), d.people().size(),
                    d.chapters().stream().mapToInt(c -> c.open().size()).sum(), d.unplaced().size(), undrawn);
        }
    }

    private final Maker maker;
    private final BackgroundTasks tasks;
    private final Consumer<String> problems;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();

    private final Texts texts;

    /** As below, saying failures in English (code without a window). */
    public DigestViewModel(Maker maker, BackgroundTasks tasks, Consumer<String> problems) {
        this(maker, tasks, problems, Texts.of(java.util.Locale.ENGLISH));
    }

    /** FX thread; {@code texts} says failures in the window's language. Throws NullPointerException for a null argument. */
    public DigestViewModel(Maker maker, BackgroundTasks tasks, Consumer<String> problems, Texts texts) {
        this.maker = Objects.requireNonNull(maker);
        this.tasks = Objects.requireNonNull(tasks);
        this.problems = Objects.requireNonNull(problems);
        this.texts = Objects.requireNonNull(texts);
    }

    /**
     * Makes the digest and writes it to {@code file} in {@code format}, in the background; {@code done} gets what
     * was written, on the FX thread. Does nothing while another digest is being made (the action is disabled
     * then). FX thread.
     */
    public void start(Digests.Format format, Names names, Path file, Consumer<Written> done) {
        start(format, names, java.util.Set.of(), file, done);
    }

    /**
     * As {@link #start(Digests.Format, Names, Path, Consumer)}, of these chapters only ({@code chapters}: their ids;
     * empty for every chapter; tester 15's F9: the window could not choose them). FX thread.
     */
    public void start(Digests.Format format, Names names, java.util.Set<String> chapters, Path file,
                      Consumer<Written> done) {
        java.util.Set<String> only = java.util.Set.copyOf(chapters);
        if (working.get()) {
            return;
        }
        working.set(true);
        tasks.run("digest", p -> {
            Digest d = maker.make(names, only);
            return Written.of(file, d, maker.write(d, format, file));
        }, written -> {
            working.set(false);
            done.accept(written);
        }, e -> {
            working.set(false);
            problems.accept(texts.logged(LOG, "The digest", e));
        });
    }

    /** True while a digest is being made or written. Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
