package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.PERMANENCE_PLAN;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildrenLookedAfterByPermanencePlanTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ChildrenLookedAfterByPermanencePlan indicator = new ChildrenLookedAfterByPermanencePlan();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                        | ceased     | counted
            looked after                  |            | 1
            ceased on T                   | 2025-03-31 | 0
            ceases the day after T        | 2025-04-01 | 1
            """)
    void countsChildrenLookedAfterAtThePeriodEnd(String boundary, LocalDate ceased, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE, child(ceased, "Adoption")), T));
    }

    @Test
    void countsEachPlanWithBlankAsUnknown() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE, child(null, "Long-term fostering"),
                child(null, "Long-term fostering"), child(null, "Return to family"), child(null, null)), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 4),
                IndicatorValue.count("permanence plan", "Return to family", 1),
                IndicatorValue.count("permanence plan", "Adoption", 0),
                IndicatorValue.count("permanence plan", "SGO/CAO", 0),
                IndicatorValue.count("permanence plan", "Supported living in the community", 0),
                IndicatorValue.count("permanence plan", "Long-term residential placement", 0),
                IndicatorValue.count("permanence plan", "Long-term fostering", 2),
                IndicatorValue.count("permanence plan", "Other", 0),
                IndicatorValue.count("permanence plan", "unknown", 1));
    }

    private static TableRecord child(LocalDate ceased, String plan) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, LocalDate.of(2023, 1, 1))
                .set(CLA_CEASED_DATE, ceased).set(PERMANENCE_PLAN, plan).build();
    }
}
