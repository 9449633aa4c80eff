package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_LAST_IRO_CONTACT;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class IroContactInTimescaleTest {

    /** T = 31 Mar 2025: 6 months before is 30 Sep 2024 (end-of-month clamped). */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final IroContactInTimescale indicator = new IroContactInTimescale();

    @ParameterizedTest(name = "{0}: in time {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | ceased     | contact    | in time | looked after
            contact last month                                 |            | 2025-02-10 | 1       | 1
            contact on T minus 6 months, 30 Sep                | 2025-04-01 | 2024-09-30 | 1       | 1
            contact a day earlier                              |            | 2024-09-29 | 0       | 1
            no contact: stays in the denominator               |            |            | 0       | 1
            contact after T: data error, left out of both      |            | 2025-04-02 | 0       | 0
            ceased on T                                        | 2025-03-31 | 2025-02-10 | 0       | 0
            """)
    void measuresChildrenLookedAfterByTheLastIroContact(String boundary, LocalDate ceased, LocalDate contact,
                                                        long inTime, long lookedAfter) {
        assertRatio(inTime, lookedAfter, indicator.compute(only(CHILDREN_IN_CARE, child(ceased, contact)), T));
    }

    @ParameterizedTest(name = "within {0} months, contact {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # months | contact    | in time
            3        | 2024-12-31 | 1
            3        | 2024-12-30 | 0
            12       | 2024-03-31 | 1
            """)
    void theNumberOfMonthsIsASetting(int months, LocalDate contact, long inTime) {
        IndicatorContext context = T.with(IndicatorSettings.of(Map.of("cla_iro_contact_within_months", months),
                "test"), Population.notConfigured());

        assertRatio(inTime, 1, indicator.compute(only(CHILDREN_IN_CARE, child(null, contact)), context));
    }

    private static TableRecord child(LocalDate ceased, LocalDate contact) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, LocalDate.of(2023, 1, 1))
                .set(CLA_CEASED_DATE, ceased).set(CLA_LAST_IRO_CONTACT, contact).build();
    }
}
