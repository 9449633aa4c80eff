package uk.chatbatch.indicators.assessment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.chatbatch.indicators.BandSet;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.DeclaredBreakdown;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.indicators.UndecidedRecords;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of a duration indicator ({@link uk.chatbatch.indicators.Unit#DAYS}): of the records measured,
 * the median number of days, as ChAT's duration-band (BND) charts and DfE's tables report it. Rows:
 * <ul>
 *   <li>whole population: value = the median, numerator = the number of records measured, no denominator;</li>
 *   <li>breakdown {@value #QUARTILE}: the lower and upper quartiles, numerator as above;</li>
 *   <li>optionally a breakdown of duration bands, as the definition declares them ({@link BandSet}): numerator = records in
 *       the band, denominator = records measured, value = the band's percentage of them;</li>
 *   <li>optionally groups (team, organisation): value = the group's own median, numerator = its records
 *       measured; no value for a group with none.</li>
 * </ul>
 * Median and quartiles are Excel's MEDIAN and QUARTILE.INC: sort the durations and interpolate linearly at
 * position (n − 1) × p, so with an even number the median is the mean of the middle two. No records
 * measured is NO_CASES, with no value.
 *
 * <p>Used by early help (EH-02) and section 47 (S47-03M) too; it sits here, not beside the other bases in
 * {@code uk.chatbatch.indicators}, only because that package is shared by every theme.
 */
public abstract class MedianDaysOfRecords implements Indicator {

    public static final String QUARTILE = "quartile";
    public static final String LOWER_QUARTILE = "lower quartile";
    public static final String UPPER_QUARTILE = "upper quartile";

    /** Whether the record is measured; a measured record must have a duration of zero days or more. */
    protected abstract boolean measured(TableRecord record, IndicatorContext context);

    /** The record's duration, in the days the definition states (working or calendar). */
    protected abstract int days(TableRecord record, IndicatorContext context);

    /** Groups each given their own median, after the quartiles and bands. */
    protected List<Breakdown<TableRecord>> groups() {
        return List.of();
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        IndicatorMetadata metadata = metadata();
        // the band bounds are those the definition declares on its BANDS breakdown, if it has one
        Optional<DeclaredBreakdown> banding = metadata.declaredBreakdowns().stream()
                .filter(b -> b.kind() == BreakdownKind.BANDS).findFirst();
        List<Breakdown.Band> bands = banding.map(DeclaredBreakdown::bands).orElse(List.of());
        String bandsName = banding.map(DeclaredBreakdown::name).orElse("");
        List<String> names = new ArrayList<>(List.of(QUARTILE));
        if (!bands.isEmpty()) {
            names.add(bandsName);
        }
        groups().forEach(g -> names.add(g.name()));
        if (!names.equals(metadata.breakdowns())) {
            throw new IllegalStateException(metadata.id() + " declares breakdowns " + metadata.breakdowns()
                    + " but computes " + names);
        }

        Map<TableRecord, Integer> durations = new IdentityHashMap<>();
        List<TableRecord> measured = new ArrayList<>();
        UndecidedRecords undecided = new UndecidedRecords();
        for (TableRecord record : data.rows(metadata.source())) {
            if (measured(record, context)) {
                undecided.attempt(() -> days(record, context)).ifPresent(days -> {
                    measured.add(record);
                    durations.put(record, days);
                });
            }
        }
        List<Integer> all = measured.stream().map(durations::get).toList();
        long n = all.size();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, n, null, Shapes.percentile(all, 0.5)));
        values.add(new IndicatorValue(QUARTILE, LOWER_QUARTILE, n, null, Shapes.percentile(all, 0.25)));
        values.add(new IndicatorValue(QUARTILE, UPPER_QUARTILE, n, null, Shapes.percentile(all, 0.75)));
        if (!bands.isEmpty()) {
            Breakdown<TableRecord> banded = Breakdown.bands(bandsName, bands, durations::get);
            Map<String, Long> inBand = banded.tally(measured);
            for (Breakdown.Band band : bands) {
                values.add(IndicatorValue.percent(bandsName, band.label(), inBand.get(band.label()), n));
            }
        }
        for (Breakdown<TableRecord> group : groups()) {
            for (String value : group.tally(measured).keySet()) {
                List<Integer> ofGroup = measured.stream()
                        .filter(r -> value.equals(group.classifier().apply(r))).map(durations::get).toList();
                values.add(new IndicatorValue(group.name(), value, ofGroup.size(), null, Shapes.percentile(ofGroup, 0.5)));
            }
        }
        List<CountedRecord> counted = measured.stream().map(r -> CountedRecord.of(r, true, false)).toList();
        if (n == 0) {
            return undecided.noted(new IndicatorResult(metadata, IndicatorStatus.NO_CASES,
                    "no " + metadata.numerator(), values, counted));
        }
        return undecided.noted(IndicatorResult.computed(metadata, values, counted));
    }
}
