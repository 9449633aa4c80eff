package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.LaPeriod;

/**
 * A run given no population (a region's LAs made without one): page 1 says in words what is missing and how to give
 * it, and shows the count where the rate would be, never "population not configured" alone.
 */
class LeadersPageOneWithoutPopulationTest {

    @Test
    void pageOneSaysWhatIsMissingAndHowToGiveItAndShowsTheCount() throws Exception {
        ReportModel model = ReportModel.of(input());
        ShownResult rate = model.results.stream().filter(r -> r.id().equals("REF-01R")).findFirst().orElseThrow();
        assertThat(LeadersReport.sentence(model, rate)).isEqualTo("No rate: no population given (see above).");
        assertThat(LeadersReport.countOfRate(model, rate).map(ShownResult::id)).contains("REF-01");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReportWriter(ReportDocument.LEADERS).write(input(), pdf);
        String page1;
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            page1 = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(page1).contains("No rate: the number of children aged 0 to 17 living in the LA was not given. Add"
                + " it to the job file (population: aged_0_to_17: followed by the ONS mid-year estimate) or run with"
                + " --population. Until then REF-01R shows the count instead of a rate.");
        assertThat(page1).as("the fixture's 1,234 referrals stand where the rate would").contains("1,234 a count")
                .doesNotContain("population not configured");
    }

    private static ReportInput input() {
        InputData data = ReportFixture.data();
        List<IndicatorResult> indicators = new ArrayList<>();
        for (IndicatorResult r : ReportFixture.indicators()) {
            IndicatorMetadata m = r.metadata();
            if (m.id().equals("REF-01R")) {
                // a headline measure, as in the catalogue
                IndicatorMetadata headline = new IndicatorMetadata(m.id(), m.title(), m.definition(), m.numerator(),
                        m.denominator(), m.window(), m.source(), m.alsoUses(), m.fields(), m.unit(), m.polarity(),
                        m.chart(), m.breakdowns(), m.settings(), m.returnTables(), m.returnFields(), true);
                indicators.add(IndicatorResult.notComputed(headline, IndicatorStatus.POPULATION_NOT_CONFIGURED,
                        "no population aged 0 to 17 was given"));
            } else {
                indicators.add(r);
            }
        }
        return new ReportInput(new LaPeriod(ReportFixture.LA_CODE, ReportFixture.T), ReportFixture.LA_NAME, ReportFixture.MADE,
                ReportFixture.ingest(data), ReportFixture.issues(), indicators, data,
                IndicatorContext.forPeriodEnd(ReportFixture.T), ReportFixture.history(), Benchmarks.bundled(),
                Optional.of("North West"), Map.of(), ReportVariant.INTERNAL);
    }
}
