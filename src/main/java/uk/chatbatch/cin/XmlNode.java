package uk.chatbatch.cin;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.model.Text;

/**
 * One element of a {@code <Child>} (or of the header), held only while that child is interpreted:
 * its name, the line it starts on, its own text and its element children. The census has no
 * attributes, so none are kept.
 */
final class XmlNode {

    private final String name;
    private final int line;
    private String text;
    private StringBuilder moreText;
    private List<XmlNode> children;

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    void appendText(String chunk) {
        if (text == null) {
            text = chunk;
        } else {
            if (moreText == null) {
                moreText = new StringBuilder(text);
            }
            moreText.append(chunk);
        }
    }

    void add(XmlNode child) {
        if (children == null) {
            children = new ArrayList<>(8);
        }
        children.add(child);
    }

    /** The element's own text, whitespace cleaned; "" when it has none. */
    String text() {
        return Text.clean(moreText != null ? moreText.toString() : text);
    }

    List<XmlNode> children() {
        return children == null ? List.of() : children;
    }
}
