package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.ETHNICITY;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

/** The shares shape on its own: contacts dated in the window, shared out by ethnic group (declared by name alone). */
class SharesOfRecordsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    @ParameterizedTest(name = "{0}: shared out {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | contact    | shared out
            the day before the window       | 2025-03-30 | 0
            the window's first day          | 2025-03-31 | 1
            the period end                  | 2025-09-30 | 1
            the day after the period end    | 2025-10-01 | 0
            """)
    void recordsDatedInTheWindowAreSharedOut(String boundary, LocalDate date, long sharedOut) {
        IndicatorResult result = shares(SharesOfRecords.Counted.RECORDS)
                .compute(only(CONTACTS, contact("C1", date, "WBRI")), T);

        assertThat(result.values().get(0)).isEqualTo(IndicatorValue.percent("all", "all", sharedOut, sharedOut));
    }

    @Test
    void eachRecordCountsWhenRecordsAreSharedOutAndTheGroupsAddUpToAll() {
        IndicatorResult result = shares(SharesOfRecords.Counted.RECORDS).compute(only(CONTACTS,
                contact("C1", LocalDate.of(2025, 4, 1), "WBRI"),
                contact("C1", LocalDate.of(2025, 5, 1), "WBRI"),
                contact("C2", LocalDate.of(2025, 5, 1), "ABAN")), T);

        assertThat(result.values()).contains(IndicatorValue.percent("all", "all", 3, 3),
                IndicatorValue.percent("ethnic group", "White", 2, 3),
                IndicatorValue.percent("ethnic group", "Asian", 1, 3),
                IndicatorValue.percent("ethnic group", "Black", 0, 3));
    }

    @Test
    void aChildCountsOnceDescribedByTheirLatestRecordAndOnTheSameDateByTheLaterRow() {
        IndicatorResult result = shares(SharesOfRecords.Counted.CHILDREN).compute(only(CONTACTS,
                contact("C1", LocalDate.of(2025, 4, 1), "WBRI"),
                contact("C1", LocalDate.of(2025, 6, 1), "BAFR"),     // C1's latest: Black
                contact("C2", LocalDate.of(2025, 6, 1), "WBRI"),
                contact("C2", LocalDate.of(2025, 6, 1), "ABAN")), T); // same date, later row: Asian

        assertThat(result.values()).contains(IndicatorValue.percent("all", "all", 2, 2),
                IndicatorValue.percent("ethnic group", "Black", 1, 2),
                IndicatorValue.percent("ethnic group", "Asian", 1, 2),
                IndicatorValue.percent("ethnic group", "White", 0, 2));
    }

    private static TableRecord contact(String child, LocalDate date, String ethnicity) {
        return row(CONTACTS).set(CHILD_ID, child).set(DATE_OF_CONTACT, date).set(ETHNICITY, ethnicity).build();
    }

    private static SharesOfRecords shares(SharesOfRecords.Counted counted) {
        IndicatorMetadata metadata = new IndicatorMetadata("CON-98", "Contacts by ethnic group", "Test.", "contacts",
                "contacts", "six months", CONTACTS, List.of(), List.of(DATE_OF_CONTACT, ETHNICITY), Unit.PERCENT,
                Polarity.CONTEXTUAL, ChartType.ETH, List.of("ethnic group"), List.of());
        return new SharesOfRecords(DATE_OF_CONTACT, counted) {
            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
