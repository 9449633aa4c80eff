package uk.chatbatch.indicators.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.model.table.TableRecord;

class EarlyHelpChildrenAlsoReferredTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EarlyHelpChildrenAlsoReferred indicator = new EarlyHelpChildrenAlsoReferred();

    /** Each row: an early help assessment of C1 and a referral of C1 or C2. */
    @ParameterizedTest(name = "{0}: {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                            | early help | referral   | of | referred | children
            referred after the early help started             | 2025-05-01 | 2025-07-01 | C1 | 1        | 1
            referred before the early help started            | 2025-05-01 | 2025-04-01 | C1 | 1        | 1
            referred on the first day of the window           | 2025-05-01 | 2025-03-31 | C1 | 1        | 1
            referred on T minus 6 months: not in the window   | 2025-05-01 | 2025-03-30 | C1 | 0        | 1
            another child referred                            | 2025-05-01 | 2025-07-01 | C2 | 0        | 1
            early help before the window: not measured        | 2025-03-30 | 2025-07-01 | C1 | 0        | 0
            """)
    void countsEarlyHelpChildrenReferredInTheSameWindow(String scenario, LocalDate earlyHelp, LocalDate referral,
                                                        String referred, long alsoReferred, long children) {
        InputData data = InputData.empty().with(EARLY_HELP, List.of(earlyHelp("C1", earlyHelp)))
                .with(REFERRALS, List.of(referral(referred, referral)));

        assertRatio(alsoReferred, children, indicator.compute(data, T));
    }

    @Test
    void countsChildrenOnceWithOneDrillDownRecordEach() {
        InputData data = InputData.empty()
                .with(EARLY_HELP, List.of(
                        earlyHelp("C1", LocalDate.of(2025, 4, 1)),
                        earlyHelp("C1", LocalDate.of(2025, 8, 1)),      // C1's second: still one child
                        earlyHelp("C2", LocalDate.of(2025, 6, 1))))
                .with(REFERRALS, List.of(
                        referral("C1", LocalDate.of(2025, 5, 1)),
                        referral("C1", LocalDate.of(2025, 9, 1))));     // referred twice: still one child

        IndicatorResult result = indicator.compute(data, T);

        assertRatio(1, 2, result);
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator)
                .containsExactly(tuple("C1", true), tuple("C2", false));
    }

    private static TableRecord earlyHelp(String child, LocalDate start) {
        return row(EARLY_HELP).set(CHILD_ID, child).set(EH_ASSESSMENT_START_DATE, start).build();
    }

    private static TableRecord referral(String child, LocalDate date) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).build();
    }
}
