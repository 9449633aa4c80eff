package uk.chatbatch.indicators.dataquality;

import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CONTACT_SOURCE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.checks.DataQualityChecks;
import uk.chatbatch.checks.Finding;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * Reads every supplied list, though its metadata can name only one source: List 1, so it is reported as not
 * computed when List 1 is missing. The rules are the data-quality checks' own ({@link DataQualityChecks}).
 */
@IndicatorDefinition(
        id = "DQ-01",
        title = "Rows with at least one validation error",
        definition = "Of the clean rows of every list supplied (rows quarantined at ingest are not in them; see the"
                + " issues dataset), the percentage with at least one error: a column the template requires left"
                + " empty, whether it was blank or its value was rejected at ingest as an invalid code, date or"
                + " number (a column that may be blank cannot show a rejected value, and the columns the latest"
                + " template added to List 9 are not required, since older templates lack them); a Date of Birth"
                + " after another date in the row; a date after the period end; an end or later-stage date before"
                + " the date it follows; the same key columns as an earlier row of the list; or a number in the last"
                + " 12 months lower than the list's own rows for the child. These are the rules of the data-quality"
                + " checks, which list each row in the issues dataset. Ages that disagree with the date of birth"
                + " (DQ-02) and children missing from List 6 (DQ-03) are counted there, not here. Shown for each"
                + " list, with no value for a list not supplied. Computed over every list supplied, but reported as"
                + " not computed when List 1 is not supplied.",
        numerator = "rows with at least one validation error",
        denominator = "clean rows of the lists supplied",
        window = "as each list was supplied",
        source = AnnexAList.CONTACTS,
        fields = {CHILD_ID, DATE_OF_BIRTH, DATE_OF_CONTACT, CONTACT_SOURCE},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.SRC,
        breakdowns = {@By("list")})
public class RowsWithValidationErrors implements Indicator {

    /** The checks whose findings are validation errors of one row. */
    static final Set<IssueCode> ROW_CHECKS = Set.of(IssueCode.EVENT_BEFORE_BIRTH, IssueCode.DATE_AFTER_PERIOD_END,
            IssueCode.END_BEFORE_START, IssueCode.DUPLICATE_ROW, IssueCode.COUNT_BELOW_LISTED_EVENTS);

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Set<TableRecord> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Finding finding : DataQualityChecks.findings(data, context.period(), ROW_CHECKS)) {
            flagged.add(finding.record());
        }
        long rows = 0;
        long withErrors = 0;
        List<IndicatorValue> byList = new ArrayList<>();
        List<CountedRecord> counted = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            long inList = 0;
            long withErrorsInList = 0;
            for (TableRecord row : data.rows(list)) {
                boolean error = flagged.contains(row) || lacksARequiredValue(list, row);
                inList++;
                withErrorsInList += error ? 1 : 0;
                counted.add(CountedRecord.of(row, error, true));
            }
            rows += inList;
            withErrors += withErrorsInList;
            byList.add(IndicatorValue.percent("list", list.label(), withErrorsInList, inList));
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, withErrors, rows));
        values.addAll(byList);
        return IndicatorResult.computed(metadata(), values, counted);
    }

    /** A column the template requires is empty: blank in the file, or its value rejected at ingest. */
    static boolean lacksARequiredValue(AnnexAList list, TableRecord row) {
        List<AnnexAList.Column> columns = list.columns();
        for (int i = 0; i < columns.size(); i++) {
            AnnexAList.Column column = columns.get(i);
            if (!column.blankAllowed() && !column.optionalHeader() && row.value(i) == null) {
                return true;
            }
        }
        return false;
    }
}
