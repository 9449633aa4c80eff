package uk.chatbatch.annexa;

/** Where a row came from: file name, sheet (or the CSV file's name) and the row number as Excel shows it. */
public record SourceRow(String file, String sheet, int row) {

    @Override
    public String toString() {
        return file + " [" + sheet + "] row " + row;
    }
}
