package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.indicators.childreninneed.CensusWording.IN_WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.WINDOW;
import static uk.chatbatch.indicators.childreninneed.CensusWording.YEARS;

import java.util.List;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.PopulationRule;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.indicators.childreninneed.CensusHistory.Assessment;
import uk.chatbatch.indicators.childreninneed.CensusHistory;
import uk.chatbatch.indicators.childreninneed.CensusRowsInWindow;
import uk.chatbatch.indicators.childreninneed.CountOfCensusRows;

@IndicatorDefinition(
        id = "ASM-01-CIN",
        population = PopulationRule.AUTHORISED_IN_WINDOW,
        twin = "ASM-01",
        title = "Assessments completed (CIN census)",
        definition = "The number of assessments in the CIN census authorised " + IN_WINDOW + ": Assessments whose"
                + " AssessmentAuthorisationDate is in the window, whenever they started. DfE counts completed"
                + " assessments the same way, by authorisation date. An assessment with no authorisation date is"
                + " still open and is not counted." + YEARS + " Assessments are counted, not children.",
        numerator = "assessments authorised in the window",
        window = WINDOW,
        cin = {CinTable.EPISODE, CinTable.ASSESSMENT},
        returnFields = {"AssessmentAuthorisationDate"},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class CensusAssessmentsAuthorised extends CountOfCensusRows<Assessment> {

    public CensusAssessmentsAuthorised() {
        super(CensusRowsInWindow.ASSESSMENTS_AUTHORISED);
    }

    /** Authorised in the window, and not before the start: the assessments whose duration is measured. */
    public static List<Assessment> measuredInWindow(CensusHistory census, IndicatorContext context) {
        return CensusRowsInWindow.ASSESSMENTS_AUTHORISED.of(census, context).stream()
                .filter(a -> a.start() != null && !a.authorised().isBefore(a.start())).toList();
    }
}
