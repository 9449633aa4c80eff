package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionYearTest {

    @Test
    void aCollectionYearRunsFromAprilToMarchAndIsNamedByBothYears() {
        CollectionYear year = CollectionYear.startingIn(2024);
        assertThat(year.label()).isEqualTo("2024-25");
        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(CollectionYear.endingIn(2025)).isEqualTo(year);
        assertThat(CollectionYear.startingIn(2009).label()).as("a leading zero on the end year").isEqualTo("2009-10");
        assertThat(CollectionYear.startingIn(2099 - 1).label()).isEqualTo("2098-99");
    }

    @Test
    void labelsParseWithEitherSeparatorAndEitherLengthOfEndYear() {
        assertThat(CollectionYear.parse("2017-18")).isEqualTo(CollectionYear.startingIn(2017));
        assertThat(CollectionYear.parse("2017/18")).isEqualTo(CollectionYear.startingIn(2017));
        assertThat(CollectionYear.parse("2017_2018")).isEqualTo(CollectionYear.startingIn(2017));
        assertThat(CollectionYear.parse("1999-00")).isEqualTo(CollectionYear.startingIn(1999));
        assertThatThrownBy(() -> CollectionYear.parse("2017-19")).hasMessageContaining("not a collection year");
        assertThatThrownBy(() -> CollectionYear.parse("2017")).hasMessageContaining("not a collection year");
    }
}
