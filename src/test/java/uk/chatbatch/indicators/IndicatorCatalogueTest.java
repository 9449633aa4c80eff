package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.indicators.IndicatorTesting.fixture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;

class IndicatorCatalogueTest {

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.discover();

    @Test
    void discoversTheIndicatorsByScanningInCatalogueOrder() {
        List<String> ids = CATALOGUE.definitions().stream().map(IndicatorMetadata::id).toList();

        assertThat(ids).containsSubsequence("CON-01", "REF-01", "REF-02", "ASM-01", "ASM-02", "S47-01", "S47-03",
                "CP-01", "CP-04", "CP-06", "CLA-01", "CLA-07");
        assertThat(ids).isSortedAccordingTo(IndicatorCatalogue.ORDER);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyIdFollowsTheCataloguePattern() {
        assertThat(CATALOGUE.definitions()).allSatisfy(d ->
                assertThat(d.id()).matches(IndicatorCatalogue.ID_PATTERN));
    }

    @Test
    void everyDefinitionIsComplete() {
        assertThat(CATALOGUE.definitions()).allSatisfy(d -> {
            assertThat(d.title()).as("%s title", d.id()).isNotBlank();
            assertThat(d.definition()).as("%s definition", d.id()).isNotBlank();
            assertThat(d.numerator()).as("%s numerator", d.id()).isNotBlank();
            assertThat(d.window()).as("%s window", d.id()).isNotBlank();
            assertThat(d.fromReturns() ? d.returnFields() : d.fields()).as("%s fields", d.id()).isNotEmpty();
        });
    }

    @Test
    void percentagesStateTheirDenominatorAndCountsDoNot() {
        assertThat(CATALOGUE.definitions()).allSatisfy(d -> {
            if (d.unit() == Unit.PERCENT) {
                assertThat(d.denominator()).as("%s denominator", d.id()).isNotBlank();
            } else if (d.unit() == Unit.COUNT) {
                assertThat(d.denominator()).as("%s is a count: no denominator", d.id()).isEmpty();
            }
        });
    }

    @Test
    void theBaseClassMatchesTheUnit() {
        assertThat(CATALOGUE.indicators()).allSatisfy(indicator -> {
            if (indicator instanceof CountOfRecords) {
                assertThat(indicator.metadata().unit()).as(indicator.metadata().id()).isEqualTo(Unit.COUNT);
            }
            if (indicator instanceof PercentOfRecords) {
                assertThat(indicator.metadata().unit()).as(indicator.metadata().id()).isEqualTo(Unit.PERCENT);
            }
        });
    }

    @Test
    void findsAnIndicatorById() {
        assertThat(CATALOGUE.find("ASM-02")).get().extracting(i -> i.metadata().title())
                .isEqualTo("Assessments completed within 45 working days");
        assertThat(CATALOGUE.find("ASM-99")).isEmpty();
    }

    @Test
    void ordersBySectionThenNumberThenVariant() {
        List<String> catalogueOrder = List.of("CON-01", "CON-07", "EH-01", "REF-01", "REF-01R", "REF-02", "REF-10",
                "ASM-02", "S47-03", "S47-03M", "CIN-01", "CP-04", "CP-04B", "CLA-01", "CLA-22", "CL-01", "ADO-01",
                "ADR-06", "SGO-01", "DQ-01", "WF-01");
        List<String> shuffled = new ArrayList<>(catalogueOrder);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort(IndicatorCatalogue.ORDER);

        assertThat(shuffled).containsExactlyElementsOf(catalogueOrder);
    }

    @Test
    void ordersTheIndicatorsItIsGiven() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.of(List.of(
                fixture("CLA-01", AnnexAList.CHILDREN_IN_CARE, (data, context) -> null),
                fixture("CL-01", AnnexAList.CARE_LEAVERS, (data, context) -> null),
                fixture("CON-01", AnnexAList.CONTACTS, (data, context) -> null)));

        assertThat(catalogue.definitions()).extracting(IndicatorMetadata::id).containsExactly("CON-01", "CLA-01", "CL-01");
    }

    @Test
    void rejectsADuplicateIdNamingBothClasses() {
        Indicator first = new uk.chatbatch.indicators.childprotection.ChildProtectionPlansAtPeriodEnd();
        Indicator second = fixture("CP-01", AnnexAList.CHILD_PROTECTION, (data, context) -> null);

        assertThatThrownBy(() -> IndicatorCatalogue.of(List.of(first, second)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CP-01 is used twice")
                .hasMessageContaining(first.getClass().getName())
                .hasMessageContaining(second.getClass().getName());
    }

    @Test
    void rejectsAnIdOutsideTheCataloguePattern() {
        for (String badId : List.of("ASM-2", "asm-02", "XYZ-01", "ASM-02RR", "ASM02")) {
            assertThatThrownBy(() -> IndicatorCatalogue.of(List.of(fixture(badId, AnnexAList.ASSESSMENTS,
                    (data, context) -> null))))
                    .as(badId)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("\"" + badId + "\"")
                    .hasMessageContaining("does not follow the catalogue pattern");
        }
    }
}
