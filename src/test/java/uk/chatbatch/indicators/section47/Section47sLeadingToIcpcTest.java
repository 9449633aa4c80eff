package uk.chatbatch.indicators.section47;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.ICPC_DATE;
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
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class Section47sLeadingToIcpcTest {

    /** T = 31 Jan 2025: the window is 1 Aug 2024 to 31 Jan 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 1, 31));

    private final Section47sLeadingToIcpc indicator = new Section47sLeadingToIcpc();

    @ParameterizedTest(name = "{0}: {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | S47 start  | ICPC       | unnecessary? | to ICPC | enquiries
            conference held                                    | 2024-10-01 | 2024-10-20 | No           | 1       | 1
            conference held, unnecessary left blank            | 2024-10-01 | 2024-10-20 |              | 1       | 1
            conference date but marked unnecessary             | 2024-10-01 | 2024-10-20 | Yes          | 0       | 1
            no conference yet                                  | 2025-01-20 |            |              | 0       | 1
            deemed unnecessary                                 | 2024-10-01 |            | Yes          | 0       | 1
            conference after T is not yet held                 | 2025-01-20 | 2025-02-03 | No           | 0       | 1
            conference on T                                    | 2025-01-20 | 2025-01-31 | No           | 1       | 1
            conference before its strategy discussion          | 2024-10-01 | 2024-09-20 | No           | 0       | 1
            started on the first day of the window             | 2024-08-01 | 2024-08-20 | No           | 1       | 1
            started on T minus 6 months: not in the cohort     | 2024-07-31 | 2024-08-20 | No           | 0       | 0
            """)
    void followsEachEnquiryStartedInTheWindow(String scenario, LocalDate start, LocalDate icpc, String unnecessary,
                                              long toIcpc, long enquiries) {
        assertRatio(toIcpc, enquiries, indicator.compute(only(SECTION_47, enquiry(start, icpc, unnecessary, "A")), T));
    }

    @Test
    void byTeamEachRowIsThePercentageWithinTheTeam() {
        LocalDate october = LocalDate.of(2024, 10, 1);
        IndicatorResult result = indicator.compute(only(SECTION_47,
                enquiry(october, october.plusDays(14), "No", "Team A"),
                enquiry(october, null, "Yes", "Team A"),
                enquiry(october, october.plusDays(10), "No", null)),
                T);

        assertRatio(2, 3, result);
        assertThat(result.values()).containsExactly(
                IndicatorValue.percent("all", "all", 2, 3),
                IndicatorValue.percent("team", "Team A", 1, 2),
                IndicatorValue.percent("team", "unallocated", 1, 1));
    }

    private static TableRecord enquiry(LocalDate start, LocalDate icpc, String unnecessary, String team) {
        return row(SECTION_47).set(CHILD_ID, "C1").set(S47_START_DATE, start).set(ICPC_DATE, icpc)
                .set(ICPC_UNNECESSARY, unnecessary).set(ALLOCATED_TEAM, team).build();
    }
}
