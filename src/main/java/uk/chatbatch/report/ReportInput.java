package uk.chatbatch.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import uk.chatbatch.annexa.AnnexAData;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.ingest.IngestSummary;
import uk.chatbatch.ingest.Issue;

/**
 * Everything the PDF report is drawn from.
 *
 * @param laCode      DfE LA code, e.g. "999"
 * @param laName      LA name for the cover
 * @param periodEnd   the period end T
 * @param generatedAt when the report was made (cover only; never inside data files)
 * @param ingest      one summary per list read (file, sheet, rows read/clean/quarantined, issues)
 * @param issues      every issue found (the report groups them by list and code)
 * @param indicators  the indicator results in catalogue order
 * @param data        the clean rows, for the per-list charts
 * @param context     period and working-day calendar, for charts that band durations
 */
public record ReportInput(String laCode, String laName, LocalDate periodEnd, ZonedDateTime generatedAt,
                          List<IngestSummary> ingest, List<Issue> issues, List<IndicatorResult> indicators,
                          AnnexAData data, IndicatorContext context) {
}
