package org.peeragogy.reader.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.BrowserPage;

/**
 * "Open this chapter in the system browser" (issue 14): writes the chapter on screen as a page without
 * script, its images beside it ({@link BrowserPage}), into a new folder only its owner may read, then opens
 * it through the same path as outside links. A screen reader reads the browser's page with its full support,
 * on every platform. The folder of the page opened before is deleted when a new one is written and at
 * {@link #close}. FX thread; the writing runs through {@link BackgroundTasks}.
 */
public final class BrowserCopyViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BrowserCopyViewModel.class.getName());
    private final BackgroundTasks tasks;
    private final Consumer<String> browser;
    private final Consumer<String> problems;
    private final Consumer<String> done;
    private Path last;
    private final Texts texts;

    /**
     * @param browser  opens an address (a {@code file:} URI here) in the system browser; throws an unchecked
     *                 exception, whose message says why, when no program could be started
     * @param problems shows a failure to the reader (the window's problem bar)
     * @param done     told, in a sentence, that the page was opened (the window's live text)
     */
    public BrowserCopyViewModel(BackgroundTasks tasks, Consumer<String> browser, Consumer<String> problems,
                                Consumer<String> done, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.tasks = Objects.requireNonNull(tasks);
        this.browser = Objects.requireNonNull(browser);
        this.problems = Objects.requireNonNull(problems);
        this.done = Objects.requireNonNull(done);
    }

    /**
     * Writes {@code page} of {@code handbook} (with the window's style sheet, read off the FX thread, and {@code theme}) and opens
     * it. Returns at once. A failure says what went wrong and what to do.
     */
    public void open(RenderedChapter page, Handbook handbook, java.util.function.Supplier<String> stylesheet,
                     String theme) {
        Path before = last;
        tasks.run("browser-page", progress -> {
            delete(before);
            Path folder = BrowserPage.privateFolder();
            try {
                return BrowserPage.write(page, handbook, stylesheet.get(), theme, folder);
            } catch (IOException | RuntimeException e) {
                delete(folder);
                throw e;
            }
        }, written -> {
            last = written.getParent();
            // Whether a browser then shows it cannot be known (one may start and refuse, as Chromium run as root
            // did for a fresh tester, 14c): the reader is told it was handed over and where the page is; a
            // program that could not be started at all is said as a problem, with the same place.
            try {
                browser.accept(written.toUri().toString());
            } catch (RuntimeException e) {
                problems.accept(texts.format("problem.browserNotStarted", page.chapter().title(),
                        org.peeragogy.reader.book.Messages.of(e), written));
                return;
            }
            done.accept(texts.format("browser.opened", page.chapter().title(), written));
        }, failure -> problems.accept(texts.format("problem.browserCopy",
                texts.logged(LOG, "Open in browser", failure),
                System.getProperty("java.io.tmpdir"))));
    }

    /** The folder of the page opened last, if any (for tests). */
    public java.util.Optional<Path> lastFolder() {
        return java.util.Optional.ofNullable(last);
    }

    /** Deletes the folder of the page opened last. Any thread. */
    @Override
    public void close() {
        delete(last);
    }

    /** Deletes a folder of copies made for reading (and what is in it); nothing for null. Any thread; never throws. */
    static void delete(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A copy left in the temporary folder is the system's to clear; nothing of the reader's is lost.
                }
            });
        } catch (IOException e) {
            // As above.
        }
    }
}
