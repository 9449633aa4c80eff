package uk.chatbatch.returns.checks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinRecord;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Masking;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Record;

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

    static Issue ssda903(Ssda903Record row, Ssda903Field field, IssueCode code, String detail) {
        String file = row.source().file();
        String shown = shown(row.value(field));
        if (field.identifiesChild() && !shown.isEmpty()) {
            shown = Masking.mask(shown);
        }
        return new Issue(file, fileName(file), row.table().label(row.collectionYear()), row.source().row(),
                field.header(), shown, code, where(row) + ", column '" + field.header() + "': " + detail + ".");
    }

    static Issue cin(CinRecord record, CinField field, IssueCode code, String detail) {
        String shown = shown(record.value(field));
        if (field.identifiesChild() && !shown.isEmpty()) {
            shown = Masking.mask(shown);
        }
        return new Issue(record.source().file(), record.source().location(), record.table().label(),
                record.source().line(), field.element(), shown, code,
                where(record) + ", element '" + field.element() + "': " + detail + ".");
    }

    /** "2020/episodes.csv, row 7 (2020-21)": how a message points at another row. */
    static String where(Ssda903Record row) {
        return row.source().file() + ", row " + row.source().row()
                + row.collectionYear().map(y -> " (" + y.label() + ")").orElse("");
    }

    static String where(CinRecord record) {
        return record.source().file() + ", line " + record.source().line() + " (" + record.source().location() + ")";
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
