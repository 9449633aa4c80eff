package uk.chatbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import uk.chatbatch.jobfile.JobDefinition;
import uk.chatbatch.jobfile.RegionJobDefinition;
import uk.chatbatch.jobfile.RegionJobFileLoader;
import uk.chatbatch.localauthorities.LocalAuthorities.LocalAuthority;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.region.LaInputFolders;

class RegionExtractsTest {

    private static final LocalDate END = LocalDate.of(2026, 9, 30);

    @TempDir
    Path dir;

    @Test
    void writesOneFolderPerRealLaCodeInTheLayoutARegionRunReads() throws Exception {
        List<RegionExtracts.WrittenLa> written = RegionExtracts.write(
                new RegionExtracts.Options(3, 40, 0.2, 7, END, true, Optional.empty()), dir);

        assertThat(written).extracting(w -> w.la().dfeCode()).containsExactly("201", "202", "203");
        assertThat(written).extracting(w -> w.la().name()).containsExactly("City of London", "Camden", "Greenwich");
        assertThat(written).extracting(RegionExtracts.WrittenLa::seed).containsExactly(7L, 8L, 9L);
        assertThat(written).allSatisfy(w -> {
            assertThat(w.children()).as("40 children times 0.8 to 1.2").isBetween(32, 48);
            assertThat(w.annexA().totalDataRows()).isPositive();
            assertThat(w.ssda903().total()).isPositive();
        });
        assertThat(written).extracting(RegionExtracts.WrittenLa::children).as("sizes differ").doesNotHaveDuplicates();

        // What the region run's own folder scan finds: every LA with its workbook and its SSDA903 folder.
        assertThat(LaInputFolders.scan(dir)).hasSize(3).allSatisfy((code, folder) -> {
            assertThat(folder.annexA()).contains(dir.resolve(code).resolve("annex-a.xlsx"));
            assertThat(folder.ssda903()).contains(dir.resolve(code).resolve("ssda903"));
        });
        assertThat(dir.resolve("201/ssda903/2025-26/episodes.csv")).as("the last year ended by the period end")
                .isRegularFile();
    }

    @Test
    void writesARegionJobFileWhoseLasCarryASyntheticPopulation() throws Exception {
        List<RegionExtracts.WrittenLa> written = RegionExtracts.write(
                new RegionExtracts.Options(2, 40, 0.2, 7, END, true, Optional.empty()), dir);
        Path jobFile = dir.resolve(RegionExtracts.JOB_FILE);

        RegionJobDefinition region = RegionJobFileLoader.fromMap(RegionJobFileLoader.read(jobFile),
                jobFile.toString(), "region", Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC),
                note -> { });

        assertThat(region.periodEnd()).isEqualTo(END);
        assertThat(region.las()).extracting(JobDefinition::laCode).containsExactly("201", "202");
        assertThat(region.las()).as("real LAs' codes, synthetic data: the outputs must say so")
                .allMatch(JobDefinition::syntheticData);
        for (int i = 0; i < written.size(); i++) {
            JobDefinition la = region.las().get(i);
            assertThat(la.annexA()).contains(dir.resolve(la.laCode()).resolve("annex-a.xlsx"));
            assertThat(la.population().aged0to17()).as(la.laCode())
                    .hasValue(RegionExtracts.syntheticPopulation(written.get(i).children()));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} listed children: {1} aged 0 to 17")
    @org.junit.jupiter.params.provider.CsvSource({
        "9600, 172800", // the typical LA
        "37,   700",    // 666 to the nearest 100
        "1,    100",    // never none: a rate needs a population
    })
    void theSyntheticPopulationIsEighteenChildrenForEachListedChild(int listed, long population) {
        assertThat(RegionExtracts.syntheticPopulation(listed)).isEqualTo(population);
    }

    @Test
    void theSameSeedWritesTheSameLasAndANoughtSpreadTheSameSize() throws Exception {
        RegionExtracts.Options options = new RegionExtracts.Options(2, 30, 0, 11, END, true, Optional.empty());
        List<RegionExtracts.WrittenLa> first = RegionExtracts.write(options, dir.resolve("a"));
        List<RegionExtracts.WrittenLa> second = RegionExtracts.write(options, dir.resolve("b"));

        assertThat(first).extracting(RegionExtracts.WrittenLa::children).containsExactly(30, 30);
        assertThat(Files.readAllBytes(dir.resolve("a/202/ssda903/2025-26/episodes.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/202/ssda903/2025-26/episodes.csv")));
        assertThat(first).extracting(RegionExtracts.WrittenLa::rows)
                .containsExactlyElementsOf(second.stream().map(RegionExtracts.WrittenLa::rows).toList());
    }

    @Test
    void lasOfOneRegionWhenARegionIsGiven() {
        List<LocalAuthority> northEast = RegionExtracts.pick(3, Optional.of("north east"));

        assertThat(northEast).extracting(LocalAuthority::region).containsOnly("North East");
        assertThat(northEast).extracting(LocalAuthority::dfeCode).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void moreLasThanTheTableHoldsIsRefusedInOneSentence() {
        assertThatThrownBy(() -> RegionExtracts.pick(13, Optional.of("North East")))
                .hasMessage("--las 13 asks for more LAs than the bundled table has in the region 'North East' (12).");
        assertThat(RegionExtracts.pick(153, Optional.empty())).as("every live English LA").hasSize(153);
    }

    @Test
    void theSsda903YearIsTheLastToHaveEndedByThePeriodEnd() {
        // period end         -> collection year
        assertThat(RegionExtracts.latestYearEndingBy(LocalDate.of(2026, 3, 31))).isEqualTo(CollectionYear.endingIn(2026));
        assertThat(RegionExtracts.latestYearEndingBy(LocalDate.of(2026, 3, 30))).isEqualTo(CollectionYear.endingIn(2025));
        assertThat(RegionExtracts.latestYearEndingBy(LocalDate.of(2026, 9, 30))).isEqualTo(CollectionYear.endingIn(2026));
        assertThat(RegionExtracts.latestYearEndingBy(LocalDate.of(2026, 12, 31))).isEqualTo(CollectionYear.endingIn(2026));
    }

    @Test
    void sizeFactorsStayWithinTheSpread() {
        for (int i = 0; i < 500; i++) {
            assertThat(RegionExtracts.sizeFactor(42, i, 0.2)).isBetween(0.8, 1.2);
        }
        assertThat(RegionExtracts.sizeFactor(42, 3, 0)).isEqualTo(1.0);
    }
}
