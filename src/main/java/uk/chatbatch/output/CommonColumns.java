package uk.chatbatch.output;

import uk.chatbatch.model.ColumnType;
/**
 * The columns every dataset starts with, declared once: the run's LA and period end, typed inside each file so
 * that no reader has to guess them from the {@code la=}/{@code period=} folder names.
 */
public final class CommonColumns {

    public static final ColumnDef LA_CODE = ColumnDef.key("la_code", ColumnType.STRING,
            "The LA's DfE three-digit code, as given to the run; equals the la= folder of the file");
    public static final ColumnDef PERIOD_END = ColumnDef.key("period_end", ColumnType.DATE,
            "The last day of the reporting period of the run; equals the period= folder of the file");

    private CommonColumns() {
    }
}
