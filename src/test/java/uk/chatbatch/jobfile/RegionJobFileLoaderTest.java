package uk.chatbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job file for several LAs: las entries, an inputs_by_la folder, or both; and what each refuses. */
class RegionJobFileLoaderTest {

    @TempDir
    Path dir;

    private RegionJobDefinition load(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("region.yml"), yaml);
        return RegionJobFileLoader.fromMap(RegionJobFileLoader.read(file), file.toString(), "region");
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
        assertThat(newcastle.laName()).isEqualTo("Newcastle (test)");
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
    void anLaListedAndInTheFolderTakesItsNameFromTheListAndItsFilesFromTheFolder() throws Exception {
        file("region/391/annex-a.xlsx");
        RegionJobDefinition region = load("period_end: 2026-09-30\ninputs_by_la: " + dir.resolve("region") + "\n"
                + "las:\n  - la_code: E08000021\n    la_name: Toon\n    inputs: {accept_other_la_or_year: true}\n");
        assertThat(region.las()).singleElement().satisfies(la -> {
            assertThat(la.laName()).isEqualTo("Toon");
            assertThat(la.annexA()).contains(dir.resolve("region/391/annex-a.xlsx"));
            assertThat(la.acceptOtherLaOrYear()).isTrue();
        });
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
