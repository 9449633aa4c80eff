package uk.chatbatch.indicators.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.oc3;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Ssda903Testing;

class CareLeaversInTouch903Test {

    /** T = 31 Mar 2025: the OC3 year is 2024-25 and ages are at 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final CareLeaversInTouch903 indicator = new CareLeaversInTouch903();

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | born       | IN_TOUCH | in touch | aged 19 to 21
            20, in touch                                   | 2004-06-01 | YES      | 1        | 1
            20, not in touch                               | 2004-06-01 | NO       | 0        | 1
            20, refuses contact                            | 2004-06-01 | REFU     | 0        | 1
            20, no longer requires services                | 2004-06-01 | NREQ     | 0        | 1
            20, died: left out as DfE leaves them out      | 2004-06-01 | DIED     | 0        | 0
            20, returned home for 6 months: left out       | 2004-06-01 | RHOM     | 0        | 0
            19 on 31 Mar 2025 exactly                      | 2006-03-31 | YES      | 1        | 1
            18 on 31 Mar 2025: not in the headline         | 2006-04-01 | YES      | 0        | 0
            21 on 31 Mar 2025                              | 2003-04-01 | YES      | 1        | 1
            22 on 31 Mar 2025 exactly: not in the headline | 2003-03-31 | YES      | 0        | 0
            """)
    void headlineIsCareLeaversAged19To21(String scenario, LocalDate born, String inTouch, long touching,
                                         long aged19To21) {
        assertRatio(touching, aged19To21, indicator.compute(returnHolding(List.of(
                oc3("C1", 2024, born, inTouch, "F1", "U1"))), T));
    }

    @Test
    void careTransferredToAnotherLaIsLeftOutAndEveryAgeGroupIsShown() {
        IndicatorResult result = indicator.compute(returnHolding(List.of(
                oc3("C1", 2024, LocalDate.of(2004, 6, 1), "YES", "F1", "U1"),
                oc3("C2", 2024, LocalDate.of(2004, 6, 1), "NO", "0", "0"),
                oc3("C3", 2024, LocalDate.of(2004, 6, 1), "YES", "F1", "U1"),    // transferred: left out
                oc3("C4", 2024, LocalDate.of(2007, 1, 1), "YES", "F2", "Z1"),    // 18
                oc3("C5", 2024, LocalDate.of(2001, 1, 1), "NO", "0", "0"),       // 24
                oc3("C6", 2023, LocalDate.of(2004, 6, 1), "YES", "F1", "U1")),   // last year's row: not read
                episodes("C3 | 2019-01-01 | S | C2 | U4 | 2022-01-01 | E3")), T);

        assertRatio(1, 2, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 1, 2),
                IndicatorValue.percent("age group", "17 to 18", 1, 1),
                IndicatorValue.percent("age group", "19 to 21", 1, 2),
                IndicatorValue.percent("age group", "22 to 25", 0, 1),
                IndicatorValue.percent("age group", "other or unknown age", 0, 0));
    }

    @Test
    void transferredIsReadFromTheCareThatCeasedLastNotTheLatestStart() {
        // C1's two periods overlap (an LA's error): the one ending last ended E3, so C1 is left out; C2's
        // later-starting period ended E3 but its other period ended later, returning home: C2 stays in.
        IndicatorResult result = indicator.compute(returnHolding(List.of(
                oc3("C1", 2024, LocalDate.of(2004, 6, 1), "YES", "F1", "U1"),
                oc3("C2", 2024, LocalDate.of(2004, 6, 1), "YES", "F1", "U1")),
                episodes("""
                C1 | 2019-01-01 | S | C2 | U4 | 2022-06-01 | E3
                C1 | 2019-03-01 | S | C2 | U4 | 2021-01-01 | E4A
                C2 | 2019-01-01 | S | C2 | U4 | 2022-06-01 | E4A
                C2 | 2019-03-01 | S | C2 | U4 | 2021-01-01 | E3
                """)), T);

        assertRatio(1, 1, result);
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C2");
    }
}
