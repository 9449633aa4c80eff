package uk.chatbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void periodEndMustLeaveTheLookBackInsideTheCalendar() {
        assertThat(GeneratorOptions.clean(1, 10, LocalDate.of(2022, 7, 1)).periodEnd()).isEqualTo("2022-07-01");
        assertThat(GeneratorOptions.clean(1, 10, LocalDate.of(2027, 12, 31)).periodEnd()).isEqualTo("2027-12-31");
        assertThatThrownBy(() -> GeneratorOptions.clean(1, 10, LocalDate.of(2022, 6, 30)))
                .hasMessageContaining("2022-06-30");
        assertThatThrownBy(() -> GeneratorOptions.clean(1, 10, LocalDate.of(2028, 1, 1)))
                .hasMessageContaining("2028-01-01");
    }

    @Test
    void childrenAndLaNameAreChecked() {
        assertThatThrownBy(() -> GeneratorOptions.clean(1, 0, LocalDate.of(2026, 3, 31)))
                .hasMessageContaining("children");
        assertThatThrownBy(() -> new GeneratorOptions(1, 10, LocalDate.of(2026, 3, 31), false, " "))
                .hasMessageContaining("laName");
    }

    @Test
    void theExtremePeriodEndsGenerate() {
        for (LocalDate end : new LocalDate[] {GeneratorOptions.EARLIEST_PERIOD_END, GeneratorOptions.LATEST_PERIOD_END}) {
            ListRows rows = SyntheticLa.build(GeneratorOptions.clean(5, 3_000, end));
            assertThat(rows.size(uk.chatbatch.annexa.AnnexAList.CONTACTS)).isPositive();
        }
    }
}
