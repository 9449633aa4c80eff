package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportPdf.squash;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
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
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.LaPeriod;

/**
 * The internal report for {@link ReportFixture}'s LA, read back: where each section is, the headline figures,
 * England's values and the trends a reader sees, and what makes it portable (embedded fonts, vector charts).
 */
class PdfReportWriterTest {

    static ReportPdf pdf;
    static PdfReader reader;

    @BeforeAll
    static void writeReport() throws IOException {
        byte[] bytes = ReportPdf.render(ReportFixture.input(ReportVariant.INTERNAL));
        pdf = new ReportPdf(bytes);
        reader = new PdfReader(bytes);
    }

    @Test
    void bookmarksAndContentsPointToEachSectionsFirstPage() {
        int glance = pdf.pageStarting("At a glance");
        int parts = pdf.pageStarting("England figures for parts of measures");
        int notes = pdf.pageStarting("Notes and caveats");
        int contacts = pdf.pageStarting("List 1: Contacts");
        int workers = pdf.pageStarting("Worker tables");
        int quality = pdf.pageStarting("Data quality");
        int definitions = pdf.pageStarting("Definitions");
        assertThat(glance).isEqualTo(2);
        assertThat(parts).isGreaterThan(glance);
        assertThat(pdf.outline).startsWith("Cover and contents -> 1", "At a glance -> " + glance,
                "England figures for parts of measures -> " + parts, "Notes and caveats -> " + notes, "Annex A lists -> " + contacts, "  List 1: Contacts -> " + contacts);
        assertThat(pdf.outline).contains("  List 4: Assessments -> " + page("List 4: Assessments"),
                "  List 11: Adopters -> " + page("List 11: Adopters"), "Worker tables -> " + workers,
                "Data quality -> " + quality, "Definitions -> " + definitions);
        assertThat(pdf.outline).noneMatch(b -> b.contains("List 2") || b.contains("List 10"));
        assertThat(squash(pdf.page(1))).contains(squash("At a glance " + glance
                + " England figures for parts of measures " + parts + " Notes and caveats " + notes
                + " Annex A lists List 1: Contacts " + contacts)).contains(squash("Worker tables " + workers
                + " Data quality " + quality + " Definitions " + definitions));
    }

    /** The page a list's section starts on: its heading may follow the previous list on the same page. */
    private static int page(String heading) {
        for (int p = 1; p <= pdf.pages.size(); p++) {
            if (pdf.page(p).lines().anyMatch(line -> line.strip().equals(heading))) {
                return p;
            }
        }
        throw new AssertionError(heading);
    }

    @Test
    void coverNamesTheLaThePeriodTheVariantAndTheReferenceData() {
        assertThat(pdf.page(1)).contains("Children's services performance report", "Sampleshire (synthetic LA 999)",
                "Period end: 31 March 2025", "six months 1 October 2024 to 31 March 2025",
                "Internal version: OFFICIAL-SENSITIVE: internal", "Made on 7 April 2025 at 09:30 BST",
                "Indicator catalogue 2026.11-1", "benchmark reference data 2026-11", "Region: North West");
    }

    @Test
    void tilesGiveTheValueEnglandItsYearTheComparisonAndTheChange() {
        String glance = squash(pdf.body(2));
        assertThat(glance)
                .contains(squash("ASM-02 · List 4 · note"))
                .contains(squash("Assessments completed within 45 working days 85.8% 412 of 480 England 85.7% (2025)"
                        + " North West 81.9% (2025) Similar to England"))
                .contains(squash("▲ +3.7 points, improved since 28 Feb 2025"))
                .contains(squash("Plans ended that lasted 2 years or more 25.0% 3 of 12 England 4.4% (2025) North West"
                        + " 4.2% (2025) Worse than England"))
                .contains(squash("▼ −5.0 points, improved since 28 Feb 2025"))
                .contains(squash("Referral rate per 10,000 children 391.7 per 10,000 a year (annualised): twice the"
                        + " 1,234 in six months, in a population of 63,000 England 527 (2025) Lower than England"))
                .contains(squash("Referrals 1,234 Not compared: England publishes a national count for a year"))
                .contains(squash("▲ +34 (+2.8%) since 28 Feb 2025"))
                .contains(squash("Re-referrals within 12 months 21.9% 270 of 1,234 England 22.6% (2025) North West"
                        + " 21.7% (2025) Similar to England"));
        assertThat(pdf.body(2)).contains(Comparison.RULE.substring(0, 60));
    }

    @Test
    void trendCaptionsStateTheRangeTheLineShows() {
        assertThat(squash(pdf.body(2))).contains(squash("4 periods: low 1,100, high 1,234"))
                .contains(squash("3 periods: low 82.1%, high 85.8%"));
    }

    @Test
    void indicatorsNotComputedAreListedWithWhyAndNeverAsZero() {
        String glance = squash(pdf.page(2) + pdf.page(3));
        assertThat(glance).contains(squash("Not computed (3)"))
                .contains(squash("EH-01 Early help assessments started List skipped: " + ReportFixture.EARLY_HELP_MESSAGE))
                .contains(squash("S47-03 ICPC within 15 working days No cases: no ICPCs held in the window"))
                .contains(squash("CIN-01R Children in need rate per 10,000 children Failed: a date in 2031"));
    }

    @Test
    void notesCarryTheCaveatsAndTheIndicatorsTheyApplyTo() {
        String notes = squash(pdf.body(pdf.pageStarting("Notes and caveats")));
        assertThat(notes).contains(squash("List 2 (Early help) could not be used: required column \"Assessment start date\" is"
                        + " missing. Not computed from it: EH-01."))
                .contains(squash("List 10 (Adoption) was not supplied."))
                .contains(squash("The setting cp_visit_within_working_days is 15 working days, changed from the catalogue's"
                        + " default of 10."))
                .contains(squash("read them, and their comparison with England, with care: CP-06."))
                .contains(squash("REF-01, CLA-01"))
                .contains(squash("Trends use 3 earlier periods (31 December 2024 to 28 February 2025)"));
    }

    @Test
    void eachListSectionHasItsKeyFiguresChartsAndCaptions() {
        String assessments = squash(pdf.all().substring(pdf.all().indexOf("List 4: Assessments")));
        assertThat(assessments)
                .contains(squash("ASM-02 Assessments completed within 45 working days note 8 85.8% 412 of 480 85.7% (2025)"
                        + " similar to England"))
                .contains(squash("ASM-03 Assessment duration in working days Within 45 working days Over 45 working days"))
                .contains(squash("412 of 480 (85.8%) within 45 working days."))
                .contains(squash("Figures by period end"))
                .contains(squash("By team"))
                .contains(squash("Northgate Assessment Team 86.2% 250 of 290 31 days of 290"));
        String contacts = squash(pdf.all().substring(pdf.all().indexOf("List 1: Contacts")));
        assertThat(contacts).contains(squash("CON-06 Age and gender of contacts Male 610 (49.4%) Female 623 (50.5%)"))
                .contains(squash("CON-07 Ethnicity of children with contacts, by ethnic group"))
                .contains(squash("White 700 70.0% 79.4%"))
                .contains(squash("CON-04 Contacts by source 1,234 contacts dated in the window (each group's share is"
                        + " charted below)"));
    }

    @Test
    void workerTablesNameEachWorkerInTheInternalReport() {
        String workers = squash(pdf.body(pdf.pageStarting("Worker tables")));
        assertThat(workers).contains(squash("REF-02: Re-referrals within 12 months; ASM-02: Assessments completed within"
                + " 45 working days."), squash("Worker REF-02 ASM-02"), squash("Alexandra Quill 23.3% 140/600 87.0% 200/230"),
                squash("Bartholomew Fenn 20.5% 130/634 84.8% 212/250"));
    }

    @Test
    void dataQualityCountsIssuesAndSaysWhichRowsToFix() {
        int first = pdf.pageStarting("Data quality");
        String dq = squash(String.join("", pdf.pages.subList(first - 1, pdf.pageStarting("Definitions") - 1)));
        assertThat(dq)
                .contains(squash("39 rows were read from 10 sheets or files: 38 clean and 1 quarantined. 7 issues were"
                        + " found in 3 lists and 1 sheet matching no list: 1 fatal, 5 errors and 1 warning."))
                .contains(squash("annex_a_2025.xlsx List 1 List 1 (Contacts) 7 6 1 1"))
                .contains(squash("List 3 (Referrals) 0 4 0 4"))
                .contains(squash("invalid date error 4 List 3: 4 not a date"))
                .contains(squash("List 3 [List 3] invalid date Date of referral 10–12, 57"));
        assertThat(pdf.all()).doesNotContain("31/02/2025");
    }

    @Test
    void definitionsComeFromTheMetadataWithSettingsAndEnglandsSource() {
        int first = pdf.pageStarting("Definitions");
        String definitions = squash(String.join("", pdf.pages.subList(first - 1, pdf.pages.size())));
        assertThat(definitions)
                .contains(squash("ASM-02 Assessments completed within 45 working days"))
                .contains(squash("Numerator assessments authorised within 45 working days"))
                .contains(squash("Measured six months ending on the period end; percent; higher is better; chart: headline"
                        + " tile"))
                .contains(squash("England 85.7% (2025, derived): percent of completed assessments."))
                .contains(squash("[decision] cp_visit_within_working_days: 15 working days (changed from the default of"
                        + " 10)"));
    }

    @Test
    void everyPageCarriesTheClassificationTheLaAndItsNumber() {
        int pages = pdf.pages.size();
        for (int p = 1; p <= pages; p++) {
            assertThat(squash(pdf.marks(p))).as("page %d", p).isEqualTo(squash("OFFICIAL-SENSITIVE: INTERNAL"
                    + " OFFICIAL-SENSITIVE: internal Sampleshire (synthetic LA 999) · period end 31 March 2025 page " + p + " of "
                    + pages));
        }
    }

    @Test
    void metadataDescribesTheReportAndItsHandling() {
        Map<String, String> info = reader.getInfo();
        assertThat(info.get("Title")).isEqualTo(
                "Children's services performance report: Sampleshire (synthetic LA), period ending 31 March 2025 (internal)");
        assertThat(info.get("Subject")).contains("Sampleshire (LA 999)", "31 March 2025", "OFFICIAL-SENSITIVE: internal");
        assertThat(info.get("Author")).isEqualTo("chat-batch");
        assertThat(info.get("Keywords")).contains("Annex A", "LA 999", "period end 2025-03-31", "internal version");
        assertThat(info.get("CreationDate")).startsWith("D:20250407093000");
    }

    @Test
    void pagesAreA4() {
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            assertThat(reader.getPageSize(p).getWidth()).isEqualTo(595f);
            assertThat(reader.getPageSize(p).getHeight()).isEqualTo(842f);
        }
    }

    @Test
    void everyFontIsEmbeddedDejaVu() {
        List<PdfDictionary> fonts = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
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
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            collect(reader.getPageN(p).getAsDict(PdfName.RESOURCES), new ArrayList<>(), xObjects, identitySet());
        }
        assertThat(xObjects).noneMatch(x -> PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE)));
        // the fixture's charts: 2 monthly, multiple records, sources, pyramid, 2 donuts, 2 band charts
        long charts = xObjects.stream().filter(x -> PdfName.FORM.equals(x.getAsName(PdfName.SUBTYPE)))
                .filter(x -> height(x) >= 100f).count();
        assertThat(charts).isEqualTo(9);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(ReportPdf.render(ReportFixture.input())).isEqualTo(ReportPdf.render(ReportFixture.input()));
    }

    @Test
    void theTwoVariantsAreDifferentFiles() {
        assertThat(ReportPdf.render(ReportFixture.input(ReportVariant.SHAREABLE)))
                .isNotEqualTo(ReportPdf.render(ReportFixture.input(ReportVariant.INTERNAL)));
    }

    @Test
    void writesThroughATemporaryFileAndReplacesAnEarlierReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reports/999/2025-03-31/report.pdf");
        new PdfReportWriter().write(ReportFixture.input(), file);
        new PdfReportWriter().write(ReportFixture.input(), file);
        assertThat(file).exists();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.pdf");
        }
    }

    @Test
    void aRunWithNothingSuppliedStillReadsSensibly() {
        ReportInput empty = new ReportInput(new LaPeriod("999", ReportFixture.T), "Sampleshire",
                ZonedDateTime.parse("2025-04-07T09:30:00+01:00[Europe/London]"), List.of(), List.of(), List.of(),
                InputData.empty(), IndicatorContext.forPeriodEnd(ReportFixture.T), ReportVariant.INTERNAL);
        ReportPdf report = ReportPdf.of(empty);
        assertThat(report.all()).contains("No indicators were computed for this run.", "No input files were read.",
                "No issues were found.", "No indicators were computed, so there are no definitions.",
                "List 1 (Contacts) was not supplied.", "No earlier runs for this LA were available");
        assertThat(report.outline).noneMatch(b -> b.startsWith("  List"));
    }

    // --- helpers

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

    private static float height(PdfDictionary form) {
        PdfArray box = form.getAsArray(PdfName.BBOX);
        return box.getAsNumber(3).floatValue() - box.getAsNumber(1).floatValue();
    }
}
