package uk.chatbatch.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx from sheet XML written by the test, so a test can plant what a workbook library will
 * not write: error cells, formulas without a cached value, inflating or enormous parts.
 */
final class RawXlsx {

    /** Writes the {@code <sheetData>} content of one sheet. */
    @FunctionalInterface
    interface SheetBody {
        void write(Writer out) throws IOException;
    }

    record Sheet(String name, SheetBody body) {
    }

    private RawXlsx() {
    }

    /** One cell of a row: text as an inline string, a number, or raw cell XML (starting with '<'). */
    static String row(int rowNumber, Object... cells) {
        StringBuilder xml = new StringBuilder("<row r=\"" + rowNumber + "\">");
        for (int c = 0; c < cells.length; c++) {
            String ref = (char) ('A' + c) + String.valueOf(rowNumber);
            Object v = cells[c];
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                xml.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
            } else if (v.toString().startsWith("<")) {
                xml.append(v.toString().replace("REF", ref));
            } else {
                xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(v.toString()))
                        .append("</t></is></c>");
            }
        }
        return xml.append("</row>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Path write(Path file, List<Sheet> sheets) {
        return write(file, sheets, null);
    }

    /** @param sharedStrings the content of xl/sharedStrings.xml's {@code <sst>}, or null for none */
    static Path write(Path file, List<Sheet> sheets, SheetBody sharedStrings) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/>");
            StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                book.append("<sheet name=\"").append(escape(sheets.get(i - 1).name())).append("\" sheetId=\"")
                        .append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                        .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                        .append(".xml\"/>");
            }
            if (sharedStrings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
                rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
            entry(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            for (int i = 1; i <= sheets.size(); i++) {
                SheetBody body = sheets.get(i - 1).body();
                part(zip, "xl/worksheets/sheet" + i + ".xml", out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                            + ".org/spreadsheetml/2006/main\"><sheetData>");
                    body.write(out);
                    out.write("</sheetData></worksheet>");
                });
            }
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org"
                            + "/spreadsheetml/2006/main\">");
                    sharedStrings.write(out);
                    out.write("</sst>");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        part(zip, name, out -> out.write(content));
    }

    private static void part(ZipOutputStream zip, String name, SheetBody content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer out = new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        content.write(out);
        out.flush();
        zip.closeEntry();
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
