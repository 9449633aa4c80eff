package uk.chatbatch.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/**
 * The data-quality checks that need whole clean rows, several rows or several lists, run after ingest
 * (which has already reported blank, unreadable and invalid cells). The DQ indicators count the same
 * findings, so a figure on the data-quality page and the rows behind it come from one rule.
 */
public final class DataQualityChecks {

    /** Every check, in the order their findings are listed for the same row. */
    public static final List<Check> CHECKS = List.of(
            new AgeDisagreesWithDateOfBirth(),
            new EventBeforeBirth(),
            new DateAfterPeriodEnd(),
            new EndBeforeStart(),
            new DuplicateRows(),
            new CountBelowListedEvents(),
            new ReReferralCountDisagrees(),
            new NotOnChildrenInNeedList());

    /** By list number, then row as Excel numbers it, then check, then column in template order. */
    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.list().number())
            .thenComparing(f -> f.record().source().file())
            .thenComparing(f -> f.record().source().location())
            .thenComparingInt(f -> f.record().source().row())
            .thenComparingInt(f -> CHECKS.indexOf(checkFor(f.code())))
            .thenComparingInt(f -> f.list().indexOf(f.field()));

    private DataQualityChecks() {
    }

    /** Every issue the checks find, in a stable order: by list, row, check and column. */
    public static List<Issue> run(InputData data, ReportingPeriod period) {
        return findings(data, period, allCodes()).stream().map(Finding::toIssue).toList();
    }

    /** What the checks raising the given codes find, in the same order as {@link #run}. */
    public static List<Finding> findings(InputData data, ReportingPeriod period, Set<IssueCode> codes) {
        List<Finding> found = new ArrayList<>();
        for (Check check : CHECKS) {
            if (codes.contains(check.code())) {
                found.addAll(check.find(data, period));
            }
        }
        found.sort(ORDER);
        return found;
    }

    private static Set<IssueCode> allCodes() {
        return Set.copyOf(CHECKS.stream().map(Check::code).toList());
    }

    private static Check checkFor(IssueCode code) {
        return CHECKS.stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }
}
