package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every chapter id, whatever its file was called, makes a page address that names it again. */
class ChapterAddressTest {
    @Test
    void everyIdComesBackFromItsPageAddress() throws Exception {
        for (String id : List.of("wiki", "carrying capacity", "Ética", "🌱 seedlings", "中文", "a#b?c%20d", "100%25",
                "Q&A: one+one=two", "a:b", "CON", ".", "..")) {
            // As ContentScheme reads the address the WebView asks for.
            URI uri = new URI("peeragogy://view-1/" + ChapterView.encode(id) + ".html?theme=light");
            assertEquals("/" + id + ".html", uri.getPath(), id);
        }
    }
}
