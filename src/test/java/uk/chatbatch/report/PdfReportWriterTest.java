package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAData;
import uk.chatbatch.indicators.IndicatorContext;

/**
 * The report for {@link ReportFixture}'s small LA, read back: which page holds what, the numbers a
 * reader sees, and the properties that make it portable (embedded fonts, vector charts).
 *
 * <p>Table cells come out of the text extractor without spaces between them, so text is compared
 * with all whitespace removed ({@link #squash}).
 */
class PdfReportWriterTest {

    /** Cover, headline, four pages of lists, data quality, definitions. */
    static final int PAGES = 8;
    static final int HEADLINE_PAGE = 2;
    static final int FIRST_LIST_PAGE = 3;
    static final int DATA_QUALITY_PAGE = 7;
    static final int DEFINITIONS_PAGE = 8;
    /** Lists 1, 3, 4, 5, 6, 7, 8, 9 and 11 have charts; 2 is skipped and 10 not supplied. */
    static final int CHARTS = 9;

    static final Path PDF = Path.of("target", "report-test", "report.pdf");
    static PdfReader reader;
    static List<String> pages;

    @BeforeAll
    static void writeReport() throws IOException {
        new PdfReportWriter().write(ReportFixture.input(), PDF);
        reader = new PdfReader(PDF.toString());
        pages = text(reader);
    }

    @Test
    void eachSectionStartsOnItsOwnPage() {
        assertThat(reader.getNumberOfPages()).isEqualTo(PAGES);
        assertThat(page(1)).startsWith("chat-batch").contains("Children's services performance report");
        assertThat(page(HEADLINE_PAGE)).startsWith("Headline indicators");
        assertThat(page(FIRST_LIST_PAGE)).startsWith("Annex A lists");
        assertThat(page(DATA_QUALITY_PAGE)).startsWith("Data quality");
        assertThat(page(DEFINITIONS_PAGE)).startsWith("Definitions");
    }

    @Test
    void coverNamesTheLaThePeriodTheInputAndWhenItWasMade() {
        assertThat(page(1)).contains("Sampleshire (LA 999)", "Period end: 31 March 2025",
                "Covers the six months 1 October 2024 to 31 March 2025", "Made on 7 April 2025 at 09:30 BST");
        assertThat(squash(page(1)))
                .contains(squash("annex_a_2025.xlsx List 1 List 1 (Contacts) 7 6 1 1"))
                .contains(squash("List 2 (Early help) — skipped: required column \"Assessment start date\" is missing"))
                .contains(squash("Total 39 38 1 5"));
    }

    @Test
    void headlineShowsEachIndicatorWithItsFormattedValue() {
        String headline = squash(page(HEADLINE_PAGE));
        assertThat(headline)
                .contains(squash("CON-01 Contacts received By gender: Male 3; Female 2 5"))
                .contains(squash("REF-01 Referrals 1,234"))
                .contains(squash("ASM-02 Assessments completed within 45 working days 85.8% 412 of 480"));
    }

    @Test
    void headlineShowsWhyAnIndicatorWasNotComputedAndNeverAZero() {
        String headline = squash(page(HEADLINE_PAGE));
        assertThat(headline)
                .contains(squash("EH-01 Early help assessments started list skipped " + ReportFixture.EARLY_HELP_MESSAGE))
                .contains(squash("S47-03 ICPC within 15 working days no cases no ICPCs held in the window"))
                .doesNotContain("0.0%");
        assertThat(page(HEADLINE_PAGE)).contains("5 indicators; 3 computed, 2 not computed.");
    }

    @Test
    void everyListHasAChartCaptionOrSaysWhyNot() {
        String lists = squash(String.join("\n", pages.subList(FIRST_LIST_PAGE - 1, DATA_QUALITY_PAGE - 1)));
        assertThat(lists)
                .contains(squash("October 2024: 1; November 2024: 2; December 2024: 0; January 2025: 1;"
                        + " February 2025: 0; March 2025: 1. Total 5. Not shown: 1 contact dated outside the window."))
                .contains(squash("List 2 (Early help) Skipped: required column \"Assessment start date\" is missing."))
                .contains(squash("same day: 1; 1–10: 0; 11–20: 1; 21–30: 0; 31–40: 0; 41–45: 1; 46–50: 1; 51–60: 0;"
                        + " 61+: 0. 3 of 4 (75.0%) were authorised within 45 working days."))
                .contains(squash("0–10: 1; 11–15: 1; 16–20: 1; 21+: 0. 2 of 3 (66.7%) were held within 15 working days."))
                .contains(squash("N1 Abuse or neglect: 2; N4 Family in acute stress: 1. Total 3."))
                .contains(squash("Neglect: 2; Emotional abuse: 1. Total 3."))
                .contains(squash("Foster care (U1–U6): 2; Children's homes and residential (K1, K2, R1, S1): 1."))
                .contains(squash("2 of 4 (50.0%) in education, employment or training."))
                .contains(squash("List 10 (Adoption) Not supplied"))
                .contains(squash("Enquiry received: 2; Stage 1 started: 1; Stage 2 started: 1; Application approved: 1;"));
    }

    @Test
    void dataQualityCountsIssuesByListAndCode() {
        String dq = squash(page(DATA_QUALITY_PAGE));
        assertThat(page(DATA_QUALITY_PAGE)).contains("39 rows were read from 10 sheets or files: 38 clean and 1"
                + " quarantined. 6 issues were found in 3 lists");
        assertThat(dq)
                .contains(squash("and 1 sheet matching no list: 1 fatal, 4 errors and 1 warning."))
                // by list: fatal, errors, warnings, all
                .contains(squash("List 1 (Contacts) 0 1 0 1"))
                .contains(squash("List 2 (Early help) 1 0 0 1"))
                .contains(squash("List 3 (Referrals) 0 3 0 3"))
                .contains(squash("Sheets matching no list 0 0 1 1"))
                .contains(squash("Total 1 4 1 6"))
                // by type, worst first: where, then what it means
                .contains(squash("missing required column fatal 1 List 2: 1 a required column is missing"))
                .contains(squash("invalid date error 3 List 3: 3 not a date"))
                .contains(squash("missing identifier error 1 List 1: 1 the identifier is blank"))
                .contains(squash("unrecognised sheet warning 1 no list: 1 a sheet whose header row matches no"));
        // counts only: no child identifier or raw value from the issues reaches the report
        assertThat(String.join("", pages)).doesNotContain("31/02/2025");
    }

    @Test
    void definitionsComeFromTheMetadata() {
        String definitions = squash(page(DEFINITIONS_PAGE));
        assertThat(definitions)
                .contains(squash("ASM-02 Assessments completed within 45 working days"))
                .contains(squash("Numerator assessments authorised within 45 working days"))
                .contains(squash("Denominator assessments authorised in the window"))
                .contains(squash("Source List 4 (Assessments); fields: Continuous Assessment Start Date;"
                        + " Continuous Assessment Date of Authorisation"))
                .contains(squash("Unit, polarity percent; higher is better"))
                .contains(squash("Breakdowns gender"));
    }

    @Test
    void everyPageHasTheFooter() {
        for (int p = 1; p <= PAGES; p++) {
            assertThat(squash(page(p))).as("page %d", p)
                    .contains(squash("Sampleshire (999) · period end 31 March 2025"))
                    .contains("page" + p + "of" + PAGES);
        }
    }

    @Test
    void metadataDescribesTheReport() {
        Map<String, String> info = reader.getInfo();
        assertThat(info.get("Title")).isEqualTo(
                "Children's services performance report: Sampleshire, period ending 31 March 2025");
        assertThat(info.get("Subject")).contains("Sampleshire (LA 999)", "31 March 2025");
        assertThat(info.get("Author")).isEqualTo("chat-batch");
        assertThat(info.get("Keywords")).contains("Annex A", "LA 999", "period end 2025-03-31");
        assertThat(info.get("CreationDate")).startsWith("D:20250407093000");
    }

    @Test
    void everyFontIsEmbeddedDejaVu() {
        List<PdfDictionary> fonts = new ArrayList<>();
        for (int p = 1; p <= PAGES; p++) {
            collect(reader.getPageN(p).getAsDict(PdfName.RESOURCES), fonts, new ArrayList<>(), identitySet());
        }
        assertThat(fonts).isNotEmpty();
        for (PdfDictionary font : fonts) {
            String name = font.getAsName(PdfName.BASEFONT).toString();
            assertThat(name).as("font").contains("DejaVuSans");
            assertThat(isEmbedded(font)).as("%s is embedded", name).isTrue();
        }
    }

    @Test
    void chartsAreVectorFormsNotImages() {
        List<PdfDictionary> xObjects = new ArrayList<>();
        for (int p = 1; p <= PAGES; p++) {
            collect(reader.getPageN(p).getAsDict(PdfName.RESOURCES), new ArrayList<>(), xObjects, identitySet());
        }
        assertThat(xObjects).noneMatch(x -> PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE)));
        long chartForms = xObjects.stream().filter(x -> PdfName.FORM.equals(x.getAsName(PdfName.SUBTYPE)))
                .filter(x -> width(x) == 495f).count();
        assertThat(chartForms).isEqualTo(CHARTS);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(render(ReportFixture.input())).isEqualTo(render(ReportFixture.input()));
    }

    @Test
    void writesThroughATemporaryFileAndReplacesAnEarlierReport(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("reports/999/2025-03-31/report.pdf");
        new PdfReportWriter().write(ReportFixture.input(), pdf);
        new PdfReportWriter().write(ReportFixture.input(), pdf);
        assertThat(pdf).exists();
        try (var files = Files.list(pdf.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.pdf");
        }
    }

    @Test
    void aRunWithNothingSuppliedStillReadsSensibly() throws IOException {
        ReportInput empty = new ReportInput("999", "Sampleshire", ReportFixture.T,
                ZonedDateTime.parse("2025-04-07T09:30:00+01:00[Europe/London]"), List.of(), List.of(), List.of(),
                AnnexAData.empty(), IndicatorContext.forPeriodEnd(ReportFixture.T));
        List<String> text = text(new PdfReader(render(empty)));
        String all = String.join("\n", text);
        assertThat(text).hasSize(5);
        assertThat(all).contains("No input files were read.", "No indicators were computed for this run.",
                "No issues were found.", "No indicators were computed, so there are no definitions.");
        assertThat(squash(all)).contains(squash("List 11 (Adopters) Not supplied"));
    }

    // --- helpers

    static byte[] render(ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(input, out);
        return out.toByteArray();
    }

    static List<String> text(PdfReader pdf) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        List<String> text = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            text.add(extractor.getTextFromPage(p).strip());
        }
        return text;
    }

    static String page(int number) {
        return pages.get(number - 1);
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static Set<PdfObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Every font and XObject reachable from a resource dictionary, through the forms' own resources. */
    private static void collect(PdfDictionary resources, List<PdfDictionary> fonts, List<PdfDictionary> xObjects,
                                Set<PdfObject> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        PdfDictionary fontDict = resources.getAsDict(PdfName.FONT);
        if (fontDict != null) {
            for (PdfName key : fontDict.getKeys()) {
                fonts.add((PdfDictionary) PdfReader.getPdfObject(fontDict.get(key)));
            }
        }
        PdfDictionary xObjectDict = resources.getAsDict(PdfName.XOBJECT);
        if (xObjectDict != null) {
            for (PdfName key : xObjectDict.getKeys()) {
                PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xObjectDict.get(key));
                if (seen.add(x)) {
                    xObjects.add(x);
                    collect(x.getAsDict(PdfName.RESOURCES), fonts, xObjects, seen);
                }
            }
        }
    }

    /** Embedded means the font (or a Type0 font's descendant) has a descriptor carrying a font file. */
    private static boolean isEmbedded(PdfDictionary font) {
        PdfDictionary f = font;
        if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            f = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
        }
        PdfDictionary descriptor = f.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
                || descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
    }

    private static float width(PdfDictionary form) {
        PdfArray box = form.getAsArray(PdfName.BBOX);
        return box.getAsNumber(2).floatValue() - box.getAsNumber(0).floatValue();
    }
}
