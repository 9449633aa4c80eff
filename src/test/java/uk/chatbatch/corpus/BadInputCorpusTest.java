package uk.chatbatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.corpus.Inputs.CONTACT_HEADER;
import static uk.chatbatch.corpus.Inputs.CONTACT_HEADER_CELLS;
import static uk.chatbatch.corpus.Inputs.EPISODES_HEADER;
import static uk.chatbatch.corpus.Inputs.census;
import static uk.chatbatch.corpus.Inputs.cinChild;
import static uk.chatbatch.corpus.Inputs.contact;
import static uk.chatbatch.corpus.Inputs.episode;
import static uk.chatbatch.corpus.Inputs.lines;
import static uk.chatbatch.corpus.Inputs.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.chatbatch.cli.CapturedOutput;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.pipeline.IngestStage;
import uk.chatbatch.pipeline.RunRequest;

/**
 * The bad-input corpus: one row per input a user could hand the product, built here from synthetic
 * content, with the answer expected beside it.
 *
 * <p>An unusable input is run through the launcher as a user would run it: exit code 2, one sentence on
 * the console naming the file (and sheet, row, column and value where they apply), no stack trace, and
 * nothing published. A readable input is run through the ingest step (plain Java, as the job runs it, but
 * without starting Spring for each of the forty-odd rows): every planted data row is counted (read =
 * clean + quarantined in ingest_summary), and every planted bad value is in quarantine or the issues
 * dataset with a message naming file, sheet or table, row, column and value. In both, no planted identifier,
 * date of birth or postcode reaches the console or the progress lines. A readable input's run goes
 * on to exit 0; the whole-run exit code of readable input is asserted by {@link PrivacyScanTest}.
 */
class BadInputCorpusTest {

    @TempDir
    Path dir;

    /** Which option the input is given with, and where it was written. */
    record Input(String option, Path path) {
    }

    sealed interface Expect permits Refused, Read {
    }

    /** Exit code 2 with one sentence holding every fragment. */
    record Refused(List<String> fragments) implements Expect {
        int exitCode() {
            return 2;
        }
    }

    /** A table's accounting, and the planted problems that must each be reported. */
    record Read(String table, long read, long clean, long quarantined, List<Planted> planted) implements Expect {
        Read issue(IssueCode code, String... fragments) {
            List<Planted> more = new ArrayList<>(planted);
            more.add(new Planted(code, List.of(fragments)));
            return new Read(table, read, clean, quarantined, more);
        }
    }

    record Planted(IssueCode code, List<String> fragments) {
    }

    record Case(String name, Function<Path, Input> maker, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Refused refused(String... fragments) {
        return new Refused(List.of(fragments));
    }

    static Read read(String table, long read, long clean, long quarantined) {
        return new Read(table, read, clean, quarantined, List.of());
    }

    static Case annexA(String name, Function<Path, Path> maker, Expect expect) {
        return new Case("Annex A: " + name, d -> new Input("--annex-a", maker.apply(d)), expect);
    }

    static Case ssda903(String name, Function<Path, Path> maker, Expect expect) {
        return new Case("SSDA903: " + name, d -> new Input("--ssda903", maker.apply(d)), expect);
    }

    static Case cin(String name, Function<Path, Path> maker, Expect expect) {
        return new Case("CIN census: " + name, d -> new Input("--cin", maker.apply(d)), expect);
    }

    private static final String L1 = "List 1 (Contacts)";

    /** A CSV List 1 with a clean first row (child 100000001) and the given rows after it. */
    static Function<Path, Path> contactsCsv(String... rows) {
        return d -> write(d.resolve("annex-a/list1.csv"), lines(Stream.concat(
                Stream.of(CONTACT_HEADER, contact("100000001", "01/06/2023")), Arrays.stream(rows))
                .toArray(String[]::new))).getParent();
    }

    /** A workbook with List 1 on sheet 'Contacts': a clean first row, then the given rows of cells. */
    static Function<Path, Path> contactsXlsx(Object[]... rows) {
        return d -> RawXlsx.write(d.resolve("contacts.xlsx"), List.of(new RawXlsx.Sheet("Contacts", out -> {
            out.write(RawXlsx.row(1, CONTACT_HEADER_CELLS));
            out.write(RawXlsx.row(2, "100000001", "b) Female", "a) WBRI", "14/02/2015", 9, "01/06/2023", "6"));
            for (int i = 0; i < rows.length; i++) {
                out.write(RawXlsx.row(i + 3, rows[i]));
            }
        })));
    }

    /** A contact row whose date of contact is the given cell. */
    static Object[] contactOn(String childId, Object dateOfContact) {
        return new Object[] {childId, "b) Female", "a) WBRI", "14/02/2015", 9, dateOfContact, "6"};
    }

    /** A contact row whose gender is the given cell. */
    static Object[] contactWithGender(String childId, Object gender) {
        return new Object[] {childId, gender, "a) WBRI", "14/02/2015", 9, "01/06/2023", "6"};
    }

    static Function<Path, Path> episodesCsv(String... lines) {
        return d -> write(d.resolve("903/2023-24/episodes.csv"), lines(lines)).getParent().getParent();
    }

    static Function<Path, Path> ssda903Xml(String content) {
        return d -> write(d.resolve("903/2023-24.xml"), content).getParent();
    }

    static Function<Path, Path> cinXml(String content) {
        return d -> write(d.resolve("cin/cin-2024.xml"), content);
    }

    static Function<Path, Path> file(String name, String content) {
        return d -> write(d.resolve(name), content);
    }

    static Function<Path, Path> file(String name, byte[] content) {
        return d -> Inputs.bytes(d.resolve(name), content);
    }

    static Function<Path, Path> file(String name, String content, Charset charset) {
        return d -> write(d.resolve(name), content, charset);
    }

    static final String EPISODES_2023 = "903 episodes";

    static Stream<Case> corpus() {
        String child = cinChild("CHILD0000001", "2023-05-02");
        return Stream.of(
                // ---- Annex A: files that cannot be used ----
                annexA("a missing file", d -> d.resolve("nowhere.xlsx"),
                        refused("nowhere.xlsx", "does not exist")),
                annexA("a zero-byte workbook", file("empty.xlsx", new byte[0]),
                        refused("empty.xlsx", "empty")),
                annexA("an empty folder", d -> d.resolve("empty-folder").toFile().mkdirs() ? d.resolve("empty-folder")
                        : d.resolve("empty-folder"), refused("empty-folder", "no .csv files")),
                annexA("text renamed .xlsx", file("notes.xlsx", "meeting notes, not a workbook\n"),
                        refused("notes.xlsx", "is not an Excel workbook")),
                annexA("an old .xls workbook", file("old.xlsx", CompoundFiles.oldXls()),
                        refused("old.xlsx", ".xls", "save it as .xlsx")),
                annexA("a password-protected workbook", file("locked.xlsx", CompoundFiles.encryptedXlsx()),
                        refused("locked.xlsx", "password")),
                annexA("a workbook whose only sheet matches no list", d -> RawXlsx.write(d.resolve("budget.xlsx"),
                        List.of(new RawXlsx.Sheet("Budget", out -> out.write(RawXlsx.row(1, "Cost centre", "Amount"))))),
                        refused("budget.xlsx", "no sheet has the header row", "Budget")),
                annexA("a zero-byte CSV", file("annex-a/list1.csv", new byte[0]),
                        refused("list1.csv", "no sheet has the header row")),
                annexA("a CSV separated by semicolons (Excel in a comma-decimal locale)", file("annex-a/list1.csv",
                        lines(CONTACT_HEADER.replace(',', ';'), contact("100000001", "01/06/2023").replace(',', ';'),
                                contact("100000002", "31/02/2026").replace(',', ';'))).andThen(Path::getParent),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "row 3", "31/02/2026")),
                // ---- Annex A: readable, every row accounted for ----
                annexA("a list missing a required column (Date of Contact)", d -> write(d.resolve("annex-a/list1.csv"),
                        lines(CONTACT_HEADER.replace(",Date of Contact", "") + ",Notes", "100000001,b) Female,a) WBRI,"
                                + "14/02/2015,9,6,x"))
                        .getParent(), read(L1, 0, 0, 0).issue(IssueCode.MISSING_REQUIRED_COLUMN, "list1.csv",
                        "Date of Contact")),
                annexA("a sheet matching no list beside List 1", d -> RawXlsx.write(d.resolve("two.xlsx"), List.of(
                        new RawXlsx.Sheet("Contacts", out -> {
                            out.write(RawXlsx.row(1, CONTACT_HEADER_CELLS));
                            out.write(RawXlsx.row(2, contactOn("100000001", "01/06/2023")));
                        }),
                        new RawXlsx.Sheet("Notes", out -> out.write(RawXlsx.row(1, "Remember", "to", "check"))))),
                        read(L1, 1, 1, 0).issue(IssueCode.UNRECOGNISED_SHEET, "two.xlsx", "Notes")),
                annexA("header only", d -> write(d.resolve("annex-a/list1.csv"), lines(CONTACT_HEADER)).getParent(),
                        read(L1, 0, 0, 0)),
                annexA("2,000 padding rows after two data rows", d -> RawXlsx.write(d.resolve("padded.xlsx"),
                        List.of(new RawXlsx.Sheet("Contacts", out -> {
                            out.write(RawXlsx.row(1, CONTACT_HEADER_CELLS));
                            out.write(RawXlsx.row(2, contactOn("100000001", "01/06/2023")));
                            out.write(RawXlsx.row(3, contactOn("100000002", "02/06/2023")));
                            for (int r = 4; r < 2004; r++) {
                                out.write(RawXlsx.row(r, " ", "", "\u00A0"));
                            }
                        }))), read(L1, 2, 2, 0)),
                annexA("31/02/2026 as the date of contact", contactsCsv(contact("100000002", "31/02/2026")),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "list1.csv", "row 3", "Date of Contact",
                                "31/02/2026")),
                annexA("2026-13-45 as the date of contact", contactsCsv(contact("100000002", "2026-13-45")),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "row 3", "Date of Contact",
                                "2026-13-45")),
                annexA("serial 0 as the date of contact", contactsXlsx(contactOn("100000002", 0)),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "contacts.xlsx", "sheet 'Contacts'",
                                "row 3", "Date of Contact")),
                annexA("a negative serial as the date of contact", contactsXlsx(contactOn("100000002", -5)),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "row 3", "Date of Contact", "-5")),
                annexA("'yesterday' as the date of contact", contactsCsv(contact("100000002", "yesterday")),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "row 3", "Date of Contact",
                                "yesterday")),
                annexA("a formula with its cached value", contactsXlsx(contactOn("100000002",
                                "<c r=\"REF\"><f>DATE(2023,6,2)</f><v>45079</v></c>")), read(L1, 2, 2, 0)),
                annexA("a formula never calculated (no cached value) as the date of contact",
                        contactsXlsx(contactOn("100000002", "<c r=\"REF\"><f>TODAY()-1</f></c>")),
                        read(L1, 2, 1, 1).issue(IssueCode.MISSING_EVENT_DATE, "row 3", "Date of Contact")),
                annexA("#N/A as the gender", contactsXlsx(contactWithGender("100000002",
                                "<c r=\"REF\" t=\"e\"><v>#N/A</v></c>")),
                        read(L1, 2, 2, 0).issue(IssueCode.EXCEL_ERROR_VALUE, "row 3", "Gender", "#N/A")),
                annexA("#REF! as the date of contact", contactsXlsx(contactOn("100000002",
                                "<c r=\"REF\" t=\"e\"><v>#REF!</v></c>")),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "row 3", "Date of Contact")),
                annexA("an identifier with spaces around it, one with 1234.0", contactsCsv(
                                contact(" 100000002 ", "02/06/2023"), contact("100000003.0", "02/06/2023")),
                        read(L1, 3, 3, 0)),
                annexA("an identifier with a space inside (kept as the LA wrote it)",
                        contactsCsv(contact("1000 00002", "02/06/2023")), read(L1, 2, 2, 0)),
                annexA("an identifier Excel turned into 1.2E+5", contactsCsv(contact("1.2E+5", "02/06/2023")),
                        read(L1, 2, 1, 1).issue(IssueCode.INVALID_IDENTIFIER, "row 3", "Child Unique ID")),
                annexA("typographic quotes around a code", contactsCsv(
                                "100000002,\u201Cb) Female\u201D,\u2018a) WBRI\u2019,14/02/2015,9,02/06/2023,6"),
                        read(L1, 2, 2, 0)),
                annexA("a CSV with a byte-order mark and CRLF line ends", file("annex-a/list1.csv",
                                "\uFEFF" + CONTACT_HEADER + "\r\n" + contact("100000001", "01/06/2023") + "\r\n"
                                        + contact("100000002", "02/06/2023") + "\r\n").andThen(Path::getParent),
                        read(L1, 2, 2, 0)),
                annexA("a CSV saved as Windows-1252 (\u00A3, \u00E9)", file("annex-a/list3.csv", lines(
                                "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Referral,"
                                        + "Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,"
                                        + "Allocated Team,Allocated Worker",
                                "100000001,b) Female,a) WBRI,14/02/2015,9,01/06/2023,6,No,1,\u00A3 Team,Ren\u00E9e Smith"),
                                Charset.forName("windows-1252")).andThen(Path::getParent),
                        read("List 3 (Referrals)", 1, 1, 0)),
                annexA("a ragged row (a field short, a field over)", contactsCsv(
                                "100000002,b) Female,a) WBRI,14/02/2015,9,02/06/2023",
                                contact("100000003", "02/06/2023") + ",extra"),
                        read(L1, 3, 3, 0)),
                annexA("an unterminated quote in a CSV separated by semicolons", file("annex-a/list1.csv", lines(
                                CONTACT_HEADER.replace(',', ';'), contact("100000001", "01/06/2023").replace(',', ';'),
                                contact("100000002", "01/06/2023").replace(',', ';').replace(";b)", ";\"b)"),
                                contact("100000003", "01/06/2023").replace(',', ';'))).andThen(Path::getParent),
                        refused("list1.csv", "row 3", "quote")),
                annexA("an unterminated quote", contactsCsv("100000002,\"b) Female,a) WBRI,14/02/2015,9,02/06/2023,6",
                                contact("100000003", "02/06/2023"), contact("100000004", "02/06/2023")),
                        refused("list1.csv", "row 3", "quote")),
                // ---- SSDA903 ----
                ssda903("a missing folder", d -> d.resolve("no-903"), refused("no-903", "does not exist")),
                ssda903("a folder with no files", d -> d.resolve("empty-903").toFile().mkdirs()
                        ? d.resolve("empty-903") : d.resolve("empty-903"), refused("empty-903", "no .csv or .xml")),
                ssda903("unknown columns", episodesCsv(EPISODES_HEADER + ",FAVOURITE_COLOUR",
                                episode("100000001", "01/05/2023", "") + ",blue"),
                        read("Episodes", 1, 1, 0).issue(IssueCode.UNRECOGNISED_COLUMN, "episodes.csv",
                                "FAVOURITE_COLOUR")),
                ssda903("a row missing CHILD", episodesCsv(EPISODES_HEADER, episode("100000001", "01/05/2023", ""),
                                episode("", "01/06/2023", "")),
                        read("Episodes", 2, 1, 1).issue(IssueCode.MISSING_IDENTIFIER, "episodes.csv", "row 3",
                                "CHILD")),
                ssda903("DECOM after DEC", episodesCsv(EPISODES_HEADER,
                                episode("100000001", "01/09/2023", "01/08/2023")),
                        read("Episodes", 1, 1, 0).issue(IssueCode.END_BEFORE_START, "episodes.csv", "row 2", "DEC",
                                "01/08/2023", "DECOM 01/09/2023")),
                ssda903("duplicate keys", episodesCsv(EPISODES_HEADER, episode("100000001", "01/05/2023", ""),
                                episode("100000001", "01/05/2023", "")),
                        read("Episodes", 2, 1, 1).issue(IssueCode.DUPLICATE_KEY, "episodes.csv", "row 3", "DECOM")),
                ssda903("a return of another year (2021-22, the period ends 31 March 2024)", d -> write(
                                d.resolve("903/2021-22/episodes.csv"), lines(EPISODES_HEADER,
                                        episode("100000001", "01/05/2021", ""))).getParent().getParent(),
                        refused("2021-22", "accept_other_la_or_year")),
                ssda903("a zero-byte CSV", d -> write(d.resolve("903/2023-24/episodes.csv"), "").getParent()
                        .getParent(), refused("no SSDA903 table could be read", "episodes.csv", "empty")),
                ssda903("truncated XML", ssda903Xml("<?xml version=\"1.0\"?>\n<EXPSSDA903>\n  <CHILD>\n    <HEADER>"
                                + "<CHILDID>100000001</CHILDID>"),
                        refused("2023-24.xml", "not well-formed XML", "line")),
                ssda903("malformed XML", ssda903Xml("<EXPSSDA903><CHILD><HEADER><CHILDID>1</HEADER></CHILD>"
                                + "</EXPSSDA903>"),
                        refused("2023-24.xml", "not well-formed XML", "line 1")),
                ssda903("the wrong root element", ssda903Xml("<Message><Header/></Message>"),
                        refused("no SSDA903 table could be read", "2023-24.xml", "Message")),
                // ---- CIN census ----
                cin("a missing file", d -> d.resolve("cin-none.xml"), refused("cin-none.xml", "does not exist")),
                cin("a zero-byte file", file("cin-empty.xml", new byte[0]), refused("cin-empty.xml", "empty")),
                cin("truncated XML", cinXml(census(child).substring(0, census(child).length() / 2)),
                        refused("cin-2024.xml", "not well-formed XML", "line")),
                cin("malformed XML", cinXml(census(child).replace("</LAchildID>", "</LAchild>")),
                        refused("cin-2024.xml", "not well-formed XML", "line 13")),
                cin("the wrong root element", cinXml("<Census><Children/></Census>"),
                        refused("cin-2024.xml", "root element is <Census>")),
                cin("the wrong namespace", cinXml(census(child).replace("<Message>",
                                "<Message xmlns=\"http://example.org/not-the-cin-census\">")),
                        refused("cin-2024.xml", "namespace")),
                cin("a census of another LA (LEA 202, the job is LA 201)", cinXml(census(child)
                                .replace("<LEA>201</LEA>", "<LEA>202</LEA>")),
                        refused("cin-2024.xml", "202", "accept_other_la_or_year")),
                cin("a census of another year (2022-23, the period ends 31 March 2024)", cinXml(census(child)
                                .replace("<Year>2024</Year>", "<Year>2023</Year>")
                                .replace("<ReferenceDate>2024-03-31", "<ReferenceDate>2023-03-31")),
                        refused("cin-2024.xml", "accept_other_la_or_year")),
                cin("an empty census (a header, no children)", cinXml(census("")), read("CIN children", 0, 0, 0)),
                cin("a child without LAchildID", cinXml(census(child + cinChild("", "2023-05-02"))),
                        read("CIN children", 2, 1, 1).issue(IssueCode.MISSING_IDENTIFIER, "cin-2024.xml", "LAchildID")),
                cin("2026-13-45 as a referral date", cinXml(census(child + cinChild("CHILD0000002", "2026-13-45"))),
                        read("CIN episodes", 2, 1, 1).issue(IssueCode.INVALID_EVENT_DATE, "cin-2024.xml",
                                "CINreferralDate", "2026-13-45")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyInputHasItsExpectedAnswer(Case c) throws Exception {
        Input input = c.maker().apply(dir.resolve("in"));
        Path out = dir.resolve("out");
        if (c.expect() instanceof Refused refused) {
            CapturedOutput run = CapturedOutput.launch("run", "--la", Inputs.LA, "--period-end", Inputs.PERIOD_END,
                    input.option(), input.path().toString(), "--output", out.toString(), "--reports", "internal");
            String message = run.err().strip();
            assertThat(run.exitCode()).as(run.err()).isEqualTo(refused.exitCode());
            Console.assertOneSentence(message);
            assertThat(message).contains(refused.fragments());
            Console.assertNoStackTrace(run);
            assertThat(OutputScan.inText("console", run.out() + run.err(), Inputs.CHILD_DETAILS)).isEmpty();
            assertThat(out.resolve("parquet")).as("nothing published").doesNotExist();
            assertThat(out.resolve("reports")).as("nothing published").doesNotExist();
            return;
        }
        Read expected = (Read) c.expect();
        List<String> progress = new ArrayList<>();
        new IngestStage(progress::add).run(request(input, out));
        assertThat(OutputScan.inText("progress (console and log)", String.join("\n", progress),
                Inputs.CHILD_DETAILS)).isEmpty();
        Published published = new Published(out);
        assertThat(published.accounting(expected.table())).as("read, clean, quarantined of " + expected.table())
                .containsExactly(expected.read(), expected.clean(), expected.quarantined());
        published.assertEveryTableAccountsForItsRows();
        for (Planted planted : expected.planted()) {
            assertThat(published.messages(planted.code())).as(planted.code() + " reported")
                    .anySatisfy(m -> assertThat(m).contains(planted.fragments()));
        }
        assertThat(published.quarantinedRows()).as("every row quarantined is in the quarantine dataset")
                .isEqualTo(published.quarantinedCount());
    }

    static RunRequest request(Input input, Path out) {
        return new RunRequest(Inputs.LA, "LA 201", LocalDate.parse(Inputs.PERIOD_END),
                pathIf(input, "--annex-a"), pathIf(input, "--ssda903"), pathIf(input, "--cin"), out,
                IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty(), RunRequest.DEFAULT_REPORTS,
                Optional.empty());
    }

    private static Optional<Path> pathIf(Input input, String option) {
        return input.option().equals(option) ? Optional.of(input.path()) : Optional.empty();
    }

    /** The ingest datasets one run published. */
    static final class Published {
        private final TableData summary;
        private final TableData issues;
        private final TableData quarantine;

        Published(Path out) throws Exception {
            String partition = "la=" + Inputs.LA + "/period=" + Inputs.PERIOD_END;
            summary = ParquetTableReader.read(out.resolve("parquet/ingest_summary/" + partition));
            issues = ParquetTableReader.read(out.resolve("parquet/issues/" + partition));
            quarantine = ParquetTableReader.read(out.resolve("parquet/quarantine/" + partition));
        }

        /** read, clean, quarantined summed over the rows of one list or table. */
        List<Long> accounting(String table) {
            long read = 0;
            long clean = 0;
            long quarantined = 0;
            boolean found = false;
            for (int r = 0; r < summary.rowCount(); r++) {
                if (table.equals(summary.value(r, "list"))) {
                    found = true;
                    read += (Long) summary.value(r, "rows_read");
                    clean += (Long) summary.value(r, "rows_clean");
                    quarantined += (Long) summary.value(r, "rows_quarantined");
                }
            }
            assertThat(found).as(table + " in ingest_summary (has: " + summary.column("list") + ")").isTrue();
            return List.of(read, clean, quarantined);
        }

        void assertEveryTableAccountsForItsRows() {
            for (int r = 0; r < summary.rowCount(); r++) {
                assertThat((Long) summary.value(r, "rows_read")).as("read = clean + quarantined, " + summary.value(r,
                        "list")).isEqualTo((Long) summary.value(r, "rows_clean")
                        + (Long) summary.value(r, "rows_quarantined"));
            }
        }

        long quarantinedCount() {
            long n = 0;
            for (int r = 0; r < summary.rowCount(); r++) {
                n += (Long) summary.value(r, "rows_quarantined");
            }
            return n;
        }

        long quarantinedRows() {
            return quarantine.rowCount();
        }

        List<String> messages(IssueCode code) {
            List<String> found = new ArrayList<>();
            for (int r = 0; r < issues.rowCount(); r++) {
                if (code.name().toLowerCase(java.util.Locale.ROOT).equals(issues.value(r, "issue_code"))) {
                    found.add((String) issues.value(r, "message"));
                }
            }
            return found;
        }

        List<String> allMessages() {
            List<String> found = new ArrayList<>();
            for (int r = 0; r < issues.rowCount(); r++) {
                found.add(issues.value(r, "issue_code") + ": " + issues.value(r, "message"));
            }
            return found;
        }
    }
}
