package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WORKING_DAYS;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import uk.chatbatch.calendar.Timescales;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Assessment;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;

@IndicatorDefinition(
        id = "ASM-02-CIN",
        population = PopulationRule.AUTHORISED_IN_WINDOW,
        twin = "ASM-02",
        title = "Assessments completed within 45 working days (CIN census)",
        definition = "Of the assessments in the CIN census authorised " + IN_WINDOW + " (AssessmentAuthorisationDate),"
                + " the percentage authorised within 45 working days of the AssessmentActualStartDate, as DfE"
                + " measures assessment timeliness." + WORKING_DAYS + " An assessment authorised on the 45th working"
                + " day is in time and one on the 46th is late. An assessment authorised before its start date is a"
                + " data error and is left out of both the numerator and the denominator." + YEARS + " Assessments"
                + " are counted, not children.",
        numerator = "assessments authorised in the window within 45 working days of their start",
        denominator = "assessments authorised in the window, other than any authorised before their start date",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.ASSESSMENT},
        returnFields = {"AssessmentActualStartDate", "AssessmentAuthorisationDate"},
        unit = Unit.PERCENT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.KPI)
public class CensusAssessmentsWithin45WorkingDays extends PercentOfCensusRows<Assessment> {

    static final int WORKING_DAYS_ALLOWED = Timescales.ASSESSMENT_WORKING_DAYS;

    public CensusAssessmentsWithin45WorkingDays() {
        super(CensusAssessmentsAuthorised::measuredInWindow);
    }

    @Override
    protected boolean inNumerator(Assessment assessment, CensusHistory census, IndicatorContext context) {
        return context.calendar().withinWorkingDays(assessment.start(), assessment.authorised(),
                WORKING_DAYS_ALLOWED);
    }
}
