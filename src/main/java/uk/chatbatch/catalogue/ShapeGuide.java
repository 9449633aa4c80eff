package uk.chatbatch.catalogue;

import java.util.List;
import uk.chatbatch.indicators.ChildrenWithMultipleRecords;
import uk.chatbatch.indicators.CountOf;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.CountOpenAtPeriodEnd;
import uk.chatbatch.indicators.FollowedWithinWorkingDays;
import uk.chatbatch.indicators.PercentLastDatedWithin;
import uk.chatbatch.indicators.PercentOfRecords;
import uk.chatbatch.indicators.RatePer10000Children;
import uk.chatbatch.indicators.Shapes;
import uk.chatbatch.indicators.assessment.AssessmentDurationInWorkingDays;
import uk.chatbatch.indicators.assessment.AssessmentsWithin45WorkingDays;
import uk.chatbatch.indicators.assessment.CensusAssessmentsWithin45WorkingDays;
import uk.chatbatch.indicators.assessment.MedianDaysOfRecords;
import uk.chatbatch.indicators.childprotection.ChildProtectionVisitsInTimescale;
import uk.chatbatch.indicators.childrenincare.ChildrenLookedAfterAtPeriodEnd903;
import uk.chatbatch.indicators.childrenincare.ChildrenLookedAfterAtPeriodEnd;
import uk.chatbatch.indicators.childrenincare.DentalChecksUpToDate903;
import uk.chatbatch.indicators.childrenincare.MeanStrengthsAndDifficultiesScore;
import uk.chatbatch.indicators.childrenincare.PercentOfOc2CohortWithFlag;
import uk.chatbatch.indicators.childrenincare.ThreeOrMorePlacementsInTwelveMonths903;
import uk.chatbatch.indicators.childreninneed.CountOfCensusRows;
import uk.chatbatch.indicators.childreninneed.PercentOfCensusRows;
import uk.chatbatch.indicators.earlyhelp.ChildrenWithMultipleEarlyHelpAssessments;
import uk.chatbatch.indicators.frontdoor.CensusReferrals;
import uk.chatbatch.indicators.frontdoor.ContactRatePer10000Children;
import uk.chatbatch.indicators.frontdoor.ContactsBySource;
import uk.chatbatch.indicators.frontdoor.ContactsInWindow;
import uk.chatbatch.indicators.frontdoor.ReferralsLeadingToAssessment;
import uk.chatbatch.indicators.frontdoor.SharesOfRecords;

/**
 * Which shape to copy for which kind of indicator, with the model file to copy, as the catalogue document prints
 * it. Held as classes, not names, so a renamed or moved model fails to compile here instead of going stale.
 */
final class ShapeGuide {

    /** One kind of indicator: what it measures, the shape it extends or calls, and the indicator to copy. */
    record Row(String kind, Class<?> shape, String shapeNote, Class<?> model) {
    }

    static final List<Row> ROWS = List.of(
            new Row("A count of an Annex A list's records meeting a condition (dated in the window, open at the"
                    + " period end)", CountOfRecords.class, "", ContactsInWindow.class),
            new Row("A caseload: an Annex A list's records open at the period end, by age band, gender and more",
                    CountOpenAtPeriodEnd.class, "", ChildrenLookedAfterAtPeriodEnd.class),
            new Row("A percentage of an Annex A population meeting a further condition (within a timescale)",
                    PercentOfRecords.class, "", AssessmentsWithin45WorkingDays.class),
            new Row("Of the records open at the period end, the percentage last seen or visited within a setting's"
                    + " working days, weeks or months", PercentLastDatedWithin.class, "",
                    ChildProtectionVisitsInTimescale.class),
            new Row("A conversion: records dated in the window followed by the same child's record in another list"
                    + " within a setting's working days", FollowedWithinWorkingDays.class, "",
                    ReferralsLeadingToAssessment.class),
            new Row("A median of days with quartiles, and bands declared as a BandSet", MedianDaysOfRecords.class, "",
                    AssessmentDurationInWorkingDays.class),
            new Row("A rate per 10,000 children of another indicator's count", RatePer10000Children.class, "",
                    ContactRatePer10000Children.class),
            new Row("Shares of records by group (sources, ethnicity)", SharesOfRecords.class, "",
                    ContactsBySource.class),
            new Row("Children with 1, 2, 3, 4, 5 or more records", ChildrenWithMultipleRecords.class, "",
                    ChildrenWithMultipleEarlyHelpAssessments.class),
            new Row("A count from the SSDA903 return (children looked after, periods of care), written as the Annex A"
                    + " count is: items, breakdowns over them, and their drill-down row", CountOf.class, "",
                    ChildrenLookedAfterAtPeriodEnd903.class),
            new Row("A percentage from the SSDA903 return", Shapes.class, "Shapes.percent",
                    ThreeOrMorePlacementsInTwelveMonths903.class),
            new Row("An OC2 health flag of the children looked after continuously for 12 months (SSDA903)",
                    PercentOfOc2CohortWithFlag.class, "", DentalChecksUpToDate903.class),
            new Row("A mean from the SSDA903 return", Shapes.class, "Shapes.mean",
                    MeanStrengthsAndDifficultiesScore.class),
            new Row("A count from the CIN census", CountOfCensusRows.class, "", CensusReferrals.class),
            new Row("A percentage from the CIN census", PercentOfCensusRows.class, "",
                    CensusAssessmentsWithin45WorkingDays.class));

    private ShapeGuide() {
    }

    static String markdown() {
        StringBuilder md = new StringBuilder("## Adding an indicator: which shape to copy\n\n");
        md.append("One class per indicator, in the theme package of what it measures, whatever its source: an"
                + " indicator from the SSDA903 return or the CIN census sits beside its Annex A twin (CLA-01-903 beside"
                + " CLA-01) and names it in `twin`. Copy the model file for the kind of indicator, and its test beside"
                + " it under src/test/java: small tables of rows, the expectation beside each row, the boundary cases"
                + " named. The catalogue finds the class by scanning; nothing else is registered.\n\n");
        md.append("| Kind of indicator | Shape | Model to copy |\n|---|---|---|\n");
        for (Row row : ROWS) {
            md.append("| ").append(row.kind()).append(" | `")
                    .append(row.shapeNote().isEmpty() ? row.shape().getSimpleName() : row.shapeNote()).append("` | `")
                    .append(path(row.model())).append("` |\n");
        }
        md.append("\nIn the `@IndicatorDefinition` annotation, declare: the `population` where it is one of the"
                + " common ones (dated in the window, open at the period end, authorised in the window); each"
                + " breakdown as `@By(\"name\")`, with `kind = BreakdownKind.STAFF` for a team or worker breakdown (the"
                + " shareable report leaves it out), `MONTH`, `AGE_AND_GENDER`, `ETHNICITY`, `QUARTILE`, or `BANDS`"
                + " with `bands = BandSet...` (the bounds are held there, once). A `team`, `worker`, `gender`, `ethnic"
                + " group` or `ethnicity` breakdown of an Annex A indicator is defined by its name alone and is not"
                + " written again in the code; any other is computed in the code under the declared name. Declare too"
                + " the SSDA903 tables it needs in"
                + " `ssda903` (the engine reports it not computed when one holds no rows, so the indicator does not"
                + " check) and those it reads only if supplied in `ssda903IfSupplied`; `since`/`until` collection years"
                + " where the measure is not in every year; and `twin`. Ages, windows and working-day timescales come"
                + " from `calendar/` (ReportingPeriod, WorkingDayCalendar, Timescales, Recency), not from new arithmetic;"
                + " code groups from `model/CodeSets`. A shape with a constructor (CountOpenAtPeriodEnd,"
                + " PercentLastDatedWithin, FollowedWithinWorkingDays, RatePer10000Children, SharesOfRecords, and the"
                + " CIN census counts and percentages of a CensusRowsInWindow) is declared in a public no-argument"
                + " constructor that passes its arguments: the indicator then holds no logic of its own.\n\n");
        return md.toString();
    }

    /** "src/main/java/uk/chatbatch/indicators/frontdoor/ContactsInWindow.java". */
    static String path(Class<?> model) {
        return "src/main/java/" + model.getName().replace('.', '/') + ".java";
    }
}
