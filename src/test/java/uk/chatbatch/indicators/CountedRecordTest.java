package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/** A drill-down row's list and sheet labels: the table's own wording, one shared String per table (and year). */
class CountedRecordTest {

    @Test
    void anAnnexARowNamesItsListAndKeepsItsOrigin() {
        Origin source = Origin.inSheet("annex-a.xlsx", "List 3", 12);
        TableRecord record = TableRecord.builder(AnnexAList.REFERRALS, source).set(Field.CHILD_ID, "C7").build();

        CountedRecord counted = CountedRecord.of(record, true, false);

        assertThat(counted).isEqualTo(new CountedRecord("C7", "List 3 (Referrals)", source, true, false));
        assertThat(counted.source()).isSameAs(source);
    }

    @Test
    void twoRecordsOfOneListShareOneLabel() {
        TableRecord first = TableRecord.builder(AnnexAList.REFERRALS, Origin.inSheet("a.xlsx", "List 3", 2))
                .set(Field.CHILD_ID, "C1").build();
        TableRecord second = TableRecord.builder(AnnexAList.REFERRALS, Origin.inSheet("a.xlsx", "List 3", 3))
                .set(Field.CHILD_ID, "C2").build();

        assertThat(CountedRecord.of(first, true, true).list())
                .isSameAs(CountedRecord.of(second, false, true).list());
    }

    @Test
    void aReturnRowsSheetLabelNamesTheTableAndItsYearAndIsSharedByTheYearsRows() {
        TableRecord in2025 = episode("C1", 2025, 2);
        TableRecord alsoIn2025 = episode("C2", 2025, 3);
        TableRecord in2024 = episode("C3", 2024, 2);

        CountedRecord first = DrillDown.ssda903Row(in2025, true, true);

        assertThat(first).isEqualTo(new CountedRecord("C1", "SSDA903 Episodes",
                Origin.inSheet("2025-26/episodes.csv", "SSDA903 Episodes 2025-26", 2), true, true));
        assertThat(DrillDown.ssda903Row(alsoIn2025, false, true).source().location()).isSameAs(first.source().location());
        assertThat(DrillDown.ssda903Row(in2024, true, true).source().location()).isEqualTo("SSDA903 Episodes 2024-25");
    }

    @Test
    void aTableWithoutAYearIsLabelledByItsNameAlone() {
        assertThat(CountedRecord.label(Ssda903Table.EPISODES, Optional.empty())).isEqualTo("SSDA903 Episodes");
        assertThat(CountedRecord.label(AnnexAList.CONTACTS)).isEqualTo(AnnexAList.CONTACTS.label());
    }

    private static TableRecord episode(String child, int startYear, int row) {
        return TableRecord.builder(Ssda903Table.EPISODES, new uk.chatbatch.model.table.Origin(
                        startYear + "-" + (startYear + 1 - 2000) + "/episodes.csv", row,
                        Optional.of(new CollectionYear(startYear))))
                .set(Ssda903Field.CHILD, child).build();
    }
}
