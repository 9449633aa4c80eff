package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ContactsBySourceTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));
    private static final LocalDate IN_WINDOW = LocalDate.of(2025, 6, 1);

    private final ContactsBySource indicator = new ContactsBySource();

    @Test
    void eachSourceGroupsShareOfTheWindowsContacts() {
        IndicatorResult result = indicator.compute(only(CONTACTS,
                contact("1A", IN_WINDOW),                       // individual
                contact("1C", IN_WINDOW),                       // individual
                contact("2A", IN_WINDOW),                       // schools
                contact("3E", IN_WINDOW),                       // health services
                contact("5D", IN_WINDOW),                       // LA services (early help, new code)
                contact("6", IN_WINDOW),                        // police
                contact("6", IN_WINDOW),                        // police
                contact("10", IN_WINDOW),                       // code 10, source unknown: unknown
                contact(null, IN_WINDOW),                       // blank or rejected: unknown
                contact("6", LocalDate.of(2025, 3, 30))),       // T minus 6 months: in no row
                T);

        assertRatio(9, 9, result);
        assertThat(result.values().stream().filter(v -> v.breakdown().equals("source group")).toList())
                .containsExactly(
                        IndicatorValue.percent("source group", "individual", 2, 9),
                        IndicatorValue.percent("source group", "schools", 1, 9),
                        IndicatorValue.percent("source group", "education services", 0, 9),
                        IndicatorValue.percent("source group", "health services", 1, 9),
                        IndicatorValue.percent("source group", "housing", 0, 9),
                        IndicatorValue.percent("source group", "LA services", 1, 9),
                        IndicatorValue.percent("source group", "police", 2, 9),
                        IndicatorValue.percent("source group", "other legal agency", 0, 9),
                        IndicatorValue.percent("source group", "other", 0, 9),
                        IndicatorValue.percent("source group", "anonymous", 0, 9),
                        IndicatorValue.percent("source group", "unknown", 2, 9));
        List<IndicatorValue> byCode = result.values().stream().filter(v -> v.breakdown().equals("source")).toList();
        assertThat(byCode).hasSize(23)     // 22 codes and unknown
                .contains(IndicatorValue.percent("source", "6", 2, 9), IndicatorValue.percent("source", "10", 1, 9),
                        IndicatorValue.percent("source", "unknown", 1, 9), IndicatorValue.percent("source", "4", 0, 9));
        assertThat(result.counted()).hasSize(9).allMatch(r -> r.inNumerator() && r.inDenominator());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # code | source group
            1A     | individual
            1B     | individual
            1C     | individual
            1D     | individual
            2A     | schools
            2B     | education services
            3A     | health services
            3B     | health services
            3C     | health services
            3D     | health services
            3E     | health services
            3F     | health services
            4      | housing
            5A     | LA services
            5B     | LA services
            5C     | LA services
            5D     | LA services
            6      | police
            7      | other legal agency
            8      | other
            9      | anonymous
            10     | unknown
            """)
    void groupsEverySourceCodeAsTheCatalogueDoes(String code, String group) {
        IndicatorResult result = indicator.compute(only(CONTACTS, contact(code, IN_WINDOW)), T);

        assertThat(result.values()).contains(IndicatorValue.percent("source group", group, 1, 1));
    }

    @Test
    void noContactsInTheWindowIsNoCases() {
        IndicatorResult result = indicator.compute(only(CONTACTS, contact("6", LocalDate.of(2024, 12, 1))), T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(result.values()).allMatch(v -> v.value() == null);
    }

    private static TableRecord contact(String source, LocalDate date) {
        return row(CONTACTS).set(CHILD_ID, "C1").set(DATE_OF_CONTACT, date).set(CONTACT_SOURCE, source).build();
    }
}
