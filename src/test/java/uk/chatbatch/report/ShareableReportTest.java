package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.report.ReportPdf.squash;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

/** The shareable report drawn from the same run as the internal one: what it leaves out, withholds and says. */
class ShareableReportTest {

    static ReportPdf pdf;

    @BeforeAll
    static void writeReport() {
        pdf = ReportPdf.of(ReportFixture.input().withVariant(ReportVariant.SHAREABLE));
    }

    @Test
    void itNamesNoChildNoWorkerAndNoTeam() {
        String text = pdf.all();
        ReportInput input = ReportFixture.input();
        List<String> identifiers = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            for (TableRecord r : input.data().rows(list)) {
                identifiers.add(r.childId());
                if (list.has(Field.ALLOCATED_WORKER)) {
                    identifiers.add(r.text(Field.ALLOCATED_WORKER));
                    identifiers.add(r.text(Field.ALLOCATED_TEAM));
                }
            }
        }
        assertThat(identifiers).contains(ReportFixture.childId(2), ReportFixture.WORKER_A, ReportFixture.TEAM_B);
        for (String id : identifiers) {
            assertThat(text).as("the shareable report must not contain %s", id).doesNotContain(id);
        }
        assertThat(text).doesNotContain("Worker tables", "By team", "Excel rows");
        assertThat(pdf.outline).noneMatch(b -> b.startsWith("Worker tables"));
    }

    @Test
    void theInternalReportDoesNameThem() {
        String text = ReportPdf.of(ReportFixture.input()).all();
        assertThat(text).contains(ReportFixture.WORKER_A, ReportFixture.TEAM_A);
    }

    @Test
    void smallNumbersAreShownAsUnderFiveWithTheRuleStated() {
        String glance = squash(pdf.body(2));
        assertThat(glance).contains(squash("Plans ended that lasted 2 years or more <5 withheld: fewer than 5 behind it"))
                .doesNotContain(squash("3 of 12"));
        assertThat(squash(pdf.page(1))).contains(squash("How small numbers are withheld: see Notes and caveats."));
        assertThat(squash(pdf.all()).split(java.util.regex.Pattern.quote(squash(SmallNumbers.RULE)), -1))
                .as("the rule is stated once").hasSize(2);
        String notes = squash(pdf.body(pdf.pageStarting("Notes and caveats")));
        assertThat(notes).contains(squash("Small numbers withheld " + SmallNumbers.RULE + " Headline figures withheld:"
                + " CIN-06, CP-06."));
        assertThat(squash(pdf.all())).contains(squash("Figures by period end"))
                .contains(squash("CP-06 50.0% of 40 <5 <5 <5"))
                .contains(squash("under 3 months: <5; 3 to 5 months: <5; 6 to 11 months: <5"));
    }

    @Test
    void everyPageIsMarkedShareable() {
        int pages = pdf.pages.size();
        for (int p = 1; p <= pages; p++) {
            assertThat(squash(pdf.marks(p))).as("page %d", p).isEqualTo(squash("OFFICIAL: SHAREABLE, SMALL NUMBERS"
                    + " SUPPRESSED OFFICIAL: shareable, small numbers suppressed Sampleshire (synthetic LA 999) · period end 31"
                    + " March 2025 page " + p + " of " + pages));
        }
    }

    @Test
    void figuresNotWithheldAreTheSameAsInTheInternalReport() {
        String glance = squash(pdf.body(2));
        assertThat(glance).contains(squash("Assessments completed within 45 working days 85.8% 412 of 480 England 85.7%"
                + " (2025) North West 81.9% (2025) Similar to England"));
    }

    @Test
    void whenTheRuleCannotBeAppliedNothingIsWritten(@TempDir Path dir) throws Exception {
        List<IndicatorResult> results = new ArrayList<>(ReportFixture.indicators());
        results.add(new IndicatorResult(ReportFixture.DISABLED_CIN, IndicatorStatus.COMPUTED, "",
                List.of(new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, 30, null, 75.0))));
        ReportInput in = ReportFixture.input(ReportVariant.SHAREABLE);
        ReportInput broken = new ReportInput(in.key(), in.laName(), in.generatedAt(), in.ingest(),
                in.issues(), results, in.data(), in.context(), in.history(), in.benchmarks(), in.region(),
                in.populationByEthnicGroup(), ReportVariant.SHAREABLE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new PdfReportWriter().write(broken, out))
                .isInstanceOf(SuppressionFailedException.class).hasMessageContaining("CIN-06");
        assertThat(out.size()).as("not a byte written").isZero();

        Path file = dir.resolve("reports/999/2025-03-31/shareable.pdf");
        assertThatThrownBy(() -> new PdfReportWriter().write(broken, file)).isInstanceOf(SuppressionFailedException.class);
        assertThat(file).doesNotExist();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no part-written file left behind").isEmpty();
        }

        // the internal report of the same run is still written: it withholds nothing
        new PdfReportWriter().write(broken.withVariant(ReportVariant.INTERNAL), dir.resolve("internal.pdf"));
        assertThat(dir.resolve("internal.pdf")).exists();
    }
}
