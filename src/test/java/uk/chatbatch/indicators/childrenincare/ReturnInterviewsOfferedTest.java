package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.RETURN_INTERVIEW_ACCEPTED;
import static uk.chatbatch.annexa.Field.RETURN_INTERVIEW_OFFERED;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

class ReturnInterviewsOfferedTest {

    /** Each row a different child unless a test says otherwise. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CHILD = new java.util.concurrent.atomic.AtomicInteger();

    /** T = 31 Mar 2025: the window is 1 Oct 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final ReturnInterviewsOffered indicator = new ReturnInterviewsOffered();

    @ParameterizedTest(name = "{0}: offered {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                         | ceased     | missing | offered | counted | went missing
            missing and offered                            |            | 2       | Yes     | 1       | 1
            missing, not offered                           |            | 2       | No      | 0       | 1
            missing, offer unknown                         |            | 1       | Unknown | 0       | 1
            missing, offer blank                           |            | 1       |         | 0       | 1
            offered but never missing: not measured        |            | 0       | Yes     | 0       | 0
            offered, missing count blank: not measured     |            |         | Yes     | 0       | 0
            ceased on T minus 6 months                     | 2024-09-30 | 2       | Yes     | 0       | 0
            ceased in the window                           | 2024-12-01 | 2       | Yes     | 1       | 1
            """)
    void measuresChildrenWhoWentMissing(String boundary, LocalDate ceased, Integer missing, String offered,
                                        long counted, long wentMissing) {
        assertRatio(counted, wentMissing, indicator.compute(only(CHILDREN_IN_CARE,
                child(ceased, missing, offered, null)), T));
    }

    static TableRecord child(LocalDate ceased, Integer missing, String offered, String accepted) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C" + NEXT_CHILD.incrementAndGet()).set(CLA_START_DATE, LocalDate.of(2023, 1, 1))
                .set(CLA_CEASED_DATE, ceased).set(CLA_MISSING_EPISODES, missing)
                .set(RETURN_INTERVIEW_OFFERED, offered).set(RETURN_INTERVIEW_ACCEPTED, accepted).build();
    }
}
