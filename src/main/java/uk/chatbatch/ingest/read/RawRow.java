package uk.chatbatch.ingest.read;

import java.util.List;

/** A row as read: its number as Excel shows it (header = 1 in a CSV file) and its cells by column. */
public record RawRow(int rowNumber, List<RawCell> cells) {

    public RawCell cell(int column) {
        return column < cells.size() ? cells.get(column) : RawCell.EMPTY;
    }

    /** A padding row: every cell blank. Such rows are skipped and are not counted as rows. */
    public boolean isBlank() {
        for (RawCell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
