package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.ADOPTER_ID;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.ENQUIRY_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.checks.CheckTesting.T;
import static uk.chatbatch.checks.CheckTesting.d;
import static uk.chatbatch.checks.CheckTesting.data;
import static uk.chatbatch.checks.CheckTesting.row;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

class EndBeforeStartTest {

    private final EndBeforeStart check = new EndBeforeStart();

    @ParameterizedTest(name = "{0}: flagged {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | started    | ceased     | flagged
            ceased after it started                | 2024-01-10 | 2024-06-01 | false
            ceased the day it started              | 2024-01-10 | 2024-01-10 | false
            ceased the day before it started       | 2024-01-10 | 2024-01-09 | true
            not ceased                             | 2024-01-10 |            | false
            """)
    void flagsACeasedDateBeforeTheStart(String scenario, String started, String ceased, boolean flagged) {
        TableRecord child = row(CHILDREN_IN_CARE, 2).set(CHILD_ID, "C1").set(CLA_START_DATE, d(started))
                .set(CLA_CEASED_DATE, d(ceased)).build();

        assertThat(check.find(data(CHILDREN_IN_CARE, child), T)).hasSize(flagged ? 1 : 0);
    }

    @Test
    void aLaterStageBeforeTheOneItFollowsIsFlaggedOnTheLaterField() {
        TableRecord adopter = row(ADOPTERS, 3).set(ADOPTER_ID, "A1").set(ENQUIRY_DATE, d("2024-05-01"))
                .set(STAGE1_START_DATE, d("2024-04-20"))       // before the enquiry
                .set(STAGE1_END_DATE, d("2024-06-20")).build(); // after stage 1 started: fine

        assertThat(check.find(data(ADOPTERS, adopter), T)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo(Field.STAGE1_START_DATE);
            assertThat(f.code()).isEqualTo(IssueCode.END_BEFORE_START);
            assertThat(f.detail()).isEqualTo(
                    "Date Stage 1 started (20/04/2024) is before the Date enquiry received (01/05/2024)");
        });
    }
}
