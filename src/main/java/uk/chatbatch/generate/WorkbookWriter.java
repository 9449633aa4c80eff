package uk.chatbatch.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.generate.ListRows.AgeValue;
import uk.chatbatch.generate.ListRows.CodedValue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.ValueType;

/**
 * Writes the rows as an .xlsx in the template's shape: one sheet per list, the header in row 1, dates
 * as date-formatted numbers, identifiers as text, codes spelt as the template spells them, with the
 * mess applied cell by cell when asked for.
 */
final class WorkbookWriter {

    static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NOT_AVAILABLE = "#N/A";
    private static final String APPLICATION = "chat-batch synthetic Annex A";
    private static final String APPLICATION_VERSION = "1.0";

    private final GeneratorOptions options;
    private final Mess mess;

    WorkbookWriter(GeneratorOptions options, Mess mess) {
        this.options = options;
        this.mess = mess;
    }

    GeneratedCounts write(ListRows rows, OutputStream out, Path file) throws IOException {
        Map<AnnexAList, String> sheetNames = new EnumMap<>(AnnexAList.class);
        Map<AnnexAList, Integer> dataRows = new EnumMap<>(AnnexAList.class);
        Map<AnnexAList, Integer> unusableRows = new EnumMap<>(AnnexAList.class);
        Map<AnnexAList, Integer> invalidCells = new EnumMap<>(AnnexAList.class);
        List<PlantedDefect> planted = new ArrayList<>();
        Set<String> onPlanOrInCare = childrenOn(rows, AnnexAList.CHILD_PROTECTION, AnnexAList.CHILDREN_IN_CARE);
        int padding = 0;
        Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION);
        // Fast here: the zip is re-deflated when its timestamps are made reproducible.
        workbook.setCompressionLevel(1);
        workbook.properties().setTitle("Annex A (synthetic) - " + options.laName() + " - " + options.periodEnd());
        for (AnnexAList list : AnnexAList.values()) {
            String name = mess.sheetName(list);
            Worksheet sheet = workbook.newWorksheet(name);
            SheetResult result = writeSheet(sheet, list, rows.rows(list), onPlanOrInCare, planted);
            sheet.finish();
            sheetNames.put(list, name);
            dataRows.put(list, rows.size(list));
            unusableRows.put(list, result.unusable);
            invalidCells.put(list, result.invalid);
            padding += result.padding;
        }
        workbook.finish();
        return new GeneratedCounts(file, sheetNames, dataRows, unusableRows, invalidCells, padding, planted);
    }

    private static Set<String> childrenOn(ListRows rows, AnnexAList... lists) {
        Set<String> ids = new HashSet<>();
        for (AnnexAList list : lists) {
            int id = list.indexOf(list.identifier());
            rows.rows(list).forEach(values -> ids.add((String) values[id]));
        }
        return ids;
    }

    private record SheetResult(int unusable, int invalid, int padding) {
    }

    private SheetResult writeSheet(Worksheet sheet, AnnexAList list, List<Object[]> rows, Set<String> onPlanOrInCare,
                                   List<PlantedDefect> planted) {
        List<String> headers = mess.headers(list);
        List<AnnexAList.Column> columns = list.columns();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.width(c, 22);
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().wrapText(true).set();

        Dice dice = mess.dice(list);
        int idColumn = list.indexOf(list.identifier());
        // Without its List 6 row, a child on a plan or in care would also be "not on the children in need list":
        // a second finding from one defect, so such rows are not chosen.
        Set<Integer> unusable = mess.unusableRows(list, rows.size(), dice, i -> list != AnnexAList.CHILDREN_IN_NEED
                || !onPlanOrInCare.contains((String) rows.get(i)[idColumn]));
        List<Integer> invalidCandidates = Mess.invalidCandidates(list);
        // A blank event date makes a row unusable only where the template requires the date.
        int eventColumn = list.eventDate() == null ? -1 : list.indexOf(list.eventDate());
        boolean eventRequired = list.eventDate() != null && list.keyFields().contains(list.eventDate());
        int invalid = 0;
        for (int i = 0; i < rows.size(); i++) {
            Object[] values = rows.get(i);
            int r = i + 1;
            int blank = -1;
            int broken = -1;
            if (unusable.contains(i)) {
                blank = eventColumn < 0 || dice.chance(0.5) || !eventRequired ? idColumn : eventColumn;
            } else if (mess.enabled() && dice.chance(Mess.INVALID_ROW)) {
                broken = dice.oneOf(invalidCandidates);
            }
            for (int c = 0; c < values.length; c++) {
                Field field = columns.get(c).field();
                if (c == blank) {
                    planted.add(new PlantedDefect(list, r + 1, field,
                            c == idColumn ? IssueCode.MISSING_IDENTIFIER : IssueCode.MISSING_EVENT_DATE));
                    continue;
                }
                if (c == broken) {
                    planted.add(new PlantedDefect(list, r + 1, field, writeInvalid(sheet, r, c, field, dice)));
                    invalid++;
                    continue;
                }
                if (writeValue(sheet, r, c, field, values[c], dice)) {
                    planted.add(new PlantedDefect(list, r + 1, field, IssueCode.EXCEL_ERROR_VALUE));
                }
            }
        }
        int padding = mess.paddingRows(list, dice);
        for (int p = 0; p < padding; p++) {
            int r = rows.size() + 1 + p;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).field().type() == ValueType.DATE) {
                    sheet.style(r, c).format(DATE_FORMAT).borderStyle("thin").set();
                } else {
                    sheet.style(r, c).borderStyle("thin").set();
                }
            }
        }
        return new SheetResult(unusable.size(), invalid, padding);
    }

    /** Writes the value with the mess that applies to it; true when the mess wrote an Excel error instead. */
    private boolean writeValue(Worksheet sheet, int r, int c, Field field, Object value, Dice dice) {
        if (value == null) {
            return false;
        }
        boolean messy = mess.enabled();
        if (value instanceof LocalDate date) {
            if (messy && dice.chance(Mess.TEXT_DATE)) {
                sheet.value(r, c, TEXT_DATE.format(date));
            } else {
                sheet.value(r, c, date);
                sheet.style(r, c).format(DATE_FORMAT).set();
            }
        } else if (value instanceof CodedValue coded) {
            sheet.value(r, c, messy ? codeSpelling(coded, dice) : TemplateSpelling.template(coded.list(), coded.code()));
        } else if (value instanceof AgeValue age) {
            if (messy && dice.chance(Mess.DECIMAL_AGE)) {
                sheet.value(r, c, age.exact());
            } else {
                sheet.value(r, c, age.years());
            }
        } else if (value instanceof Integer number) {
            sheet.value(r, c, number);
        } else if (messy && field == Field.CHILD_ID) {
            writeId(sheet, r, c, (String) value, dice);
        } else {
            String text = messy ? textSpelling(field, (String) value, dice) : (String) value;
            sheet.value(r, c, text);
            return messy && NOT_AVAILABLE.equals(text) && !NOT_AVAILABLE.equals(value);
        }
        return false;
    }

    private static String codeSpelling(CodedValue coded, Dice dice) {
        double u = dice.unit();
        if (u < Mess.BARE_LABEL) {
            return TemplateSpelling.bareLabel(coded.list(), coded.code());
        }
        u -= Mess.BARE_LABEL;
        if (u < Mess.OTHER_SEPARATOR) {
            return TemplateSpelling.otherSeparator(coded.list(), coded.code());
        }
        u -= Mess.OTHER_SEPARATOR;
        if (u < Mess.BARE_CODE) {
            return TemplateSpelling.bareCode(coded.list(), coded.code());
        }
        return TemplateSpelling.template(coded.list(), coded.code());
    }

    /** Text with the mess that applies to it. */
    private String textSpelling(Field field, String text, Dice dice) {
        if (field == Field.ALLOCATED_TEAM || field == Field.ALLOCATED_WORKER) {
            if (dice.chance(Mess.NOT_AVAILABLE)) {
                return NOT_AVAILABLE;
            }
        }
        boolean name = field == Field.ALLOCATED_WORKER || field == Field.PERSONAL_ADVISOR;
        if (name && dice.chance(Mess.NON_BREAKING_SPACE)) {
            return text.replace(' ', '\u00A0');
        }
        return text;
    }

    /** A numeric identifier as text, as a number, or as the "123456.0" text a float round-trip leaves. */
    private static void writeId(Worksheet sheet, int r, int c, String id, Dice dice) {
        double u = dice.unit();
        if (u < Mess.NUMERIC_ID) {
            sheet.value(r, c, Long.parseLong(id));
        } else if (u < Mess.NUMERIC_ID + Mess.DOT_ZERO_ID) {
            sheet.value(r, c, id + ".0");
        } else {
            sheet.value(r, c, id);
        }
    }

    /** Writes a value that cannot be accepted and returns the issue it should raise. */
    private IssueCode writeInvalid(Worksheet sheet, int r, int c, Field field, Dice dice) {
        if (field == Field.GENDER) {
            sheet.value(r, c, "Monkey");
            return IssueCode.INVALID_CODE;
        } else if (field.type() == ValueType.INTEGER) {
            sheet.value(r, c, -dice.between(1, 3));
            return IssueCode.INVALID_NUMBER;
        }
        sheet.value(r, c, dice.chance(0.6) ? "31/02/" + options.periodEnd().getYear()
                : dice.oneOf(List.of("tomorrow", "TBC", "30/02/" + options.periodEnd().getYear())));
        return IssueCode.INVALID_DATE;
    }
}
