package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.generate.GeneratedCounts;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;

/**
 * Runs the main job on the bundled sample exactly as the README's first command does, then checks
 * what an analyst would: the accounting, the datasets, the indicator values and the PDF.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleRunEndToEndTest {

    static final Path SAMPLE = Path.of("input/sample/annex-a-sample.xlsx");
    static final LocalDate T = LocalDate.of(2026, 9, 30);

    @TempDir
    static Path dir;
    static Path out;
    static CapturedOutput firstRun;
    static GeneratedCounts counts;

    @BeforeAll
    static void runTheSampleJob() throws Exception {
        out = dir.resolve("output");
        firstRun = CapturedOutput.launch("run", "jobs/sample-la.yml", "--output", out.toString());
        // The bundled sample is the generator's output for these options; regenerating gives its counts.
        counts = new SyntheticAnnexAGenerator().generate(
                new GeneratorOptions(42, 400, T, true, "Sampleshire (synthetic)"), dir.resolve("regenerated.xlsx"));
    }

    static TableData dataset(String name) throws Exception {
        return ParquetTableReader.read(out.resolve("parquet/" + name + "/la=999/period=2026-09-30"));
    }

    static Map<String, Double> headlineValues() throws Exception {
        TableData indicators = dataset("indicators");
        Map<String, Double> values = new HashMap<>();
        for (int r = 0; r < indicators.rowCount(); r++) {
            if ("all".equals(indicators.value(r, "breakdown"))) {
                values.put((String) indicators.value(r, "indicator_id"), (Double) indicators.value(r, "value"));
            }
        }
        return values;
    }

    @Test
    @Order(1)
    void theRunCompletesAndSaysWhereItsOutputsWent() {
        assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();
        assertThat(firstRun.out()).as("the job file's name, the LA marked synthetic").contains("Running sample-la: LA"
                + " 999 (Sampleshire, a synthetic LA), period ending 2026-09-30");
        assertThat(firstRun.out()).contains("Analysts' appendix (internal): " + out.resolve("reports/999/2026-09-30/chat-appendix-internal.pdf"))
                .contains("Parquet datasets: " + out.resolve("parquet"))
                .contains("Steps: ingest").contains("indicators").contains("report");
    }

    @Test
    @Order(2)
    void theBundledSampleIsTheGeneratorsOutput() throws Exception {
        assertThat(Files.readAllBytes(dir.resolve("regenerated.xlsx"))).isEqualTo(Files.readAllBytes(SAMPLE));
    }

    @Test
    @Order(3)
    void everyRowIsAccountedForAgainstWhatTheGeneratorWrote() throws Exception {
        TableData summary = dataset("ingest_summary");
        assertThat(summary.rowCount()).isEqualTo(11);
        long quarantinedTotal = 0;
        for (int r = 0; r < summary.rowCount(); r++) {
            AnnexAList list = AnnexAList.byNumber((Integer) summary.value(r, "list_number"));
            long read = (Long) summary.value(r, "rows_read");
            long clean = (Long) summary.value(r, "rows_clean");
            long quarantined = (Long) summary.value(r, "rows_quarantined");
            assertThat(read).as(list.label()).isEqualTo(clean + quarantined).isEqualTo(counts.dataRows(list));
            assertThat(quarantined).as(list.label()).isEqualTo(counts.unusableRows(list));
            assertThat(dataset(list.dataset()).rowCount()).as(list.dataset()).isEqualTo((int) clean);
            quarantinedTotal += quarantined;
        }
        assertThat(dataset("quarantine").rowCount()).isEqualTo((int) quarantinedTotal).isPositive();
        long invalidCells = counts.invalidCells().values().stream().mapToInt(Integer::intValue).sum();
        TableData issues = dataset("issues");
        long excelErrors = issues.column("issue_code").stream().filter("excel_error_value"::equals).count();
        List<String> crossListCodes = uk.chatbatch.checks.DataQualityChecks.CHECKS.stream()
                .map(c -> c.code().column()).toList();
        long crossList = issues.column("issue_code").stream().filter(crossListCodes::contains).count();
        assertThat(crossList).as("the generator plants no cross-list defect, so the checks find none").isZero();
        assertThat(issues.rowCount() - excelErrors)
                .as("one issue per quarantined row and per invalid cell, besides the #N/A team and worker cells")
                .isEqualTo(quarantinedTotal + invalidCells);
        assertThat(issues.rowCount()).as("exactly what the generator planted").isEqualTo(counts.planted().size());
        for (int r = 0; r < issues.rowCount(); r++) {
            if ("excel_error_value".equals(issues.value(r, "issue_code"))) {
                assertThat(issues.value(r, "raw_value")).isEqualTo("#N/A");
                assertThat(issues.value(r, "column")).isIn("Allocated Team", "Allocated Worker");
            }
        }
    }

    @Test
    @Order(4)
    void indicatorValuesAgreeWithTheCleanDatasets() throws Exception {
        Map<String, Double> values = headlineValues();
        assertThat(values).containsKeys("CON-01", "REF-01", "REF-02", "ASM-01", "ASM-02", "S47-01", "S47-03", "CP-01",
                "CP-04", "CP-06", "CLA-01", "CLA-07");
        ReportingPeriod period = new ReportingPeriod(T);
        TableData referrals = dataset("annex_a_referrals");
        long referralsInWindow = referrals.column(Field.DATE_OF_REFERRAL.column()).stream()
                .filter(d -> period.inWindow((LocalDate) d)).count();
        assertThat(values.get("REF-01")).isEqualTo((double) referralsInWindow).isPositive();
        TableData care = dataset("annex_a_children_in_care");
        long lookedAfter = 0;
        for (int r = 0; r < care.rowCount(); r++) {
            if (period.openAtEnd((LocalDate) care.value(r, "cla_start_date"), (LocalDate) care.value(r, "cla_ceased_date"))) {
                lookedAfter++;
            }
        }
        assertThat(values.get("CLA-01")).isEqualTo((double) lookedAfter).isPositive();
        assertThat(values.get("ASM-02")).isBetween(60.0, 100.0);
        TableData indicators = dataset("indicators");
        List<Object> annexAStatuses = Stream.iterate(0, i -> i + 1).limit(indicators.rowCount())
                .filter(i -> ((String) indicators.value(i, "source_list")).startsWith("List "))
                .map(i -> indicators.value(i, "status")).toList();
        assertThat(annexAStatuses).as("the sample job file configures no population")
                .isSubsetOf("computed", "population_not_configured", "no_cases").contains("computed");
        assertThat(Stream.iterate(0, i -> i + 1).limit(indicators.rowCount())
                .filter(i -> !((String) indicators.value(i, "source_list")).startsWith("List "))
                .map(i -> indicators.value(i, "status")).toList())
                .as("the sample supplies neither return").isSubsetOf("list_not_supplied");
        assertThat(indicators.column("la_code")).containsOnly("999");
        List<Object> genderRows = Stream.iterate(0, i -> i + 1).limit(indicators.rowCount())
                .filter(i -> "CON-01".equals(indicators.value(i, "indicator_id"))
                        && "gender".equals(indicators.value(i, "breakdown")))
                .map(i -> indicators.value(i, "numerator")).toList();
        assertThat(genderRows).hasSize(3);
        assertThat(genderRows.stream().mapToLong(n -> (Long) n).sum()).isEqualTo(values.get("CON-01").longValue());
    }

    @Test
    @Order(5)
    void thePdfHoldsTheLaAndTheHeadlineValues() throws Exception {
        Path pdf = out.resolve("reports/999/2026-09-30/chat-appendix-internal.pdf");
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            assertThat(reader.getNumberOfPages()).isBetween(8, 150);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String cover = extractor.getTextFromPage(1);
            assertThat(cover).as("a synthetic LA, marked as one").contains("Sampleshire (synthetic LA 999)");
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            Map<String, Double> values = headlineValues();
            assertThat(all.toString()).contains(String.format("%,d", values.get("REF-01").longValue()))
                    .contains(String.format("%.1f%%", values.get("ASM-02")))
                    .contains(String.format("%,d", values.get("CLA-01").longValue()));
        } finally {
            reader.close();
        }
    }

    @Test
    @Order(5)
    void theShareableReportNamesNoWorkerAndNoChild() throws Exception {
        Path pdf = out.resolve("reports/999/2026-09-30/chat-appendix-shareable.pdf");
        assertThat(firstRun.out()).contains("Analysts' appendix (shareable): " + pdf);
        TableData referrals = dataset("annex_a_referrals");
        String worker = (String) referrals.column("allocated_worker").stream().filter(w -> w != null).findFirst()
                .orElseThrow();
        String child = (String) referrals.value(0, "child_id");
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(all.toString()).contains("OFFICIAL: shareable").doesNotContain(worker).doesNotContain(child);
        } finally {
            reader.close();
        }
        String internal = new PdfTextExtractor(new PdfReader(out.resolve(
                "reports/999/2026-09-30/chat-appendix-internal.pdf").toString())).getTextFromPage(1);
        assertThat(internal).contains("OFFICIAL-SENSITIVE: internal");
    }

    @Test
    @Order(6)
    void everyFigureCanBeTracedToItsChildren() throws Exception {
        TableData children = dataset("indicator_children");
        TableData indicators = dataset("indicators");
        // Indicators that count records: their drill-down adds up exactly to their figures.
        List<String> recordCounts = List.of("CON-01", "REF-01", "REF-02", "ASM-01", "ASM-02", "S47-01", "S47-03",
                "CP-01", "CP-04", "CP-06", "CLA-01", "CLA-07");
        for (int r = 0; r < indicators.rowCount(); r++) {
            String id = (String) indicators.value(r, "indicator_id");
            if (!"all".equals(indicators.value(r, "breakdown")) || !"computed".equals(indicators.value(r, "status"))) {
                continue;
            }
            long inNumerator = 0;
            long inDenominator = 0;
            for (int c = 0; c < children.rowCount(); c++) {
                if (id.equals(children.value(c, "indicator_id"))) {
                    inNumerator += (Boolean) children.value(c, "in_numerator") ? 1 : 0;
                    inDenominator += (Boolean) children.value(c, "in_denominator") ? 1 : 0;
                }
            }
            if (recordCounts.contains(id)) {
                assertThat(inNumerator).as(id + " numerator").isEqualTo(indicators.value(r, "numerator"));
                if (indicators.value(r, "denominator") != null) {
                    assertThat(inDenominator).as(id + " denominator").isEqualTo(indicators.value(r, "denominator"));
                }
            } else if ((Long) indicators.value(r, "numerator") > 0) {
                assertThat(inNumerator + inDenominator).as(id + " has a drill-down").isPositive();
            }
        }
        CapturedOutput printed = CapturedOutput.launch("children", "jobs/sample-la.yml", "--output", out.toString(),
                "--indicator", "ASM-02", "--numerator-only");
        assertThat(printed.exitCode()).isZero();
        Map<String, Double> values = headlineValues();
        TableData asm = dataset("indicators");
        long numerator = 0;
        for (int r = 0; r < asm.rowCount(); r++) {
            if ("ASM-02".equals(asm.value(r, "indicator_id")) && "all".equals(asm.value(r, "breakdown"))) {
                numerator = (Long) asm.value(r, "numerator");
            }
        }
        assertThat(printed.out()).contains(numerator + " records for ASM-02.");
        assertThat(values.get("ASM-02")).isNotNull();
    }

    @Test
    @Order(7)
    void indicatorsCarryTheirEnglandBenchmarkWhereOneIsPublished() throws Exception {
        TableData indicators = dataset("indicators");
        for (int r = 0; r < indicators.rowCount(); r++) {
            String id = (String) indicators.value(r, "indicator_id");
            if (id.equals("ASM-02")) {
                assertThat(indicators.value(r, "england_value")).isEqualTo(85.7);
                assertThat(indicators.value(r, "england_year")).isEqualTo("2025");
            }
            if (id.equals("CON-01")) {
                assertThat(indicators.value(r, "england_value")).as("contacts are not collected nationally").isNull();
            }
        }
    }

    @Test
    @Order(7)
    void theReconciliationDatasetsAreWrittenAndPairOnlyIdsOfThisRun() throws Exception {
        TableData indicators = dataset("indicators");
        TableData reconciliation = dataset("reconciliation");
        TableData children = dataset("reconciliation_children");
        List<Object> ids = indicators.column("indicator_id");
        List<String> pairs = new java.util.ArrayList<>();
        for (int r = 0; r < reconciliation.rowCount(); r++) {
            String annexA = (String) reconciliation.value(r, "annex_a_id");
            String fromReturn = (String) reconciliation.value(r, "return_id");
            assertThat(ids).contains(annexA, fromReturn);
            assertThat(fromReturn).isIn(annexA + "-903", annexA + "-CIN");
            if (!"computed".equals(reconciliation.value(r, "return_status"))) {
                assertThat(reconciliation.value(r, "difference")).as(fromReturn + ": never a zero").isNull();
            }
            pairs.add(annexA + "|" + fromReturn);
        }
        for (int c = 0; c < children.rowCount(); c++) {
            assertThat(pairs).contains(children.value(c, "annex_a_id") + "|" + children.value(c, "return_id"));
        }
    }

    /** The dictionary is in both lakes of an Annex A-only run: every indicator's definition and every code's label. */
    @Test
    @Order(7)
    void theLakeDescribesItselfInternalAndShareable() throws Exception {
        TableData catalogue = dataset("indicator_catalogue");
        assertThat(catalogue.column("indicator_id")).containsExactlyElementsOf(
                IndicatorCatalogue.discover().definitions().stream().map(IndicatorMetadata::id).toList());
        TableData codes = dataset("code_lists");
        boolean police = false;
        for (int r = 0; r < codes.rowCount(); r++) {
            police |= "annex_a_contacts".equals(codes.value(r, "list_or_table"))
                    && "contact_source".equals(codes.value(r, "field")) && "6".equals(codes.value(r, "code"))
                    && "Police".equals(codes.value(r, "label"));
        }
        assertThat(police).as("contact source 6 is Police").isTrue();
        // returns not supplied, yet their codes are listed: the dictionary describes the schema, not the data
        assertThat(codes.column("source")).contains("annex_a", "ssda903", "cin_census");
        for (String name : List.of("indicator_catalogue", "code_lists")) {
            TableData shared = ParquetTableReader.read(out.resolve("shareable/" + name + "/la=999/period=2026-09-30"));
            TableData internal = dataset(name);
            assertThat(shared.schema()).isEqualTo(internal.schema());
            assertThat(shared.rows()).hasSameSizeAs(internal.rows())
                    .containsExactlyElementsOf(internal.rows());
        }
    }

    @Test
    @Order(8)
    void runningTheSameLaAndPeriodAgainAddsNothing() throws Exception {
        Map<String, Double> before = headlineValues();
        CapturedOutput again = CapturedOutput.launch("run", "jobs/sample-la.yml", "--output", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed; nothing was run");
        assertThat(ParquetTableReader.partFiles(out.resolve("parquet/indicators/la=999/period=2026-09-30"))).hasSize(1);
        assertThat(dataset("annex_a_contacts").rowCount()).isEqualTo(counts.usableRows(AnnexAList.CONTACTS));
        assertThat(headlineValues()).isEqualTo(before);
    }
}
