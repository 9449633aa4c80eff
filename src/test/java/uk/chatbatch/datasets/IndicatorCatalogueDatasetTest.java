package uk.chatbatch.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.TableData;
import uk.chatbatch.reconciliation.Reconciliation;

/** The indicator_catalogue dataset is the catalogue, one row per indicator, as the run used it. */
class IndicatorCatalogueDatasetTest {

    static final List<IndicatorMetadata> CATALOGUE = IndicatorCatalogue.discover().definitions();
    static final LocalDate T = LocalDate.of(2026, 9, 30);

    static TableData table(IndicatorSettings settings) {
        return new TableData(IndicatorCatalogueDataset.SCHEMA,
                IndicatorCatalogueDataset.toRows(CATALOGUE, settings, new LaPeriod("999", T)));
    }

    static Map<String, Integer> rowById(TableData table) {
        List<Object> ids = table.column("indicator_id");
        return ids.stream().collect(Collectors.toMap(id -> (String) id, ids::indexOf));
    }

    @Test
    void everyIndicatorOnceInCatalogueOrderWithItsHeadlineFlagAndTheRunsKey() {
        TableData table = table(IndicatorSettings.defaults());
        assertThat(table.column("indicator_id")).containsExactlyElementsOf(
                CATALOGUE.stream().map(IndicatorMetadata::id).toList());
        for (int r = 0; r < table.rowCount(); r++) {
            IndicatorMetadata m = CATALOGUE.get(r);
            assertThat(table.value(r, "title")).isEqualTo(m.title());
            assertThat(table.value(r, "definition")).isEqualTo(m.definition());
            assertThat(table.value(r, "unit")).isEqualTo(m.unit().label());
            assertThat(table.value(r, "headline")).as(m.id()).isEqualTo(m.headline());
            assertThat(table.value(r, "la_code")).isEqualTo("999");
            assertThat(table.value(r, "period_end")).isEqualTo(T);
            assertThat(table.value(r, "catalogue_version")).isEqualTo(IndicatorsDataset.CATALOGUE_VERSION);
        }
        assertThat(table.column("headline")).contains(true, false);
    }

    @ParameterizedTest(name = "{0}: theme {1}, unit {2}, twin {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            CON-01      | Contacts                | count               | null
            CON-02      | Contacts                | per 10,000 children | null
            REF-02C-CIN | Referrals               | percent             | REF-02C
            CLA-01      | Children looked after   | count               | CLA-01-903
            CLA-01-903  | Children looked after   | count               | CLA-01
            CL-03       | Care leavers            | percent             | CL-03-903
            WF-01       | Workforce               | count               | null
            """)
    void aRowSaysTheThemeUnitAndTwin(String id, String theme, String unit, String twin) {
        TableData table = table(IndicatorSettings.defaults());
        int r = rowById(table).get(id);
        assertThat(table.value(r, "theme")).isEqualTo(theme);
        assertThat(table.value(r, "unit")).isEqualTo(unit);
        assertThat(table.value(r, "twin_id")).isEqualTo(twin);
    }

    /** twin_id pairs exactly the indicators the reconciliation compares: an id and the id plus -903 or -CIN. */
    @Test
    void twinsAreThePairsTheReconciliationMakes() {
        List<IndicatorResult> notComputed = CATALOGUE.stream()
                .map(m -> new IndicatorResult(m, IndicatorStatus.LIST_NOT_SUPPLIED, "", List.of())).toList();
        Set<String> reconciled = Reconciliation.of(notComputed).stream()
                .flatMap(m -> Set.of(m.annexAId() + " " + m.returnId(), m.returnId() + " " + m.annexAId()).stream())
                .collect(Collectors.toSet());
        TableData table = table(IndicatorSettings.defaults());
        Set<String> twins = new java.util.HashSet<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (table.value(r, "twin_id") != null) {
                twins.add(table.value(r, "indicator_id") + " " + table.value(r, "twin_id"));
            }
        }
        assertThat(twins).hasSizeGreaterThan(60).isEqualTo(reconciled);
    }

    @Test
    void settingsAreTheRunsValuesWithTheirDefaults() {
        int r = rowById(table(IndicatorSettings.defaults())).get("CON-05");
        assertThat(table(IndicatorSettings.defaults()).value(r, "settings"))
                .isEqualTo("contact_to_referral_working_days=1 (default)");
        IndicatorSettings threeDays = IndicatorSettings.of(Map.of("contact_to_referral_working_days", 3), "job");
        assertThat(table(threeDays).value(r, "settings")).isEqualTo("contact_to_referral_working_days=3 (default 1)");
    }

    /** Nothing to say is null, never an empty string: a count has no denominator, most indicators no settings. */
    @Test
    void nothingToSayIsNull() {
        TableData table = table(IndicatorSettings.defaults());
        int r = rowById(table).get("CON-01");
        assertThat(table.value(r, "denominator")).isNull();
        assertThat(table.value(r, "settings")).isNull();
        assertThat(table.value(r, "valid_from")).isNull();
        assertThat(table.value(r, "breakdowns")).isEqualTo("gender");
        assertThat(table.value(r, "source_lists")).isEqualTo("List 1 (Contacts)");
    }
}
