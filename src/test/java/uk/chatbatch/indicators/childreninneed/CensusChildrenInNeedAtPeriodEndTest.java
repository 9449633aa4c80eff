package uk.chatbatch.indicators.childreninneed;

import uk.chatbatch.indicators.CensusRows;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.cin.CinField.EXPECTED_PERSON_BIRTH_DATE;
import static uk.chatbatch.cin.CinField.PERSON_BIRTH_DATE;
import static uk.chatbatch.cin.CinField.REFERRAL_NFA;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.CensusRows.census;
import static uk.chatbatch.indicators.CensusRows.child;
import static uk.chatbatch.indicators.CensusRows.d;
import static uk.chatbatch.indicators.CensusRows.episode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;

class CensusChildrenInNeedAtPeriodEndTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CensusChildrenInNeedAtPeriodEnd indicator = new CensusChildrenInNeedAtPeriodEnd();

    @ParameterizedTest(name = "{0}: counted {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | referral   | closure    | NFA   | counted
            open episode                                     | 2024-06-01 |            | false | 1
            referred on T                                    | 2025-03-31 |            | false | 1
            closes the day after T                           | 2024-06-01 | 2025-04-01 | false | 1
            closed on T: not open at it                      | 2024-06-01 | 2025-03-31 | false | 0
            referred the day after T                         | 2025-04-01 |            | false | 0
            NFA referral with no closure date: not in need   | 2025-03-20 |            | true  | 0
            ReferralNFA missing: counted                     | 2024-06-01 |            |       | 1
            """)
    void countsEpisodesOfNeedOpenAtThePeriodEnd(String boundary, LocalDate referral, LocalDate closure, Boolean nfa,
                                                 long counted) {
        assertCount(counted, indicator.compute(census(
                episode("C1", 1, referral).set(REFERRAL_NFA, nfa).set(uk.chatbatch.cin.CinField.CIN_CLOSURE_DATE,
                        closure).build()), T));
    }

    @Test
    void countsDistinctChildrenWithTheirAgeBand() {
        IndicatorResult result = indicator.compute(census(
                child("C1").set(PERSON_BIRTH_DATE, d("2008-01-01")).build(),        // 17 at T
                child("C2").set(EXPECTED_PERSON_BIRTH_DATE, d("2025-05-01")).build(),// unborn
                episode("C1", 1, d("2024-06-01"), null),
                episode("C1", 2, d("2024-09-01"), null),                             // two open: C1 once
                episode("C2", 1, d("2025-02-01"), null),
                episode("C3", 1, d("2024-02-01"), d("2024-05-01"))), T);             // closed

        assertCount(2, result);
        assertThat(result.values()).filteredOn(v -> v.breakdown().equals("age band") && v.numerator() > 0)
                .extracting(v -> v.breakdownValue() + " " + v.numerator())
                .containsExactly("unborn 1", "16 to 17 1");
        assertThat(result.counted()).extracting(CountedRecord::inNumerator).containsExactly(false, true, true);
    }
}
