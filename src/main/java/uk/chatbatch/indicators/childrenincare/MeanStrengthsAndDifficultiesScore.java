package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.SDQ_SCORE;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * There is no unit for a score, so the unit is COUNT: the numerator is the number of children with a score, and
 * the headline value is their mean score, not that number. The band rows are counts of children, value = count.
 */
@IndicatorDefinition(
        id = "CLA-22",
        title = "Mean strengths and difficulties (SDQ) score",
        definition = "Of " + Oc2Cohort.DESCRIPTION + ", those aged 4 to 16 at that 31 March (completed years from the"
                + " OC2 date of birth) with an SDQ score (SDQ_SCORE, 0 to 40): their mean score. The value is the mean"
                + " score, not a count; the numerator is the number of children with a score, so children without"
                + " one (SDQ_REASON given, or blank) are not in it. Also by the usual SDQ bands, as counts of"
                + " children: normal (0 to 13), borderline (14 to 16), cause for concern (17 to 40). A lower score is"
                + " better. As DfE's OC2 emotional and behavioural health measure.",
        numerator = "children aged 4 to 16 with an SDQ score",
        window = Oc2Cohort.WINDOW,
        ssda903 = {Ssda903Table.OC2},
        returnFields = {"CHILD", "DOB", "SDQ_SCORE"},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("SDQ band")})
public class MeanStrengthsAndDifficultiesScore implements Indicator {

    static final int YOUNGEST = 4;
    static final int OLDEST = 16;
    public static final String NORMAL = "normal (0 to 13)";
    public static final String BORDERLINE = "borderline (14 to 16)";
    public static final String CONCERN = "cause for concern (17 to 40)";

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        List<Oc2Cohort.Child> scored = Oc2Cohort.of(data, context).stream()
                .filter(c -> c.age() != null && c.age() >= YOUNGEST && c.age() <= OLDEST)
                .filter(c -> c.row().integer(SDQ_SCORE) != null).toList();
        Breakdown<Oc2Cohort.Child> bands = new Breakdown<>("SDQ band", List.of(NORMAL, BORDERLINE, CONCERN),
                c -> band(c.row().integer(SDQ_SCORE)));
        Breakdown.asDeclared(metadata(), List.of(bands));
        List<IndicatorValue> values = new ArrayList<>();
        values.add(Shapes.mean(IndicatorValue.ALL, IndicatorValue.ALL,
                scored.stream().map(c -> c.row().integer(SDQ_SCORE)).toList()));
        bands.tally(scored).forEach((band, n) -> values.add(IndicatorValue.count(bands.name(), band, n)));
        return Shapes.means(metadata(), values,
                scored.stream().map(c -> Shapes.counted(c.row(), true, false)).toList());
    }

    public static String band(int score) {
        return score <= 13 ? NORMAL : score <= 16 ? BORDERLINE : CONCERN;
    }
}
