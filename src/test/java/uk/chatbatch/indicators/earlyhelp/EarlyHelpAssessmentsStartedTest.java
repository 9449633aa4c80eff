package uk.chatbatch.indicators.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.EARLY_HELP;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.GENDER;
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

class EarlyHelpAssessmentsStartedTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EarlyHelpAssessmentsStarted indicator = new EarlyHelpAssessmentsStarted();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                   | start      | counted
            first day of the window                                  | 2025-03-31 | 1
            T minus 6 months: a current intervention started earlier | 2025-03-30 | 0
            T itself                                                 | 2025-09-30 | 1
            the day after T                                          | 2025-10-01 | 0
            """)
    void countsAssessmentsStartingInTheWindow(String boundary, LocalDate start, long counted) {
        assertCount(counted, indicator.compute(only(EARLY_HELP, assessment("C1", start, null, "Male")), T));
    }

    @Test
    void byMonthAgeBandAndGenderEveryGroupShown() {
        IndicatorResult result = indicator.compute(only(EARLY_HELP,
                assessment("C1", LocalDate.of(2025, 3, 31), LocalDate.of(2024, 5, 1), "Male"),     // Mar, under 1
                assessment("C1", LocalDate.of(2025, 5, 2), LocalDate.of(2024, 5, 1), "Male"),      // May, 1 to 4
                assessment("C2", LocalDate.of(2025, 9, 30), LocalDate.of(2009, 1, 1), "Female"),   // Sep, 16 to 17
                assessment("C3", LocalDate.of(2025, 9, 1), null, null)),                           // Sep, unknown
                T);

        assertCount(4, result);
        assertThat(result.values().stream().filter(v -> v.breakdown().equals("month")).toList()).containsExactly(
                IndicatorValue.count("month", "2025-03", 1),
                IndicatorValue.count("month", "2025-04", 0),
                IndicatorValue.count("month", "2025-05", 1),
                IndicatorValue.count("month", "2025-06", 0),
                IndicatorValue.count("month", "2025-07", 0),
                IndicatorValue.count("month", "2025-08", 0),
                IndicatorValue.count("month", "2025-09", 2),
                IndicatorValue.count("month", "outside window", 0));
        assertThat(result.values()).contains(
                IndicatorValue.count("age band", "under 1", 1),
                IndicatorValue.count("age band", "1 to 4", 1),
                IndicatorValue.count("age band", "16 to 17", 1),
                IndicatorValue.count("age band", "unknown", 1),
                IndicatorValue.count("gender", "male", 2),
                IndicatorValue.count("gender", "female", 1),
                IndicatorValue.count("gender", "other or unknown", 1));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C1", "C2", "C3");
    }

    private static TableRecord assessment(String child, LocalDate start, LocalDate dob, String gender) {
        return row(EARLY_HELP).set(CHILD_ID, child).set(EH_ASSESSMENT_START_DATE, start).set(DATE_OF_BIRTH, dob)
                .set(GENDER, gender).build();
    }
}
