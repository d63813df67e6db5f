package org.peeragogy.reader.book;

import java.io.IOException;
import java.util.Optional;

/** A real handbook whose pages a test changes (past the sanitizer, or failing): override {@link #render}. */
public abstract class ForwardingHandbook implements Handbook {
    protected final Handbook real;

    protected ForwardingHandbook(Handbook real) {
        this.real = real;
    }

    @Override
    public Book book() {
        return real.book();
    }

    @Override
    public RenderedChapter render(String chapterId) throws IOException {
        return real.render(chapterId);
    }

    @Override
    public Optional<Resource> resource(String path) throws IOException {
        return real.resource(path);
    }

    @Override
    public String location() {
        return real.location();
    }

    @Override
    public boolean isGuide() {
        return false;
    }

    @Override
    public Optional<Link> resolveChapterLink(String href) {
        return real.resolveChapterLink(href);
    }

    @Override
    public void close() throws IOException {
        real.close();
    }
}
