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
    void aSecondaryOrUnverifiedRowIsOfferedOnlyWhereNoPublishedOrDerivedOneExistsAndNeverToTheDataset() {
        assertThat(benchmarks.latest("REF-03", Benchmarks.ENGLAND)).as("the dataset's: published or derived only")
                .isEmpty();
        assertThat(benchmarks.latestWithSecondary("REF-03", Benchmarks.ENGLAND)).as("only a press figure exists")
                .hasValueSatisfying(b -> assertThat(b.isSecondary()).isTrue());
        assertThat(benchmarks.latestWithSecondary("CP-04", Benchmarks.ENGLAND)).as("an unverified recollection, newer than the"
                + " secondary 2015 figure").hasValueSatisfying(b -> assertThat(b.year()).isEqualTo("2024"));
        assertThat(benchmarks.latestWithSecondary("REF-01", Benchmarks.ENGLAND).orElseThrow().status())
                .as("2025 published, not the 2023 press figure").isEqualTo("published");
        for (Benchmark b : benchmarks.all()) {
            benchmarks.latest(b.indicatorId(), b.geography()).ifPresent(shown ->
                    assertThat(shown.status()).isIn("published", "derived"));
            benchmarks.latestWithSecondary(b.indicatorId(), b.geography()).ifPresent(shown -> {
                assertThat(shown.status()).isNotEqualTo(Benchmark.THRESHOLD);
                if (!shown.status().equals("published") && !shown.status().equals("derived")) {
                    assertThat(benchmarks.all()).as(b.indicatorId() + " has no published or derived row")
                            .noneMatch(o -> o.indicatorId().equals(b.indicatorId())
                                    && o.geography().equals(b.geography())
                                    && (o.status().equals("published") || o.status().equals("derived")));
                }
            });
        }
    }

    @Test
    void thresholdsAreOfferedApartAndNeverAsEnglandsValue() {
        assertThat(benchmarks.threshold("ADO-01T").orElseThrow().value()).isEqualTo(426);
        assertThat(benchmarks.threshold("ADO-02T").orElseThrow().value()).isEqualTo(121);
        assertThat(benchmarks.latest("ADO-01T", Benchmarks.ENGLAND)).isEmpty();
    }

    @Test
    void aRegionWithoutValuesHasNone() {
        assertThat(benchmarks.latest("ASM-02", "London")).isEmpty();
        assertThat(Benchmarks.REGIONS).contains("London").hasSize(9);
    }
}
