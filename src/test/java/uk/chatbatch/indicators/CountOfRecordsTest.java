package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.TableRecord;

/** The base's own guards: a breakdown computed must be declared, and must name its groups. */
class CountOfRecordsTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));
    private static final TableRecord CONTACT =
            row(CONTACTS).set(CHILD_ID, "C1").set(DATE_OF_CONTACT, LocalDate.of(2025, 6, 1)).build();

    @Test
    void aBreakdownNotDeclaredInTheDefinitionFails() {
        CountOfRecords undeclared = countOfContacts(List.of(), List.of(Breakdown.gender()));

        assertThatThrownBy(() -> undeclared.compute(only(CONTACTS, CONTACT), T))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CON-98 computes breakdowns [gender] its definition does not declare");
    }

    @Test
    void aRecordPutInAGroupTheBreakdownDoesNotListFails() {
        Breakdown<TableRecord> leaky = new Breakdown<>("source", List.of("police", "schools"), record -> "health");
        CountOfRecords indicator = countOfContacts(List.of("source"), List.of(leaky));

        assertThatThrownBy(() -> indicator.compute(only(CONTACTS, CONTACT), T))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"health\", which is not one of [police, schools]");
    }

    private static CountOfRecords countOfContacts(List<String> declared, List<Breakdown<TableRecord>> computed) {
        IndicatorMetadata metadata = new IndicatorMetadata("CON-98", "Contacts", "Test.", "contacts", "", "window",
                CONTACTS, List.of(), List.of(DATE_OF_CONTACT), Unit.COUNT, Polarity.CONTEXTUAL, ChartType.KPI, declared,
                List.of());
        return new CountOfRecords() {
            @Override
            protected boolean counts(TableRecord record, IndicatorContext context) {
                return true;
            }

            @Override
            protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
                return computed;
            }

            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
