package uk.chatbatch.indicators.specialguardianship;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_REASON_CEASED;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.LEGAL_STATUS;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class SpecialGuardianshipOrdersForChildrenLookedAfterTest {

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final SpecialGuardianshipOrdersForChildrenLookedAfter indicator =
            new SpecialGuardianshipOrdersForChildrenLookedAfter();

    @ParameterizedTest(name = "{0}: counted {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | ceased     | reason | counted
            SGO to former foster carer, relative          | 2024-12-01 | E45    | 1
            SGO to former foster carer, other             | 2024-12-01 | E46    | 1
            SGO to relative or friend                     | 2024-12-01 | E47    | 1
            SGO to other carer                            | 2024-12-01 | E48    | 1
            legacy SGO code, former carer                 | 2024-12-01 | E43    | 1
            legacy SGO code, other                        | 2024-12-01 | E44    | 1
            child arrangements order: alongside, not in   | 2024-12-01 | E41    | 0
            adopted                                       | 2024-12-01 | E11    | 0
            reason blank                                  | 2024-12-01 |        | 0
            ceased on the window's first day              | 2024-10-01 | E45    | 1
            ceased six months before T: outside           | 2024-09-30 | E45    | 0
            ceased after T                                | 2025-04-01 | E45    | 0
            still looked after                            |            |        | 0
            """)
    void countsChildrenCeasingCareOnASpecialGuardianshipOrder(String scenario, LocalDate ceased, String reason,
                                                             long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE, ceased("C1", ceased, reason, "C2")), T));
    }

    @Test
    void countsChildrenOnceAndShowsCarersAndChildArrangementsOrdersAlongside() {
        LocalDate ceased = LocalDate.of(2025, 1, 10);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE,
                ceased("C1", ceased, "E45", "C2"),
                ceased("C1", ceased, "E45", "E1"),     // a second row for the same period of care
                ceased("C2", ceased, "E48", "C2"),
                ceased("C3", ceased, "E43", "C2"),
                ceased("C4", ceased, "E41", "C2"),
                ceased("C5", ceased, "E41", "C2")), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("reason ceased", "E45", 1),
                IndicatorValue.count("reason ceased", "E46", 0),
                IndicatorValue.count("reason ceased", "E47", 0),
                IndicatorValue.count("reason ceased", "E48", 1),
                IndicatorValue.count("reason ceased", "E43", 1),
                IndicatorValue.count("reason ceased", "E44", 0),
                IndicatorValue.count("carer", "former foster carers", 2),
                IndicatorValue.count("carer", "other carers", 1),
                IndicatorValue.count("child arrangements orders", "E41", 2));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2", "C3");
    }

    private static TableRecord ceased(String id, LocalDate ceased, String reason, String legalStatus) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, id).set(CLA_START_DATE, LocalDate.of(2022, 1, 1))
                .set(LEGAL_STATUS, legalStatus).set(CLA_CEASED_DATE, ceased).set(CLA_REASON_CEASED, reason).build();
    }
}
