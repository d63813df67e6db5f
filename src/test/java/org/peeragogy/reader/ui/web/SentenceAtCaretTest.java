package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.content.Handbooks;

/**
 * F8 and Shift+F8 (issue 14) select a sentence or a block at the caret, in the real WebView: from every
 * place a caret can be, including the white space the page keeps between two blocks, the selection stays
 * inside one paragraph, heading, list item or quote (a tester's F8 took in a chapter's title and a heading
 * without full stops with the paragraph under them: 14c m10).
 */
@Tag("ui")
class SentenceAtCaretTest {
    /** For each text offset: caret there, select, and list the offsets whose selection spans two blocks. */
    private static final String CROSSING = "(function (select) {"
            + " function block(n) { while (n && !(n.nodeType === 1 && /^(P|LI|H[1-6]|TD|TH)$/.test(n.nodeName)))"
            + " { n = n.parentNode; } return n; }"
            + " var t = PeeragogyReader.text(), bad = [], chosen = 0;"
            + " for (var i = 0; i <= t.length; i++) {"
            + "  PeeragogyReader.placeCaret(i); PeeragogyReader[select]();"
            + "  var s = window.getSelection(); if (!s.rangeCount || s.isCollapsed) { continue; }"
            + "  chosen++; var r = s.getRangeAt(0);"
            + "  if (!block(r.startContainer) || block(r.startContainer) !== block(r.endContainer)) {"
            + "   bad.push(i + ': ' + JSON.stringify(s.toString())); } }"
            + " return chosen + ' chosen; ' + bad.length + ' across blocks' + (bad.length ? ': ' + bad.slice(0, 3).join(' | ') : '');"
            + "})";

    @TempDir
    Path temp;
    private ShownPage shown;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @BeforeEach
    void show() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("book"));
        // Headings without full stops, a list whose items have none, a quote: blocks a sentence could run across.
        Files.writeString(dir.resolve("wrapper.md"), "---\ntitle: Wrapper\n---\n\n# Wrapper\n\n## Motivation\n\n"
                + "This pattern suggests to find one person to fill a role. It works\n\n"
                + "- an item without a stop\n- another item\n\n> A quoted line\n\n### Context\n\nLast words here.\n");
        shown = new ShownPage(temp.resolve("webview"));
        shown.open(Handbooks.open(dir));
        shown.show("wrapper");
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void aSentenceChosenFromAnyCaretPlaceStaysInsideOneBlock() throws Exception {
        String result = (String) shown.evaluate(CROSSING + "('selectSentence')");
        assertEquals(" 0 across blocks", result.substring(result.indexOf(';') + 1), result);
        assertEquals(false, result.startsWith("0 chosen"), result);
    }

    @Test
    void aParagraphChosenFromAnyCaretPlaceIsExactlyOneBlock() throws Exception {
        String result = (String) shown.evaluate(CROSSING + "('selectParagraph')");
        assertEquals(" 0 across blocks", result.substring(result.indexOf(';') + 1), result);
        assertEquals(false, result.startsWith("0 chosen"), result);
    }
}
