package uk.chatbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.generate.Workbooks.Sheet;

/** The messy workbook: the mess asked for is there, and the counts say what a reader must make of it. */
class MessyWorkbookTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);

    @TempDir
    static Path dir;
    static GeneratedCounts counts;
    static List<Sheet> sheets;

    @BeforeAll
    static void generate() throws IOException {
        counts = new SyntheticAnnexAGenerator().generate(GeneratorOptions.messy(11, 2_000, T), dir.resolve("m.xlsx"));
        sheets = Workbooks.read(counts.file());
    }

    @Test
    void rowCountsMatchAndList1EndsWithABlockOfFormattedBlankRows() {
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = Workbooks.sheet(sheets, list);
            assertThat(sheet.rows()).as(list.label()).hasSize(counts.dataRows(list));
            int padding = list == AnnexAList.CONTACTS ? counts.paddingRows() : 0;
            assertThat(sheet.blankRows()).as(list.label()).isEqualTo(padding);
        }
        assertThat(counts.paddingRows()).isBetween(200, 500);
    }

    @Test
    void paddingRowsComeAfterTheDataAndHaveFormattedCellsWithoutValues() throws IOException {
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(counts.file().toFile())) {
            List<Row> rows = workbook.getSheets().findFirst().orElseThrow().read();
            assertThat(rows).hasSize(1 + counts.dataRows(AnnexAList.CONTACTS) + counts.paddingRows());
            Row last = rows.get(rows.size() - 1);
            assertThat(last.getCellCount()).isEqualTo(AnnexAList.CONTACTS.columns().size());
            assertThat(last.stream().allMatch(c -> c == null || c.getType() == CellType.EMPTY)).isTrue();
        }
    }

    @Test
    void rowsWithABlankIdentifierOrEventDateAreTheOnesCountedUnusable() {
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = Workbooks.sheet(sheets, list);
            int blankKey = 0;
            for (Row row : sheet.rows()) {
                boolean blankId = Workbooks.Sheet.text(row, list.indexOf(list.identifier())).isEmpty();
                boolean blankEvent = list.eventDate() != null
                        && Workbooks.Sheet.text(row, list.indexOf(list.eventDate())).isEmpty();
                if (blankId || blankEvent) {
                    blankKey++;
                }
            }
            assertThat(blankKey).as(list.label()).isEqualTo(counts.unusableRows(list));
        }
        assertThat(counts.totalUnusableRows()).isBetween(5, 30);
        assertThat(counts.unusableRows(AnnexAList.CONTACTS)).isPositive();
    }

    @Test
    void aboutOneRowInTwoHundredHasAnInvalidCell() {
        int invalid = 0;
        for (AnnexAList list : AnnexAList.values()) {
            invalid += counts.invalidCells(list);
        }
        assertThat((double) invalid / counts.totalDataRows()).isBetween(0.002, 0.01);
        assertThat(allTexts()).contains("Monkey").anyMatch(t -> t.startsWith("31/02/") || t.equals("tomorrow")
                || t.equals("TBC") || t.startsWith("30/02/"));
        assertThat(allTexts()).anyMatch(t -> t.matches("-[123]"));
    }

    @Test
    void sheetNamesAndHeadersVaryAsInRealWorkbooks() {
        assertThat(sheets.stream().map(Sheet::name)).containsExactly("Contacts", "List_2", "Referrals", "List 4",
                "Sec47 and ICPC", "List_6", "List 7", "Children in Care", "List 9", "List 10", "List 11");
        assertThat(Workbooks.sheet(sheets, AnnexAList.CONTACTS).headers()).contains("Age")
                .doesNotContain("Age of Child (Years)");
        assertThat(Workbooks.sheet(sheets, AnnexAList.REFERRALS).headers()).contains("Date of Referral");
        assertThat(Workbooks.sheet(sheets, AnnexAList.ASSESSMENTS).headers()).contains("ContinuousAssessmentAuthDate");
        assertThat(Workbooks.sheet(sheets, AnnexAList.SECTION_47).headers()).contains("StratDiscussionDate");
        assertThat(Workbooks.sheet(sheets, AnnexAList.CHILDREN_IN_CARE).headers())
                .anyMatch(h -> h.contains("\u2018Missing\u2019"))
                .anyMatch(h -> h.contains("\u2018Absent\u2019"))
                .contains("Child\u2019s Category of Need");
        assertThat(Workbooks.sheet(sheets, AnnexAList.ADOPTION).headers()).contains("Date of Adoption Order ");
    }

    @Test
    void cellsCarryTheUsualMess() {
        List<String> texts = allTexts();
        assertThat(texts).contains("#N/A");
        assertThat(texts).anyMatch(t -> t.matches("\\d{2}/\\d{2}/\\d{4}") && !t.startsWith("31/02")
                && !t.startsWith("30/02"));
        assertThat(texts).anyMatch(t -> t.indexOf('\u00A0') > 0);
        assertThat(texts).contains("Female", "Male", "Yes", "No");
        assertThat(texts).anyMatch(t -> t.matches("[a-z]\\) PR\\d - .*") || t.matches("[a-z]\\d?\\) \\w+ - .*"));
        assertThat(texts).anyMatch(t -> t.matches("\\d+\\.0"));

        Sheet contacts = Workbooks.sheet(sheets, AnnexAList.CONTACTS);
        boolean numericId = false;
        boolean decimalAge = false;
        for (Row row : contacts.rows()) {
            Cell id = contacts.cell(row, Field.CHILD_ID);
            numericId |= id != null && id.getType() == CellType.NUMBER;
            Cell age = row.getCell(AnnexAList.CONTACTS.indexOf(Field.AGE));
            decimalAge |= age != null && age.getType() == CellType.NUMBER && age.getText().contains(".");
        }
        assertThat(numericId).as("an identifier written as a number").isTrue();
        assertThat(decimalAge).as("an age written as a decimal").isTrue();
    }

    @Test
    void theMessLeavesTheChildrenAsTheyAre() {
        GeneratedCounts tidyCounts = counts;
        assertThat(tidyCounts.totalDataRows()).isEqualTo(SyntheticLaRowCount.of(GeneratorOptions.clean(11, 2_000, T)));
    }

    private static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : sheets) {
            for (Row row : sheet.rows()) {
                for (int c = 0; c < row.getCellCount(); c++) {
                    texts.add(Workbooks.Sheet.text(row, c));
                }
            }
        }
        return texts;
    }

    /** Rows of the same LA without mess, straight from the model. */
    static final class SyntheticLaRowCount {
        static int of(GeneratorOptions options) {
            ListRows rows = SyntheticLa.build(options);
            int total = 0;
            for (AnnexAList list : AnnexAList.values()) {
                total += rows.size(list);
            }
            return total;
        }
    }
}
