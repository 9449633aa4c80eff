package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.report.ReportPdf.squash;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.reconciliation.ReconciledMeasure;
import uk.chatbatch.reconciliation.Reconciliation;
import uk.chatbatch.reconciliation.ReconciliationTesting;
import uk.chatbatch.model.table.Source;

/**
 * The reconciliation section in both variants, from four measures: a count whose children differ both ways
 * (more than {@value ReconciliationPage#IDS_SHOWN} of them), a percentage with few children in one source only, a
 * count whose return was not supplied, and a small count both sources agree on.
 */
class ReconciliationPageTest {

    static final String TITLE = ReconciliationPage.TITLE;
    static List<ReconciledMeasure> measures;
    static List<String> childIds = new ArrayList<>();
    static ReportPdf internal;
    static ReportPdf shareable;

    @BeforeAll
    static void writeReports() {
        List<String> common = ids("UCHILD-B", 280);                   // in both
        List<String> onlyA = ids("UCHILD-A", 20);                     // 300 in Annex A
        List<String> onlyR = ids("UCHILD-R", 16);                     // 296 in SSDA903
        List<String> asmBoth = ids("UCHILD-M", 38);
        childIds.addAll(common);
        childIds.addAll(onlyA);
        childIds.addAll(onlyR);
        childIds.addAll(asmBoth);
        childIds.addAll(List.of("UCHILD-X1", "UCHILD-X2", "UCHILD-Y1", "UCHILD-Y2", "UCHILD-Y3", "UCHILD-Y4",
                "UCHILD-P1", "UCHILD-P2", "UCHILD-P3"));
        List<IndicatorResult> results = List.of(
                ReconciliationTesting.count("CLA-01", "Children looked after at the period end",
                        join(common, onlyA).toArray(String[]::new)),
                ReconciliationTesting.count("CLA-01-903", "Children looked after (SSDA903)",
                        join(common, onlyR).toArray(String[]::new)),
                ReconciliationTesting.percent("ASM-02", "Assessments completed within 45 working days",
                        join(asmBoth, List.of("UCHILD-X1", "UCHILD-X2")), ids("UCHILD-Z", 10)),    // 40 of 50
                ReconciliationTesting.percent("ASM-02-CIN", "Assessments within 45 working days (CIN census)",
                        join(asmBoth, List.of("UCHILD-Y1", "UCHILD-Y2", "UCHILD-Y3", "UCHILD-Y4")),
                        ids("UCHILD-Z", 8)),                                                           // 42 of 50
                ReconciliationTesting.count("REF-01", "Referrals", ids("UCHILD-F", 12).toArray(String[]::new)),
                ReconciliationTesting.notComputed("REF-01-CIN", "Referrals (CIN census)", Unit.COUNT,
                        IndicatorStatus.LIST_NOT_SUPPLIED, "the CIN census was not supplied"),
                ReconciliationTesting.count("CP-01", "Children on a child protection plan at the period end",
                        "UCHILD-P1", "UCHILD-P2", "UCHILD-P3"),
                ReconciliationTesting.count("CP-01-CIN", "Children on a plan (CIN census)",
                        "UCHILD-P1", "UCHILD-P2", "UCHILD-P3"));
        measures = Reconciliation.of(results);
        internal = ReportPdf.of(ReportFixture.input(ReportVariant.INTERNAL).withReconciliation(measures));
        shareable = ReportPdf.of(ReportFixture.input(ReportVariant.SHAREABLE).withReconciliation(measures));
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + String.format("%03d", i)).toList();
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The section's text, from its heading to the next section's. */
    private static String section(ReportPdf pdf) {
        int from = pdf.pageStarting(TITLE);
        int to = pdf.pageStarting(DataQualityPage.TITLE);
        StringBuilder text = new StringBuilder();
        for (int p = from; p < to; p++) {
            text.append(pdf.body(p)).append('\n');
        }
        return text.toString();
    }

    @Test
    void theSectionIsBookmarkedAndInTheContentsBeforeDataQuality() {
        int page = internal.pageStarting(TITLE);
        assertThat(internal.outline).contains(TITLE + " -> " + page);
        assertThat(squash(internal.page(1))).contains(squash(TITLE + " " + page + " Data quality"));
    }

    @Test
    void theSectionIsLeftOutWhenNoMeasureIsInBoth() {
        ReportPdf none = ReportPdf.of(ReportFixture.input());
        assertThat(none.all()).doesNotContain(TITLE);
        assertThat(none.outline).noneMatch(b -> b.startsWith(TITLE));
    }

    @Test
    void itSaysHowChildrenAreMatched() {
        assertThat(squash(section(internal))).contains(squash("the difference, the return's minus Annex A's (for a"
                + " percentage, in percentage points)")).contains(squash(Reconciliation.IDENTIFIERS));
        assertThat(squash(section(shareable))).contains(squash(Reconciliation.IDENTIFIERS));
    }

    @Test
    void aCountShowsBothValuesTheDifferenceAndTheChildrenInOneSourceOnly() {
        assertThat(squash(section(internal))).contains(squash("Children looked after at the period end"
                + " Annex A SSDA903 Difference"
                + " Indicator CLA-01 CLA-01-903 SSDA903 minus Annex A"
                + " Value 300 296 −4"
                + " Children only in this source 20 16"
                + " Children in both 280"
                + " SSDA903 counts 4 fewer than Annex A. 280 children are in both, 20 only in Annex A and 16 only in"
                + " SSDA903."));
    }

    @Test
    void theInternalVersionListsAtMostTwentyChildrenPerMeasure() {
        String text = squash(section(internal));
        assertThat(text).contains(squash("Only in Annex A (20): UCHILD-A001, UCHILD-A002, UCHILD-A003, UCHILD-A004,"
                + " UCHILD-A005, UCHILD-A006, UCHILD-A007, UCHILD-A008, UCHILD-A009, UCHILD-A010 and 10 more; full list"
                + " in the reconciliation_children dataset."));
        assertThat(text).contains(squash("Only in SSDA903 (16): UCHILD-R001,")).contains(squash("UCHILD-R010 and 6"
                + " more; full list in the reconciliation_children dataset."));
        assertThat(text).doesNotContain("UCHILD-A011", "UCHILD-R011", "UCHILD-B001");
        assertThat(text).as("fewer than twenty: all listed, no pointer")
                .contains(squash("Only in Annex A (2): UCHILD-X1, UCHILD-X2. Only in CIN census (4): UCHILD-Y1,"
                        + " UCHILD-Y2, UCHILD-Y3, UCHILD-Y4."));
    }

    @Test
    void aPercentageShowsItsBasesAndTheDifferenceInPoints() {
        assertThat(squash(section(internal))).contains(squash("Assessments completed within 45 working days"
                + " Annex A CIN census Difference Indicator ASM-02 ASM-02-CIN CIN census minus Annex A"
                + " Value 80.0% 40 of 50 84.0% 42 of 50 +4.0 points"
                + " Children only in this source 2 4 Children in both 38"
                + " CIN census's figure is 4.0 points higher than Annex A's. 38 children are in both, 2 only in"
                + " Annex A and 4 only in CIN census."));
    }

    @Test
    void aSideNotComputedSaysWhyAndGivesNoDifference() {
        assertThat(squash(section(internal))).contains(squash("Referrals Annex A CIN census Difference"
                + " Indicator REF-01 REF-01-CIN CIN census minus Annex A"
                + " Value 12 list not supplied not given"
                + " Children only in this source not compared not compared"
                + " Children in both not compared"
                + " CIN census (REF-01-CIN) was not computed (list not supplied: the CIN census was not supplied)."
                + " No difference is given. Children are not compared."));
    }

    @Test
    void theShareableVersionNamesNoChild() {
        String text = shareable.all();
        assertThat(childIds).hasSizeGreaterThan(350);
        for (String id : childIds) {
            assertThat(text).as("the shareable report must not contain %s", id).doesNotContain(id);
        }
        assertThat(text).doesNotContain("UCHILD", "Only in Annex A (", "reconciliation_children dataset lists");
    }

    @Test
    void theShareableVersionWithholdsSmallNumbers() {
        String text = squash(section(shareable));
        assertThat(text).as("large enough: shown as in the internal version").contains(squash("Value 300 296 −4"
                + " Children only in this source 20 16 Children in both 280"));
        assertThat(text).as("2 and 4 children in one source only: all three counts withheld")
                .contains(squash("Value 80.0% 40 of 50 84.0% 42 of 50 +4.0 points"
                        + " Children only in this source <5 <5 Children in both <5"
                        + " CIN census's figure is 4.0 points higher than Annex A's. The children counts are withheld:"
                        + " one is 1 to 4 or a value is withheld."))
                .doesNotContain(squash("38 children are in both"));
        assertThat(text).as("3 children on a plan in each: values, difference and children withheld, the zeros too")
                .contains(squash("Indicator CP-01 CP-01-CIN CIN census minus Annex A Value <5 <5 <5"
                        + " Children only in this source <5 <5 Children in both <5"
                        + " The difference is withheld because a value it comes from is withheld."));
        assertThat(text).contains(squash("a measure's three children counts are withheld together, zeros included,"
                + " when any of them is 1 to 4 or either value is withheld"));
    }

    @Test
    void aFigureTheRuleCannotJudgeStopsTheShareableReport() {
        ReconciledMeasure broken = new ReconciledMeasure("Broken", "ASM-02", "ASM-02-CIN", Source.CIN_CENSUS,
                Unit.PERCENT,
                new ReconciledMeasure.Side("ASM-02", IndicatorStatus.COMPUTED,
                        Optional.of(new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, 40, null, 80.0))),
                new ReconciledMeasure.Side("ASM-02-CIN", IndicatorStatus.COMPUTED,
                        Optional.of(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, 42, 50))),
                Optional.of(4.0), Optional.empty(), "");
        assertThatThrownBy(() -> ReportPdf.render(ReportFixture.input(ReportVariant.SHAREABLE)
                .withReconciliation(List.of(broken)))).isInstanceOf(SuppressionFailedException.class)
                .hasMessageContaining("ASM-02: a percentage for all without the number it is out of");
        ReportPdf.render(ReportFixture.input(ReportVariant.INTERNAL).withReconciliation(List.of(broken)));
    }

    @Test
    void theSectionsPagesRenderWithInk() throws IOException {
        for (ReportVariant variant : ReportVariant.values()) {
            byte[] bytes = ReportPdf.render(ReportFixture.input(variant).withReconciliation(measures));
            ReportPdf pdf = new ReportPdf(bytes);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int p = pdf.pageStarting(TITLE); p < pdf.pageStarting(DataQualityPage.TITLE); p++) {
                    BufferedImage image = renderer.renderImageWithDPI(p - 1, PageRenderingTest.DPI, ImageType.RGB);
                    assertThat(PageRenderingTest.inkInBody(image)).as("%s page %d", variant, p).isGreaterThan(150);
                }
            }
        }
    }

    @Test
    void signedDifferencesReadInTheUnitsTerms() {
        assertThat(ReconciliationPage.signed(-4, Unit.COUNT)).isEqualTo("−4");
        assertThat(ReconciliationPage.signed(3, Unit.COUNT)).isEqualTo("+3");
        assertThat(ReconciliationPage.signed(0, Unit.COUNT)).isEqualTo("0");
        assertThat(ReconciliationPage.signed(1.0, Unit.PERCENT)).isEqualTo("+1.0 point");
        assertThat(ReconciliationPage.signed(-2.5, Unit.PERCENT)).isEqualTo("−2.5 points");
        assertThat(ReconciliationPage.signed(12.25, Unit.RATE_PER_10000)).isEqualTo("+12.3");
        assertThat(ReconciliationPage.signed(-3, Unit.DAYS)).isEqualTo("−3 days");
    }
}
