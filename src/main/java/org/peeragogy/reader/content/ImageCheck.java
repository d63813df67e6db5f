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
     * that cannot be read are left to the reader's usual handling. An image kept, of the type its name says,
     * that gives the page no size of its own is given its file's ({@code width} and {@code height}, from its
     * header): the page then lays it out at its size in the file whatever size it is served at (decision 0090),
     * and before it arrives.
     */
    static List<Problem> replaceRefused(Element root, String chapterId, Source source, RenderLimits limits) {
        List<Problem> problems = new ArrayList<>();
        for (Element img : root.select("img[src^=" + SERVED + "]")) {
            String path = Links.decode(img.attr("src").substring(SERVED.length()));
            Optional<Source.Head> head;
            try {
                head = source.head(path, ImageHeader.PREFIX_BYTES);
            } catch (IOException e) {
                continue;
            }
            Optional<String> reason = head.flatMap(h -> refusal(h.bytes(), h.size(), limits));
            if (reason.isPresent()) {
                problems.add(new Problem(chapterId, Problem.Kind.IMAGE_REFUSED, path + ": " + reason.get()));
                String alt = img.attr("alt").strip();
                Element span = new Element("span").addClass("missing-image").addClass("refused-image")
                        .attr("title", "Not shown: " + reason.get())
                        .text(alt.isEmpty() ? "[image not shown: too large]" : "[image not shown: " + alt + "]");
                img.replaceWith(span);
            } else if (head.isPresent() && !img.hasAttr("width") && !img.hasAttr("height")) {
                String named = OpenHandbook.MEDIA_TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
                ImageHeader.read(head.get().bytes()).filter(i -> i.mediaType().equals(named) && i.width() > 0
                        && i.height() > 0).ifPresent(i ->
                        img.attr("width", Long.toString(i.width())).attr("height", Long.toString(i.height())));
            }
        }
        return problems;
    }

    /** The image type of these bytes by their signature, or null. */
    static String sniff(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return "image/gif";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int at, int... signature) {
        if (bytes.length < at + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[at + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
