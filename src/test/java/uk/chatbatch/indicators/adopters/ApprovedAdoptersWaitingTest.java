package uk.chatbatch.indicators.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;
import static uk.chatbatch.annexa.Field.ADOPTER_ID;
import static uk.chatbatch.annexa.Field.ADOPTER_LEFT_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_MATCHED_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_PLACED_DATE;
import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;
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

class ApprovedAdoptersWaitingTest {

    /** T = 31 Mar 2025; three months before is 31 Dec 2024. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ApprovedAdoptersWaiting indicator = new ApprovedAdoptersWaiting();

    @ParameterizedTest(name = "{0}: waiting {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | approved   | matched    | placed     | left       | waiting
            approved, nothing since                  | 2024-06-01 |            |            |            | 1
            approved on T                            | 2025-03-31 |            |            |            | 1
            approved after T                         | 2025-04-01 |            |            |            | 0
            matched on T                             | 2024-06-01 | 2025-03-31 |            |            | 0
            matched after T: waiting at T            | 2024-06-01 | 2025-04-01 |            |            | 1
            placed with no match date                | 2024-06-01 |            | 2025-01-01 |            | 0
            left the process                         | 2024-06-01 |            |            | 2024-12-01 | 0
            not approved                             |            |            |            |            | 0
            """)
    void countsApprovedAdoptersNotMatchedAtThePeriodEnd(String scenario, LocalDate approved, LocalDate matched,
                                                        LocalDate placed, LocalDate left, long waiting) {
        assertCount(waiting, indicator.compute(only(ADOPTERS, row(ADOPTERS).set(ADOPTER_ID, "A1")
                .set(APPLICATION_APPROVED_DATE, approved).set(ADOPTER_MATCHED_DATE, matched)
                .set(ADOPTER_PLACED_DATE, placed).set(ADOPTER_LEFT_DATE, left).build()), T));
    }

    @Test
    void moreThanThreeMonthsMeansApprovedBeforeTMinusThreeMonths() {
        IndicatorResult result = indicator.compute(only(ADOPTERS,
                approved("A1", LocalDate.of(2024, 12, 31)),    // exactly 3 months: not more
                approved("A2", LocalDate.of(2024, 12, 30)),    // more than 3 months
                approved("A3", LocalDate.of(2024, 6, 1))), T); // more than 3 months

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 3),
                IndicatorValue.count("waiting", "3 months or less", 1),
                IndicatorValue.count("waiting", "more than 3 months", 2));
    }

    private static TableRecord approved(String id, LocalDate approved) {
        return row(ADOPTERS).set(ADOPTER_ID, id).set(APPLICATION_APPROVED_DATE, approved).build();
    }
}
