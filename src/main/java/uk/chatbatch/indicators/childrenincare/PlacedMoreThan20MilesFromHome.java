package uk.chatbatch.indicators.childrenincare;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.ReferenceData;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.input.PostcodeCentroids;
import uk.chatbatch.ssda903.Ssda903Table;

@IndicatorDefinition(
        id = "CLA-09",
        title = "Children looked after placed more than 20 miles from home",
        definition = "Of the children looked after at the period end, as CLA-01-903 counts them (short breaks left"
                + " out), whose home postcode (HOME_POST) and placement postcode (PL_POST) on the episode open at the"
                + " period end are both found in the postcode-centroid reference file, the percentage whose placement"
                + " is more than 20 miles from home in a straight line: the great-circle distance between the two"
                + " postcode centroids (haversine formula, mean Earth radius 3,958.76 miles). Exactly 20 miles is not"
                + " more than 20. Postcodes are matched in full, spaces and case ignored. A child whose distance is not"
                + " known (either postcode blank, as for a confidential placement, or not in the file) is left out"
                + " of both numerator and denominator; such children appear in the drill-down marked as in neither,"
                + " so the postcodes can be checked. DfE computes its distances itself from the same postcodes and"
                + " reports the unknown ones as a group of their own. Needs the reference file named in the job file"
                + " as reference: postcode_centroids: <file> (CSV with columns postcode, latitude and longitude, e.g."
                + " from the ONS Postcode Directory). Also by the placement group of the open episode: "
                + PlacementTypeGroups.DESCRIPTION + ".",
        numerator = "children placed more than 20 miles from their home postcode",
        denominator = "children looked after at the period end whose placement distance is known",
        window = "at the period end",
        ssda903 = {Ssda903Table.EPISODES},
        returnFields = {"CHILD", "DECOM", "DEC", "LS", "PLACE", "HOME_POST", "PL_POST"},
        unit = Unit.PERCENT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("placement group")})
public class PlacedMoreThan20MilesFromHome implements Indicator {

    static final double MILES = 20.0;
    public static final String JOB_FILE_KEY = "reference: postcode_centroids: <file>";

    private record Placed(ChildrenLookedAfter.AtPeriodEnd child, double miles) {
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        if (context.postcodeCentroids().isEmpty()) {
            return IndicatorResult.notComputed(metadata(), IndicatorStatus.REFERENCE_NOT_CONFIGURED,
                    "placement distances need a postcode-centroid file (CSV with columns postcode, latitude and"
                            + " longitude); name it in the job file as " + JOB_FILE_KEY);
        }
        ReferenceData reference = context.referenceData();
        if (reference.postcodeCentroidsFailure().isPresent()) {
            return IndicatorResult.notComputed(metadata(), IndicatorStatus.FAILED,
                    reference.postcodeCentroidsFailure().get());
        }
        // read by the engine before any indicator runs; a context never given to the engine has none
        PostcodeCentroids centroids = reference.postcodeCentroids().orElseThrow(() -> new IllegalStateException(
                "the postcode-centroid file was not read before computing; compute through IndicatorEngine"));
        List<ChildrenLookedAfter.AtPeriodEnd> children = ChildrenLookedAfter.atPeriodEnd(
                ChildrenLookedAfter.histories(data), context.period().periodEnd());
        List<Placed> known = new ArrayList<>();
        List<CountedRecord> unknown = new ArrayList<>();
        for (ChildrenLookedAfter.AtPeriodEnd child : children) {
            var home = centroids.find(child.episode().homePostcode());
            var placement = centroids.find(child.episode().placementPostcode());
            if (home.isPresent() && placement.isPresent()) {
                double miles = PostcodeCentroids.miles(home.get(), placement.get());
                known.add(new Placed(child, miles));
            } else {
                unknown.add(Shapes.counted(child.episode().row(), false, false));
            }
        }
        IndicatorResult result = Shapes.percent(metadata(), known, p -> p.miles() > MILES,
                List.of(PlacementTypeGroups.grouping(p -> p.child().episode().placementType())),
                p -> p.child().episode().row());
        List<CountedRecord> counted = new ArrayList<>(result.counted());
        counted.addAll(unknown);
        return new IndicatorResult(result.metadata(), result.status(), result.message(), result.values(), counted);
    }
}
