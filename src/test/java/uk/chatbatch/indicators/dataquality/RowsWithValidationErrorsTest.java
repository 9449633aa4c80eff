package uk.chatbatch.indicators.dataquality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.ALLOCATED_WORKER;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.annexa.Field.DISABILITY;
import static uk.chatbatch.annexa.Field.ELIGIBILITY_CATEGORY;
import static uk.chatbatch.annexa.Field.ETHNICITY;
import static uk.chatbatch.annexa.Field.GENDER;
import static uk.chatbatch.annexa.Field.LA_IN_TOUCH;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

class RowsWithValidationErrorsTest {

    /** T = 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final RowsWithValidationErrors indicator = new RowsWithValidationErrors();

    @ParameterizedTest(name = "{0}: error {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | gender | source | date of birth | contact    | error
            every required value, dates in order               | Male   | 6      | 2015-06-10    | 2025-01-15 | 0
            date of birth blank: it may be                     | Male   | 6      |               | 2025-01-15 | 0
            gender blank or rejected: required                 |        | 6      | 2015-06-10    | 2025-01-15 | 1
            contact source blank or rejected: required         | Male   |        | 2015-06-10    | 2025-01-15 | 1
            born after the contact                             | Male   | 6      | 2025-02-01    | 2025-01-15 | 1
            contact after the period end                       | Male   | 6      | 2015-06-10    | 2025-04-01 | 1
            """)
    void flagsARowWithAnyValidationError(String scenario, String gender, String source, LocalDate dob,
                                         LocalDate contact, long error) {
        TableRecord row = row(CONTACTS).set(CHILD_ID, "C1").set(GENDER, gender).set(ETHNICITY, "WBRI")
                .set(DATE_OF_BIRTH, dob).set(DATE_OF_CONTACT, contact).set(CONTACT_SOURCE, source).build();

        assertRatio(error, 1, indicator.compute(only(CONTACTS, row), T));
    }

    @Test
    void aDuplicateIsAnErrorInTheLaterRowOnly_andEachListHasItsRow() {
        TableRecord first = contact(2, "C1", LocalDate.of(2025, 1, 15));
        TableRecord again = contact(3, "C1", LocalDate.of(2025, 1, 15));
        TableRecord other = contact(4, "C2", LocalDate.of(2025, 1, 15));
        InputData data = InputData.empty().with(CONTACTS, List.of(first, again, other))
                .with(CARE_LEAVERS, List.of(careLeaver("Y1")));

        IndicatorResult result = indicator.compute(data, T);

        assertRatio(1, 4, result);
        assertThat(result.values()).contains(
                IndicatorValue.percent("list", "List 1 (Contacts)", 1, 3),
                IndicatorValue.percent("list", "List 9 (Care leavers)", 0, 1),
                IndicatorValue.percent("list", "List 2 (Early help)", 0, 0));
        assertThat(result.values()).hasSize(12);
        assertThat(result.counted()).extracting(c -> c.source().row(), CountedRecord::inNumerator).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(3, true),
                org.assertj.core.groups.Tuple.tuple(4, false), org.assertj.core.groups.Tuple.tuple(2, false));
    }

    private static TableRecord contact(int excelRow, String child, LocalDate date) {
        return TableRecord.builder(CONTACTS, Origin.inSheet("test.xlsx", "Contacts", excelRow)).set(CHILD_ID, child)
                .set(GENDER, "Female").set(ETHNICITY, "WBRI").set(DATE_OF_CONTACT, date).set(CONTACT_SOURCE, "6")
                .build();
    }

    /** The latest template's List 9 columns (personal advisor, ...) are absent: not an error. */
    private static TableRecord careLeaver(String id) {
        return row(CARE_LEAVERS).set(CHILD_ID, id).set(GENDER, "Male").set(ETHNICITY, "WBRI").set(DISABILITY, "No")
                .set(ALLOCATED_TEAM, "Leaving care").set(ALLOCATED_WORKER, "A Worker")
                .set(ELIGIBILITY_CATEGORY, "Former relevant child").set(LA_IN_TOUCH, "YES").build();
    }
}
