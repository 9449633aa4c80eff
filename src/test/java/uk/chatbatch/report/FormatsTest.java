package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.report.ReportFixture.ASSESSMENTS_IN_45;
import static uk.chatbatch.report.ReportFixture.CONTACTS_RECEIVED;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;

class FormatsTest {

    static final String ALL = IndicatorValue.ALL;

    @Test
    void countsHaveThousandsSeparators() {
        IndicatorResult result = IndicatorResult.computed(CONTACTS_RECEIVED, List.of(IndicatorValue.count(ALL, ALL, 12345)));

        assertThat(Formats.headlineValue(result)).isEqualTo("12,345");
        assertThat(Formats.headlineDetail(result)).isEmpty();
    }

    @Test
    void percentsHaveOneDecimalAndTheirBasis() {
        IndicatorResult result = IndicatorResult.computed(ASSESSMENTS_IN_45,
                List.of(IndicatorValue.percent(ALL, ALL, 1412, 1480)));

        assertThat(Formats.headlineValue(result)).isEqualTo("95.4%");
        assertThat(Formats.headlineDetail(result)).isEqualTo("1,412 of 1,480");
    }

    @Test
    void aPercentOfNothingIsNoCasesNotZero() {
        IndicatorResult result = IndicatorResult.computed(ASSESSMENTS_IN_45, List.of(IndicatorValue.percent(ALL, ALL, 0, 0)));

        assertThat(Formats.headlineValue(result)).isEqualTo("no cases");
        assertThat(Formats.headlineDetail(result)).isEqualTo("no assessments authorised in the window");
    }

    @Test
    void aNotComputedIndicatorShowsItsStatusAndMessage() {
        IndicatorResult result = IndicatorResult.notComputed(CONTACTS_RECEIVED, IndicatorStatus.LIST_NOT_SUPPLIED,
                "List 1 (Contacts) was not supplied");

        assertThat(Formats.headlineValue(result)).isEqualTo("list not supplied");
        assertThat(Formats.headlineDetail(result)).isEqualTo("List 1 (Contacts) was not supplied");
    }

    @Test
    void breakdownsReadAsOneLinePerBreakdown() {
        IndicatorResult result = IndicatorResult.computed(ASSESSMENTS_IN_45, List.of(
                IndicatorValue.percent(ALL, ALL, 7, 10),
                IndicatorValue.percent("gender", "Male", 3, 4),
                IndicatorValue.percent("gender", "Female", 4, 6)));

        assertThat(HeadlinePage.breakdownLines(result))
                .containsExactly("By gender: Male 75.0% (3 of 4); Female 66.7% (4 of 6)");
    }

    @Test
    void aLongBreakdownIsCutShortWithACountOfTheRest() {
        List<IndicatorValue> values = new java.util.ArrayList<>(List.of(IndicatorValue.count(ALL, ALL, 10)));
        for (int i = 1; i <= 10; i++) {
            values.add(IndicatorValue.count("source", "S" + i, 1));
        }

        String line = HeadlinePage.breakdownLines(IndicatorResult.computed(CONTACTS_RECEIVED, values)).get(0);

        assertThat(line).startsWith("By source: S1 1; S2 1;").endsWith("S8 1; and 2 more");
    }
}
