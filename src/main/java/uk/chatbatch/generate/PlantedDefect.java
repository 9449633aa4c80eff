package uk.chatbatch.generate;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.IssueCode;

/**
 * A defect the generator wrote on purpose, where it wrote it and the issue a reader should raise for it, so a
 * test can compare what the product finds with what was planted, cell by cell.
 *
 * @param list  the list
 * @param row   the row as Excel numbers it (the header is row 1)
 * @param field the column
 * @param code  the issue the cell should raise
 */
public record PlantedDefect(AnnexAList list, int row, Field field, IssueCode code) {
}
