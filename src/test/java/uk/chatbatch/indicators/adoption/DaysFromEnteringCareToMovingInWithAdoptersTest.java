package uk.chatbatch.indicators.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.FAMILY_ID;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.row;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.T;
import static uk.chatbatch.indicators.adoption.AdoptionTesting.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class DaysFromEnteringCareToMovingInWithAdoptersTest {

    private final DaysFromEnteringCareToMovingInWithAdopters indicator =
            new DaysFromEnteringCareToMovingInWithAdopters();

    @ParameterizedTest(name = "{0}: measured {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | entered    | placed     | adoption order | measured | days
            adopted in the window                       | 2023-01-01 | 2023-11-01 | 2024-11-15     | 1        | 304
            placed the day it entered care: 0 days      | 2023-01-01 | 2023-01-01 | 2024-11-15     | 1        | 0
            adoption order on the window's first day    | 2023-01-01 | 2023-03-02 | 2024-04-01     | 1        | 60
            adoption order 12 months before T: outside  | 2023-01-01 | 2023-03-02 | 2024-03-31     | 0        |
            adoption order after T: outside             | 2023-01-01 | 2023-03-02 | 2025-04-01     | 0        |
            not adopted                                 | 2023-01-01 | 2023-03-02 |                | 0        |
            placement date blank: not measured          | 2023-01-01 |            | 2024-11-15     | 0        |
            placed before entering care: not measured   | 2023-01-01 | 2022-12-31 | 2024-11-15     | 0        |
            """)
    void measuresChildrenAdoptedInTheWindow(String scenario, String entered, String placed, String order,
                                            long measured, Double days) {
        IndicatorResult result = indicator.compute(only(ADOPTION, child("C1", entered, placed, order)), T);

        assertThat(headline(result).numerator()).isEqualTo(measured);
        assertThat(headline(result).denominator()).isNull();
        assertThat(headline(result).value()).isEqualTo(days);
        assertThat(result.status()).isEqualTo(measured == 0 ? IndicatorStatus.NO_CASES : IndicatorStatus.COMPUTED);
    }

    @Test
    void theValueIsTheMean_byAgeAtEntryAndSiblingGroup() {
        IndicatorResult result = indicator.compute(only(ADOPTION,
                child("C1", "2023-01-01", "2023-11-01", "2024-11-15", "2022-12-01", "F1"),   // 304 days, under 1
                child("C2", "2023-01-01", "2024-03-01", "2024-11-15", "2019-05-01", "F1"),   // 425 days, 3
                child("C3", "2023-06-01", "2024-08-10", "2025-03-01", "2020-05-01", "F2"),   // 436 days, 3
                child("C4", "2023-06-01", "2024-08-10", "2024-01-01", "2020-05-01", "F2")),  // adopted before the window
                T);

        assertThat(headline(result).value()).isEqualTo((304 + 425 + 436) / 3.0);
        assertThat(result.values()).contains(
                new IndicatorValue("age at entry", "under 1", 1, null, 304.0),
                new IndicatorValue("age at entry", "1 to 4", 2, null, (425 + 436) / 2.0),
                new IndicatorValue("age at entry", "5 to 9", 0, null, null),
                new IndicatorValue("sibling group", "in a sibling group", 3, null, (304 + 425 + 436) / 3.0),
                new IndicatorValue("sibling group", "single child", 0, null, null));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2", "C3");
    }

    @Test
    void aChildWithNoSiblingOnTheListIsASingleChild() {
        IndicatorResult result = indicator.compute(only(ADOPTION,
                child("C1", "2023-01-01", "2023-11-01", "2024-11-15", null, "F1"),
                child("C2", "2023-01-01", "2023-11-01", "2024-11-15", null, null)), T);

        assertThat(result.values()).contains(
                new IndicatorValue("sibling group", "single child", 1, null, 304.0),
                new IndicatorValue("sibling group", "unknown", 1, null, 304.0),
                new IndicatorValue("age at entry", "unknown", 2, null, 304.0));
    }

    private static TableRecord child(String id, String entered, String placed, String order) {
        return child(id, entered, placed, order, null, null);
    }

    private static TableRecord child(String id, String entered, String placed, String order, String dob,
                                      String family) {
        return row(ADOPTION).set(CHILD_ID, id).set(ENTERED_CARE_DATE, d(entered))
                .set(PLACED_FOR_ADOPTION_DATE, d(placed)).set(ADOPTION_ORDER_DATE, d(order))
                .set(DATE_OF_BIRTH, d(dob)).set(FAMILY_ID, family).build();
    }
}
