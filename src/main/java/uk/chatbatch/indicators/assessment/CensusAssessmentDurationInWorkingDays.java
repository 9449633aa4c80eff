package uk.chatbatch.indicators.assessment;

import uk.chatbatch.indicators.Durations;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusWording;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WORKING_DAYS;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.input.InputData;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.UndecidedRecords;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Assessment;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.BandSet;

@IndicatorDefinition(
        id = "ASM-03-CIN",
        title = "Assessment duration in working days (CIN census)",
        definition = "Of the assessments in the CIN census authorised " + IN_WINDOW + " (the assessments ASM-02-CIN"
                + " measures), the median number of working days from AssessmentActualStartDate to"
                + " AssessmentAuthorisationDate." + WORKING_DAYS + " The numerator is the number of assessments"
                + " measured; an assessment authorised before its start date is a data error and is left out. The"
                + " median, and the lower and upper quartiles in the breakdown quartile, follow Excel's MEDIAN and"
                + " QUARTILE.INC, as DfE publishes them. The breakdown working days gives DfE's bands: same day (0"
                + " working days), 1 to 10, 11 to 20, 21 to 30, 31 to 40, 41 to 45, 46 to 50, 51 to 60, 61 and over;"
                + " each row has the assessments in the band as numerator, all measured as denominator and the"
                + " band's percentage as value." + YEARS + " Assessments are counted, not children.",
        numerator = "assessments authorised in the window and measured",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.ASSESSMENT},
        returnFields = {"AssessmentActualStartDate", "AssessmentAuthorisationDate"},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.BND,
        breakdowns = {@By(value = CensusAssessmentDurationInWorkingDays.QUARTILE, kind = BreakdownKind.QUARTILE),
                @By(value = CensusAssessmentDurationInWorkingDays.BANDS, kind = BreakdownKind.BANDS, bands = BandSet.ASSESSMENT_WORKING_DAYS)})
public class CensusAssessmentDurationInWorkingDays implements Indicator {

    public static final String QUARTILE = "quartile";
    public static final String BANDS = "working days";

    /** DfE's assessment duration bands (Children in need, table C2). */

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<Assessment> measured = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        UndecidedRecords undecided = new UndecidedRecords();
        for (Assessment a : CensusAssessmentsAuthorised.measuredInWindow(CensusHistory.of(data.returns()), context)) {
            undecided.attempt(() -> context.calendar().workingDaysBetween(a.start(), a.authorised())).ifPresent(d -> {
                measured.add(a);
                days.add(d);
            });
        }
        long n = days.size();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, n, null,
                Durations.percentile(days, 0.5)));
        values.add(new IndicatorValue(QUARTILE, "lower quartile", n, null, Durations.percentile(days, 0.25)));
        values.add(new IndicatorValue(QUARTILE, "upper quartile", n, null, Durations.percentile(days, 0.75)));
        values.addAll(Durations.bandShares(BANDS, BandSet.ASSESSMENT_WORKING_DAYS.bands(), days));
        List<CountedRecord> counted = measured.stream().map(a -> CensusHistory.counted(a.row(), true, false)).toList();
        if (n == 0) {
            return undecided.noted(new IndicatorResult(metadata(), IndicatorStatus.NO_CASES,
                    "no " + metadata().numerator(), values, counted));
        }
        return undecided.noted(IndicatorResult.computed(metadata(), values, counted));
    }
}
