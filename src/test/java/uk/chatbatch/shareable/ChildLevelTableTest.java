package uk.chatbatch.shareable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.datasets.TableDataset;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.model.ColumnType;
import uk.chatbatch.output.TableData;
import uk.chatbatch.output.TableSchema;

/** A child-level table keeps only declared columns, each through its transform; undeclared means dropped. */
class ChildLevelTableTest {

    static final Pseudonymiser KEY = new Pseudonymiser("an LA's key of at least 32 characters".getBytes(StandardCharsets.UTF_8));

    static final TableSchema INTERNAL = new TableSchema("annex_a_children_in_care", List.of(
            new ColumnDef("la_code", ColumnType.STRING),         // keep
            new ColumnDef("source_row", ColumnType.INT32),       // drop
            new ColumnDef("child_id", ColumnType.STRING),        // hmac_sha256
            new ColumnDef("date_of_birth", ColumnType.DATE),     // first_of_month
            new ColumnDef("placement_postcode", ColumnType.STRING), // postcode_district
            new ColumnDef("allocated_worker", ColumnType.STRING),   // drop
            new ColumnDef("legal_status", ColumnType.STRING),    // keep
            new ColumnDef("a_column_added_later", ColumnType.STRING))); // not declared: dropped

    @Test
    void eachColumnGoesThroughItsDeclaredTransformAndUndeclaredColumnsAreDropped() {
        TableData internal = new TableData(INTERNAL, List.<Object[]>of(
                new Object[] {"999", 12, "1000001", LocalDate.of(2015, 3, 17), "sw1a 1aa", "Worker A", "C2", "note"},
                new Object[] {"999", 13, "1000002", null, "not known", null, "E1", null}));

        TableData shared = ChildLevelTable.pseudonymise(internal, ChildLevelColumns.ANNEX_A, KEY);

        assertThat(shared.schema().columns()).containsExactly(new ColumnDef("la_code", ColumnType.STRING),
                new ColumnDef("child_id", ColumnType.STRING), new ColumnDef("date_of_birth", ColumnType.DATE),
                new ColumnDef("placement_postcode", ColumnType.STRING), new ColumnDef("legal_status", ColumnType.STRING));
        assertThat(Arrays.asList(shared.rows().get(0)))
                .containsExactly("999", KEY.pseudonym("1000001"), LocalDate.of(2015, 3, 1), "SW1A", "C2");
        assertThat(Arrays.asList(shared.rows().get(1)))
                .containsExactly("999", KEY.pseudonym("1000002"), null, null, "E1");
    }

    @Test
    void everyAnnexAColumnIsDeclaredAndIdentifiersDatesOfBirthPostcodesAndNamesAreNeverKept() {
        for (AnnexAList list : AnnexAList.values()) {
            for (ColumnDef c : TableDataset.schema(list).columns()) {
                assertThat(ChildLevelColumns.ANNEX_A).as(list + " " + c.name()).containsKey(c.name());
            }
        }
        Map<String, Transform> declared = ChildLevelColumns.ANNEX_A;
        assertThat(declared).containsEntry("child_id", Transform.HMAC_SHA256)
                .containsEntry("family_id", Transform.HMAC_SHA256).containsEntry("adopter_id", Transform.HMAC_SHA256)
                .containsEntry("date_of_birth", Transform.FIRST_OF_MONTH)
                .containsEntry("placement_postcode", Transform.POSTCODE_DISTRICT)
                .containsEntry("allocated_worker", Transform.DROP).containsEntry("allocated_team", Transform.DROP)
                .containsEntry("personal_advisor", Transform.DROP).containsEntry("eh_organisation", Transform.DROP)
                .containsEntry("source_file", Transform.DROP);
    }

    @Test
    void aTransformThatFailsNamesTheTableColumnAndTransformButNotTheValue() {
        TableData internal = new TableData(INTERNAL, List.<Object[]>of(
                new Object[] {"999", 12, "1000001", LocalDate.of(2015, 3, 17), "SW1A 1AA", null, "C2", null}));
        Map<String, Transform> misdeclared = Map.of("child_id", Transform.FIRST_OF_MONTH);
        assertThatThrownBy(() -> ChildLevelTable.pseudonymise(internal, misdeclared, KEY))
                .isInstanceOf(TransformFailedException.class)
                .hasMessage("annex_a_children_in_care, column child_id, transform first_of_month: expected a LocalDate,"
                        + " found a String")
                .hasMessageNotContaining("1000001");
    }

    @Test
    void everyReturnColumnIsDeclaredAndIdentifiersDatesOfBirthPostcodesAndWorkersAreNeverKept() {
        for (uk.chatbatch.ssda903.Ssda903Table table : uk.chatbatch.ssda903.Ssda903Table.values()) {
            assertThat(ChildLevelColumns.declared(table.dataset())).as(table.dataset()).contains(ChildLevelColumns.SSDA903);
            for (ColumnDef c : TableDataset.schema(table).columns()) {
                assertThat(ChildLevelColumns.SSDA903).as(table + " " + c.name()).containsKey(c.name());
            }
        }
        for (uk.chatbatch.cin.CinTable table : uk.chatbatch.cin.CinTable.values()) {
            assertThat(ChildLevelColumns.declared(table.dataset())).as(table.dataset()).contains(ChildLevelColumns.CIN);
            for (ColumnDef c : TableDataset.schema(table).columns()) {
                assertThat(ChildLevelColumns.CIN).as(table + " " + c.name()).containsKey(c.name());
            }
        }
        assertThat(ChildLevelColumns.SSDA903).containsEntry("child", Transform.HMAC_SHA256)
                .containsEntry("upn", Transform.HMAC_SHA256).containsEntry("dob", Transform.FIRST_OF_MONTH)
                .containsEntry("mc_dob", Transform.FIRST_OF_MONTH).containsEntry("home_post", Transform.POSTCODE_DISTRICT)
                .containsEntry("pl_post", Transform.POSTCODE_DISTRICT).containsEntry("urn", Transform.DROP)
                .containsEntry("sw_id", Transform.DROP).containsEntry("source_file", Transform.DROP)
                .containsEntry("source_row", Transform.DROP);
        assertThat(ChildLevelColumns.CIN).containsEntry("la_child_id", Transform.HMAC_SHA256)
                .containsEntry("upn", Transform.HMAC_SHA256).containsEntry("former_upn", Transform.HMAC_SHA256)
                .containsEntry("person_birth_date", Transform.FIRST_OF_MONTH)
                .containsEntry("expected_person_birth_date", Transform.FIRST_OF_MONTH)
                .containsEntry("person_death_date", Transform.FIRST_OF_MONTH)
                .containsEntry("source_location", Transform.DROP).containsEntry("source_line", Transform.DROP);
        assertThat(ChildLevelColumns.declared("ssda903_quarantine")).as("not a table of clean rows").isEmpty();
        assertThat(ChildLevelColumns.datasets()).contains("annex_a_referrals", "ssda903_episodes", "cin_child");
    }
}
