package uk.chatbatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarksTest {

    private final Benchmarks benchmarks = Benchmarks.bundled();

    @Test
    void theLatestPublishedOrDerivedValueIsOffered() {
        Benchmark referrals = benchmarks.latest("REF-02", Benchmarks.ENGLAND).orElseThrow();
        assertThat(referrals.year()).isEqualTo("2025");
        assertThat(referrals.value()).isEqualTo(22.6);
        assertThat(referrals.status()).isEqualTo("published");
        assertThat(benchmarks.latest("ASM-02", "North East").orElseThrow().value()).isEqualTo(86.5);
    }

    @Test
    void secondaryApproximateAndThresholdRowsAreNeverOffered() {
        assertThat(benchmarks.all()).anyMatch(b -> b.status().equals("published-secondary"));
        assertThat(benchmarks.latest("REF-03", Benchmarks.ENGLAND)).as("only a press figure exists").isEmpty();
        assertThat(benchmarks.latest("CP-04", Benchmarks.ENGLAND)).as("an unverified recollection").isEmpty();
        for (Benchmark b : benchmarks.all()) {
            benchmarks.latest(b.indicatorId(), b.geography()).ifPresent(shown ->
                    assertThat(shown.status()).isIn("published", "derived"));
        }
    }

    @Test
    void aRegionWithoutValuesHasNone() {
        assertThat(benchmarks.latest("ASM-02", "London")).isEmpty();
        assertThat(Benchmarks.REGIONS).contains("London").hasSize(9);
    }
}
