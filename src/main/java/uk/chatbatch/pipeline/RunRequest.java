package uk.chatbatch.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.datasets.IndicatorsDataset;
import uk.chatbatch.output.DatasetProvenance;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.output.ParquetCodec;
import uk.chatbatch.shareable.ShareableRequest;

/**
 * What one run of the job is asked to do: which LA and period (its {@link #key()}), from which inputs, to which output
 * folder, with which indicator settings, population and benchmark region.
 *
 * @param acceptOtherLaOrYear read a return whose LA code or collection year does not match the job's LA and period
 *                            end (with a warning) instead of stopping the run
 * @param shareable           the child-level shareable tables asked for, and the key file for them
 * @param revision            1 for the first run of the LA and period; 2, 3, ... for a replacement ({@code run --replace}),
 *                            which writes to {@link #runLayout()} and is swapped into {@link #layout()} at its end
 * @param parquetCodec        the compression of the datasets (ZSTD unless the job asks for SNAPPY)
 * @param syntheticData       the inputs are declared synthetic (job file key {@code synthetic_data}, {@code run
 *                            --synthetic-data}), though the LA code is a real LA's: the outputs say so
 */
public record RunRequest(LaPeriod key, String laName, Optional<Path> annexA,
                         Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                         Population population, Optional<String> region, List<ReportVariant> reports,
                         Optional<Path> postcodeCentroids, boolean acceptOtherLaOrYear, ShareableRequest shareable,
                         int revision, ParquetCodec parquetCodec, boolean syntheticData) {

    public RunRequest(LaPeriod key, String laName, Optional<Path> annexA,
                      Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                      Population population, Optional<String> region, List<ReportVariant> reports,
                      Optional<Path> postcodeCentroids, boolean acceptOtherLaOrYear, ShareableRequest shareable) {
        this(key, laName, annexA, ssda903, cin, output, settings, population, region, reports,
                postcodeCentroids, acceptOtherLaOrYear, shareable, 1, ParquetCodec.DEFAULT, false);
    }

    public RunRequest(LaPeriod key, String laName, Optional<Path> annexA,
                      Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                      Population population, Optional<String> region, List<ReportVariant> reports,
                      Optional<Path> postcodeCentroids, boolean acceptOtherLaOrYear) {
        this(key, laName, annexA, ssda903, cin, output, settings, population, region, reports,
                postcodeCentroids, acceptOtherLaOrYear, ShareableRequest.indicatorsOnly());
    }

    public RunRequest(LaPeriod key, String laName, Optional<Path> annexA,
                      Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                      Population population, Optional<String> region, List<ReportVariant> reports,
                      Optional<Path> postcodeCentroids) {
        this(key, laName, annexA, ssda903, cin, output, settings, population, region, reports,
                postcodeCentroids, false);
    }

    /** The LA and period as two values, as the benchmark command gives them. */
    public RunRequest(String laCode, String laName, LocalDate periodEnd, Optional<Path> annexA,
                      Optional<Path> ssda903, Optional<Path> cin, Path output, IndicatorSettings settings,
                      Population population, Optional<String> region, List<ReportVariant> reports,
                      Optional<Path> postcodeCentroids) {
        this(new LaPeriod(laCode, periodEnd), laName, annexA, ssda903, cin, output, settings, population, region,
                reports, postcodeCentroids);
    }

    public RunRequest(String laCode, String laName, LocalDate periodEnd, Optional<Path> annexA, Path output) {
        this(new LaPeriod(laCode, periodEnd), laName, annexA, Optional.empty(), Optional.empty(), output,
                IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty(), DEFAULT_REPORTS,
                Optional.empty());
    }

    /** Both variants unless the job file says otherwise. */
    public static final List<ReportVariant> DEFAULT_REPORTS = List.of(ReportVariant.INTERNAL, ReportVariant.SHAREABLE);

    public RunRequest {
        java.util.Objects.requireNonNull(key, "key");
        reports = List.copyOf(reports);
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more: " + revision);
        }
        parquetCodec = parquetCodec == null ? ParquetCodec.DEFAULT : parquetCodec;
    }

    /**
     * Whether the run's outputs are synthetic: a synthetic LA (a code from 990 to 999, which no English LA uses), or
     * inputs declared synthetic for a real LA's code. The outputs say so wherever they name the LA.
     */
    public boolean syntheticLa() {
        return key.synthetic() || syntheticData;
    }

    /** The LA's DfE code, as {@link #key()} has it. */
    public String laCode() {
        return key.laCode();
    }

    /** The period end, as {@link #key()} has it. */
    public LocalDate periodEnd() {
        return key.periodEnd();
    }

    /**
     * The footer of a stage run outside the job (tests, the benchmark): a fresh run UUID, no job repository ids
     * (0), produced now, the request's revision.
     */
    public DatasetProvenance outsideJob() {
        return new DatasetProvenance(UUID.randomUUID().toString(), 0, 0, Instant.now(), key, revision,
                IndicatorsDataset.CATALOGUE_VERSION, parquetCodec, syntheticLa());
    }

    public RunRequest withParquetCodec(ParquetCodec codec) {
        return new RunRequest(key, laName, annexA, ssda903, cin, output, settings, population, region,
                reports, postcodeCentroids, acceptOtherLaOrYear, shareable, revision, codec, syntheticData);
    }

    /** The same request with its inputs declared synthetic, or not. */
    public RunRequest withSyntheticData(boolean synthetic) {
        return new RunRequest(key, laName, annexA, ssda903, cin, output, settings, population, region,
                reports, postcodeCentroids, acceptOtherLaOrYear, shareable, revision, parquetCodec, synthetic);
    }

    /** The same request publishing the given revision. */
    public RunRequest withRevision(int revision) {
        return new RunRequest(key, laName, annexA, ssda903, cin, output, settings, population, region,
                reports, postcodeCentroids, acceptOtherLaOrYear, shareable, revision, parquetCodec, syntheticData);
    }

    /** The output folder as readers see it: where this LA and period's outputs are published. */
    public OutputLayout layout() {
        return new OutputLayout(output);
    }

    /**
     * Where this run's steps write and read back this LA and period's outputs: the output folder itself for
     * revision 1; for a replacement, a hidden folder of its own, so that nothing of the new revision is visible
     * until the whole run has succeeded and the last step swaps it in.
     */
    public OutputLayout runLayout() {
        return revision == 1 ? layout() : new OutputLayout(layout().pendingRevisionRoot(key, revision));
    }

    public IndicatorContext indicatorContext() {
        return IndicatorContext.forPeriodEnd(key.periodEnd()).with(settings, population)
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
            uk.chatbatch.ingest.read.TabularSource.open(annexA.get()).close();
        }
        for (Optional<Path> other : List.of(ssda903, cin)) {
            if (other.isPresent() && !java.nio.file.Files.exists(other.get())) {
                throw new uk.chatbatch.ingest.InputException(other.get() + ": the input does not exist.");
            }
        }
    }
}
