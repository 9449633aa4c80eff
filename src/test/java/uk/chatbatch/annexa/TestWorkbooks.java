package uk.chatbatch.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small workbooks for tests: sheet name to rows of cells (String, Number or LocalDate). */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof String s) {
                            ws.value(r, c, s);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof LocalDate d) {
                            ws.value(r, c, d);
                            ws.style(r, c).format("dd/mm/yyyy").set();
                        }
                    }
                }
            }
            wb.finish();
        }
        return file;
    }
}
