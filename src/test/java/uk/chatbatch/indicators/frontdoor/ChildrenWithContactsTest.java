package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildrenWithContactsTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final ChildrenWithContacts indicator = new ChildrenWithContacts();

    @ParameterizedTest(name = "{0}: children {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                              | date of contact | children
            first day of the window             | 2025-03-31      | 1
            T minus 6 months                    | 2025-03-30      | 0
            T itself                            | 2025-09-30      | 1
            """)
    void countsChildrenWithAContactInTheWindow(String boundary, LocalDate date, long children) {
        assertCount(children, indicator.compute(only(CONTACTS, contact("C1", date)), T));
    }

    @Test
    void groupsChildrenByTheirNumberOfContactsZeroGroupsKept() {
        List<TableRecord> rows = new ArrayList<>();
        rows.addAll(contacts("C1", 1));                              // 1 contact
        rows.addAll(contacts("C2", 2));                              // 2
        rows.addAll(contacts("C3", 5));                              // 5 or more
        rows.addAll(contacts("C4", 6));                              // 5 or more
        rows.add(contact("C2", LocalDate.of(2025, 1, 10)));          // before the window: not one of C2's
        rows.add(contact("C5", LocalDate.of(2025, 1, 10)));          // only before the window: not a child here

        IndicatorResult result = indicator.compute(only(CONTACTS, rows.toArray(TableRecord[]::new)), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 4),
                IndicatorValue.count("records per child", "1", 1),
                IndicatorValue.count("records per child", "2", 1),
                IndicatorValue.count("records per child", "3", 0),
                IndicatorValue.count("records per child", "4", 0),
                IndicatorValue.count("records per child", "5 or more", 2));
        assertThat(result.counted()).hasSize(14).allMatch(r -> r.inNumerator() && !r.inDenominator());
    }

    private static List<TableRecord> contacts(String child, int n) {
        List<TableRecord> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(contact(child, LocalDate.of(2025, 4, 1).plusWeeks(i)));
        }
        return rows;
    }

    private static TableRecord contact(String child, LocalDate date) {
        return row(CONTACTS).set(CHILD_ID, child).set(DATE_OF_CONTACT, date).build();
    }
}
