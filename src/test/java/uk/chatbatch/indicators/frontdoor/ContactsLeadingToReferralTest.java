package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ContactsLeadingToReferralTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. Mon 25 Aug 2025 is a bank holiday. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ContactsLeadingToReferral indicator = new ContactsLeadingToReferral();

    /** Each row: one contact of C1 and one referral, of C1 or C2, with the setting N. */
    @ParameterizedTest(name = "{0}: {5} of {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                  | contact    | referral   | child | N | led | contacts
            referral the same day                                   | 2025-06-06 | 2025-06-06 | C1    | 1 | 1   | 1
            Fri contact, Sat referral: before the 1st working day   | 2025-06-06 | 2025-06-07 | C1    | 1 | 1   | 1
            Fri contact, Mon referral: the 1st working day          | 2025-06-06 | 2025-06-09 | C1    | 1 | 1   | 1
            Fri contact, Tue referral: the 2nd working day          | 2025-06-06 | 2025-06-10 | C1    | 1 | 0   | 1
            referral the day before the contact                     | 2025-06-06 | 2025-06-05 | C1    | 1 | 0   | 1
            Fri 22 Aug: bank holiday Monday, so Tue is the 1st      | 2025-08-22 | 2025-08-26 | C1    | 1 | 1   | 1
            referral of another child                               | 2025-06-06 | 2025-06-06 | C2    | 1 | 0   | 1
            setting 0: the same day counts                          | 2025-06-06 | 2025-06-06 | C1    | 0 | 1   | 1
            setting 0: the next day does not                        | 2025-06-06 | 2025-06-07 | C1    | 0 | 0   | 1
            setting 2: Tue is the 2nd working day after Fri         | 2025-06-06 | 2025-06-10 | C1    | 2 | 1   | 1
            contact on T, referral after T still follows it         | 2025-09-30 | 2025-10-01 | C1    | 1 | 1   | 1
            contact on T minus 6 months is not measured             | 2025-03-30 | 2025-03-30 | C1    | 1 | 0   | 0
            """)
    void countsContactsFollowedByAReferralOfTheSameChildWithinNWorkingDays(String scenario, LocalDate contact,
            LocalDate referral, String referralChild, int workingDays, long led, long contacts) {
        InputData data = InputData.empty()
                .with(CONTACTS, List.of(contact("C1", contact, "6")))
                .with(REFERRALS, List.of(referral(referralChild, referral)));
        IndicatorContext context = T.with(IndicatorSettings.of(
                Map.of("contact_to_referral_working_days", workingDays), "test"), Population.notConfigured());

        assertRatio(led, contacts, indicator.compute(data, context));
    }

    @Test
    void bySourceGroupEachRowIsThePercentageWithinTheGroup() {
        LocalDate monday = LocalDate.of(2025, 6, 9);
        InputData data = InputData.empty()
                .with(CONTACTS, List.of(
                        contact("C1", monday, "6"),      // police, referred the same day
                        contact("C2", monday, "6"),      // police, never referred
                        contact("C3", monday, "2A")))    // schools, referred next day
                .with(REFERRALS, List.of(referral("C1", monday), referral("C3", monday.plusDays(1))));

        IndicatorResult result = indicator.compute(data, T);

        assertRatio(2, 3, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("source group", "police", 1, 2),
                IndicatorValue.percent("source group", "schools", 1, 1),
                IndicatorValue.percent("source group", "housing", 0, 0));
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator)
                .containsExactly(tuple("C1", true),
                        tuple("C2", false),
                        tuple("C3", true));
        assertThat(result.metadata().settings()).extracting(IndicatorSetting::key)
                .containsExactly("contact_to_referral_working_days");
    }

    @Test
    void withoutListThreeTheEngineSaysSoRatherThanShowingZero() {
        IndicatorResult result = new IndicatorEngine(IndicatorCatalogue.of(List.of(indicator))).compute(indicator,
                only(CONTACTS, contact("C1", LocalDate.of(2025, 6, 9), "6")), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
        assertThat(result.message()).isEqualTo("List 3 (Referrals) was not supplied");
    }

    private static TableRecord contact(String child, LocalDate date, String source) {
        return row(CONTACTS).set(CHILD_ID, child).set(DATE_OF_CONTACT, date).set(CONTACT_SOURCE, source).build();
    }

    private static TableRecord referral(String child, LocalDate date) {
        return row(REFERRALS).set(CHILD_ID, child).set(DATE_OF_REFERRAL, date).build();
    }
}
