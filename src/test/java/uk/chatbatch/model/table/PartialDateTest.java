package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    private static PartialDate read(String text) {
        return PartialDate.parse(text).orElseThrow(() -> new AssertionError(text + " should parse"));
    }

    @Test
    void unknownPartsWrittenZzAreEmptyAndTheTextIsKept() {
        PartialDate dayUnknown = read("ZZ/05/2021");
        assertThat(dayUnknown.text()).isEqualTo("ZZ/05/2021");
        assertThat(dayUnknown.day()).isEmpty();
        assertThat(dayUnknown.month()).contains(5);
        assertThat(dayUnknown.year()).contains(2021);
        assertThat(dayUnknown.date()).as("no whole date without the day").isEmpty();

        PartialDate monthUnknown = read("05/ZZ/2020");
        assertThat(monthUnknown.day()).contains(5);
        assertThat(monthUnknown.month()).isEmpty();

        PartialDate yearOnly = read("ZZ/ZZ/1993");
        assertThat(yearOnly.year()).contains(1993);
        assertThat(yearOnly.day()).isEmpty();
        assertThat(yearOnly.month()).isEmpty();

        assertThat(read("zz/zz/zzzz").year()).as("lower case, and a wholly unknown date").isEmpty();
    }

    @Test
    void aCompleteDateIsAlsoADate() {
        assertThat(read("14/02/2019").date()).contains(LocalDate.of(2019, 2, 14));
        assertThat(read("2019-02-14").date()).as("ISO, as liia-tools rewrites dates").contains(LocalDate.of(2019, 2, 14));
        assertThat(read("2019-ZZ-ZZ").year()).contains(2019);
    }

    @Test
    void impossibleDatesAreRejectedEvenWithUnknownParts() {
        assertThat(PartialDate.parse("31/04/2020")).isEmpty();
        assertThat(PartialDate.parse("30/02/ZZZZ")).isEmpty();
        assertThat(PartialDate.parse("29/02/2021")).isEmpty();
        assertThat(PartialDate.parse("ZZ/13/2020")).isEmpty();
        assertThat(PartialDate.parse("ZZ/05/1850")).as("before 1900 is a typing error").isEmpty();
        assertThat(PartialDate.parse("May 2021")).isEmpty();
        assertThat(PartialDate.parse("29/02/ZZZZ")).as("could be a leap year")
                .map(PartialDate::day).contains(Optional.of(29));
    }
}
