package uk.chatbatch.checks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.Masking;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

/**
 * One thing a check found: the row and the cell it concerns, the code, and what is wrong in words that
 * name no child (no identifier, no date of birth). Indicators count findings by row; the issues dataset
 * gets them as {@link Issue}s.
 *
 * @param record the clean row, of an Annex A list (the checks read Annex A alone)
 * @param field  the cell the finding is about; its value is shown, masked where it identifies a child
 * @param code   what is wrong
 * @param detail what is wrong in this row, e.g. "CP Plan End Date (01/02/2025) is before ..."
 */
public record Finding(TableRecord record, Field field, IssueCode code, String detail) {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Finding {
        if (!(record.table() instanceof AnnexAList)) {
            throw new IllegalArgumentException("A check finds Annex A rows alone, not " + record.table().label());
        }
    }

    /** The Annex A list the row is of. */
    public AnnexAList list() {
        return (AnnexAList) record.table();
    }

    /** The finding located as ingest locates its issues: file, sheet, list, row as Excel numbers it, column. */
    public Issue toIssue() {
        Origin source = record.source();
        String column = field.header();
        return new Issue(source.file(), source.location(), list().label(), source.row(), column,
                Masking.shown(field.identifiesChild(), shown(record.value(field))), code,
                source.file() + ", sheet '" + source.location() + "', row " + source.row() + ", column '" + column
                        + "': " + detail + ".");
    }

    /** A cell's typed value as an analyst would type it: dates as dd/mm/yyyy. */
    static String shown(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof LocalDate date ? date.format(UK_DATE) : value.toString();
    }

    /** "Date of Contact (01/05/2025)". */
    static String dated(Field field, LocalDate date) {
        return field.header() + " (" + shown(date) + ")";
    }
}
