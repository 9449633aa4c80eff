package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * The two documents a run draws for each variant, read back as a reader would: the leaders' report within its
 * page limit with every headline measure on page 1 at the value the indicators dataset holds, nothing printed
 * under 8 points in either document, and data-quality totals equal to the issues dataset's.
 *
 * <p>Two runs: the bundled sample (Annex A), and a full LA with Annex A and both returns (the sample workbook
 * with the public SSDA903 and CIN census samples, read with --accept-other-la-or-year since they are from
 * earlier years).
 */
public class LeadersReportEndToEndTest {

    static final int PAGE_LIMIT = 24;
    public static final float SMALLEST_TEXT = 8f;

    @TempDir
    static Path dir;
    static Path sample;
    static Path full;

    @BeforeAll
    static void runTheSampleAndAFullLa() {
        sample = dir.resolve("sample");
        CapturedOutput run = CapturedOutput.launch("run", "jobs/sample-la.yml", "--output", sample.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Leaders' report (internal): " + report(sample, "999", "chat-leaders-internal.pdf"))
                .contains("Analysts' appendix (shareable): " + report(sample, "999", "chat-appendix-shareable.pdf"));
        full = dir.resolve("full");
        CapturedOutput withReturns = CapturedOutput.launch("run", "--la", "998", "--la-name", "Fullshire (synthetic)",
                "--period-end", "2026-09-30", "--annex-a", "input/sample/annex-a-sample.xlsx",
                "--ssda903", ReturnsRunTest.SSDA903.toString(), "--cin", ReturnsRunTest.CIN.toString(),
                "--region", "North East", "--accept-other-la-or-year", "--output", full.toString());
        assertThat(withReturns.exitCode()).as(withReturns.err()).isZero();
    }

    static Path report(Path out, String la, String name) {
        return out.resolve("reports/" + la + "/2026-09-30/" + name);
    }

    @Test
    void theLeadersReportIsWithinThePageLimitAndShorterThanTheAppendix() throws IOException {
        for (String variant : List.of("internal", "shareable")) {
            for (Path leaders : List.of(report(sample, "999", "chat-leaders-" + variant + ".pdf"),
                    report(full, "998", "chat-leaders-" + variant + ".pdf"))) {
                int pages = pages(leaders);
                assertThat(pages).as(leaders.toString()).isBetween(8, PAGE_LIMIT);
                assertThat(pages(leaders.resolveSibling("chat-appendix-" + variant + ".pdf")))
                        .as("the appendix has everything else").isGreaterThan(3 * pages);
            }
        }
    }

    /**
     * A theme's measures table flows on under its introduction: kept whole, child protection's sixteen rows moved to
     * the next page and left page 6 with the heading and introduction alone.
     */
    @Test
    void aThemesMeasuresTableStartsOnItsHeadingsPageUnderTheIntroduction() throws IOException {
        for (String variant : List.of("internal", "shareable")) {
            Path leaders = report(sample, "999", "chat-leaders-" + variant + ".pdf");
            int themesWithATable = 0;
            for (int p = 1; p <= pages(leaders); p++) {
                String text = pageText(leaders, p).replaceAll("\\s+", " ");
                if (text.contains("set against England below.")) { // a theme's introduction, promising the table
                    themesWithATable++;
                    assertThat(text).as(variant + " page " + p + ": the header and a first row under the introduction")
                            .containsPattern("set against England below\\. Measure This period England and region Where"
                                    + " it stands [A-Z]");
                }
            }
            assertThat(themesWithATable).as(variant + ": the sample's front door, child protection and children in care")
                    .isGreaterThanOrEqualTo(3);
            int cp = pageWith(leaders, "Child protection Section 47 enquiries, conferences");
            assertThat(pageText(leaders, cp).replaceAll("\\s+", " ")).as(variant + ": child protection's first"
                    + " measures on its heading's page").contains("S47-01R", "S47-02", "S47-03");
            assertThat(pageText(leaders, cp + 1).replaceAll("\\s+", " ").strip()).as(variant + ": the rest under the header,"
                    + " repeated").startsWith("Measure This period England and region Where it stands");
        }
    }

    private static int pageWith(Path pdf, String text) throws IOException {
        for (int p = 1; p <= pages(pdf); p++) {
            if (pageText(pdf, p).replaceAll("\\s+", " ").contains(text)) {
                return p;
            }
        }
        throw new AssertionError(pdf + " has no page with " + text);
    }

    @Test
    void nothingInEitherDocumentIsPrintedSmallerThanEightPoints() throws IOException {
        for (String name : List.of("chat-leaders-internal.pdf", "chat-leaders-shareable.pdf",
                "chat-appendix-internal.pdf", "chat-appendix-shareable.pdf")) {
            assertThat(smallestText(report(sample, "999", name))).as(name).isGreaterThanOrEqualTo(SMALLEST_TEXT);
        }
        assertThat(smallestText(report(full, "998", "chat-leaders-internal.pdf"))).as("with the returns")
                .isGreaterThanOrEqualTo(SMALLEST_TEXT);
    }

    @Test
    void pageOneHasEveryHeadlineMeasureAtTheIndicatorsDatasetsValue() throws Exception {
        List<IndicatorMetadata> headlines = IndicatorCatalogue.discover().definitions().stream()
                .filter(IndicatorMetadata::headline).toList();
        assertThat(headlines).as("12 to 16 headline measures in the catalogue").hasSizeBetween(12, 16);
        String shareablePageOne = pageText(report(sample, "999", "chat-leaders-shareable.pdf"), 1);
        for (IndicatorMetadata m : headlines) {
            assertThat(shareablePageOne).as(m.id() + " on the shareable page 1").contains(m.id());
        }
        String pageOne = pageText(report(sample, "999", "chat-leaders-internal.pdf"), 1);
        TableData indicators = ParquetTableReader.read(sample.resolve("parquet/indicators/la=999/period=2026-09-30"));
        int checked = 0;
        for (IndicatorMetadata m : headlines) {
            assertThat(pageOne).as(m.id() + " on page 1").contains(m.id());
            for (int r = 0; r < indicators.rowCount(); r++) {
                if (m.id().equals(indicators.value(r, "indicator_id")) && "all".equals(indicators.value(r, "breakdown"))
                        && "computed".equals(indicators.value(r, "status"))) {
                    String expected = printed((Double) indicators.value(r, "value"), (String) indicators.value(r, "unit"));
                    assertThat(pageOne).as(m.id() + " is " + expected).contains(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).as("most headline measures are computed on the sample").isGreaterThanOrEqualTo(12);
        assertThat(pageOne).as("in words, against England and the last period")
                .contains("Worse than England;").contains("England 85.7% (2025)")
                .contains("North East 86.5% (2025)").contains("more than 3 years old");
    }

    /** How the dataset's value reads in print: 79.5%, 323.1, 36 days. */
    private static String printed(double value, String unit) {
        if (unit.startsWith("percent")) {
            return String.format(Locale.UK, "%.1f%%", value);
        }
        if (unit.startsWith("days")) {
            return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value))
                    + " days";
        }
        return String.format(Locale.UK, "%,.1f", value);
    }

    @Test
    void dataQualityTotalsInBothDocumentsEqualTheIssuesDatasets() throws Exception {
        for (Path out : List.of(sample, full)) {
            String la = out == sample ? "999" : "998";
            TableData issues = ParquetTableReader.read(out.resolve("parquet/issues/la=" + la + "/period=2026-09-30"));
            Set<String> rows = new HashSet<>();
            for (int r = 0; r < issues.rowCount(); r++) {
                int row = (Integer) issues.value(r, "row_number");
                if (row > 0) {
                    rows.add(issues.value(r, "file") + "|" + issues.value(r, "sheet") + "|" + row);
                }
            }
            TableData ingest = ParquetTableReader.read(out.resolve("parquet/ingest_summary/la=" + la
                    + "/period=2026-09-30"));
            long read = 0;
            for (int r = 0; r < ingest.rowCount(); r++) {
                read += (Long) ingest.value(r, "rows_read");
            }
            String leaders = allText(report(out, la, "chat-leaders-internal.pdf"));
            assertThat(leaders).as(la + ": the leaders' total row: rows read, rows with issues, share, issues")
                    .contains("All lists " + count(read) + " " + count(rows.size()) + " "
                            + String.format(Locale.UK, "%.1f%%", 100.0 * rows.size() / read) + " " + count(issues.rowCount()));
            String appendix = allText(report(out, la, "chat-appendix-internal.pdf"));
            assertThat(appendix).as(la + ": the appendix's input files total ends with rows with issues and issues")
                    .containsPattern("Total [0-9,]+ [0-9,]+ [0-9,]+ " + count(rows.size()) + " " + count(issues.rowCount()));
        }
    }

    @Test
    void everyRowTheDataQualityIndicatorsCountIsARowWithIssuesSoTheyShareOneDefinition() throws Exception {
        for (Path out : List.of(sample, full)) {
            String la = out == sample ? "999" : "998";
            TableData issues = ParquetTableReader.read(out.resolve("parquet/issues/la=" + la + "/period=2026-09-30"));
            Set<String> rowsWithIssues = new HashSet<>();
            for (int r = 0; r < issues.rowCount(); r++) {
                rowsWithIssues.add(issues.value(r, "file") + "|" + issues.value(r, "sheet") + "|"
                        + issues.value(r, "row_number"));
            }
            TableData counted = ParquetTableReader.read(out.resolve("parquet/indicator_children/la=" + la
                    + "/period=2026-09-30"));
            java.util.Map<String, Set<String>> byIndicator = new java.util.TreeMap<>();
            for (int r = 0; r < counted.rowCount(); r++) {
                String id = (String) counted.value(r, "indicator_id");
                if (id.startsWith("DQ-") && (Boolean) counted.value(r, "in_numerator")) {
                    byIndicator.computeIfAbsent(id, k -> new HashSet<>()).add(counted.value(r, "source_file") + "|"
                            + counted.value(r, "source_sheet") + "|" + counted.value(r, "source_row"));
                }
            }
            assertThat(byIndicator).as(la + ": DQ-01 counts some rows").containsKey("DQ-01");
            byIndicator.forEach((id, rows) -> assertThat(rowsWithIssues)
                    .as(la + ": each row " + id + " counts has an issue in the issues dataset").containsAll(rows));
            assertThat(allText(report(out, la, "chat-leaders-internal.pdf")).replaceAll("\\s+", " "))
                    .as(la + ": the leaders' data-quality page relates DQ-01 to the rows with issues")
                    .contains("DQ-01, rows with at least one validation error: " + count(byIndicator.get("DQ-01").size())
                            + " of ");
        }
    }

    @Test
    void englandFiguresForPartsOfMeasuresAreComparedOnTheThemePageAndListedInTheAppendix() throws Exception {
        // the sample's CP-03: 17 of its 25 plans open at the period end have initial category neglect
        String leaders = allText(report(sample, "999", "chat-leaders-internal.pdf")).replaceAll("\\s+", " ");
        assertThat(leaders).contains("Plans with initial category neglect CP-03N, from CP-03 68.0% 17 of 25 England"
                + " 50.5% (2020, more than 3 years old) Higher than England. Basis: plans open at the period end");
        assertThat(pageText(report(sample, "999", "chat-leaders-shareable.pdf"), 1)).as("page 1 is headlines only")
                .doesNotContain("CP-03N");
        String appendix = allText(report(sample, "999", "chat-appendix-internal.pdf")).replaceAll("\\s+", " ");
        assertThat(appendix).contains("England figures for parts of measures")
                .contains("Mean days per assessment (ASM-03M) 33 days (2023, secondary source) none Not compared: the"
                        + " product measures assessment duration as a median in working days");
        String html = java.nio.file.Files.readString(report(sample, "999", "chat-leaders-internal.html"));
        assertThat(html).contains("Plans with initial category neglect (CP-03N, from CP-03)");
    }

    @Test
    void theAccessibleHtmlHasTheStructureAScreenReaderFollows() throws Exception {
        Path html = report(sample, "999", "chat-leaders-shareable.html");
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document page = factory.newDocumentBuilder().parse(html.toFile());
        org.w3c.dom.Element root = page.getDocumentElement();
        assertThat(root.getAttribute("lang")).as("document language").isEqualTo("en-GB");
        assertThat(page.getElementsByTagName("h1").getLength()).as("one main heading").isEqualTo(1);
        assertThat(page.getElementsByTagName("h2").getLength()).as("a heading per theme, changes and data quality")
                .isGreaterThanOrEqualTo(6);
        org.w3c.dom.NodeList tables = page.getElementsByTagName("table");
        assertThat(tables.getLength()).isGreaterThanOrEqualTo(5);
        for (int t = 0; t < tables.getLength(); t++) {
            org.w3c.dom.Element table = (org.w3c.dom.Element) tables.item(t);
            assertThat(table.getElementsByTagName("caption").getLength()).as("table " + t + " has a caption")
                    .isEqualTo(1);
            org.w3c.dom.NodeList headers = table.getElementsByTagName("th");
            for (int c = 0; c < headers.getLength(); c++) {
                assertThat(((org.w3c.dom.Element) headers.item(c)).getAttribute("scope")).as("header cells are scoped")
                        .isIn("col", "row");
            }
        }
        String text = root.getTextContent();
        assertThat(text).as("the same headline figures as the PDF's page 1")
                .contains("Assessments completed within 45 working days (ASM-02)").contains("England 85.7% (2025)");
        assertThat(text).as("the shareable page names no worker").doesNotContain("Allocated Worker");
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    static String pageText(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    static String allText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The smallest size any visible character is printed at, in points, as the PDF positions it. */
    public static float smallestText(Path pdf) throws IOException {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            sizes.add(p.getFontSizeInPt());
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        return sizes.stream().min(Float::compare).orElseThrow();
    }
}
