package uk.chatbatch.ingest;

/**
 * A problem found in the input, located as precisely as possible.
 *
 * @param file      file name
 * @param sheet     sheet name (for a CSV list, the file name)
 * @param list      the list label ("List 3 (Referrals)"), or empty when the sheet matched no list
 * @param row       the row number as Excel shows it, or 0 for a problem with the whole sheet
 * @param column    the column's header as found in the file, or empty
 * @param rawValue  the value as found, masked where it identifies a child
 * @param code      what is wrong
 * @param message   one sentence saying what is wrong and what would be accepted
 */
public record Issue(String file, String sheet, String list, int row, String column, String rawValue,
                    IssueCode code, String message) {

    public Severity severity() {
        return code.severity();
    }
}
