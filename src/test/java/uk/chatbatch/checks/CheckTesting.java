package uk.chatbatch.checks;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

/** Rows as if read from a workbook, each at the row number Excel would show. */
final class CheckTesting {

    static final LocalDate PERIOD_END = LocalDate.of(2025, 3, 31);
    static final ReportingPeriod T = new ReportingPeriod(PERIOD_END);

    private CheckTesting() {
    }

    static TableRecord.Builder row(AnnexAList list, int excelRow) {
        return TableRecord.builder(list, Origin.inSheet("annex-a.xlsx", list.title(), excelRow));
    }

    static InputData data(AnnexAList list, TableRecord... rows) {
        return InputData.empty().with(list, List.of(rows));
    }

    static LocalDate d(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
