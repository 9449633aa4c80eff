package uk.chatbatch.returns.checks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Masking;
import uk.chatbatch.model.table.Source;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Field;

/**
 * Issues located as ingest locates them: for SSDA903 the file, the table and collection year, the row (CSV row or
 * XML line) and the column; for the CIN census the file, the record's place among the children, the table, the XML
 * line and the element. A value that identifies a child (the child's identifier, date of birth) is masked; messages
 * name no child, so the row is how the analyst finds them.
 */
final class Located {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Located() {
    }

    static Issue ssda903(TableRecord row, Ssda903Field field, IssueCode code, String detail) {
        String file = row.source().file();
        String shown = shown(row.value(field));
        if (field.identifiesChild() && !shown.isEmpty()) {
            shown = Masking.mask(shown);
        }
        return new Issue(file, fileName(file), row.table().label(row.collectionYear()), row.source().row(),
                field.header(), shown, code, where(row) + ", column '" + field.header() + "': " + detail + ".");
    }

    static Issue cin(TableRecord record, CinField field, IssueCode code, String detail) {
        String shown = shown(record.value(field));
        if (field.identifiesChild() && !shown.isEmpty()) {
            shown = Masking.mask(shown);
        }
        return new Issue(record.source().file(), record.source().location(), record.table().label(),
                record.source().row(), field.element(), shown, code,
                where(record) + ", element '" + field.element() + "': " + detail + ".");
    }

    /** "2020/episodes.csv, row 7 (2020-21)": how a message points at another row. */
    static String where(TableRecord row) {
        if (row.table().source() == Source.CIN_CENSUS) {
            return row.source().file() + ", line " + row.source().row() + " (" + row.source().location() + ")";
        }
        return row.source().file() + ", row " + row.source().row()
                + row.collectionYear().map(y -> " (" + y.label() + ")").orElse("");
    }

    static String date(LocalDate date) {
        return date == null ? "blank" : date.format(UK_DATE);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof LocalDate d ? d.format(UK_DATE) : value.toString();
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
