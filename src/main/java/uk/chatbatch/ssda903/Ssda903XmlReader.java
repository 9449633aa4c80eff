package uk.chatbatch.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.model.SafeXml;

/**
 * Streams the 903 XML form (../shared/reference/ssda903.md section 4) and flattens each CHILD into
 * rows of the same tables the CSV form has.
 *
 * <p>Safety: the parser is {@link SafeXml}'s (DTDs, external entities and external access off, entity
 * references left unexpanded). A DOCTYPE is reported and ignored; a reference to an
 * entity it declares is reported and the value read without it. Nothing outside the file is read.
 *
 * <p>Flattening, one CHILD at a time (only one child's elements are held in memory):
 * <ul>
 *   <li>Header: CHILDID (as CHILD), SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB from HEADER.</li>
 *   <li>UASC: when HEADER's UASC flag is 1, or it is blank and DUC is given: CHILD, SEX, DOB, DUC.</li>
 *   <li>OC3: when any of IN_TOUCH, ACTIV, ACCOM has a value. AD1: when any of DATE_INT, DATE_MATCH,
 *       FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR has one.</li>
 *   <li>One row per AREVIEW (Reviews), PERMANENCE (PrevPerm), OC2, AMISSING (Missing), AD_PLACED
 *       (PlacedAdoption) in HEADER and per EPISODE (PL as PLACE) in CHILD, each with the child's
 *       CHILDID and DOB.</li>
 * </ul>
 * A row's line is the line of the element it came from (HEADER for the header-level tables); its
 * location names the element by position, such as CHILD[12]/EPISODE[2]. The XML form of social
 * worker episodes and DoLo was not published when this was written, so they are not read from XML.
 */
final class Ssda903XmlReader {

    /** Receives the flattened rows and what was found along the way. */
    interface Handler {
        /**
         * One row of a table.
         *
         * @param values the text of each field present (blank when its element was empty)
         * @param tags   the element each value came from, for messages
         */
        void row(Ssda903Table table, Map<Ssda903Field, String> values, Map<Ssda903Field, String> tags, int line,
                 String location);

        /** An element the 903 form does not have, reported once per path. */
        void unknownElement(String path, int line);

        void doctype(int line);

        /** An entity reference left unexpanded in an element's value. */
        void entity(String name, String elementPath, int line, String location);

        /** A UASC flag that is neither 0 nor 1. */
        void badUascFlag(String text, int line, String location);

        /** The file holds no CHILD element under its root. */
        void notA903File(String rootName);
    }

    private static final Map<String, Ssda903Field> HEADER_FIELDS = new HashMap<>();
    private static final Map<String, Ssda903Table> HEADER_BLOCKS = Map.of(
            "AREVIEW", Ssda903Table.REVIEWS, "PERMANENCE", Ssda903Table.PREV_PERM, "OC2", Ssda903Table.OC2,
            "AMISSING", Ssda903Table.MISSING, "AD_PLACED", Ssda903Table.PLACED_ADOPTION);
    private static final List<Ssda903Field> OC3_FIELDS = List.of(Ssda903Field.IN_TOUCH, Ssda903Field.ACTIV,
            Ssda903Field.ACCOM);
    private static final List<Ssda903Field> AD1_FIELDS = List.of(Ssda903Field.DATE_INT, Ssda903Field.DATE_MATCH,
            Ssda903Field.FOSTER_CARE, Ssda903Field.NB_ADOPTR, Ssda903Field.SEX_ADOPTR, Ssda903Field.LS_ADOPTR);
    private static final String UASC_FLAG = "UASC";
    /** CHILD/HEADER/AREVIEW/REVIEW is the deepest the form goes; a little slack, then refuse. */
    private static final int MAX_DEPTH = 8;

    static {
        for (Ssda903Table table : List.of(Ssda903Table.HEADER, Ssda903Table.UASC, Ssda903Table.OC3, Ssda903Table.AD1)) {
            for (Ssda903Table.Column column : table.columns()) {
                HEADER_FIELDS.put(column.field().xmlTag(), column.field());
            }
        }
    }

    private final Set<String> reportedUnknown = new LinkedHashSet<>();

    void read(Path path, String display, Handler handler) {
        try (InputStream in = Files.newInputStream(path)) {
            XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(in);
            try {
                read(reader, handler);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InputException(display + ": is not well-formed XML" + (line > 0 ? " at line " + line : "")
                    + " (" + firstLine(e.getMessage()) + ").");
        } catch (IOException e) {
            throw new InputException(display + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    private void read(XMLStreamReader reader, Handler handler) throws XMLStreamException {
        String root = null;
        int children = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                handler.doctype(reader.getLocation().getLineNumber());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (root == null) {
                    root = reader.getLocalName();
                    continue;
                }
                if (reader.getLocalName().equals("CHILD")) {
                    children++;
                    Node child = readNode(reader, 1);
                    flatten(child, "CHILD[" + children + "]", handler);
                } else if (children == 0 && !root.equals("EXPSSDA903")) {
                    handler.notA903File(root);
                    return;
                } else {
                    int line = reader.getLocation().getLineNumber();
                    unknown(root + "/" + reader.getLocalName(), line, handler);
                    readNode(reader, 1);
                }
            }
        }
        if (children == 0) {
            handler.notA903File(root == null ? "" : root);
        }
    }

    /** An element and everything inside it; the reader is left on its end tag. */
    private record Node(String name, int line, StringBuilder text, List<Node> children, List<String> entities) {

        String value() {
            return text.toString().strip();
        }

        boolean isLeaf() {
            return children.isEmpty();
        }

        Optional<Node> child(String name) {
            return children.stream().filter(c -> c.name.equals(name)).findFirst();
        }
    }

    private static Node readNode(XMLStreamReader reader, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("elements nested deeper than the 903 form ever nests them",
                    reader.getLocation());
        }
        Node node = new Node(reader.getLocalName(), reader.getLocation().getLineNumber(), new StringBuilder(),
                new ArrayList<>(), new ArrayList<>());
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> node.children().add(readNode(reader, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        node.text().append(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> node.entities().add(reader.getLocalName());
                case XMLStreamConstants.END_ELEMENT -> {
                    return node;
                }
                default -> {
                }
            }
        }
        return node;
    }

    private void flatten(Node child, String childPath, Handler handler) {
        Optional<Node> header = child.child("HEADER");
        Map<Ssda903Field, Node> headerValues = new EnumMap<>(Ssda903Field.class);
        String headerPath = childPath + "/HEADER";
        int headerLine = header.map(Node::line).orElse(child.line());
        List<Node> blocks = new ArrayList<>();
        for (Node node : child.children()) {
            if (node.name().equals("EPISODE")) {
                blocks.add(node);
            } else if (node == header.orElse(null)) {
                readHeader(node, headerValues, blocks, headerPath, handler);
            } else {
                unknown("CHILD/" + node.name(), node.line(), handler);
            }
        }
        tableFromHeader(Ssda903Table.HEADER, headerValues, headerLine, headerPath, handler);
        uasc(header, headerValues, headerLine, headerPath, handler);
        if (OC3_FIELDS.stream().anyMatch(f -> hasValue(headerValues, f))) {
            tableFromHeader(Ssda903Table.OC3, headerValues, headerLine, headerPath, handler);
        }
        if (AD1_FIELDS.stream().anyMatch(f -> hasValue(headerValues, f))) {
            tableFromHeader(Ssda903Table.AD1, headerValues, headerLine, headerPath, handler);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Node block : blocks) {
            Ssda903Table table = block.name().equals("EPISODE") ? Ssda903Table.EPISODES
                    : HEADER_BLOCKS.get(block.name());
            int index = counts.merge(block.name(), 1, Integer::sum);
            String location = (table == Ssda903Table.EPISODES ? childPath : headerPath) + "/" + block.name()
                    + "[" + index + "]";
            blockRow(table, block, headerValues, location, handler);
        }
    }

    /** HEADER's own values into headerValues, its repeating blocks onto blocks, in document order. */
    private void readHeader(Node header, Map<Ssda903Field, Node> headerValues, List<Node> blocks, String headerPath,
                            Handler handler) {
        for (Node node : header.children()) {
            Ssda903Field field = HEADER_FIELDS.get(node.name());
            if (field != null && node.isLeaf()) {
                headerValues.putIfAbsent(field, node);
                entities(node, headerPath, handler);
            } else if (HEADER_BLOCKS.containsKey(node.name())) {
                blocks.add(node);
            } else if (!node.name().equals(UASC_FLAG)) {
                unknown("CHILD/HEADER/" + node.name(), node.line(), handler);
            }
        }
    }

    private void uasc(Optional<Node> header, Map<Ssda903Field, Node> headerValues, int line, String location,
                      Handler handler) {
        Optional<Node> flag = header.flatMap(h -> h.child(UASC_FLAG));
        String text = flag.map(Node::value).orElse("");
        flag.ifPresent(f -> entities(f, location, handler));
        boolean uasc;
        if (text.isEmpty()) {
            uasc = hasValue(headerValues, Ssda903Field.DUC);
        } else {
            Ssda903CodeList.Lookup found = Ssda903CodeList.FLAG.lookup(text, Optional.empty());
            if (found.status() != Ssda903CodeList.Lookup.Status.VALID) {
                handler.badUascFlag(text, flag.get().line(), location);
                return;
            }
            uasc = found.code().code().equals("1");
        }
        if (uasc) {
            tableFromHeader(Ssda903Table.UASC, headerValues, line, location, handler);
        }
    }

    private static void tableFromHeader(Ssda903Table table, Map<Ssda903Field, Node> headerValues, int line,
                                        String location, Handler handler) {
        Map<Ssda903Field, String> values = new EnumMap<>(Ssda903Field.class);
        Map<Ssda903Field, String> tags = new EnumMap<>(Ssda903Field.class);
        for (Ssda903Table.Column column : table.columns()) {
            Node node = headerValues.get(column.field());
            values.put(column.field(), node == null ? "" : node.value());
            tags.put(column.field(), column.field().xmlTag());
        }
        handler.row(table, values, tags, line, location);
    }

    private void blockRow(Ssda903Table table, Node block, Map<Ssda903Field, Node> headerValues, String location,
                          Handler handler) {
        Map<Ssda903Field, String> values = new EnumMap<>(Ssda903Field.class);
        Map<Ssda903Field, String> tags = new EnumMap<>(Ssda903Field.class);
        Map<String, Ssda903Field> byTag = new HashMap<>();
        for (Ssda903Table.Column column : table.columns()) {
            byTag.put(column.field().xmlTag(), column.field());
        }
        for (Node node : block.children()) {
            Ssda903Field field = byTag.get(node.name());
            if (field == null || !node.isLeaf() || field == Ssda903Field.CHILD) {
                unknown(pathOf(block) + "/" + node.name(), node.line(), handler);
                continue;
            }
            values.putIfAbsent(field, node.value());
            entities(node, location, handler);
        }
        for (Ssda903Table.Column column : table.columns()) {
            Ssda903Field field = column.field();
            if (!values.containsKey(field) && (field == Ssda903Field.CHILD || field == Ssda903Field.DOB)) {
                Node fromHeader = headerValues.get(field);
                values.put(field, fromHeader == null ? "" : fromHeader.value());
                tags.put(field, "HEADER/" + field.xmlTag());
            } else {
                values.putIfAbsent(field, "");
                tags.put(field, field.xmlTag());
            }
        }
        handler.row(table, values, tags, block.line(), location);
    }

    private static String pathOf(Node block) {
        return block.name().equals("EPISODE") ? "CHILD/EPISODE" : "CHILD/HEADER/" + block.name();
    }

    private static boolean hasValue(Map<Ssda903Field, Node> values, Ssda903Field field) {
        Node node = values.get(field);
        return node != null && !node.value().isEmpty();
    }

    private static void entities(Node node, String location, Handler handler) {
        for (String entity : node.entities()) {
            handler.entity(entity, node.name(), node.line(), location);
        }
    }

    private void unknown(String path, int line, Handler handler) {
        if (reportedUnknown.add(path)) {
            handler.unknownElement(path, line);
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.lastIndexOf('\n');
        return (nl < 0 ? m : m.substring(nl + 1)).replace("Message: ", "");
    }
}
