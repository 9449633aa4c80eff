package uk.chatbatch.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.shareable.ShareableRequest;

/**
 * What one run of the job is asked to do: which LA and period, from which inputs, to which output
 * folder, with which indicator settings, population and benchmark region.
 *
 * @param acceptOtherLaOrYear read a return whose LA code or collection year does not match the job's LA and period
 *                            end (with a warning) instead of stopping the run
 * @param shareable           the child-level shareable tables asked for, and the key file for them
 */
public record RunRequest(String laCode, String laName, LocalDate periodEnd, Optional<Path> annexA,
                         Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                         Population population, Optional<String> region, List<ReportVariant> reports,
                         Optional<Path> postcodeCentroids, boolean acceptOtherLaOrYear, ShareableRequest shareable) {

    public RunRequest(String laCode, String laName, LocalDate periodEnd, Optional<Path> annexA,
                      Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                      Population population, Optional<String> region, List<ReportVariant> reports,
                      Optional<Path> postcodeCentroids, boolean acceptOtherLaOrYear) {
        this(laCode, laName, periodEnd, annexA, ssda903, cin, output, settings, population, region, reports,
                postcodeCentroids, acceptOtherLaOrYear, ShareableRequest.indicatorsOnly());
    }

    public RunRequest(String laCode, String laName, LocalDate periodEnd, Optional<Path> annexA,
                      Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                      Population population, Optional<String> region, List<ReportVariant> reports,
                      Optional<Path> postcodeCentroids) {
        this(laCode, laName, periodEnd, annexA, ssda903, cin, output, settings, population, region, reports,
                postcodeCentroids, false);
    }

    public RunRequest(String laCode, String laName, LocalDate periodEnd, Optional<Path> annexA, Path output) {
        this(laCode, laName, periodEnd, annexA, Optional.empty(), Optional.empty(), output,
                IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty(), DEFAULT_REPORTS,
                Optional.empty());
    }

    /** Both variants unless the job file says otherwise. */
    public static final List<ReportVariant> DEFAULT_REPORTS = List.of(ReportVariant.INTERNAL, ReportVariant.SHAREABLE);

    public RunRequest {
        reports = List.copyOf(reports);
    }

    /**
     * Whether the run is for a synthetic LA (a code from 990 to 999, which no English LA uses): its outputs say
     * so wherever they name the LA.
     */
    public boolean syntheticLa() {
        return uk.chatbatch.localauthorities.LocalAuthorities.isSynthetic(laCode);
    }

    public OutputLayout layout() {
        return new OutputLayout(output);
    }

    public IndicatorContext indicatorContext() {
        return IndicatorContext.forPeriodEnd(periodEnd).with(settings, population)
                .withPostcodeCentroids(postcodeCentroids);
    }

    /**
     * Fails fast, before any job state is recorded, on no input at all, a missing input, or a file that is not
     * a workbook: one sentence naming the file (or {@code who} when nothing was given).
     */
    public void requireUsableInputs(String who) throws java.io.IOException {
        if (annexA.isEmpty() && ssda903.isEmpty() && cin.isEmpty()) {
            throw new uk.chatbatch.ingest.InputException(who + ": no input given; an LA needs an Annex A workbook or"
                    + " CSV folder, an SSDA903 return or a CIN census.");
        }
        if (annexA.isPresent()) {
            uk.chatbatch.annexa.read.TabularSource.open(annexA.get()).close();
        }
        for (Optional<Path> other : List.of(ssda903, cin)) {
            if (other.isPresent() && !java.nio.file.Files.exists(other.get())) {
                throw new uk.chatbatch.ingest.InputException(other.get() + ": the input does not exist.");
            }
        }
    }
}
