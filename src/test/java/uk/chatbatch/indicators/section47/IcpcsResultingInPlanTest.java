package uk.chatbatch.indicators.section47;

import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
import static uk.chatbatch.annexa.Field.ICPC_RESULTED_IN_PLAN;
import static uk.chatbatch.annexa.Field.ICPC_UNNECESSARY;
import static uk.chatbatch.annexa.Field.S47_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class IcpcsResultingInPlanTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));

    private final IcpcsResultingInPlan indicator = new IcpcsResultingInPlan();

    @ParameterizedTest(name = "{0}: {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | ICPC       | plan? | unnecessary? | plans | conferences
            resulted in a plan                             | 2024-10-20 | Yes   | No           | 1     | 1
            no plan                                        | 2024-10-20 | No    | No           | 0     | 1
            answer blank: in the denominator only          | 2024-10-20 |       | No           | 0     | 1
            marked unnecessary but held: still counted     | 2024-10-20 | Yes   | Yes          | 1     | 1
            conference on the first day of the window      | 2024-08-01 | Yes   | No           | 1     | 1
            conference on T minus 6 months                 | 2024-07-31 | Yes   | No           | 0     | 0
            conference the day after T                     | 2025-02-01 | Yes   | No           | 0     | 0
            no conference                                  |            |       | Yes          | 0     | 0
            """)
    void measuresConferencesHeldInTheWindow(String scenario, LocalDate icpc, String plan, String unnecessary,
                                            long plans, long conferences) {
        assertRatio(plans, conferences, indicator.compute(only(SECTION_47, enquiry(icpc, plan, unnecessary)), T));
    }

    @Test
    void percentageOfTheWindowsConferences() {
        LocalDate october = LocalDate.of(2024, 10, 20);
        assertRatio(3, 4, indicator.compute(only(SECTION_47, enquiry(october, "Yes", "No"),
                enquiry(october, "Yes", "No"), enquiry(october, "Yes", "No"), enquiry(october, "No", "No")), T));
    }

    private static TableRecord enquiry(LocalDate icpc, String plan, String unnecessary) {
        return row(SECTION_47).set(CHILD_ID, "C1").set(S47_START_DATE, LocalDate.of(2024, 7, 15))
                .set(ICPC_DATE, icpc).set(ICPC_RESULTED_IN_PLAN, plan).set(ICPC_UNNECESSARY, unnecessary).build();
    }
}
