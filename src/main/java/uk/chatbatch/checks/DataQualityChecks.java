package uk.chatbatch.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    private static final Map<IssueCode, Integer> CHECK_ORDER = checkOrder();

    /** By list number, then row as Excel numbers it, then check, then column in template order. */
    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.list().number())
            .thenComparing(f -> f.record().source().file())
            .thenComparing(f -> f.record().source().location())
            .thenComparingInt(f -> f.record().source().row())
            .thenComparingInt(f -> CHECK_ORDER.get(f.code()))
            .thenComparingInt(f -> f.list().indexOf(f.field()));

    private DataQualityChecks() {
    }

    /** Every issue the checks find, in a stable order: by list, row, check and column. */
    public static List<Issue> run(InputData data, ReportingPeriod period) {
        return findings(data, period, allCodes()).stream().map(Finding::toIssue).toList();
    }

    /** What the checks raising the given codes find, in the same order as {@link #run}. */
    public static List<Finding> findings(InputData data, ReportingPeriod period, Set<IssueCode> codes) {
        // The checks only read the rows and each other's findings do not matter to them, so they run on every core;
        // their findings are gathered in the checks' order, then sorted, as when run one after another.
        List<List<Finding>> byCheck = CHECKS.parallelStream().filter(check -> codes.contains(check.code()))
                .map(check -> check.find(data, period)).toList();
        List<Finding> found = new ArrayList<>();
        byCheck.forEach(found::addAll);
        found.sort(ORDER);
        return found;
    }

    private static Set<IssueCode> allCodes() {
        return Set.copyOf(CHECKS.stream().map(Check::code).toList());
    }

    private static Map<IssueCode, Integer> checkOrder() {
        Map<IssueCode, Integer> order = new EnumMap<>(IssueCode.class);
        for (int i = CHECKS.size() - 1; i >= 0; i--) {
            order.put(CHECKS.get(i).code(), i);
        }
        return order;
    }
}
