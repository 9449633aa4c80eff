package uk.chatbatch.pipeline;

import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.opendata.OpenDataKeys;

/** What the internal and the shareable indicators rows of one run share: the same facts for both datasets. */
final class IndicatorRunFacts {

    private IndicatorRunFacts() {
    }

    static IndicatorsDataset.RunFacts of(RunRequest request, long runId) {
        return new IndicatorsDataset.RunFacts(request.key(), runId, request.settings(),
                request.region(), Benchmarks.bundled(),
                OpenDataKeys.forRun(request.key(), request.laName(), request.region()));
    }
}
