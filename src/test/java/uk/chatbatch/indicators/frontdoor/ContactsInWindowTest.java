package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.GENDER;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
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

class ContactsInWindowTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ContactsInWindow indicator = new ContactsInWindow();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | date of contact | counted
            first day of the window, T minus 6 months + 1 | 2025-03-31      | 1
            T minus 6 months                              | 2025-03-30      | 0
            T itself                                      | 2025-09-30      | 1
            the day after T                               | 2025-10-01      | 0
            mid-window                                    | 2025-06-15      | 1
            """)
    void countsContactsDatedInTheWindow(String boundary, LocalDate dateOfContact, long counted) {
        assertCount(counted, indicator.compute(only(CONTACTS, contact("C1", "Male", dateOfContact)), T));
    }

    @Test
    void countsRecordsNotChildren() {
        IndicatorResult result = indicator.compute(only(CONTACTS,
                contact("C1", "Female", LocalDate.of(2025, 5, 1)),
                contact("C1", "Female", LocalDate.of(2025, 6, 1)),   // same child again: counted again
                contact("C2", "Male", LocalDate.of(2025, 7, 1))), T);
        assertCount(3, result);
    }

    @Test
    void breaksContactsDownByGenderWithBlankAsOtherOrUnknown() {
        LocalDate inWindow = LocalDate.of(2025, 7, 1);
        IndicatorResult result = indicator.compute(only(CONTACTS,
                contact("C1", "Male", inWindow),                    // male
                contact("C2", "Female", inWindow),                  // female
                contact("C3", "Female", inWindow),                  // female
                contact("C4", "Not stated/recorded", inWindow),     // other or unknown
                contact("C5", "Neither", inWindow),                 // other or unknown
                contact("C6", null, inWindow),                      // blank or rejected: other or unknown
                contact("C7", "Male", LocalDate.of(2025, 1, 1))),   // outside the window: in no row
                T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 6),
                IndicatorValue.count("gender", "male", 1),
                IndicatorValue.count("gender", "female", 2),
                IndicatorValue.count("gender", "other or unknown", 3));
    }

    @Test
    void alwaysEmitsAllThreeGenderRowsZeroIncluded() {
        IndicatorResult result = indicator.compute(only(CONTACTS, contact("C1", "Male", LocalDate.of(2025, 7, 1))), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 1),
                IndicatorValue.count("gender", "male", 1),
                IndicatorValue.count("gender", "female", 0),
                IndicatorValue.count("gender", "other or unknown", 0));
    }

    @Test
    void anEmptyListIsZeroContactsNotNoCases() {
        IndicatorResult result = indicator.compute(only(CONTACTS), T);
        assertCount(0, result);
        assertThat(result.values()).hasSize(4);
    }

    private static TableRecord contact(String child, String gender, LocalDate date) {
        return row(CONTACTS).set(CHILD_ID, child).set(GENDER, gender).set(DATE_OF_CONTACT, date).build();
    }
}
