package uk.chatbatch.indicators.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_CONTACT;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.table.TableRecord;

class ContactRatePer10000ChildrenTest {

    /** T = 30 Sep 2025: the window is 31 Mar 2025 to 30 Sep 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));
    private static final IndicatorContext T_WITH_20000_CHILDREN = T.with(IndicatorSettings.defaults(),
            new Population(OptionalLong.of(20_000), Map.of()));

    private final ContactRatePer10000Children indicator = new ContactRatePer10000Children();

    private static final InputData CONTACTS_IN_AND_OUT = only(CONTACTS,
            contact("C1", LocalDate.of(2025, 3, 31)),   // first day of the window: counted
            contact("C1", LocalDate.of(2025, 6, 1)),    // the same child again: counted again
            contact("C2", LocalDate.of(2025, 9, 30)),   // T: counted
            contact("C3", LocalDate.of(2025, 3, 30)));  // T minus 6 months: not counted

    @Test
    void ratePerTenThousandChildrenAndAnnualised() {
        IndicatorResult result = indicator.compute(CONTACTS_IN_AND_OUT, T_WITH_20000_CHILDREN);

        assertThat(result.status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(result.values()).extracting(IndicatorValue::breakdown, IndicatorValue::breakdownValue,
                IndicatorValue::numerator, IndicatorValue::denominator).containsExactly(
                tuple("all", "all", 3L, 20_000L),
                tuple("basis", "six months", 3L, 20_000L));
        assertThat(headline(result).value()).isCloseTo(3.0, offset(1e-9));          // 3 / 20,000 × 10,000 × 12 / 6
        assertThat(result.values().get(1).value()).isCloseTo(1.5, offset(1e-9));    // the six months as counted
    }

    @Test
    void drillDownIsTheContactsCounted() {
        IndicatorResult result = indicator.compute(CONTACTS_IN_AND_OUT, T_WITH_20000_CHILDREN);

        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("C1", "C1", "C2");
    }

    @Test
    void withoutAPopulationTheRateIsNotComputedNeverZero() {
        IndicatorResult result = indicator.compute(CONTACTS_IN_AND_OUT, T);

        assertThat(result.status()).isEqualTo(IndicatorStatus.POPULATION_NOT_CONFIGURED);
        assertThat(result.values()).isEmpty();
    }

    private static TableRecord contact(String child, LocalDate date) {
        return row(CONTACTS).set(CHILD_ID, child).set(DATE_OF_CONTACT, date).build();
    }
}
