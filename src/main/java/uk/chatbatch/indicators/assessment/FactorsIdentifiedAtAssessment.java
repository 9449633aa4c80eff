package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.cin.CinCodeList;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Assessment;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;

@IndicatorDefinition(
        id = "ASM-08",
        title = "Factors identified at assessment",
        definition = "Of the assessments in the CIN census authorised " + IN_WINDOW + " (AssessmentAuthorisationDate),"
                + " the percentage with at least one factor identified: an AssessmentFactors code other than 21 (no"
                + " factors identified). The breakdown factor has one row per census factor code (1A to 24A, retired"
                + " codes 18A and 19A included, in the census's order) with the number of those assessments recording"
                + " it as numerator, all assessments authorised in the window as denominator and the share as value;"
                + " the row none recorded counts assessments with no factor code at all. An assessment records many"
                + " factors, so the factor rows add up to more than the assessments; a code repeated within one"
                + " assessment counts once." + YEARS + " Assessments are counted, not children.",
        numerator = "assessments authorised in the window with at least one factor identified",
        denominator = "assessments authorised in the window",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.ASSESSMENT, CinTable.ASSESSMENT_FACTOR},
        returnFields = {"AssessmentAuthorisationDate", "AssessmentFactors"},
        unit = Unit.PERCENT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By(FactorsIdentifiedAtAssessment.FACTOR)})
public class FactorsIdentifiedAtAssessment extends PercentOfCensusRows<Assessment> {

    public static final String FACTOR = "factor";
    public static final String NO_FACTORS_IDENTIFIED = "21";
    public static final String NONE_RECORDED = "none recorded";

    public FactorsIdentifiedAtAssessment() {
        super(CensusRowsInWindow.ASSESSMENTS_AUTHORISED);
    }

    @Override
    protected boolean inNumerator(Assessment assessment, CensusHistory census, IndicatorContext context) {
        return assessment.factors().stream().anyMatch(f -> !NO_FACTORS_IDENTIFIED.equals(f));
    }

    @Override
    protected List<IndicatorValue> breakdowns(List<Assessment> population, List<Assessment> numerator,
                                              IndicatorContext context) {
        List<IndicatorValue> rows = new ArrayList<>();
        for (String code : CinCodeList.ASSESSMENT_FACTOR.codes()) {
            long with = population.stream().filter(a -> a.factors().contains(code)).count();
            rows.add(IndicatorValue.percent(FACTOR, code, with, population.size()));
        }
        long none = population.stream().filter(a -> a.factors().isEmpty()).count();
        rows.add(IndicatorValue.percent(FACTOR, NONE_RECORDED, none, population.size()));
        return rows;
    }
}
