package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.ColumnType;

class TableSchemaTest {

    @Test
    void columnNamesMustBeSnakeCase() {
        assertThat(new ColumnDef("child_id", ColumnType.STRING).name()).isEqualTo("child_id");
        assertThat(new ColumnDef("age_at_referral2", ColumnType.INT32).name()).isEqualTo("age_at_referral2");

        assertThatThrownBy(() -> new ColumnDef("ChildId", ColumnType.STRING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ChildId'").hasMessageContaining("snake_case");
        assertThatThrownBy(() -> new ColumnDef("child id", ColumnType.STRING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'child id'");
        assertThatThrownBy(() -> new ColumnDef("2nd_referral", ColumnType.STRING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2nd_referral'");
        assertThatThrownBy(() -> new ColumnDef("_hidden", ColumnType.STRING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'_hidden'");
    }

    @Test
    void columnNamesMustBeUnique() {
        assertThatThrownBy(() -> TableSchema.of("referrals",
                new ColumnDef("child_id", ColumnType.STRING),
                new ColumnDef("referral_date", ColumnType.DATE),
                new ColumnDef("child_id", ColumnType.INT64)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table 'referrals' has column 'child_id' twice");
    }

    @Test
    void tableNeedsASnakeCaseNameAndAtLeastOneColumn() {
        assertThatThrownBy(() -> TableSchema.of("Referrals", new ColumnDef("child_id", ColumnType.STRING)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Referrals'");
        assertThatThrownBy(() -> new TableSchema("referrals", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Table 'referrals' has no columns");
    }

    @Test
    void indexOfFindsAColumnByName() {
        TableSchema schema = TableSchema.of("referrals",
                new ColumnDef("child_id", ColumnType.STRING),
                new ColumnDef("referral_date", ColumnType.DATE));

        assertThat(schema.indexOf("referral_date")).isEqualTo(1);
        assertThat(schema.columnCount()).isEqualTo(2);
        assertThatThrownBy(() -> schema.indexOf("nfa"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Table 'referrals' has no column 'nfa'");
    }

    @Test
    void eachTypeAcceptsExactlyItsJavaClassOrNull() {
        assertThat(ColumnType.DATE.accepts(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(ColumnType.DATE.accepts(null)).isTrue();
        assertThat(ColumnType.DATE.accepts("2025-03-31")).isFalse();
        assertThat(ColumnType.INT64.accepts(1L)).isTrue();
        assertThat(ColumnType.INT64.accepts(1)).as("no silent widening of Integer").isFalse();
        assertThat(ColumnType.DOUBLE.accepts(1.0f)).as("no silent widening of Float").isFalse();
    }

    /** One value of each type against every type: each is accepted by its own type alone. */
    @Test
    void everyTypeRejectsEveryOtherTypesValue() {
        List<Object> values = List.of("C1", LocalDate.of(2025, 3, 31), 7, 7L, 7.0, true);
        for (ColumnType type : ColumnType.values()) {
            for (Object value : values) {
                assertThat(type.accepts(value)).as(type + " takes a " + value.getClass().getSimpleName())
                        .isEqualTo(type.javaType() == value.getClass());
            }
        }
    }

    @Test
    void tableDataAnswersByColumnName() {
        TableSchema schema = TableSchema.of("referrals",
                new ColumnDef("child_id", ColumnType.STRING),
                new ColumnDef("referral_nfa", ColumnType.BOOLEAN));
        TableData data = new TableData(schema, Arrays.asList(
                new Object[] {"C1", true},
                new Object[] {"C2", null}));

        assertThat(data.rowCount()).isEqualTo(2);
        assertThat(data.value(1, "child_id")).isEqualTo("C2");
        assertThat(data.column("referral_nfa")).containsExactly(true, null);
    }
}
