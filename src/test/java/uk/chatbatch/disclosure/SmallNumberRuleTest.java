package uk.chatbatch.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The small-number rule on breakdown tables: a few named boundaries, then the two properties checked over many
 * generated tables. What a reader sees is the total (when it is shown) and the shown groups; the properties say
 * what they can and cannot work out from that.
 */
class SmallNumberRuleTest {

    @Test
    void oneToFourIsWithheldAndZeroAndFiveAreShown() {
        assertThat(reasons(false, 0, 1, 4, 5)).containsExactly(Reason.SHOWN, Reason.FEW, Reason.FEW, Reason.SHOWN);
    }

    @Test
    void aPercentageIsWithheldWhenItsCountOrItsBaseIsOneToFour() {
        assertThat(SmallNumberRule.judge("T", Cell.outOf("a", 3, 40))).as("3 of 40").isEqualTo(Reason.FEW);
        assertThat(SmallNumberRule.judge("T", Cell.outOf("a", 0, 4))).as("0 of 4").isEqualTo(Reason.FEW);
        assertThat(SmallNumberRule.judge("T", Cell.outOf("a", 499, 500))).as("499 of 500: 99.8%")
                .isEqualTo(Reason.SHOWN);
        assertThat(SmallNumberRule.judge("T", Cell.outOf("a", 0, 0))).as("no cases").isEqualTo(Reason.SHOWN);
    }

    @Test
    void aLoneSmallGroupTakesTheNextSmallestGroupThatIsNotZero() {
        assertThat(reasons(true, 176, 4, 0, 10)).containsExactly(Reason.SHOWN, Reason.FEW, Reason.SHOWN,
                Reason.COMPLEMENT);
    }

    @Test
    void aLoneSmallGroupBesideOnlyZerosTakesAZero() {
        assertThat(reasons(true, 3, 0, 0)).containsExactly(Reason.FEW, Reason.COMPLEMENT, Reason.SHOWN);
    }

    @Test
    void twoSmallGroupsNeedNothingMore() {
        assertThat(reasons(true, 16, 2, 2)).containsExactly(Reason.SHOWN, Reason.FEW, Reason.FEW);
    }

    @Test
    void withTheTotalWithheldNothingCanBeWorkedOutSoNothingMoreIsWithheld() {
        assertThat(reasons(false, 3, 0)).containsExactly(Reason.FEW, Reason.SHOWN);
    }

    @Test
    void aBreakdownOfOneSmallGroupIsWithheldWhole() {
        ProtectedBreakdown p = SmallNumberRule.protect("T", "legal status", List.of(Cell.count("C2", 3)), true);
        assertThat(p.wholeWithheld()).isTrue();
        assertThat(p.groups()).extracting(Decision::withheld).containsExactly(true);
    }

    @Test
    void figuresItCannotJudgeAreFaultsNamingTheFigure() {
        assertThatThrownBy(() -> SmallNumberRule.protect("CLA-01", "gender", List.of(Cell.count("male", -1)), true))
                .isInstanceOf(DisclosureException.class).hasMessage("CLA-01, gender: a negative count (-1) for male");
        assertThatThrownBy(() -> SmallNumberRule.judge("CIN-06", Cell.outOf("all", 50, 40)))
                .isInstanceOf(DisclosureException.class).hasMessage("CIN-06: 50 counted out of 40 for all");
    }

    /** Group sizes drawn so that every shape turns up: all under 5, one group, a zero total, large and small mixed. */
    @Test
    void overManyGeneratedTablesNoWithheldGroupCanBeWorkedOutAndNothingIsWithheldWithoutAReason() {
        Random random = new Random(20261207L);
        int tables = 20_000;
        int withSecondary = 0;
        int whole = 0;
        for (int t = 0; t < tables; t++) {
            int size = 1 + random.nextInt(8);
            List<Cell> groups = new ArrayList<>();
            int shape = random.nextInt(4);
            boolean percentages = random.nextBoolean();
            for (int g = 0; g < size; g++) {
                long n = switch (shape) {
                    case 0 -> random.nextInt(5);               // every group under 5 (zeros included)
                    case 1 -> 0;                               // a zero total
                    case 2 -> random.nextInt(12);              // around the threshold
                    default -> random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(400);
                };
                groups.add(percentages ? Cell.outOf("g" + g, n, n + random.nextInt(random.nextBoolean() ? 5 : 300))
                        : Cell.count("g" + g, n));
            }
            // most breakdowns add up to their total; some leave a part of it out (so it cannot be worked out)
            boolean addsUp = random.nextInt(5) > 0;
            long left = addsUp ? 0 : 1 + random.nextInt(300);
            long total = groups.stream().mapToLong(Cell::count).sum() + left;
            long totalBase = groups.stream().mapToLong(c -> c.base().orElse(0)).sum() + left;
            boolean totalShown = !SmallNumberRule.isSmall(total) && !(percentages && SmallNumberRule.isSmall(totalBase));
            ProtectedBreakdown p = SmallNumberRule.protect("T", "breakdown", groups, totalShown);
            String table = groups + " total " + total + (addsUp ? "" : " (not all broken down)");

            List<Decision> withheld = p.groups().stream().filter(Decision::withheld).toList();
            if (totalShown && addsUp) {
                // total minus the shown groups is the sum of the withheld ones: it must never be one group alone
                assertThat(withheld.size()).as(table).isNotEqualTo(1);
            }
            long primary = p.groups().stream().filter(d -> d.reason() == Reason.FEW).count();
            for (Decision d : p.groups()) {
                Cell c = d.cell();
                boolean small = SmallNumberRule.isSmall(c.count()) || SmallNumberRule.isSmall(c.base().orElse(0));
                assertThat(d.reason() == Reason.FEW).as("%s in %s", c, table).isEqualTo(small);
                if (d.reason() == Reason.COMPLEMENT || d.reason() == Reason.WHOLE_BREAKDOWN) {
                    // a secondary reason exists only where one small group would otherwise stand alone
                    assertThat(primary).as(table).isEqualTo(1);
                    assertThat(totalShown).as(table).isTrue();
                }
            }
            long complements = p.groups().stream().filter(d -> d.reason() == Reason.COMPLEMENT).count();
            assertThat(complements).as(table).isLessThanOrEqualTo(1);
            withSecondary += complements;
            whole += p.wholeWithheld() ? 1 : 0;
        }
        // the generator must reach the interesting cases, or the properties above prove little
        assertThat(withSecondary).isGreaterThan(tables / 20);
        assertThat(whole).isPositive();
    }

    private static List<Reason> reasons(boolean totalShown, long... counts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            cells.add(Cell.count("g" + i, counts[i]));
        }
        return SmallNumberRule.protect("T", "b", cells, totalShown).groups().stream().map(Decision::reason).toList();
    }
}
