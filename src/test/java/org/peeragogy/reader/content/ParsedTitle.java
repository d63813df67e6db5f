package org.peeragogy.reader.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Optional;

/**
 * How the reader found titles before {@link TitleScan}: a full flexmark parse, then front matter
 * {@code title:}, else the first heading in document order. The reference the scan is compared with.
 */
final class ParsedTitle {
    private ParsedTitle() {
    }

    static Optional<String> of(String markdown) {
        Document document = Markdown.parse(markdown);
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(document);
        List<String> values = visitor.getData().get("title");
        if (values != null && !values.isEmpty()) {
            String t = FrontMatter.unquote(values.get(0).strip());
            if (!t.isEmpty()) {
                return Optional.of(t);
            }
        }
        return firstHeading(document);
    }

    private static Optional<String> firstHeading(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                String text = h.getText().toString().strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
            Optional<String> inner = firstHeading(child);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }
}
