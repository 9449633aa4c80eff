package uk.chatbatch.shareable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.disclosure.Reason;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableSchema;
import uk.chatbatch.report.ShareableFigures;

/**
 * The shareable indicators dataset: the internal indicators dataset's columns, with the figures the shareable report
 * shows (no team, worker or personal-adviser breakdown; age/sex pyramids in bands) and the small-number rule
 * applied by the same code: a withheld figure has empty numerator, denominator and value, {@code suppressed} true
 * and a {@code suppression_reason}. An indicator not computed has one row with its status, as internally.
 */
public final class ShareableIndicatorsDataset {

    public static final String NAME = "indicators";

    public static final TableSchema SCHEMA;

    static {
        List<ColumnDef> columns = new ArrayList<>(IndicatorsDataset.SCHEMA.columns());
        columns.add(ColumnDef.of("suppressed", ColumnType.BOOLEAN,
                "Whether the small-number rule withheld this row's numbers (numerator, denominator and value empty)"));
        columns.add(ColumnDef.of("suppression_reason", ColumnType.STRING, "Why the numbers were withheld, in words"));
        SCHEMA = new TableSchema(NAME, columns);
    }

    private ShareableIndicatorsDataset() {
    }

    /** Why a figure is withheld, as the {@code suppression_reason} column says it; empty when shown. */
    public static String reasonText(Reason reason) {
        return switch (reason) {
            case SHOWN -> null;
            case FEW -> "1 to 4";
            case COMPLEMENT -> "protects a smaller group";
            case WHOLE_BREAKDOWN -> "whole breakdown withheld";
        };
    }

    /** @throws uk.chatbatch.report.SuppressionFailedException when the rule cannot judge one of the figures */
    public static List<Object[]> toRows(IndicatorResult result, IndicatorsDataset.RunFacts facts) {
        List<ShareableFigures.Figure> figures = ShareableFigures.of(result);
        List<Object[]> rows = new ArrayList<>();
        if (figures.isEmpty()) {
            rows.add(withReason(IndicatorsDataset.row(result, facts, IndicatorValue.ALL, IndicatorValue.ALL, null,
                    null, null), Reason.SHOWN));
        }
        for (ShareableFigures.Figure f : figures) {
            rows.add(withReason(IndicatorsDataset.row(result, facts, f.breakdown(), f.group(), f.numerator(),
                    f.denominator(), f.value()), f.reason()));
        }
        return rows;
    }

    private static Object[] withReason(Object[] row, Reason reason) {
        Object[] out = Arrays.copyOf(row, row.length + 2);
        out[row.length] = reason.withheld();
        out[row.length + 1] = reasonText(reason);
        return out;
    }
}
