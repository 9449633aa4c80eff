package uk.chatbatch.annexa;

import java.util.List;
import java.util.Map;

/**
 * What ingest of one Annex A input found: a summary per sheet read or skipped, and for each list
 * that could not be used, why.
 */
public record IngestResult(String file, List<IngestSummary> summaries, Map<AnnexAList, String> skipped) {
}
