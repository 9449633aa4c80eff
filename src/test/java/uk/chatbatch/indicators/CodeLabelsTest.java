package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every code the report prints carries its label from the reference code lists; anything else is left alone. */
class CodeLabelsTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            reason ceased             | E4A     | E4A: Returned home - planned
            primary need              | N1      | N1: Abuse or neglect
            provider                  | PR0     | PR0: Parents/Parental responsibility
            legal status              | C2      | C2: Full care order
            activity                  | P1      | P1: Part time in higher education
            placement type            | P1      | P1: Placed with parents
            # the name says no list: the one list that has the code gives its label
            reason                    | G4      | G4: NEET - illness or disability
            reason                    | RD2     | RD2: The Court did not make a placement order
            # ADR-06's reasons an adopter left are numbers, labelled because "reason" names the lists it takes
            reason                    | 1       | 1: Adopter withdrew from process
            reason                    | 3       | 3: Application refused
            # ASM-08's CIN census assessment factors
            factor                    | 1A      | 1A: Alcohol misuse - child
            factor                    | 24A     | 24A: Child criminal exploitation
            factor                    | none recorded | none recorded
            child arrangements orders | E41     | E41: Residence or child arrangements order
            # a code two lists share, under a name that says neither, is left as it is rather than guessed
            reason                    | P1      | P1
            # a qualified name keeps its list: CL-06's accommodation by age (SSDA903's letter and suitability)
            accommodation type, aged 19 to 21 | D1 | D1: Semi-independent or transitional accommodation, suitable
            # "source group" names no list: its groups are words
            source group              | police  | police
            # not a code
            reason ceased             | unknown | unknown
            age group                 | 17 to 18| 17 to 18
            gender                    | female  | female
            """)
    void aCodeIsPrintedWithItsLabel(String breakdown, String group, String printed) {
        assertThat(CodeLabels.labelled(breakdown, group)).isEqualTo(printed);
    }

    @Test
    void aNameSeveralListsShareListsEachListsCodesTheBreakdownTakes() {
        assertThat(CodeLabels.codesOf("reason")).extracting(CodeLabels.BreakdownCode::code)
                .containsExactly("1", "2", "3", "RD1", "RD2", "RD3", "RD4", "G4", "G5", "G6");
        assertThat(CodeLabels.codesOf("reason")).extracting(CodeLabels.BreakdownCode::codeList).containsOnly(
                "ADOPTER_LEAVING_REASON", "REASON_NO_LONGER_PLACED", "ACTIVITY");
        assertThat(CodeLabels.codesOf("child arrangements orders")).extracting(c -> c.code() + ": " + c.label())
                .containsExactly("E41: Residence or child arrangements order");
        assertThat(CodeLabels.codesOf("factor")).hasSize(uk.chatbatch.cin.CinCodeList.ASSESSMENT_FACTOR.codes().size())
                .allMatch(c -> c.input() == CodeLabels.Input.CIN_CENSUS && c.codeList().equals("ASSESSMENT_FACTOR"));
    }

    /** A new indicator that names a breakdown "reason" may take its groups from another list: add it to the table. */
    @Test
    void theIndicatorsThatUseASharedNameAreTheOnesItsListsAreFor() {
        List<String> users = IndicatorCatalogue.discover().definitions().stream()
                .filter(m -> m.breakdowns().stream().anyMatch(CodeLabels.SHARED_NAMES::containsKey))
                .map(IndicatorMetadata::id).sorted().toList();
        assertThat(users).containsExactly("ADO-08", "ADR-06", "ASM-08", "CL-04", "SGO-01", "SGO-01-903");
    }
}
