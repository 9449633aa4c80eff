package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ALL;
import static uk.chatbatch.report.ReportFixture.count;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.frontdoor.ReferralsByTeamAndWorker;

/** Whether a breakdown names staff is read from the indicator's declaration, never guessed from its name. */
class StaffBreakdownsTest {

    final VariantView shareable = new VariantView(ReportVariant.SHAREABLE);
    final VariantView internal = new VariantView(ReportVariant.INTERNAL);

    @IndicatorDefinition(id = "FIX-STAFF", title = "Fixture", definition = "A fixture.", numerator = "records",
            window = "at the period end", unit = Unit.COUNT, polarity = Polarity.CONTEXTUAL,
            breakdowns = {@By(value = "caseholder", kind = BreakdownKind.STAFF), @By("team of the child's school")})
    static class Declared {
    }

    @Test
    void theShareableVariantLeavesOutWhatIsDeclaredStaffWhateverItIsCalled() {
        IndicatorMetadata m = IndicatorMetadata.of(Declared.class);
        IndicatorResult result = IndicatorResult.computed(m, List.of(count(ALL, ALL, 20),
                count("caseholder", "A. Worker", 20),                 // declared staff: left out
                count("team of the child's school", "Year 7", 20)));  // ends in "team" but declared groups: shown

        assertThat(shareable.show(result).breakdowns()).extracting(ShownResult.Breakdown::name)
                .containsExactly("team of the child's school");
        assertThat(internal.show(result).breakdowns()).extracting(ShownResult.Breakdown::name)
                .containsExactly("caseholder", "team of the child's school");
    }

    @Test
    void theCataloguesTeamAndWorkerBreakdownsAreDeclaredStaff() {
        IndicatorMetadata m = IndicatorMetadata.of(ReferralsByTeamAndWorker.class);
        assertThat(m.breakdowns()).contains("team", "worker");
        assertThat(m.namesStaff("team")).isTrue();
        assertThat(m.namesStaff("worker")).isTrue();
    }
}
