package org.peeragogy.reader.ui.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.peeragogy.reader.book.Resource;

/**
 * The reader's own files a page may load under {@code /_app/}: its script, its style sheet and its fonts, from the
 * application's resources beside this class. Nothing else answers. The page's policy (content.OpenHandbook's CSP)
 * names each font file, so a font added here is added there too. Any thread (WebKit's loader threads).
 */
final class AppFiles {
    private AppFiles() {
    }

    /**
     * The file called {@code name} with its media type, empty for any other name; IOException when the
     * application lacks one of its own files.
     */
    static Optional<Resource> serve(String name) throws IOException {
        String type = switch (name) {
            case "reader.js" -> "text/javascript; charset=utf-8";
            case "reader.css" -> "text/css; charset=utf-8";
            // Noto Emoji (SIL Open Font License 1.1, noto-emoji-OFL.txt beside it): emoji on every machine.
            case "noto-emoji.ttf" -> "font/ttf";
            // Atkinson Hyperlegible (SIL Open Font License 1.1, atkinson-hyperlegible-OFL.txt beside it): the
            // reading settings' font made for legibility (issue 14, decision 0027).
            case "atkinson-hyperlegible-regular.ttf", "atkinson-hyperlegible-bold.ttf",
                    "atkinson-hyperlegible-italic.ttf", "atkinson-hyperlegible-bold-italic.ttf" -> "font/ttf";
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = AppFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("The reader's own " + name + " is missing from the application.");
            }
            return Optional.of(new Resource(in.readAllBytes(), type));
        }
    }
}
