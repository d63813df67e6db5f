package org.peeragogy.reader.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookLibrary;

/**
 * The window's handbook-installing service: adding a handbook (a folder or zip, installed into the
 * reader's own library, decision 0009) and switching to another one, each run through
 * {@link BackgroundTasks}, with what is going on as properties for the view to bind: {@link #workingProperty()}
 * (true while a handbook is installed or opened; Add and Switch are disabled meanwhile, decision 0013),
 * {@link #progressProperty()} and {@link #installingProperty()}, and the choices of File → Switch
 * handbook ({@link SwitchHandbookViewModel}). No controls.
 *
 * <p>Threads: construct and call every method on the FX thread (the UI executor of the
 * {@link BackgroundTasks} given); the disk work runs on the background threads. No method throws: a
 * failure is logged and reported through {@link ReaderViewModel#report}, and what was open stays open.
 */
public final class HandbooksViewModel {
    private static final System.Logger LOG = System.getLogger(HandbooksViewModel.class.getName());
    /** {@link #progressProperty()} while the size of an install is not known yet (as ProgressBar's). */
    public static final double UNKNOWN = -1;

    private final SwitchHandbookViewModel switcher;
    private final ReaderViewModel reader;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper installing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(UNKNOWN);
    private final ReadOnlyObjectWrapper<List<SwitchHandbookViewModel.Choice>> choices = new ReadOnlyObjectWrapper<>();

    /** Any thread; throws NullPointerException for a null argument. */
    public HandbooksViewModel(SwitchHandbookViewModel switcher, ReaderViewModel reader, BackgroundTasks tasks) {
        this.switcher = Objects.requireNonNull(switcher);
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /**
     * Installs a handbook folder or zip into the reader's library (off the FX thread, progress in
     * {@link #progressProperty()}) and switches to it; a failure is reported and what was installed
     * before stays. Does nothing while other handbook work runs (its actions are disabled then; a
     * dropped or scripted request is simply not started). FX thread.
     */
    public void install(Path path) {
        if (working.get()) {
            return;
        }
        working.set(true);
        progress.set(UNKNOWN);
        installing.set(true);
        HandbookLibrary library = switcher.library();
        tasks.run("install-handbook", p -> {
            HandbookLibrary.Installed done = library.install(path, p::update);
            return library.open(done.identity());
        }, (done, total) -> progress.set(total <= 0 ? 0 : (double) done / total), opened -> {
            installing.set(false);
            working.set(false);
            reader.switchToInstalled(opened);
            refreshChoices();
        }, e -> {
            installing.set(false);
            working.set(false);
            reader.reportFailure(LOG, "Reader window", e);
        });
    }

    /**
     * Opens the chosen handbook off the FX thread (it reads and hashes every file), then shows it where the
     * reader left off in it. Does nothing while other handbook work runs. FX thread.
     */
    public void switchTo(SwitchHandbookViewModel.Choice choice) {
        if (working.get()) {
            return;
        }
        working.set(true);
        tasks.run("open-handbook", p -> switcher.open(choice), next -> {
            working.set(false);
            openNow(next, choice);
        }, e -> {
            working.set(false);
            reader.reportFailure(LOG, "Reader window", e);
        });
    }

    private void openNow(Handbook next, SwitchHandbookViewModel.Choice choice) {
        if (choice.bundled()) {
            reader.replaceHandbook(next, choice.bundledAt());
        } else {
            reader.switchToInstalled(next);
        }
    }

    /**
     * Reads what Switch handbook offers off the FX thread (the bundled handbook is opened once to learn its
     * title) into {@link #choicesProperty()}. FX thread.
     */
    public void refreshChoices() {
        tasks.run("list-handbooks", p -> switcher.choices(), choices::set,
                e -> reader.reportFailure(LOG, "Reader window", e));
    }

    /** The identity of the handbook open now, which Switch handbook ticks. FX thread. */
    public String openIdentity() {
        return reader.book().identity();
    }

    /**
     * True while a handbook is installed or opened; the actions that would start another are disabled. Read and
     * bind on the FX thread.
     */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True while a handbook is being installed (the progress bar shows). Read and bind on the FX thread. */
    public ReadOnlyBooleanProperty installingProperty() {
        return installing.getReadOnlyProperty();
    }

    /** How far the install is, 0..1 (files copied of all), or {@link #UNKNOWN}. Read and bind on the FX thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * What Switch handbook offers, the bundled handbook first; null until first read. Read and bind on the FX
     * thread.
     */
    public ReadOnlyObjectProperty<List<SwitchHandbookViewModel.Choice>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }
}
