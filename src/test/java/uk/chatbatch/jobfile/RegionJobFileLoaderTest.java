package uk.chatbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job file for several LAs: las entries, an inputs_by_la folder, or both; and what each refuses. */
class RegionJobFileLoaderTest {

    @TempDir
    Path dir;

    /** The day the tests are run on, as far as the period-end bound is concerned. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneId.of("Europe/London"));

    private final List<String> notes = new ArrayList<>();

    private RegionJobDefinition load(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("region.yml"), yaml);
        return RegionJobFileLoader.fromMap(RegionJobFileLoader.read(file), file.toString(), "region", TODAY,
                notes::add);
    }

    private Path file(String relative) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "");
    }

    private Path folder(String relative) throws Exception {
        return Files.createDirectories(dir.resolve(relative));
    }

    @Test
    void eachListedLaGetsItsOwnInputsAndTheSharedKeys() throws Exception {
        RegionJobDefinition region = load("""
                period_end: 2026-09-30
                output: out
                reports: [internal]
                parallel_las: 3
                las:
                  - la_code: E08000022
                    inputs: {annex_a: b.xlsx}
                  - la_code: "391"
                    la_name: Newcastle (test)
                    inputs: {annex_a: a.xlsx, cin: cin}
                    population: {aged_0_to_17: 63000}
                """);
        assertThat(region.laCodes()).as("DfE codes, in code order; the ONS code resolved").isEqualTo("391,392");
        assertThat(region.parallelLas()).contains(3);
        JobDefinition newcastle = region.las().get(0);
        assertThat(newcastle.laName()).as("a real LA is named as the table names it").isEqualTo("Newcastle upon Tyne");
        assertThat(notes).containsExactly("LA 391 is Newcastle upon Tyne in the DfE table, the name its outputs carry;"
                + " the name 'Newcastle (test)' given in " + dir.resolve("region.yml") + ", las[2] is not used.");
        assertThat(newcastle.annexA()).contains(Path.of("a.xlsx"));
        assertThat(newcastle.cin()).contains(Path.of("cin"));
        assertThat(newcastle.population().aged0to17()).hasValue(63000);
        JobDefinition northTyneside = region.las().get(1);
        assertThat(northTyneside.laName()).as("from the bundled LA table").isEqualTo("North Tyneside");
        assertThat(northTyneside.population().aged0to17()).isEmpty();
        for (JobDefinition la : region.las()) {
            assertThat(la.periodEnd()).contains(LocalDate.of(2026, 9, 30));
            assertThat(la.output()).isEqualTo(Path.of("out"));
            assertThat(la.reports()).hasSize(1);
        }
        assertThat(region.jobRepositoryUrl()).contains("out/.jobrepo/region-").contains("_2026-09-30/chat-batch");
    }

    @Test
    void shareableDatasetsAreAskedForAcrossTheRegionAndAnLaMayGiveItsOwnKey() throws Exception {
        RegionJobDefinition region = load("""
                period_end: 2026-09-30
                shareable: {child_level: [annex_a_referrals], key_file: hub.key}
                las:
                  - la_code: "391"
                    inputs: {annex_a: a.xlsx}
                    shareable: {child_level: [annex_a_children_in_care], key_file: newcastle.key}
                  - la_code: "392"
                    inputs: {annex_a: b.xlsx}
                """);
        assertThat(region.las().get(0).shareable().childLevel()).containsExactly("annex_a_children_in_care");
        assertThat(region.las().get(0).shareable().keyFile()).contains(Path.of("newcastle.key"));
        assertThat(region.las().get(1).shareable().childLevel()).containsExactly("annex_a_referrals");
        assertThat(region.las().get(1).shareable().keyFile()).contains(Path.of("hub.key"));
    }

    @Test
    void theDatasetsCompressionIsSharedByEveryLaAndCheckedAsForOneLa() throws Exception {
        RegionJobDefinition region = load("""
                period_end: 2026-09-30
                parquet_codec: snappy
                las:
                  - la_code: "391"
                    inputs: {annex_a: a.xlsx}
                  - la_code: "392"
                    inputs: {annex_a: b.xlsx}
                """);
        assertThat(region.las()).extracting(JobDefinition::parquetCodec)
                .containsExactly(uk.chatbatch.output.ParquetCodec.SNAPPY, uk.chatbatch.output.ParquetCodec.SNAPPY);
        assertThat(load("period_end: 2026-09-30\nlas:\n  - {la_code: \"391\", inputs: {annex_a: a.xlsx}}\n")
                .las().get(0).parquetCodec()).as("zstd unless asked").isEqualTo(uk.chatbatch.output.ParquetCodec.ZSTD);
        assertThatThrownBy(() -> load("period_end: 2026-09-30\nparquet_codec: gzip\n"
                + "las:\n  - {la_code: \"391\", inputs: {annex_a: a.xlsx}}\n"))
                .hasMessageContaining("las[1], key parquet_codec").hasMessageContaining("gzip");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\nlas:\n  - {la_code: \"391\", parquet_codec: snappy,"
                + " inputs: {annex_a: a.xlsx}}\n")).as("one codec for the whole region's lake")
                .hasMessageContaining("las[1]: unknown key 'parquet_codec'");
    }

    @Test
    void syntheticDataIsDeclaredForTheRegionOrForOneLa() throws Exception {
        RegionJobDefinition all = load("""
                period_end: 2026-09-30
                synthetic_data: true
                las:
                  - {la_code: "391", inputs: {annex_a: a.xlsx}}
                  - {la_code: "392", inputs: {annex_a: b.xlsx}}
                """);
        assertThat(all.las()).extracting(JobDefinition::syntheticData).containsExactly(true, true);
        RegionJobDefinition one = load("""
                period_end: 2026-09-30
                las:
                  - {la_code: "391", inputs: {annex_a: a.xlsx}, synthetic_data: true}
                  - {la_code: "392", inputs: {annex_a: b.xlsx}}
                """);
        assertThat(one.las()).extracting(JobDefinition::syntheticData).containsExactly(true, false);
        assertThatThrownBy(() -> load("period_end: 2026-09-30\nsynthetic_data: maybe\n"
                + "las:\n  - {la_code: \"391\", inputs: {annex_a: a.xlsx}}\n"))
                .hasMessageContaining("key synthetic_data: expected true or false, found 'maybe'");
    }

    @Test
    void theFolderConventionFindsEachLasExtracts() throws Exception {
        file("region/391/annex-a.xlsx");
        folder("region/391/ssda903/2025-26");
        folder("region/391/cin");
        folder("region/e08000022/ANNEX_A");              // a CSV folder; ONS code in lower case
        file("region/393/Annex-A-sept.XLSX");
        file("region/393/notes.txt");                     // ignored
        folder("region/.DS_Store");                       // hidden: ignored
        file("region/readme.txt");                        // loose file: ignored
        RegionJobDefinition region = load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("region") + "\n");

        assertThat(region.laCodes()).isEqualTo("391,392,393");
        JobDefinition newcastle = region.las().get(0);
        assertThat(newcastle.annexA()).contains(dir.resolve("region/391/annex-a.xlsx"));
        assertThat(newcastle.ssda903()).contains(dir.resolve("region/391/ssda903"));
        assertThat(newcastle.cin()).contains(dir.resolve("region/391/cin"));
        assertThat(region.las().get(1).annexA()).contains(dir.resolve("region/e08000022/ANNEX_A"));
        assertThat(region.las().get(1).ssda903()).isEmpty();
        assertThat(region.las().get(2).annexA()).contains(dir.resolve("region/393/Annex-A-sept.XLSX"));
    }

    @Test
    void anLaListedAndInTheFolderTakesItsKeysFromTheListAndItsFilesFromTheFolder() throws Exception {
        file("region/391/annex-a.xlsx");
        file("region/990/annex-a.xlsx");
        RegionJobDefinition region = load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("region") + "\n"
                + "las:\n  - la_code: E08000021\n    la_name: Toon\n    inputs: {accept_other_la_or_year: true}\n"
                + "  - la_code: \"990\"\n    la_name: Testshire\n");
        assertThat(region.las()).hasSize(2).first().satisfies(la -> {
            assertThat(la.laName()).as("a real LA: the table's name, with a note").isEqualTo("Newcastle upon Tyne");
            assertThat(notes).singleElement().asString().contains("the name 'Toon' given in");
            assertThat(la.annexA()).contains(dir.resolve("region/391/annex-a.xlsx"));
            assertThat(la.acceptOtherLaOrYear()).isTrue();
        });
        assertThat(region.las().get(1).laName()).as("a synthetic LA: the name as given").isEqualTo("Testshire");
    }

    @Test
    void anEmptyLaFolderIsKeptSoThatLaFailsAloneWhenItRuns() throws Exception {
        file("region/391/annex-a.xlsx");
        folder("region/392");
        RegionJobDefinition region = load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("region") + "\n");
        assertThat(region.las().get(1).annexA()).isEqualTo(Optional.empty());
        assertThat(region.las().get(1).cin()).isEmpty();
    }

    @Test
    void everyLaIsCheckedAtThePeriodEndWhetherListedOrAFolder() throws Exception {
        file("region/391/annex-a.xlsx");
        file("region/051/annex-a.xlsx");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("region") + "\n"))
                .as("a folder named by three digits that are no LA's code").hasMessage(dir.resolve("region/051")
                        + ": LA code '051' is not an English LA in the bundled DfE table; give an LA's DfE three-digit"
                        + " code such as 391 or its ONS code such as E08000021 (or 990 to 999 for a synthetic LA).");
        assertThatThrownBy(() -> load("period_end: 2022-03-31\nlas:\n  - {la_code: \"928\", inputs: {annex_a: a.xlsx}}\n"))
                .as("Northamptonshire, split in 2021").hasMessageContaining("las[1]: LA code '928' (Northamptonshire)"
                        + " was not in force on the period end 2022-03-31");
        assertThatThrownBy(() -> load("period_end: 1800-03-31\nlas:\n  - {la_code: \"391\", inputs: {annex_a: a.xlsx}}\n"))
                .hasMessageContaining("las[1]: period end 1800-03-31 is before 2010-04-01");
        file("ons/E08000016/annex-a.xlsx");
        RegionJobDefinition barnsley = load("period_end: 2026-03-31\ninputs_by_la: " + dir.resolve("ons") + "\n");
        assertThat(barnsley.laCodes()).as("Barnsley by its ONS code replaced in May 2025").isEqualTo("370");
        assertThat(notes).containsExactly("ONS code E08000016 was Barnsley's until 2025-04-30; on the period end"
                + " 2026-03-31 its ONS code is E08000038 (DfE 370), which the run uses.");
    }

    @Test
    void mistakesAreRefusedInOneSentenceNamingWhere() throws Exception {
        folder("typo/39l");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("typo") + "\n"))
                .hasMessageContaining("typo/39l: a folder under inputs_by_la must be named by its LA code");
        file("two/391/annex-a.xlsx");
        file("two/391/annex_a_old.xlsx");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("two") + "\n"))
                .hasMessageContaining("two/391: more than one Annex A input (annex-a.xlsx, annex_a_old.xlsx)");
        file("same/391/annex-a.xlsx");
        file("same/E08000021/annex-a.xlsx");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("same") + "\n"))
                .hasMessageContaining("are the same LA (DfE code 391)");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\nlas:\n  - {la_code: \"391\", inputs: {annex_a: a.xlsx}}\n"
                + "  - {la_code: E08000021, inputs: {annex_a: b.xlsx}}\n"))
                .hasMessageContaining("las[2]: LA 391 is listed twice");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\nlas:\n  - {la_code: \"391\"}\n"))
                .hasMessageContaining("las[1]: LA 391 has no inputs");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\nlas:\n  - {la_code: \"391\", output: x,"
                + " inputs: {annex_a: a.xlsx}}\n")).hasMessageContaining("las[1]: unknown key 'output'");
        assertThatThrownBy(() -> load("las:\n  - {la_code: \"391\", inputs: {annex_a: a.xlsx}}\n"))
                .hasMessageContaining("no period end");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\nparallel_las: 0\n"
                + "las:\n  - {la_code: \"391\", inputs: {annex_a: a.xlsx}}\n"))
                .hasMessageContaining("parallel_las: '0' is not a number of LAs to run at once");
        file("both/391/annex-a.xlsx");
        assertThatThrownBy(() -> load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("both") + "\n"
                + "las:\n  - {la_code: \"391\", inputs: {annex_a: elsewhere.xlsx}}\n"))
                .hasMessageContaining("LA 391 has inputs both in the job file (annex_a) and in its folder");
    }

    @Test
    void aRegionJobFileIsNotTakenForOneLa() throws Exception {
        Path file = Files.writeString(dir.resolve("r.yml"), "period_end: 2026-09-30\ninputs_by_la: x\n");
        assertThat(RegionJobFileLoader.isRegion(file)).isTrue();
        assertThat(RegionJobFileLoader.isRegion(Path.of("jobs/sample-la.yml"))).isFalse();
        assertThatThrownBy(() -> JobFileLoader.load(file)).hasMessageContaining("is a job file for several LAs");
    }
}
