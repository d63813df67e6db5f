package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peeragogy.reader.TestHandbooks;

/**
 * The hostile HTML the sanitizer is tried with: the 223 payloads of {@code ../shared/xss-corpus}
 * (DOMPurify's fixtures, see its SOURCE.md) and our own cases for the parser differentials and
 * mutations that corpus does not cover (CDATA, processing instructions, raw-text elements,
 * tree-builder rearrangements, styles that reach the network or leave the page's flow).
 */
public final class XssCorpus {
    /** One case: a name for messages and the HTML to place in a chapter. */
    public record Payload(String name, String html) {
    }

    private static final Pattern PAYLOAD = Pattern.compile("\"payload\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    private XssCorpus() {
    }

    public static Path folder() {
        return TestHandbooks.realLocation().resolveSibling("xss-corpus");
    }

    /** Every payload of the shared corpus, in file order ("dompurify-1" …). */
    public static List<Payload> shared() throws IOException {
        String text = Files.readString(folder().resolve("expect.mjs"), StandardCharsets.UTF_8);
        List<Payload> out = new ArrayList<>();
        Matcher m = PAYLOAD.matcher(text);
        while (m.find()) {
            out.add(new Payload("dompurify-" + (out.size() + 1), unescape(m.group(1))));
        }
        return out;
    }

    /** Our own cases; each would run script, reach the network or cover the page if it got through. */
    public static List<Payload> own() {
        return List.of(
                new Payload("cdata-script", "<div><![CDATA[ x ]]><script>alert(1)</script></div>"),
                new Payload("cdata-hides-script", "<p><![CDATA[><script>alert(1)</script>]]></p>"),
                new Payload("cdata-hides-meta", "<![CDATA[><meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/cdata\">]]>"),
                new Payload("cdata-hides-form", "<![CDATA[><form action=\"http://127.0.0.1:9/f\"><button>go</button></form>]]>"),
                new Payload("cdata-hides-handler", "<![CDATA[><img src=x onerror=alert(1)>]]>"),
                new Payload("cdata-in-pre", "<pre><![CDATA[</pre><img src=x onerror=alert(1)>]]></pre>"),
                new Payload("processing-instruction", "<?xml version=\"1.0\"?><?php echo 1 ?><img src=x onerror=alert(1)>"),
                new Payload("pi-hides-script", "<? foo=\"><script>alert(1)</script>\" ?>"),
                new Payload("comment-hides-script", "<!-- --!><script>alert(1)</script> -->"),
                new Payload("comment-dashes", "<!--><img src=x onerror=alert(1)>-->"),
                new Payload("bogus-comment", "</x foo=\"><img src=x onerror=alert(1)>\">"),
                new Payload("xmp-raw-text", "<xmp></xmp><img src=x onerror=alert(1)></xmp>"),
                new Payload("xmp-close", "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>"),
                new Payload("plaintext", "<plaintext><script>alert(1)</script>"),
                new Payload("noembed", "<noembed><img title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>"),
                new Payload("noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
                new Payload("noframes", "<noframes><p title=\"</noframes><img src=x onerror=alert(1)>\"></noframes>"),
                new Payload("iframe-text", "<iframe><p title=\"</iframe><img src=x onerror=alert(1)>\"></iframe>"),
                new Payload("textarea", "<textarea><p title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>"),
                new Payload("title-in-body", "<title><p title=\"</title><img src=x onerror=alert(1)>\"></title>"),
                new Payload("style-in-body", "<style><p title=\"</style><img src=x onerror=alert(1)>\"></style>"),
                new Payload("listing", "<listing>&lt;img src=x onerror=alert(1)&gt;</listing>"),
                new Payload("template", "<template><script>alert(1)</script></template>"),
                new Payload("svg-foreign", "<svg><foreignObject><p title=\"</foreignObject><img src=x onerror=alert(1)>\"></p></foreignObject></svg>"),
                new Payload("math-mglyph", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
                new Payload("form-in-table", "<table><form><tr><td><button formaction=\"javascript:alert(1)\">x</button></td></tr></form></table>"),
                new Payload("nested-links", "<a href=\"#a\">one<button><a href=\"javascript:alert(1)\">two</a></button></a>"),
                new Payload("block-in-p-after-unwrap", "<p><button><div title=\"a\">x</div></button></p>"),
                new Payload("table-foster", "<table><tr><td>a</td></tr>text<custom><img src=x onerror=alert(1)></custom></table>"),
                new Payload("select-raw", "<select><template><style><img src=x onerror=alert(1)></style></template></select>"),
                new Payload("attribute-quotes", "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">quoted</p>"),
                new Payload("nul-in-tag", "<scr\u0000ipt>alert(1)</scr\u0000ipt><img src=x o\u0000nerror=alert(1)>"),
                new Payload("style-image-set", "<p style=\"background-image: image-set(url(http://127.0.0.1:9/is.png) 1x)\">a</p>"),
                new Payload("style-webkit-image-set", "<p style=\"background-image: -webkit-image-set('http://127.0.0.1:9/wis.png' 1x)\">a</p>"),
                new Payload("style-escaped-url", "<p style=\"background: u\\72l(http://127.0.0.1:9/esc.png)\">a</p>"),
                new Payload("style-fixed-cover", "<div style=\"position: fixed; top: 0; left: 0; width: 100%; height: 100%; background: white; z-index: 99999\">covered</div>"),
                new Payload("style-import", "<p style=\"color: red; } @import 'http://127.0.0.1:9/imp.css'; p {\">a</p>"),
                new Payload("style-var", "<p style=\"--x: url(http://127.0.0.1:9/var.png); background: var(--x)\">a</p>"),
                new Payload("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/refresh\">"),
                new Payload("base-href", "<base href=\"http://127.0.0.1:9/base/\"><img src=\"images/x.png\">"),
                new Payload("link-prefetch", "<link rel=\"prefetch\" href=\"http://127.0.0.1:9/prefetch\"><link rel=\"dns-prefetch\" href=\"//127.0.0.1:9\">"),
                new Payload("srcset", "<img src=\"x.png\" srcset=\"http://127.0.0.1:9/srcset.png 2x\">"),
                new Payload("deep-nesting", "<div>".repeat(600) + "<img src=x onerror=alert(1)>" + "</div>".repeat(600)),
                new Payload("deep-lists", "<ul><li>".repeat(700) + "deep" + "</li></ul>".repeat(700)));
    }

    public static List<Payload> all() throws IOException {
        List<Payload> all = new ArrayList<>(shared());
        all.addAll(own());
        return all;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
