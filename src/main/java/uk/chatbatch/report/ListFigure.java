package uk.chatbatch.report;

import java.util.Optional;
import uk.chatbatch.annexa.AnnexAList;

/**
 * The figure for one Annex A list: a title, a chart when there is anything to draw, and a caption
 * that states the numbers the chart shows (or why there is no chart), so the page reads without
 * the picture.
 */
record ListFigure(AnnexAList list, String title, Optional<BarChartData> chart, String caption) {
}
