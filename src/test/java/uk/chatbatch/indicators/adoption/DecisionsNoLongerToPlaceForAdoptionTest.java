package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.NO_LONGER_PLACED_DECISION_DATE;
import static uk.chatbatch.annexa.Field.NO_LONGER_PLACED_REASON;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class DecisionsNoLongerToPlaceForAdoptionTest {

    private final DecisionsNoLongerToPlaceForAdoption indicator = new DecisionsNoLongerToPlaceForAdoption();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | decision   | counted
            in the window                          | 2024-10-01 | 1
            12 months before T: outside            | 2024-03-31 | 0
            on T                                   | 2025-03-31 | 1
            no decision                            |            | 0
            """)
    void countsDecisionsInTheTwelveMonths(String scenario, String decision, long counted) {
        assertCount(counted, indicator.compute(only(ADOPTION, child("C1", decision, "RD1")), T));
    }

    @Test
    void byReasonWithEveryReasonShown() {
        IndicatorResult result = indicator.compute(only(ADOPTION,
                child("C1", "2024-10-01", "RD1"), child("C2", "2024-11-01", "RD3"), child("C3", "2024-12-01", "RD3"),
                child("C4", "2025-01-01", null), child("C5", "2023-01-01", "RD2")), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 4),
                IndicatorValue.count("reason", "RD1", 1),
                IndicatorValue.count("reason", "RD2", 0),
                IndicatorValue.count("reason", "RD3", 2),
                IndicatorValue.count("reason", "RD4", 0),
                IndicatorValue.count("reason", "unknown", 1));
    }

    private static TableRecord child(String id, String decision, String reason) {
        return row(ADOPTION).set(CHILD_ID, id).set(NO_LONGER_PLACED_DECISION_DATE, d(decision))
                .set(NO_LONGER_PLACED_REASON, reason).build();
    }
}
