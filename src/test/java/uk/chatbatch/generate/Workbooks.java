package uk.chatbatch.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;

/** Reads a generated workbook back with fastexcel-reader, plainly, for assertions. */
final class Workbooks {

    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Workbooks() {
    }

    /** A sheet: its name, header texts, rows with a value, and trailing rows with none. */
    record Sheet(String name, List<String> headers, List<Row> rows, int blankRows) {

        int column(Field field) {
            int i = headers.indexOf(field.header());
            if (i < 0) {
                throw new IllegalArgumentException(field.header() + " is not a header of " + name + ": " + headers);
            }
            return i;
        }

        String text(Row row, Field field) {
            return text(row, column(field));
        }

        static String text(Row row, int column) {
            Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
            if (cell == null || cell.getType() == CellType.EMPTY) {
                return "";
            }
            return cell.getText();
        }

        /** A real date cell or dd/mm/yyyy text; null when blank; fails on anything else. */
        LocalDate date(Row row, Field field) {
            Cell cell = cellOrNull(row, column(field));
            if (cell == null || cell.getType() == CellType.EMPTY) {
                return null;
            }
            if (cell.getType() == CellType.NUMBER) {
                return cell.asDate().toLocalDate();
            }
            return LocalDate.parse(cell.getText(), TEXT_DATE);
        }

        Cell cell(Row row, Field field) {
            return cellOrNull(row, column(field));
        }

        private static Cell cellOrNull(Row row, int column) {
            return column < row.getCellCount() ? row.getCell(column) : null;
        }
    }

    static List<Sheet> read(Path xlsx) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().collect(Collectors.toList())) {
                List<Row> all = sheet.read();
                Row header = all.get(0);
                List<String> headers = new ArrayList<>();
                for (int c = 0; c < header.getCellCount(); c++) {
                    headers.add(Sheet.text(header, c));
                }
                List<Row> rows = new ArrayList<>();
                int blank = 0;
                for (Row row : all.subList(1, all.size())) {
                    boolean empty = true;
                    for (int c = 0; c < row.getCellCount(); c++) {
                        if (!Sheet.text(row, c).isEmpty()) {
                            empty = false;
                            break;
                        }
                    }
                    if (empty) {
                        blank++;
                    } else {
                        rows.add(row);
                    }
                }
                sheets.add(new Sheet(sheet.getName(), headers, rows, blank));
            }
        }
        return sheets;
    }

    static Sheet sheet(List<Sheet> sheets, AnnexAList list) {
        return sheets.get(list.number() - 1);
    }
}
