package uk.chatbatch.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one small-number rule for everything the product shares outside the LA (the shareable report, and
 * shareable datasets), independent of how the figures are drawn or stored.
 * <ol>
 *   <li>A figure based on 1 to 4 children or records is withheld ({@link Reason#FEW}): a count of 1 to 4, or
 *       a percentage whose count or base is 1 to 4 (a percentage whose numerator or denominator is withheld is
 *       withheld). Zero, and 5 or more, are shown: zero says nothing about any one child.</li>
 *   <li>Secondary suppression, within each breakdown whose total is shown: where exactly one group is withheld,
 *       it could be worked out as the total minus the other groups, so the next smallest group is withheld too
 *       ({@link Reason#COMPLEMENT}: the smallest group with anything in it, else the smallest group).</li>
 *   <li>Where that is not enough (the breakdown has no other group), the whole breakdown is withheld and the
 *       total left as it is ({@link Reason#WHOLE_BREAKDOWN}).</li>
 * </ol>
 * Every table has an answer, so the rule never fails on sound figures. It throws {@link DisclosureException}
 * only for figures it cannot judge (a negative count, a count larger than its base) or a fault of its own.
 * The rule works within each breakdown; two breakdowns of one total are protected each against that total.
 */
public final class SmallNumberRule {

    public static final int THRESHOLD = 5;
    public static final String SHOWN_AS = "<" + THRESHOLD;

    /** The rule in one paragraph, as shareable outputs state it. */
    public static final String STATEMENT = "Any figure based on 1 to " + (THRESHOLD - 1) + " children or records"
            + " is shown as " + SHOWN_AS + "; zero, and " + THRESHOLD + " or more, are shown as they are. A percentage"
            + " is withheld when the number it counts or the number it is out of is withheld. Where one withheld"
            + " group of a breakdown could be worked out from the total and the other groups, the next smallest group"
            + " is withheld too; where that is not enough, the whole breakdown is withheld, the total is left, and"
            + " the caption says so.";

    private SmallNumberRule() {
    }

    public static boolean isSmall(long n) {
        return n >= 1 && n < THRESHOLD;
    }

    /** Rule 1 for one figure; {@code figure} names it in a fault's message (e.g. "CIN-06, gender"). */
    public static Reason judge(String figure, Cell cell) {
        if (cell.count() < 0) {
            throw new DisclosureException(figure, "a negative count (" + cell.count() + ") for " + cell.group());
        }
        if (cell.base().isPresent() && cell.base().getAsLong() < cell.count()) {
            throw new DisclosureException(figure, cell.count() + " counted out of " + cell.base().getAsLong()
                    + " for " + cell.group());
        }
        boolean few = isSmall(cell.count()) || (cell.base().isPresent() && isSmall(cell.base().getAsLong()));
        return few ? Reason.FEW : Reason.SHOWN;
    }

    /**
     * Rules 1 to 3 for one breakdown.
     *
     * @param totalShown whether the total the groups add up to is published (it is not when it is itself
     *                   withheld); when in doubt pass true, which only withholds more
     */
    public static ProtectedBreakdown protect(String figure, String name, List<Cell> groups, boolean totalShown) {
        try {
            List<Reason> reasons = new ArrayList<>();
            for (Cell c : groups) {
                reasons.add(judge(figure + ", " + name, c));
            }
            long withheld = reasons.stream().filter(Reason::withheld).count();
            if (!totalShown || withheld != 1) {
                return decided(name, groups, reasons, false);
            }
            Comparator<Integer> smallest = Comparator.comparing((Integer i) -> groups.get(i).count() == 0)
                    .thenComparingLong(i -> groups.get(i).count())
                    .thenComparingLong(i -> groups.get(i).base().orElse(0))
                    .thenComparingInt(i -> i);
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (!reasons.get(i).withheld()) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                for (int i = 0; i < groups.size(); i++) {
                    reasons.set(i, reasons.get(i).withheld() ? reasons.get(i) : Reason.WHOLE_BREAKDOWN);
                }
                return decided(name, groups, reasons, true);
            }
            reasons.set(candidates.stream().min(smallest).orElseThrow(), Reason.COMPLEMENT);
            return decided(name, groups, reasons, false);
        } catch (DisclosureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DisclosureException(figure + ", " + name, "the small-number rule failed (" + e + ")", e);
        }
    }

    private static ProtectedBreakdown decided(String name, List<Cell> groups, List<Reason> reasons, boolean whole) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            decisions.add(new Decision(groups.get(i), reasons.get(i)));
        }
        return new ProtectedBreakdown(name, decisions, whole);
    }
}
