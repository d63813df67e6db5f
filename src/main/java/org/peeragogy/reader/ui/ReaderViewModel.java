package org.peeragogy.reader.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.HandbookLibrary;
import org.peeragogy.reader.store.ReadingPositions;
import org.peeragogy.reader.store.SettingsStore;
import org.peeragogy.reader.store.StoreException;

/**
 * What the reader window shows and what the reader can do there, with no controls: navigation with
 * history and remembering where the reader left off; the theme and text size are its {@link #look()}. Runs without a
 * toolkit.
 *
 * <p>Threads: every public method on the FX thread (or one test thread); saving goes through the ordered
 * writer ({@link SaveQueue}), and a replaced handbook is closed on a thread of its own. Failures are said
 * through {@link #report}, never thrown, unless a method's comment says otherwise.
 */
public final class ReaderViewModel {
    private static final System.Logger LOG = System.getLogger(ReaderViewModel.class.getName());
    /** A place to show: a chapter, scrolled to an element id when {@code fragment} is set, else to {@code scroll}. */
    public record Location(String chapterId, String fragment, double scroll) {
        public Location {
            Objects.requireNonNull(chapterId);
            fragment = fragment == null ? "" : fragment;
        }
    }

    public static final String HANDBOOK_KEY = "handbook.path";
    /** The language chosen last with the language switch (a BCP 47 tag; "" for untagged originals). */
    public static final String LANGUAGE_KEY = "handbook.language";

    private final SettingsStore settings;
    private final ReadingPositions positions;
    private final Executor closer;
    private final SaveQueue saves;
    private final SettingsStore writeSettings;
    private final ReadingPositions writePositions;
    private final ReadOnlyObjectWrapper<Handbook> handbook = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Location> location = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Chapter> chapter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper scroll = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final LookViewModel look;
    private final ReadOnlyBooleanWrapper canGoPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper();
    private final History history = new History();
    private final Texts texts;

    /** As below, closing each replaced handbook on a thread of its own. */
    public ReaderViewModel(Handbook handbook, SettingsStore settings, ReadingPositions positions, Texts texts) {
        this(handbook, settings, positions, ReaderViewModel::onOwnThread, texts);
    }

    /**
     * @param closer runs the closing of each handbook that {@link #replaceHandbook} replaced (a zip
     *               handbook holds its file open until then). Closing waits for reads of the handbook in
     *               progress, so the closer should run it off the FX thread, after the work still using
     *               that handbook (a chapter being rendered); failures to close are ignored, as nothing
     *               can be done about them (the file is released at exit at the latest)
     * @param texts  the window's words (the problems it reports)
     */
    public ReaderViewModel(Handbook handbook, SettingsStore settings, ReadingPositions positions, Executor closer,
                           Texts texts) {
        this(handbook, settings, positions, closer, null, settings, positions, texts);
    }

    /**
     * As above, with the window's ordered writer: positions and settings are saved on {@code saves}
     * through {@code writeSettings} and {@code writePositions} (the writer's own connection, so that
     * reads never wait behind a write), and the FX thread never waits for the disk: a save made during
     * an import lands after it. Null saves at once on the calling thread.
     */
    public ReaderViewModel(Handbook handbook, SettingsStore settings, ReadingPositions positions, Executor closer,
                           SaveQueue saves, SettingsStore writeSettings, ReadingPositions writePositions, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.saves = saves != null ? saves : SaveQueue.inline(this::report);
        this.writeSettings = Objects.requireNonNull(writeSettings);
        this.writePositions = Objects.requireNonNull(writePositions);
        this.closer = Objects.requireNonNull(closer);
        this.settings = Objects.requireNonNull(settings);
        this.positions = Objects.requireNonNull(positions);
        this.handbook.set(Objects.requireNonNull(handbook));
        this.look = new LookViewModel(settings, this.saves, writeSettings, texts, problem::set);
    }

    /**
     * Goes to where the reader left off in this handbook, or to its first chapter; when the saved chapter
     * is not in the handbook (any more), to the first chapter with a message saying so.
     */
    public void start() {
        Book book = book();
        Optional<ReadingPositions.Position> saved = Optional.empty();
        try {
            saved = positions.get(book.identity());
        } catch (StoreException e) {
            problem.set(texts.logged(LOG, "Reader", e));
        }
        Optional<Location> resume = saved.filter(p -> book.chapter(p.chapterId()).isPresent())
                .map(p -> new Location(p.chapterId(), "", p.scroll()));
        if (saved.isPresent() && resume.isEmpty() && !book.chapters().isEmpty()) {
            problem.set(texts.format("problem.savedChapterGone", saved.get().chapterId()));
        }
        history.clear();
        resume.or(() -> book.chapters().stream().findFirst().map(c -> new Location(c.id(), "", 0)))
                .ifPresent(this::show);
    }

    /** Starts on a given chapter (the command line's --smoke), else where the reader left off. */
    public void startAt(String chapterId) {
        if (chapterId == null || book().chapter(chapterId).isEmpty()) {
            start();
            return;
        }
        history.clear();
        show(new Location(chapterId, "", 0));
    }

    /**
     * Replaces the handbook, remembers where it lives, and opens it where the reader left off. The
     * handbook it replaces is closed with the closer given to the constructor, after the listeners of
     * {@link #handbookProperty()} have let go of it. Call on the FX thread.
     */
    public void replaceHandbook(Handbook next, Path rememberedAt) {
        replace(next, rememberedAt, this::start);
    }

    /**
     * Replaces the handbook with its folder opened in another language ({@link Handbook#openTranslation})
     * and shows {@code chapterId} there (the same chapter; the first one when it is not in that book).
     * The handbook it replaces is closed as by {@link #replaceHandbook}; the language is remembered
     * ({@link #LANGUAGE_KEY}) so that the next start opens it. Call on the FX thread.
     */
    public void switchLanguage(Handbook translation, String chapterId) {
        replace(translation, null, () -> startAt(chapterId));
        write(LANGUAGE_KEY, translation.book().language());
    }

    private void replace(Handbook next, Path rememberedAt, Runnable begin) {
        savePosition();
        Handbook replaced = handbook.get();
        problem.set(""); // about the handbook before: stale now
        handbook.set(Objects.requireNonNull(next));
        if (rememberedAt != null) {
            write(HANDBOOK_KEY, rememberedAt.toAbsolutePath().toString());
            // A handbook opened from where it lies is the reader's latest choice, not an installed one.
            write(HandbookLibrary.CHOSEN_SETTING, "");
        }
        location.set(null);
        chapter.set(null);
        begin.run();
        if (replaced != null && replaced != next) {
            closer.execute(() -> closeQuietly(replaced));
        }
    }

    private static void closeQuietly(Handbook h) {
        try {
            h.close();
        } catch (IOException | RuntimeException e) {
            // Nothing the reader could do about it: the file is released when the reader exits.
        }
    }

    private static void onOwnThread(Runnable work) {
        Thread t = new Thread(work, "close-handbook");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Switches to a handbook opened with {@link HandbookLibrary#open}, remembers its identity so that
     * it opens next time, and goes to where the reader left off in it.
     */
    public void switchToInstalled(Handbook installed) {
        replaceHandbook(installed, null);
        write(HandbookLibrary.CHOSEN_SETTING, installed.book().identity());
    }

    /** Follows a link or a contents entry: the current place goes on the back stack. */
    public void open(String chapterId, String fragment) {
        if (book().chapter(chapterId).isEmpty()) {
            problem.set(texts.format("problem.noSuchChapter", chapterId));
            return;
        }
        Location here = location.get();
        if (here != null) {
            if (here.chapterId().equals(chapterId) && (fragment == null || fragment.isEmpty())) {
                return;
            }
            history.left(new Location(here.chapterId(), "", scroll.get()));
        }
        problem.set(""); // about the place before: stale now
        show(new Location(chapterId, fragment, 0));
    }

    public void back() {
        history.back(here()).ifPresent(this::step);
    }

    public void forward() {
        history.forward(here()).ifPresent(this::step);
    }

    /** Where the reader is, as Back and Forward keep it (null before the first chapter). */
    private Location here() {
        Location l = location.get();
        return l == null ? null : new Location(l.chapterId(), "", scroll.get());
    }

    private void step(Location to) {
        problem.set("");
        show(to);
    }

    /**
     * Back and forward as they are now: what the window opened again in another interface language takes over
     * ({@link #restoreHistory}), so the switch loses neither (decision 0038). FX thread.
     */
    public History.Kept history() {
        return history.kept();
    }

    /**
     * Puts back the history of the window before ({@link #history}), after {@link #start} began a new one. Places
     * in chapters this handbook lacks are left out. FX thread.
     */
    public void restoreHistory(History.Kept kept) {
        history.restore(kept, l -> book().chapter(l.chapterId()).isPresent());
    }

    public void nextChapter() {
        current().flatMap(c -> book().next(c.id())).ifPresent(c -> open(c.id(), ""));
    }

    public void previousChapter() {
        current().flatMap(c -> book().previous(c.id())).ifPresent(c -> open(c.id(), ""));
    }

    /** The page reports its scroll position (0..1). */
    public void scrolled(double fraction) {
        scroll.set(clamp(fraction));
    }

    /**
     * Tab walked the chapter's links away from the place being read, {@code fraction} of the page: that place goes on
     * the back stack, so Alt+Left returns to it (fresh tester 17a's F2: Back went to the chapter's top, the place read
     * before the walk was in no entry). FX thread.
     */
    public void walkedAway(double fraction) {
        Location here = location.get();
        if (here != null) {
            history.left(new Location(here.chapterId(), "", clamp(fraction)));
        }
    }

    /** Esc took the keyboard back to that place: its entry goes, as the reader is there again. FX thread. */
    public void walkedBack(double fraction) {
        Location here = location.get();
        if (here != null) {
            history.dropNewest(new Location(here.chapterId(), "", clamp(fraction)));
        }
    }

    /** The page finished showing a chapter. */
    public void laidOut(String chapterId, double fraction) {
        Location here = location.get();
        if (here != null && here.chapterId().equals(chapterId)) {
            scroll.set(clamp(fraction));
            savePosition();
        }
    }

    /** Saves the chapter and scroll position so the next start resumes here (queued on the writer). */
    public void savePosition() {
        Location here = location.get();
        if (here == null) {
            return;
        }
        String identity = book().identity();
        ReadingPositions.Position at = new ReadingPositions.Position(here.chapterId(), scroll.get());
        saves.submit(() -> writePositions.put(identity, at));
    }

    /** The theme, the text size and the reading settings (font, spacing), saved as they are chosen. */
    public LookViewModel look() {
        return look;
    }

    /** Shows {@code message} in the problem bar; a null or blank one still says that something failed. */
    public void report(String message) {
        problem.set(message == null || message.isBlank() ? texts.failure(null) : message);
    }

    /**
     * Adds {@code message} under what the problem bar says already, for work that ends on its own after the start (the
     * day's backup, the search index) and must not hide another such report (fresh tester t31's F2: a full stick's
     * missing backup was replaced by the search index's failure 2 s later). A message said already is not repeated.
     * FX thread.
     */
    public void reportAlso(String message) {
        String now = problem.get();
        problem.set(now == null || now.isBlank() ? message : now.contains(message) ? now : now + "\n" + message);
    }

    /** Shows {@code reason} in the problem bar, in the window's language. FX thread. */
    public void reportReason(org.peeragogy.reader.book.Reason reason) {
        problem.set(texts.reason(reason));
    }

    /**
     * Shows why {@code failure} happened in the problem bar, in the window's language, and logs it (in English, with
     * its stack trace: call it once, where the failure is finally shown). FX thread.
     */
    public void reportFailure(System.Logger log, String what, Throwable failure) {
        report(texts.logged(log, what, failure));
    }

    public void clearProblem() {
        problem.set("");
    }

    private void show(Location l) {
        location.set(l);
        scroll.set(l.scroll());
        chapter.set(book().chapter(l.chapterId()).orElse(null));
        canGoPrevious.set(book().previous(l.chapterId()).isPresent());
        canGoNext.set(book().next(l.chapterId()).isPresent());
    }

    private Optional<Chapter> current() {
        return Optional.ofNullable(chapter.get());
    }

    private void write(String key, String value) {
        saves.submit(() -> writeSettings.put(key, value));
    }

    private static double clamp(double d) {
        return Double.isNaN(d) ? 0 : Math.max(0, Math.min(1, d));
    }

    public Book book() {
        return handbook.get().book();
    }

    public ReadOnlyObjectProperty<Handbook> handbookProperty() {
        return handbook.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Location> locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Chapter> chapterProperty() {
        return chapter.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty scrollProperty() {
        return scroll.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return history.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return history.canGoForwardProperty();
    }

    public ReadOnlyBooleanProperty canGoPreviousProperty() {
        return canGoPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }
}
