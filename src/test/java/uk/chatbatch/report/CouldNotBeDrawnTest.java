package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.count;
import static uk.chatbatch.report.ReportPdf.squash;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorResult;

/**
 * One figure that throws while it is drawn does not sink the report: it is drawn as "could not be drawn" in its
 * place, listed on the data-quality page and returned for the run summary, and everything else is drawn.
 */
class CouldNotBeDrawnTest {

    /**
     * A duration band whose upper end does not fit in an int makes the band chart throw: the same fault as any
     * figure that meets data it was not written for.
     */
    static ReportInput withAFailingFigure(ReportVariant variant) {
        ReportInput in = ReportFixture.input(variant);
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorResult r : in.indicators()) {
            results.add(r.metadata().id().equals("CP-07") ? IndicatorResult.computed(ReportFixture.PLAN_DURATION,
                    List.of(count(ALL, ALL, 12), count("duration", "0 to 30 days", 7),
                            count("duration", "31 to 99999999999 days", 5))) : r);
        }
        return new ReportInput(in.key(), in.laName(), in.generatedAt(), in.ingest(), in.issues(),
                results, in.data(), in.context(), in.history(), in.benchmarks(), in.region(),
                in.populationByEthnicGroup(), variant);
    }

    @Test
    void theFailingFigureSaysSoInItsPlaceAndTheRestIsDrawn() {
        for (ReportVariant variant : ReportVariant.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> notDrawn = new PdfReportWriter().write(withAFailingFigure(variant), out);
            ReportPdf pdf = new ReportPdf(out.toByteArray());

            assertThat(notDrawn).as(variant.label()).containsExactly("CP-07 figures could not be drawn:"
                    + " NumberFormatException (For input string: \"99999999999\")");
            String all = squash(pdf.all());
            assertThat(all).as("in its place, in the child protection section")
                    .contains(squash("The figures of CP-07 could not be drawn: NumberFormatException"));
            String dataQuality = squash(pdf.body(pdf.pageStarting(DataQualityPage.TITLE)));
            assertThat(dataQuality).contains(squash("Parts of this report that could not be drawn"))
                    .contains(squash("CP-07 figures could not be drawn: NumberFormatException"));
            assertThat(all).as("the other indicators and the pages after it are drawn")
                    .contains(squash("Assessments completed within 45 working days"))
                    .contains("CP-08").contains(squash(DefinitionsPage.TITLE));
        }
    }

    @Test
    void aReportWithNothingWrongListsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new PdfReportWriter().write(ReportFixture.input(), out)).isEmpty();
        assertThat(new ReportPdf(out.toByteArray()).all()).doesNotContain("could not be drawn");
    }
}
