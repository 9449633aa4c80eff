package uk.chatbatch.returns.checks;

import java.time.LocalDate;
import java.util.Set;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.returns.ReturnsData;

/**
 * What the return checks read.
 *
 * @param data         the kept rows of both returns (each SSDA903 record once, in its latest collection year)
 * @param episodeYears the SSDA903 collection years whose Episodes table was read, so a check that needs a year's
 *                     episodes (the OC2 cohort) knows whether it has them
 * @param periodEnd    the run's period end
 */
public record ReturnChecksInput(ReturnsData data, Set<CollectionYear> episodeYears, LocalDate periodEnd) {

    public ReturnChecksInput {
        episodeYears = Set.copyOf(episodeYears);
    }
}
