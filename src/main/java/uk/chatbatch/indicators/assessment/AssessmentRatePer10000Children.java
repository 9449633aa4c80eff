package uk.chatbatch.indicators.assessment;

import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;

import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Unit;

@IndicatorDefinition(
        id = "ASM-01R",
        title = "Assessments completed per 10,000 children",
        definition = "The assessments ASM-01 counts (assessment records in List 4 whose Continuous Assessment Date of"
                + " Authorisation is in the six months ending on the period end; records, not children) divided by"
                + " the LA's population aged 0 to 17 as given in the job file (ONS mid-year estimate), times 10,000."
                + " The headline is annualised (the count times 12 / 6), a rate for a year on the same basis as"
                + " DfE's annual rate (year ending 31 March) shown beside it; the row basis = six months gives the"
                + " rate of the six months as counted. Without a population (population: in the job file, or run"
                + " --population) the rate is not computed, never shown as zero.",
        numerator = "assessments authorised in the window (ASM-01), per 10,000 children aged 0 to 17",
        denominator = "children aged 0 to 17 living in the LA (ONS mid-year estimate, from the job file)",
        window = "six months ending on the period end",
        source = AnnexAList.ASSESSMENTS,
        fields = {ASSESSMENT_AUTHORISATION_DATE},
        unit = Unit.RATE_PER_10000,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.KPI)
public class AssessmentRatePer10000Children extends RatePer10000Children {

    public AssessmentRatePer10000Children() {
        super(new AssessmentsAuthorisedInWindow(), Counted.SIX_MONTH_FLOW);
    }
}
