package uk.chatbatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LaPeriodTest {

    private static final LocalDate SEPTEMBER_END = LocalDate.of(2026, 9, 30);

    @Test
    void aRealLasKeyNamesItsHivePartitionsAndFolderPrefix() {
        LaPeriod cityOfLondon = new LaPeriod("201", SEPTEMBER_END);

        assertThat(cityOfLondon.laPartition()).isEqualTo("la=201");
        assertThat(cityOfLondon.periodPartition()).isEqualTo("period=2026-09-30");
        assertThat(cityOfLondon.folderPrefix()).isEqualTo("201_2026-09-30");
        assertThat(cityOfLondon).hasToString("LA 201, period ending 2026-09-30");
        assertThat(cityOfLondon.synthetic()).isFalse();
    }

    @Test
    void twoKeysOfTheSameLaAndPeriodAreEqual() {
        assertThat(new LaPeriod("999", SEPTEMBER_END)).isEqualTo(new LaPeriod("999", LocalDate.parse("2026-09-30")))
                .hasSameHashCodeAs(new LaPeriod("999", SEPTEMBER_END));
        assertThat(new LaPeriod("999", SEPTEMBER_END)).as("another period").isNotEqualTo(
                new LaPeriod("999", SEPTEMBER_END.minusDays(1)));
        assertThat(new LaPeriod("999", SEPTEMBER_END)).as("another LA").isNotEqualTo(new LaPeriod("998", SEPTEMBER_END));
    }

    @Test
    void syntheticCodesAre990To999() {
        assertThat(new LaPeriod("989", SEPTEMBER_END).synthetic()).as("989, one below").isFalse();
        assertThat(new LaPeriod("990", SEPTEMBER_END).synthetic()).as("990, the first").isTrue();
        assertThat(new LaPeriod("999", SEPTEMBER_END).synthetic()).as("999, the last").isTrue();
        assertThat(LaPeriod.isSyntheticCode("99")).as("two digits").isFalse();
        assertThat(LaPeriod.isSyntheticCode("9990")).as("four digits").isFalse();
    }

    @Test
    void aCodeThatIsNotThreeDigitsIsRefused() {
        assertThatThrownBy(() -> new LaPeriod("E09000001", SEPTEMBER_END)).as("an ONS code, replaced before a run")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LA code 'E09000001' is not a DfE three-digit code such as 201 (or 990 to 999 for a"
                        + " synthetic LA)");
        assertThatThrownBy(() -> new LaPeriod("../201", SEPTEMBER_END)).as("a path escaping the output root")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LaPeriod("20", SEPTEMBER_END)).as("two digits")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LaPeriod("2011", SEPTEMBER_END)).as("four digits")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LaPeriod(" 201", SEPTEMBER_END)).as("a leading space")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neitherPartMayBeMissing() {
        assertThatThrownBy(() -> new LaPeriod(null, SEPTEMBER_END)).isInstanceOf(NullPointerException.class)
                .hasMessage("laCode");
        assertThatThrownBy(() -> new LaPeriod("201", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("periodEnd");
    }
}
