package uk.chatbatch.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.ingest.read.TabularSource;

/**
 * Only an identifier or an event date the template requires sends a row to quarantine (annex-a.md section 4,
 * column "Blank?"); a blank the template allows is an empty value and raises nothing.
 */
class TemplateAllowedBlanksTest {

    @TempDir
    Path dir;

    /** What each list cannot do without, list by list from the template. */
    @ParameterizedTest(name = "List {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # list | fields a row cannot do without                                         | why
            1      | CHILD_ID, DATE_OF_CONTACT                                               | Date of Contact: Blank? N
            2      | CHILD_ID, EH_ASSESSMENT_START_DATE                                      | Assessment start date: N
            3      | CHILD_ID, DATE_OF_REFERRAL                                              | Date of referral: N
            4      | CHILD_ID, ASSESSMENT_START_DATE                                         | Continuous Assessment Start Date: N
            5      | CHILD_ID, S47_START_DATE                                                | strategy discussion date: N
            6      | CHILD_ID                                                                | CIN Start Date: Blank? Y
            7      | CHILD_ID, CP_START_DATE                                                 | Child Protection Plan Start Date: N
            8      | CHILD_ID, CLA_START_DATE                                                | Date Started to be Looked After: N
            9      | CHILD_ID                                                                | no event date
            10     | CHILD_ID, SHOULD_BE_PLACED_DECISION_DATE                                | should be placed decision: N
            11     | ADOPTER_ID, ENQUIRY_DATE                                                | Date enquiry received: N
            """)
    void keyFieldsFollowTheTemplate(int list, String fields, String why) {
        Set<Field> expected = Set.copyOf(Arrays.stream(fields.split(",")).map(String::strip).map(Field::valueOf)
                .toList());

        assertThat(AnnexAList.byNumber(list).keyFields()).as(why).isEqualTo(expected);
    }

    @Test
    void aListSixRowWithABlankCinStartDateIsKeptAndCountedWhileListSevenStillNeedsItsStartDate() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("List 6", List.of(header(AnnexAList.CHILDREN_IN_NEED),
                row(AnnexAList.CHILDREN_IN_NEED, Map.of(Field.CHILD_ID, "6001", Field.CIN_START_DATE,
                        LocalDate.of(2026, 1, 5))),                                          // row 2: kept
                row(AnnexAList.CHILDREN_IN_NEED, Map.of(Field.CHILD_ID, "6002")),           // row 3: blank start, kept
                row(AnnexAList.CHILDREN_IN_NEED, Map.of(Field.CHILD_ID, "6003", Field.CIN_START_DATE,
                        "31/02/2026")),                                                      // row 4: bad start, kept empty
                row(AnnexAList.CHILDREN_IN_NEED, Map.of(Field.CIN_START_DATE,
                        LocalDate.of(2026, 1, 5)))));                                        // row 5: no identifier
        sheets.put("List 7", List.of(header(AnnexAList.CHILD_PROTECTION),
                row(AnnexAList.CHILD_PROTECTION, Map.of(Field.CHILD_ID, "7001")),           // row 2: no start date
                row(AnnexAList.CHILD_PROTECTION, Map.of(Field.CHILD_ID, "7002", Field.CP_START_DATE,
                        LocalDate.of(2026, 2, 1)))));                                        // row 3: kept
        CollectingSink sink = new CollectingSink();
        try (TabularSource source = TabularSource.open(TestWorkbooks.write(dir.resolve("a.xlsx"), sheets))) {
            new AnnexAIngest(m -> { }).read(source, sink);
        }

        assertThat(sink.clean(AnnexAList.CHILDREN_IN_NEED)).extracting(r -> r.source().row()).containsExactly(2, 3, 4);
        assertThat(sink.clean(AnnexAList.CHILDREN_IN_NEED).get(1).date(Field.CIN_START_DATE)).isNull();
        assertThat(sink.clean(AnnexAList.CHILD_PROTECTION)).extracting(r -> r.source().row()).containsExactly(3);
        assertThat(sink.quarantined()).extracting(q -> q.table() + ":" + q.row())
                .containsExactly("List 6 (Children in need):5", "List 7 (Child protection):2");
        assertThat(issuesOn(sink, "List 6", Field.CIN_START_DATE)).as("the blank is allowed; the bad date is not")
                .containsExactly("4 INVALID_DATE");
        assertThat(issuesOn(sink, "List 7", Field.CP_START_DATE)).containsExactly("2 MISSING_EVENT_DATE");
    }

    private static List<String> issuesOn(CollectingSink sink, String sheet, Field field) {
        return sink.issues().stream().filter(i -> i.sheet().equals(sheet) && i.column().equals(field.header()))
                .map(i -> i.row() + " " + i.code()).toList();
    }

    private static List<Object> header(AnnexAList list) {
        return new ArrayList<>(list.columns().stream().map(c -> (Object) c.field().header()).toList());
    }

    /** A row with the given cells and every other cell blank. */
    private static List<Object> row(AnnexAList list, Map<Field, Object> cells) {
        List<Object> row = new ArrayList<>();
        for (AnnexAList.Column column : list.columns()) {
            row.add(cells.getOrDefault(column.field(), ""));
        }
        return row;
    }
}
