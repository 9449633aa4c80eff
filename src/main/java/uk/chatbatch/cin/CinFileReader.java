package uk.chatbatch.cin;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.chatbatch.ingest.CellParser;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Masking;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

/**
 * Streams one CIN census file: the header first, then one {@code <Child>} at a time, built into a
 * small tree, interpreted and sent to the sink before the next is read. Memory follows the largest
 * child, not the file.
 *
 * <p>The parser is the JDK's own StAX implementation, not whatever the classpath offers (aalto-xml
 * arrives with fastexcel and would otherwise be the default), with DTDs and external entities off.
 * A file that declares a DOCTYPE is refused outright: a census never has one.
 */
final class CinFileReader {

    /** Progress is reported every this many children. */
    static final int PROGRESS_EVERY = 10_000;
    /** A census is six levels deep; anything far deeper is not a census and could exhaust the stack. */
    private static final int MAX_DEPTH = 32;
    /** How issues name the file as a whole, where a table's label would go. */
    static final String FILE_LEVEL = "CIN census";
    private static final String HEADER = "header";
    private static final Set<String> HEADER_ELEMENTS = Set.of("Header", "Year", "ReferenceDate");
    private static final Pattern GYEAR = Pattern.compile("(\\d{4})(?:Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern PARSE_ERROR = Pattern.compile("(?s).*Message:\\s*(.*)");

    private final String file;
    private final CinSink sink;
    private final Consumer<String> progress;
    private final int tables = CinTable.values().length;
    private final long[] read = new long[tables];
    private final long[] clean = new long[tables];
    private final long[] quarantined = new long[tables];
    private final long[] issues = new long[tables];
    private final Map<String, NotRead> notRead = new LinkedHashMap<>();
    private long fileIssues;
    private long children;
    private CinCensusHeader header;
    private ChildInterpreter interpreter;

    private CinFileReader(String file, CinSink sink, Consumer<String> progress) {
        this.file = file;
        this.sink = sink;
        this.progress = progress;
    }

    static CinFileResult read(XMLInputFactory factory, InputStream in, String file, CinSink sink,
                              Consumer<String> progress) {
        CinFileReader reader = new CinFileReader(file, sink, progress);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return reader.message(xml);
        } catch (XMLStreamException e) {
            throw new InputException(file + ": not well-formed XML" + at(e.getLocation()) + " (" + reason(e)
                    + "), so it cannot be read as a CIN census.");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // the stream is the caller's to close; nothing more to release
                }
            }
        }
    }

    private CinFileResult message(XMLStreamReader xml) throws XMLStreamException {
        toRoot(xml);
        if (!"Message".equals(xml.getLocalName())) {
            throw new InputException(file + ": XML, but not a CIN census: the root element is <" + xml.getLocalName()
                    + ">, where a CIN census has <Message>.");
        }
        String namespace = xml.getNamespaceURI();
        if (namespace != null && !namespace.isEmpty()) {
            throw new InputException(file + ": XML, but not a CIN census: its <Message> is in the namespace '"
                    + namespace + "', where a CIN census has no namespace.");
        }
        boolean childrenRead = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                fileIssue(xml.getLocation().getLineNumber(), "Message", Masking.mask(xml.getText().strip()),
                        IssueCode.CIN_STRAY_TEXT, "text inside <Message>, outside any of its elements, is ignored.");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            int line = xml.getLocation().getLineNumber();
            if (name.equals("Header") && header == null && !childrenRead) {
                header = header(subtree(xml, 1));
            } else if (name.equals("Children") && !childrenRead) {
                if (header == null) {
                    header = new CinCensusHeader(file, Optional.empty(), OptionalInt.empty(), Optional.empty(),
                            Optional.empty(), OptionalInt.empty());
                    fileIssue(line, "Header", "", IssueCode.CIN_CENSUS_YEAR_UNKNOWN, "the file has no <Header> before"
                            + " <Children>, so the census year is unknown and checks by census year are skipped.");
                }
                start();
                children(xml);
                childrenRead = true;
            } else {
                fileIssue(line, name, "", IssueCode.CIN_UNRECOGNISED_ELEMENT, "<" + name + "> is not expected here in"
                        + " <Message>, which holds one <Header> then one <Children>; it is ignored.");
                skip(xml);
            }
        }
        while (xml.hasNext()) {
            xml.next();
        }
        if (!childrenRead) {
            throw new InputException(file + ": has <Message> but no <Children> element, so it is not a CIN census.");
        }
        for (NotRead n : notRead.values()) {
            fileIssue(n.line, n.element, "", IssueCode.CIN_ELEMENT_NOT_READ, n.count + " <" + n.element + "> element"
                    + (n.count == 1 ? " is" : "s are") + " not read (" + ChildInterpreter.NOT_READ.get(n.element)
                    + "); the first is in " + n.location + ".");
        }
        List<TableSummary<CinTable>> summaries = new ArrayList<>();
        for (CinTable table : CinTable.values()) {
            int t = table.ordinal();
            summaries.add(TableSummary.read(file, table, header.collectionYear(), "census header", read[t], clean[t],
                    quarantined[t], issues[t]));
        }
        CinFileResult result = new CinFileResult(file, header, children, summaries, fileIssues);
        sink.endFile(result);
        return result;
    }

    private void start() {
        interpreter = new ChildInterpreter(file, header.censusYear(), (node, location) ->
                notRead.computeIfAbsent(node.name(), n -> new NotRead(n, node.line(), location)).count++);
        sink.startFile(header);
    }

    private void children(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                fileIssue(xml.getLocation().getLineNumber(), "Children", Masking.mask(xml.getText().strip()),
                        IssueCode.CIN_STRAY_TEXT, "text inside <Children>, outside any <Child>, is ignored.");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!xml.getLocalName().equals("Child")) {
                fileIssue(xml.getLocation().getLineNumber(), xml.getLocalName(), "", IssueCode.CIN_UNRECOGNISED_ELEMENT,
                        "<" + xml.getLocalName() + "> is not a <Child>, the only element <Children> holds; it is ignored.");
                skip(xml);
                continue;
            }
            XmlNode child = subtree(xml, 1);
            children++;
            flush(interpreter.read(child, (int) children));
            if (children % PROGRESS_EVERY == 0) {
                progress.accept(String.format(Locale.ROOT, "%s: %,d children read", file, children));
            }
        }
    }

    private void flush(List<PendingRecord> records) {
        for (PendingRecord rec : records) {
            int t = rec.table.ordinal();
            read[t]++;
            boolean quarantine = rec.quarantined();
            if (quarantine && !rec.keyUnusable()) {
                PendingRecord ancestor = rec.quarantinedAncestor();
                rec.issue(new Issue(file, rec.location, rec.table.label(), rec.line, rec.table.element(), "",
                        IssueCode.CIN_PARENT_QUARANTINED, file + ", line " + rec.line + " (" + rec.location + "): the "
                        + ancestor.table.recordName() + " it belongs to (line " + ancestor.line + ", "
                        + ancestor.location + ") is quarantined, so this " + rec.table.recordName()
                        + " cannot be joined and is quarantined too."));
            }
            for (Issue issue : rec.issues) {
                issues[t]++;
                sink.issue(issue);
            }
            Origin source = new Origin(file, rec.line, header.collectionYear(), rec.location);
            if (quarantine) {
                quarantined[t]++;
                sink.quarantined(new QuarantinedRecord(rec.table, source, List.of(rec.raw), rec.issues));
            } else {
                clean[t]++;
                sink.clean(new TableRecord(rec.table, source, rec.values));
            }
        }
    }

    /**
     * Collection, Year, ReferenceDate and LEA; everything else in the header is the submitting
     * software's business. A Collection other than CIN means the file is some other return.
     */
    private CinCensusHeader header(XmlNode node) {
        XmlNode details = first(node, "CollectionDetails");
        XmlNode source = first(node, "Source");
        Optional<String> collection = text(first(details, "Collection"));
        if (collection.isPresent() && !collection.get().equalsIgnoreCase("CIN")) {
            throw new InputException(file + ": the header's <Collection> is '" + collection.get()
                    + "', so this is not a CIN census (which has 'CIN').");
        }
        XmlNode yearNode = first(details, "Year");
        XmlNode dateNode = first(details, "ReferenceDate");
        OptionalInt year = OptionalInt.empty();
        Optional<String> yearText = text(yearNode);
        if (yearText.isPresent()) {
            Matcher m = GYEAR.matcher(yearText.get());
            if (m.matches()) {
                year = OptionalInt.of(Integer.parseInt(m.group(1)));
            } else {
                fileIssue(yearNode.line(), "Year", yearText.get(), IssueCode.INVALID_NUMBER, "<Year> value '"
                        + yearText.get() + "' is not a year such as 2024; it is ignored.");
            }
        }
        Optional<LocalDate> referenceDate = Optional.empty();
        Optional<String> dateText = text(dateNode);
        if (dateText.isPresent()) {
            CellParser.Parsed parsed = CinValues.date(dateText.get());
            if (parsed.isProblem()) {
                fileIssue(dateNode.line(), "ReferenceDate", dateText.get(), IssueCode.INVALID_DATE,
                        "<ReferenceDate> value '" + dateText.get() + "' is not usable (" + parsed.detail()
                                + "); it is ignored.");
            } else {
                referenceDate = Optional.of((LocalDate) parsed.value());
            }
        }
        OptionalInt censusYear = OptionalInt.empty();
        if (referenceDate.isPresent()) {
            LocalDate date = referenceDate.get();
            int fromDate = CinCensusHeader.censusYearOf(date);
            censusYear = OptionalInt.of(fromDate);
            if (date.getMonthValue() != 3 || date.getDayOfMonth() != 31) {
                fileIssue(dateNode.line(), "ReferenceDate", date.toString(), IssueCode.CIN_HEADER_MISMATCH,
                        "<ReferenceDate> " + date + " is not 31 March; the file is read as the "
                                + CinCensusHeader.label(fromDate) + " census, the period the date falls in.");
            }
            if (year.isPresent() && year.getAsInt() != fromDate) {
                fileIssue(yearNode.line(), "Year", String.valueOf(year.getAsInt()), IssueCode.CIN_HEADER_MISMATCH,
                        "<Year> " + year.getAsInt() + " and <ReferenceDate> " + date + " disagree; the census year"
                                + " follows ReferenceDate, so the file is read as the "
                                + CinCensusHeader.label(fromDate) + " census.");
            }
        } else if (year.isPresent()) {
            censusYear = year;
        } else {
            fileIssue(node.line(), "ReferenceDate", "", IssueCode.CIN_CENSUS_YEAR_UNKNOWN, "the header has no usable"
                    + " <ReferenceDate> or <Year>, so the census year is unknown and checks by census year are skipped.");
        }
        return new CinCensusHeader(file, collection, year, referenceDate, text(first(source, "LEA")), censusYear);
    }

    private static XmlNode first(XmlNode parent, String name) {
        if (parent == null) {
            return null;
        }
        for (XmlNode child : parent.children()) {
            if (child.name().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static Optional<String> text(XmlNode node) {
        return node == null || node.text().isEmpty() ? Optional.empty() : Optional.of(node.text());
    }

    /** An issue about the file as a whole: the header, or something outside every child. */
    private void fileIssue(int line, String element, String shown, IssueCode code, String what) {
        fileIssues++;
        String location = HEADER_ELEMENTS.contains(element) ? HEADER : "file";
        sink.issue(new Issue(file, location, FILE_LEVEL, line, element, shown, code,
                file + ", line " + line + ": " + what));
    }

    private void toRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InputException(file + ": declares a DOCTYPE at line " + xml.getLocation().getLineNumber()
                        + "; a CIN census has none, and DTDs and external entities are refused for safety, so the file"
                        + " is not read.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new InputException(file + ": XML with no elements, so it is not a CIN census.");
    }

    /** Builds the element the reader is on, and everything inside it, into a tree. */
    private XmlNode subtree(XMLStreamReader xml, int depth) throws XMLStreamException {
        XmlNode node = new XmlNode(xml.getLocalName(), xml.getLocation().getLineNumber());
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT:
                    if (depth >= MAX_DEPTH) {
                        throw new InputException(file + ": elements nested more than " + MAX_DEPTH + " deep at line "
                                + xml.getLocation().getLineNumber() + ", far deeper than a CIN census goes.");
                    }
                    node.add(subtree(xml, depth + 1));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                    // Indentation between elements is most of the text events and never a value.
                    if (!xml.isWhiteSpace()) {
                        node.appendText(xml.getText());
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    return node;
                default:
                    break;
            }
        }
    }

    /** Passes over the element the reader is on without keeping it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0 ? "" : " at line " + location.getLineNumber();
    }

    /** The parser's own words, without the location prefix it adds. */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = PARSE_ERROR.matcher(message);
        String reason = m.matches() ? m.group(1) : message;
        reason = reason.strip();
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /** Elements of {@link ChildInterpreter#NOT_READ} met in the file: how many and where the first is. */
    private static final class NotRead {
        final String element;
        final int line;
        final String location;
        long count;

        NotRead(String element, int line, String location) {
            this.element = element;
            this.line = line;
            this.location = "line " + line + " (" + location + ")";
        }
    }
}
