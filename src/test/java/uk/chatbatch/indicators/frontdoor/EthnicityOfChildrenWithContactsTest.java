package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.ETHNICITY;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class EthnicityOfChildrenWithContactsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final EthnicityOfChildrenWithContacts indicator = new EthnicityOfChildrenWithContacts();

    @Test
    void eachChildOnceByTheEthnicityOnTheirLatestContact() {
        IndicatorResult result = indicator.compute(only(CONTACTS,
                contact("C1", "WBRI", LocalDate.of(2025, 7, 1)),    // C1's latest: White
                contact("C1", "AIND", LocalDate.of(2025, 5, 1)),    // C1's earlier contact: not used
                contact("C2", "BAFR", LocalDate.of(2025, 6, 1)),    // Black
                contact("C3", "CHNE", LocalDate.of(2025, 6, 1)),    // Chinese: Other
                contact("C4", null, LocalDate.of(2025, 6, 1)),      // blank or rejected: unknown
                contact("C5", "NOBT", LocalDate.of(2025, 3, 31)),   // first day of the window: refused or not obtained
                contact("C6", "WBRI", LocalDate.of(2025, 3, 30))),  // only on T minus 6 months: not a child here
                T);

        assertRatio(5, 5, result);
        assertThat(result.values().stream().filter(v -> v.breakdown().equals("ethnic group")).toList())
                .containsExactly(
                        IndicatorValue.percent("ethnic group", "White", 1, 5),
                        IndicatorValue.percent("ethnic group", "Mixed", 0, 5),
                        IndicatorValue.percent("ethnic group", "Asian", 0, 5),
                        IndicatorValue.percent("ethnic group", "Black", 1, 5),
                        IndicatorValue.percent("ethnic group", "Other", 1, 5),
                        IndicatorValue.percent("ethnic group", "Refused or not obtained", 1, 5),
                        IndicatorValue.percent("ethnic group", "unknown", 1, 5));
        assertThat(result.values()).contains(
                IndicatorValue.percent("ethnicity", "WBRI", 1, 5),
                IndicatorValue.percent("ethnicity", "AIND", 0, 5),
                IndicatorValue.percent("ethnicity", "unknown", 1, 5));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C2", "C3", "C4", "C5");
    }

    @Test
    void noChildrenInTheWindowIsNoCases() {
        assertThat(indicator.compute(only(CONTACTS), T).status()).isEqualTo(IndicatorStatus.NO_CASES);
    }

    private static TableRecord contact(String child, String ethnicity, LocalDate date) {
        return row(CONTACTS).set(CHILD_ID, child).set(ETHNICITY, ethnicity).set(DATE_OF_CONTACT, date).build();
    }
}
