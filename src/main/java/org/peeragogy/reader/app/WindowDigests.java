package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import org.peeragogy.reader.digest.Digest;
import org.peeragogy.reader.digest.Digests;
import org.peeragogy.reader.digest.Names;
import org.peeragogy.reader.share.Chapters;
import org.peeragogy.reader.ui.DigestViewModel;
import org.peeragogy.reader.ui.GroupViewModel;
import org.peeragogy.reader.ui.Texts;

/**
 * File → Digest…'s maker and writer: the digest of the handbook shown, on a connection of its own, in the window's
 * language, written where the save dialog says, unless that is inside the data folder or the handbook's folder
 * ({@link Digests#save}, as the command line's {@code --out}; t15b's M1). Off the FX thread, as
 * {@link DigestViewModel} calls it.
 */
final class WindowDigests implements DigestViewModel.Maker {
    private final GroupViewModel.Connection own;
    private final Supplier<? extends Chapters> chapters;
    private final Texts texts;

    WindowDigests(GroupViewModel.Connection own, Supplier<? extends Chapters> chapters, Texts texts) {
        this.own = own;
        this.chapters = chapters;
        this.texts = texts;
    }

    @Override
    public Digest make(Names names, Set<String> only) throws Exception {
        return own.run(db -> new Digests(db, chapters.get()).make(only, names, texts.digestWords()));
    }

    @Override
    public String write(Digest digest, Digests.Format format, Path file) throws Exception {
        return own.run(db -> new Digests(db, chapters.get()).save(digest, format, file));
    }
}
