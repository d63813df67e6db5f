package org.peeragogy.reader.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.peeragogy.reader.book.Problem;

/**
 * Refuses images too large to decode safely: a file over {@link RenderLimits#maxImageBytes()}, or one
 * whose header ({@link ImageHeader}) declares more than {@link RenderLimits#maxImagePixels()} pixels
 * (a 48 KB PNG can declare 20000×20000, which WebKit would decode into 1.6 GB). Used when a chapter is
 * rendered, where a refused image becomes a labelled placeholder and a problem for {@code check}, and
 * when an image is served, where it is not found. Stateless; reads the first 64 KiB of each image file
 * through the source.
 */
final class ImageCheck {
    private static final String SERVED = "book/";

    private ImageCheck() {
    }

    /** Why the image file {@code bytes} is refused, completing "image not shown: …"; empty when it is fine. */
    static Optional<String> refusal(byte[] bytes, RenderLimits limits) {
        return refusal(bytes, bytes.length, limits);
    }

    /** As {@link #refusal(byte[], RenderLimits)} from the file's first bytes {@code head} and its {@code size}. */
    static Optional<String> refusal(byte[] head, long size, RenderLimits limits) {
        if (size > limits.maxImageBytes()) {
            return Optional.of("the file is " + NotShownException.megabytes(size) + "; the limit is "
                    + NotShownException.megabytes(limits.maxImageBytes()));
        }
        Optional<ImageHeader.Info> info = ImageHeader.read(head, Math.min(head.length, ImageHeader.PREFIX_BYTES));
        if (info.isPresent() && info.get().pixels() > limits.maxImagePixels()) {
            return Optional.of(String.format(Locale.ROOT, "it is %,d × %,d pixels (%.0f megapixels); the limit is "
                    + "%.0f megapixels", info.get().width(), info.get().height(), info.get().pixels() / 1e6,
                    limits.maxImagePixels() / 1e6));
        }
        return Optional.empty();
    }

    /**
     * Replaces each image of the cleaned page {@code root} that is refused (see {@link #refusal}) with a
     * labelled placeholder, and returns one {@code IMAGE_REFUSED} problem per image replaced. Images
     * that cannot be read are left to the reader's usual handling.
     */
    static List<Problem> replaceRefused(Element root, String chapterId, Source source, RenderLimits limits) {
        List<Problem> problems = new ArrayList<>();
        for (Element img : root.select("img[src^=" + SERVED + "]")) {
            String path = Links.decode(img.attr("src").substring(SERVED.length()));
            Optional<String> reason;
            try {
                reason = source.head(path, ImageHeader.PREFIX_BYTES).flatMap(h -> refusal(h.bytes(), h.size(), limits));
            } catch (IOException e) {
                continue;
            }
            if (reason.isPresent()) {
                problems.add(new Problem(chapterId, Problem.Kind.IMAGE_REFUSED, path + ": " + reason.get()));
                String alt = img.attr("alt").strip();
                Element span = new Element("span").addClass("missing-image").addClass("refused-image")
                        .attr("title", "Not shown: " + reason.get())
                        .text(alt.isEmpty() ? "[image not shown: too large]" : "[image not shown: " + alt + "]");
                img.replaceWith(span);
            }
        }
        return problems;
    }
}
