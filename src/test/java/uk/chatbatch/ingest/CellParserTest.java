package uk.chatbatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.read.RawCell;
import uk.chatbatch.model.ValueType;

class CellParserTest {

    private final CellParser parser = CellParser.standard();

    @Test
    void excelSerialsAreDatesInThe1900System() {
        assertThat(annexA(parser, Field.DATE_OF_CONTACT, RawCell.number("44090")).value())
                .isEqualTo(LocalDate.of(2020, 9, 16));
        assertThat(annexA(parser, Field.DATE_OF_CONTACT, RawCell.number("46295.75")).value())
                .as("a time part is dropped").isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(annexA(new CellParser(true), Field.DATE_OF_CONTACT, RawCell.number("0")).value())
                .as("1904 date system").isNull();
    }

    @Test
    void textDatesAreDayMonthYear() {
        assertThat(annexA(parser, Field.DATE_OF_CONTACT, RawCell.text("01/04/2026")).value())
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(annexA(parser, Field.DATE_OF_CONTACT, RawCell.text("1/4/2026")).value())
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(annexA(parser, Field.DATE_OF_CONTACT, RawCell.text("2026-04-01 00:00:00.000")).value())
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void impossibleOrImplausibleDatesAreRejected() {
        for (String bad : new String[] {"31/02/2026", "tomorrow", "13/13/2026", "01/04/26", "01/04/2201"}) {
            CellParser.Parsed parsed = annexA(parser, Field.DATE_OF_CONTACT, RawCell.text(bad));
            assertThat(parsed.problem()).as(bad).isEqualTo(IssueCode.INVALID_DATE);
            assertThat(parsed.value()).isNull();
        }
    }

    @Test
    void numericIdsLoseTheirExcelDecimal() {
        assertThat(annexA(parser, Field.CHILD_ID, RawCell.number("1234.0")).value()).isEqualTo("1234");
        assertThat(annexA(parser, Field.CHILD_ID, RawCell.text("1234.0")).value()).isEqualTo("1234");
        assertThat(annexA(parser, Field.CHILD_ID, RawCell.text("00123")).value())
                .as("leading zeros in text IDs are kept").isEqualTo("00123");
        assertThat(annexA(parser, Field.CHILD_ID, RawCell.text("1234.5")).problem())
                .isEqualTo(IssueCode.INVALID_IDENTIFIER);
    }

    @Test
    void countsAreWholeNumbersAndAgesAreTruncated() {
        assertThat(annexA(parser, Field.REFERRALS_LAST_12_MONTHS, RawCell.number("2")).value()).isEqualTo(2);
        assertThat(annexA(parser, Field.REFERRALS_LAST_12_MONTHS, RawCell.text("2.0")).value()).isEqualTo(2);
        assertThat(annexA(parser, Field.REFERRALS_LAST_12_MONTHS, RawCell.text("-1")).problem())
                .isEqualTo(IssueCode.INVALID_NUMBER);
        assertThat(annexA(parser, Field.REFERRALS_LAST_12_MONTHS, RawCell.text("2.5")).problem())
                .isEqualTo(IssueCode.INVALID_NUMBER);
        assertThat(annexA(parser, Field.AGE, RawCell.number("6.1382614647501708")).value()).isEqualTo(6);
    }

    @Test
    void excelErrorValuesAreNeverData() {
        assertThat(annexA(parser, Field.ALLOCATED_TEAM, RawCell.text("#N/A")).problem())
                .isEqualTo(IssueCode.EXCEL_ERROR_VALUE);
    }

    @Test
    void postcodesAreNormalised() {
        assertThat(annexA(parser, Field.PLACEMENT_POSTCODE, RawCell.text("t28 2wb")).value()).isEqualTo("T28 2WB");
        assertThat(annexA(parser, Field.PLACEMENT_POSTCODE, RawCell.text("T282WB")).value()).isEqualTo("T28 2WB");
        assertThat(annexA(parser, Field.PLACEMENT_POSTCODE, RawCell.text("nope")).problem())
                .isEqualTo(IssueCode.INVALID_POSTCODE);
    }

    @Test
    void blankAndNonBreakingSpaceCellsAreBlank() {
        assertThat(annexA(parser, Field.ALLOCATED_WORKER, RawCell.text("\u00A0 ")).isBlank()).isTrue();
        assertThat(annexA(parser, Field.ALLOCATED_WORKER, RawCell.text("Dustin\u00A0Hazlett")).value())
                .isEqualTo("Dustin Hazlett");
    }

    /** Every source reads a value by its type alone: no stand-in Annex A field, no code list unless it is a code. */
    @ParameterizedTest(name = "{0} ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ID       | 1234.0         | 1234
            ID       | 1.2E+5         | problem INVALID_IDENTIFIER
            DATE     | 2024-03-31     | 2024-03-31
            DATE     | 31/3/2024      | 2024-03-31
            DATE     | 31/02/2024     | problem INVALID_DATE
            INTEGER  | 3              | 3
            INTEGER  | 2.5            | problem INVALID_NUMBER
            AGE      | 6.9            | 6
            POSTCODE | t28 2wb        | T28 2WB
            UPN      | a12345678901b  | A12345678901B
            UPN      | A1234567890    | problem CIN_INVALID_UPN
            YES_NO   | TRUE           | true
            YES_NO   | 0              | false
            YES_NO   | Y              | problem INVALID_CODE
            TEXT     | #REF!          | problem EXCEL_ERROR_VALUE
            """)
    void aValueIsReadByItsTypeAlone(ValueType type, String text, String expected) {
        CellParser.Parsed parsed = parser.parse(type, null, RawCell.text(text));

        String outcome = parsed.isProblem() ? "problem " + parsed.problem().name() : String.valueOf(parsed.value());
        assertThat(outcome).isEqualTo(expected);
    }

    @Test
    void aCodeIsReadByTheCodeListItIsGiven() {
        assertThat(parser.parse(ValueType.CODE, AnnexACodeList.GENDER, RawCell.text("F")).value())
                .isEqualTo(annexA(parser, Field.GENDER, RawCell.text("F")).value()).isNotNull();
        assertThat(parser.parse(ValueType.CODE, AnnexACodeList.GENDER, RawCell.text("purple")).problem())
                .isEqualTo(IssueCode.INVALID_CODE);
    }

    /** An Annex A cell, read as its field's value type and code list, as Annex A ingest reads it. */
    private static CellParser.Parsed annexA(CellParser parser, Field field, RawCell cell) {
        return parser.parse(field.type(), field.codeList().orElse(null), cell);
    }
}
