package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;

import java.time.LocalDate;
import uk.chatbatch.indicators.IndicatorContext;

/** The period the adoption tests share: T = 31 Mar 2025, so the 12-month window is 1 Apr 2024 to 31 Mar 2025. */
final class AdoptionTesting {

    static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private AdoptionTesting() {
    }

    static LocalDate d(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
