package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.data;
import static uk.chatbatch.checks.CheckTesting.row;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.model.table.TableRecord;

class DateAfterPeriodEndTest {

    private final DateAfterPeriodEnd check = new DateAfterPeriodEnd();

    /** T = 31 Mar 2025. */
    @ParameterizedTest(name = "{0}: flagged {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | date of birth | start      | authorised | flagged columns
            every date on or before T                       | 2015-01-01    | 2025-03-01 | 2025-03-31 |
            authorised the day after T                      | 2015-01-01    | 2025-03-01 | 2025-04-01 | ASSESSMENT_AUTHORISATION_DATE
            both dates after T: one finding each            | 2015-01-01    | 2025-04-02 | 2025-04-03 | ASSESSMENT_START_DATE ASSESSMENT_AUTHORISATION_DATE
            expected date of birth after T is not flagged   | 2025-06-01    | 2025-03-01 |            |
            """)
    void flagsEachDateAfterThePeriodEnd(String scenario, String dob, String start, String authorised,
                                        String flaggedColumns) {
        TableRecord assessment = row(ASSESSMENTS, 2).set(CHILD_ID, "C1").set(DATE_OF_BIRTH, d(dob))
                .set(ASSESSMENT_START_DATE, d(start)).set(ASSESSMENT_AUTHORISATION_DATE, d(authorised)).build();

        List<Field> expected = flaggedColumns == null ? List.of()
                : java.util.Arrays.stream(flaggedColumns.split(" ")).map(Field::valueOf).toList();
        assertThat(check.find(data(ASSESSMENTS, assessment), T)).extracting(Finding::field)
                .containsExactlyElementsOf(expected);
    }
}
