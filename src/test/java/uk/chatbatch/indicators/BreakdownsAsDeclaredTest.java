package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.ALLOCATED_TEAM;
import static uk.chatbatch.annexa.Field.REFERRAL_SOURCE;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.TableRecord;

/** Breakdowns are declared once, in the definition: the code gives only those a name alone does not define. */
class BreakdownsAsDeclaredTest {

    private static final Breakdown<TableRecord> SOURCE = Breakdown.code("source", REFERRAL_SOURCE);

    @Test
    void aNameAloneDefinesTeamWorkerGenderAndEthnicitySoTheCodeNeedNotGiveThem() {
        List<Breakdown<TableRecord>> declared = Breakdown.asDeclared(
                declaring("team", "worker", "gender", "ethnic group", "ethnicity"), List.of(), Breakdown::annexAByName);

        assertThat(declared).extracting(Breakdown::name)
                .containsExactly("team", "worker", "gender", "ethnic group", "ethnicity");
        assertThat(declared.get(0).classifier().apply(row(REFERRALS).set(ALLOCATED_TEAM, "North").build()))
                .isEqualTo("North");
    }

    @Test
    void theDefinitionsOrderWinsOverTheOrderTheCodeGivesThem() {
        List<Breakdown<TableRecord>> declared = Breakdown.asDeclared(declaring("team", "source"), List.of(SOURCE),
                Breakdown::annexAByName);

        assertThat(declared).extracting(Breakdown::name).containsExactly("team", "source");
    }

    @Test
    void anIndicatorsOwnBreakdownUnderAStandardNameIsTheOneUsed() {
        Breakdown<TableRecord> ownTeam = Breakdown.discovered("team", r -> "everyone");

        assertThat(Breakdown.asDeclared(declaring("team"), List.of(ownTeam), Breakdown::annexAByName))
                .containsExactly(ownTeam);
    }

    @Test
    void aDeclaredBreakdownNeitherComputedNorDefinedByItsNameFails() {
        assertThatThrownBy(() -> Breakdown.asDeclared(declaring("source"), List.of(), Breakdown::annexAByName))
                .hasMessage("REF-98 declares breakdown \"source\" but does not compute it");
    }

    @Test
    void withoutAnAnnexANameRuleEvenTeamMustBeComputed() {
        assertThatThrownBy(() -> Breakdown.asDeclared(declaring("team"), List.<Breakdown<TableRecord>>of()))
                .hasMessage("REF-98 declares breakdown \"team\" but does not compute it");
    }

    @Test
    void aComputedBreakdownTheDefinitionDoesNotDeclareFails() {
        assertThatThrownBy(() -> Breakdown.asDeclared(declaring(), List.of(SOURCE), Breakdown::annexAByName))
                .hasMessage("REF-98 computes breakdowns [source] its definition does not declare");
    }

    @Test
    void aBreakdownComputedTwiceFails() {
        assertThatThrownBy(() -> Breakdown.asDeclared(declaring("source"), List.of(SOURCE, SOURCE)))
                .hasMessage("REF-98 computes breakdown \"source\" twice");
    }

    private static IndicatorMetadata declaring(String... breakdowns) {
        return new IndicatorMetadata("REF-98", "Referrals", "Test.", "referrals", "", "six months", REFERRALS,
                List.of(), List.of(), Unit.COUNT, Polarity.CONTEXTUAL, ChartType.KPI, List.of(breakdowns), List.of());
    }
}
