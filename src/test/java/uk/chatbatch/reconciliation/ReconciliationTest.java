package uk.chatbatch.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.reconciliation.ReconciliationTesting.count;
import static uk.chatbatch.reconciliation.ReconciliationTesting.ids;
import static uk.chatbatch.reconciliation.ReconciliationTesting.notComputed;
import static uk.chatbatch.reconciliation.ReconciliationTesting.percent;
import static uk.chatbatch.reconciliation.ReconciliationTesting.withoutDrillDown;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.Source;
import uk.chatbatch.reconciliation.ReconciledMeasure.ChildrenCompared;

class ReconciliationTest {

    static final String CP = "Children on a child protection plan at the period end";
    static final String CLA = "Children looked after at the period end";
    static final String ASM = "Assessments completed within 45 working days";

    private static ReconciledMeasure only(IndicatorResult... results) {
        List<ReconciledMeasure> measures = Reconciliation.of(List.of(results));
        assertThat(measures).hasSize(1);
        return measures.get(0);
    }

    @Test
    void aCountBothSourcesAgreeOn() {
        ReconciledMeasure m = only(
                count("CP-01", CP, "P1", "P2", "P3"),
                count("CP-01-CIN", "Children on a plan (CIN census)", "P3", "P1", "P2"));

        assertThat(m.measure()).as("named from the Annex A title").isEqualTo(CP);
        assertThat(m.annexAId()).isEqualTo("CP-01");
        assertThat(m.returnId()).isEqualTo("CP-01-CIN");
        assertThat(m.returnSource()).isEqualTo(Source.CIN_CENSUS);
        assertThat(m.returnSource().label()).isEqualTo("CIN census");
        assertThat(m.annexA().value()).contains(3.0);
        assertThat(m.fromReturn().value()).contains(3.0);
        assertThat(m.difference()).as("agreement is a difference of zero").contains(0.0);
        assertThat(m.children()).contains(new ChildrenCompared(List.of(), List.of(), 3));
        assertThat(m.note()).isEqualTo("Children matched on Annex A Child Unique ID against CIN census LAchildID as"
                + " the LA sends them; they match only where the LA uses one identifier across systems.");
    }

    @Test
    void aCountWhoseChildrenDifferBothWays() {
        ReconciledMeasure m = only(
                count("CLA-01", CLA,
                        "C1",
                        "C2", "C2",    // two open rows for one child: 2 in the count, 1 child
                        " C3 "),       // spaces trimmed: matches the return's C3
                count("CLA-01-903", "Children looked after (SSDA903)",
                        "C1",
                        "C3",
                        "C4"));

        assertThat(m.returnSource()).isEqualTo(Source.SSDA903);
        assertThat(m.annexA().value()).contains(4.0);
        assertThat(m.fromReturn().value()).contains(3.0);
        assertThat(m.difference()).as("return minus Annex A, in records").contains(-1.0);
        ChildrenCompared c = m.children().orElseThrow();
        assertThat(c.onlyInAnnexA()).containsExactly("C2");
        assertThat(c.onlyInReturn()).containsExactly("C4");
        assertThat(c.inBoth()).as("C1 and C3").isEqualTo(2);
        assertThat(m.note()).contains("Annex A Child Unique ID against SSDA903 CHILD");
    }

    @Test
    void aPercentageComparesItsNumeratorsAndDiffersInPoints() {
        ReconciledMeasure m = only(
                percent("ASM-02", ASM,
                        ids("K1", "K2", "K3", "K4"),  // 4 of 5 = 80%
                        ids("K5")),
                percent("ASM-02-CIN", "Assessments within 45 working days (CIN census)",
                        ids("K1", "K2", "K5"),        // 3 of 4 = 75%
                        ids("K4")));                  // K4 is in the return's base but not its numerator

        assertThat(m.unit()).isEqualTo(Unit.PERCENT);
        assertThat(m.annexA().value()).contains(80.0);
        assertThat(m.fromReturn().value()).contains(75.0);
        assertThat(m.difference()).as("points, not a ratio").contains(-5.0);
        ChildrenCompared c = m.children().orElseThrow();
        assertThat(c.onlyInAnnexA()).as("K4 is not in the return's numerator").containsExactly("K3", "K4");
        assertThat(c.onlyInReturn()).as("K5 is only in Annex A's base").containsExactly("K5");
        assertThat(c.inBoth()).isEqualTo(2);
    }

    @Test
    void aSideNotComputedIsListedWithWhyAndNoDifference() {
        ReconciledMeasure m = only(
                count("REF-01", "Referrals", "R1", "R2"),
                notComputed("REF-01-CIN", "Referrals (CIN census)", Unit.COUNT, IndicatorStatus.LIST_NOT_SUPPLIED,
                        "the CIN census was not supplied"));

        assertThat(m.annexA().value()).contains(2.0);
        assertThat(m.fromReturn().status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
        assertThat(m.fromReturn().headline()).isEmpty();
        assertThat(m.difference()).as("never a zero").isEmpty();
        assertThat(m.children()).isEmpty();
        assertThat(m.note()).isEqualTo("CIN census (REF-01-CIN) was not computed (list not supplied: the CIN census"
                + " was not supplied). No difference is given. Children are not compared.");
    }

    @Test
    void anAnnexAListNotSuppliedIsSaidTheSameWay() {
        ReconciledMeasure m = only(
                notComputed("CLA-01", CLA, Unit.COUNT, IndicatorStatus.LIST_NOT_SUPPLIED,
                        "List 8 (Children in care) was not supplied"),
                count("CLA-01-903", "Children looked after (SSDA903)", "C1"));

        assertThat(m.difference()).isEmpty();
        assertThat(m.note()).startsWith("Annex A (CLA-01) was not computed (list not supplied: List 8 (Children in"
                + " care) was not supplied). No difference is given.");
    }

    @Test
    void aPercentageWithNoCasesHasNoDifferenceButItsChildrenAreCompared() {
        ReconciledMeasure m = only(
                percent("S47-03", "ICPC within 15 working days", ids(), ids()),    // 0 of 0
                percent("S47-03-CIN", "ICPC within 15 working days (CIN census)", ids("S1", "S2"), ids("S3")));

        assertThat(m.annexA().status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(m.difference()).isEmpty();
        assertThat(m.children()).contains(new ChildrenCompared(List.of(), List.of("S1", "S2"), 0));
        assertThat(m.note()).startsWith("Annex A (S47-03) has no cases: no records in the base. No difference is given.");
    }

    @Test
    void idsWithNoPartnerAreLeftOut() {
        List<ReconciledMeasure> measures = Reconciliation.of(List.of(
                count("ASM-01", "Assessments completed", "A1"),          // no ASM-01-CIN
                count("CLA-08", "Long-term stability", "C1"),            // the return's own measure, no suffix
                count("CLA-09-903", "Placed more than 20 miles", "C1"),  // no CLA-09
                count("CLA-01", CLA, "C1"),
                count("CLA-01-903", "Children looked after (SSDA903)", "C1")));

        assertThat(measures).extracting(ReconciledMeasure::returnId).containsExactly("CLA-01-903");
    }

    @Test
    void pairsComeInTheAnnexAOrderWithSsda903BeforeTheCinCensus() {
        List<ReconciledMeasure> measures = Reconciliation.of(List.of(
                count("CP-01-CIN", "CIN census plans", "P1"),
                count("REF-01", "Referrals", "R1"),
                count("CP-01", CP, "P1"),
                count("CP-01-903", "SSDA903 plans", "P1"),
                count("REF-01-CIN", "CIN census referrals", "R1")));

        assertThat(measures).extracting(m -> m.annexAId() + " / " + m.returnId())
                .containsExactly("REF-01 / REF-01-CIN", "CP-01 / CP-01-903", "CP-01 / CP-01-CIN");
    }

    @Test
    void resultsReadBackWithoutTheirRecordsGiveTheDifferenceButNoChildren() {
        ReconciledMeasure m = only(
                withoutDrillDown(count("CIN-01", "Children in need at the period end", "N1", "N2")),
                count("CIN-01-CIN", "Children in need (CIN census)", "N1", "N2", "N3"));

        assertThat(m.difference()).contains(1.0);
        assertThat(m.children()).isEmpty();
        assertThat(m.note()).isEqualTo("The children behind CIN-01 are not at hand, so children are not compared.");
    }

    @Test
    void aZeroCountNeedsNoRecordsToCompare() {
        ReconciledMeasure m = only(
                count("CP-02", "Plans started"),     // none started: nothing to list
                count("CP-02-CIN", "Plans started (CIN census)", "P9"));

        assertThat(m.difference()).contains(1.0);
        assertThat(m.children()).contains(new ChildrenCompared(List.of(), List.of("P9"), 0));
    }

    @Test
    void differentUnitsGiveNoDifference() {
        ReconciledMeasure m = only(
                count("CP-04", "Second or subsequent plans", "P1"),
                percent("CP-04-CIN", "Second or subsequent plans (CIN census)", ids("P1"), ids("P2")));

        assertThat(m.difference()).isEmpty();
        assertThat(m.children()).map(ChildrenCompared::inBoth).contains(1L);
        assertThat(m.note()).startsWith("The two are in different units (count and percent). No difference is given.");
    }

    @Test
    void blankIdentifiersAreNotChildren() {
        ReconciledMeasure m = only(
                count("CLA-02", "Children starting to be looked after", "C1", "  "),
                count("CLA-02-903", "Started (SSDA903)", "C1"));

        assertThat(m.difference()).as("the value still counts the record").contains(-1.0);
        assertThat(m.children()).contains(new ChildrenCompared(List.of(), List.of(), 1));
        assertThat(Optional.of(m.returnSource().baseId(m.returnId()))).contains("CLA-02");
    }

    @Test
    void aMeasureIsReconciledWithAReturnOnly() {
        ReconciledMeasure.Side side = new ReconciledMeasure.Side("CLA-01", IndicatorStatus.COMPUTED, Optional.empty());

        assertThatThrownBy(() -> new ReconciledMeasure("Children looked after", "CLA-01", "CLA-01", Source.ANNEX_A,
                Unit.COUNT, side, side, Optional.empty(), Optional.empty(), ""))
                .hasMessage("a measure is reconciled with a return (SSDA903 or the CIN census), not ANNEX_A");
    }
}
