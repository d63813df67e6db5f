package org.peeragogy.reader.ui.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.peeragogy.reader.book.Resource;

/**
 * Tells the window once when a file the handbook listed at its opening is no longer there as a page asks for
 * it: the package was removed, or the stick it runs from was pulled, while the window was open (fresh tester
 * t34's F3: each picture was a stack trace on the terminal and the window said nothing). The picture is then
 * answered as absent, so WebKit draws its placeholder and logs nothing.
 *
 * <p>A file that was never in the handbook is absent without a word ({@code check} reports those); only a
 * listed one that vanished throws {@link NoSuchFileException} from the handbook's source. A link that led nowhere
 * already is logged, not told. Every file not there is logged (the reader's log), without a stack trace.
 *
 * <p>Threads: {@link #serve} on WebKit's loader threads; {@code gone} is called there, once per handbook
 * ({@link #handbookReplaced} arms it again), and must hand over to the FX thread itself.
 */
final class GoneFiles implements ContentScheme.Source {
    private static final System.Logger LOG = System.getLogger(GoneFiles.class.getName());
    private final ContentScheme.Source source;
    private final Consumer<String> gone;
    private final AtomicBoolean told = new AtomicBoolean();

    /** @param gone given the path asked for ("/book/images/a.png") the first time a listed file is gone */
    GoneFiles(ContentScheme.Source source, Consumer<String> gone) {
        this.source = source;
        this.gone = gone;
    }

    @Override
    public Optional<Resource> serve(String path) throws IOException {
        try {
            return source.serve(path);
        } catch (NoSuchFileException e) {
            LOG.log(System.Logger.Level.WARNING, "A file of the handbook is not there: " + path + " (" + e.getFile() + ")");
            if (!brokenLink(e.getFile()) && told.compareAndSet(false, true)) {
                gone.accept(path);
            }
            return Optional.empty();
        }
    }

    /** A link in the handbook that leads nowhere was so when the handbook opened: a fault of the copy, not news. */
    private static boolean brokenLink(String file) {
        try {
            return file != null && Files.isSymbolicLink(Path.of(file));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Another handbook is shown: its files going is told again. */
    void handbookReplaced() {
        told.set(false);
    }
}
