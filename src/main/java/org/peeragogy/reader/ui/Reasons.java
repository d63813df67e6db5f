package org.peeragogy.reader.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.content.ContentReason;
import org.peeragogy.reader.digest.DigestReason;
import org.peeragogy.reader.share.GroupReason;
import org.peeragogy.reader.share.ImportReason;
import org.peeragogy.reader.share.ShareReason;
import org.peeragogy.reader.store.StoreReason;

/**
 * Every kind of reason the layers below the window give (decision 0038): their codes, whose English is the
 * reference the window's bundles translate under {@link Reason.Code#key()}. A layer's new kind of reason is added
 * here; {@code ReasonsTest} fails on a {@link Reason.Code} left out.
 */
final class Reasons {
    /** The codes, by layer. */
    static final List<Reason.Code> ALL = Stream.<Reason.Code[]>of(Reason.General.values(), ContentReason.values(),
            StoreReason.values(), ImportReason.values(), ShareReason.values(),
            GroupReason.values(), DigestReason.values())
            .flatMap(Arrays::stream).toList();

    private Reasons() {
    }
}
