package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.shareable.ChildLevelColumns;
import uk.chatbatch.shareable.Pseudonymiser;
import uk.chatbatch.shareable.ShareableRequest;
import uk.chatbatch.shareable.Transform;

/**
 * The shareable step on a generated LA: what it writes under output/shareable/, and how each dataset fails closed
 * on its own (a missing key, a transform that fails, a figure the rule cannot judge) while the rest is written.
 */
class ShareableStageTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);
    static final LocalDate NEXT = LocalDate.of(2026, 10, 31);
    static final List<String> ASKED = List.of("annex_a_referrals", "annex_a_children_in_care");
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.discover();

    @TempDir
    static Path dir;
    static Path workbook;
    static Path key;
    static Path otherKey;

    @BeforeAll
    static void generate() throws Exception {
        workbook = dir.resolve("annex-a.xlsx");
        new SyntheticAnnexAGenerator().generate(new GeneratorOptions(3, 120, T, true, "Generated"), workbook);
        key = Files.writeString(dir.resolve("la.key"), "4f1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071\n");
        otherKey = Files.writeString(dir.resolve("other.key"), "ffffffffffffffffffffffffffffffffffffffffffffffff\n");
    }

    /** Ingest and indicators for one period into {@code out}, then the shareable step as asked. */
    static List<String> run(Path out, LocalDate end, ShareableRequest asked, ShareableStage stage) throws Exception {
        RunRequest request = request(out, end, asked);
        new IngestStage(m -> { }).run(request);
        new IndicatorStage(new IndicatorEngine(CATALOGUE), m -> { }).run(request, 1L);
        stage.run(request, 2L);
        Path notices = request.layout().reportFile(new LaPeriod("999", end), ShareableStage.NOTICES);
        return Files.exists(notices) ? Files.readAllLines(notices) : List.of();
    }

    static RunRequest request(Path out, LocalDate end, ShareableRequest asked) {
        return new RunRequest(new LaPeriod("999", end), "Generated", Optional.of(workbook), Optional.empty(), Optional.empty(), out,
                IndicatorSettings.defaults(), Population.notConfigured(), Optional.empty(), RunRequest.DEFAULT_REPORTS,
                Optional.empty(), false, asked);
    }

    static TableData shared(Path out, String dataset, LocalDate end) throws Exception {
        return ParquetTableReader.read(out.resolve("shareable/" + dataset + "/la=999/period=" + end));
    }

    static Set<Object> childIds(Path out, String dataset, LocalDate end) throws Exception {
        return new HashSet<>(shared(out, dataset, end).column("child_id"));
    }

    @Test
    void theSameKeyGivesTheSamePseudonymsInEveryPeriodAndAnotherKeyOthers() throws Exception {
        Path out = dir.resolve("same-key");
        ShareableRequest asked = new ShareableRequest(ASKED, Optional.of(key));
        List<String> progress = new ArrayList<>();
        assertThat(run(out, T, asked, new ShareableStage(CATALOGUE, progress::add))).isEmpty();
        assertThat(run(out, NEXT, asked, new ShareableStage(CATALOGUE, m -> { }))).isEmpty();

        TableData internal = ParquetTableReader.read(out.resolve("parquet/annex_a_referrals/la=999/period=" + T));
        Pseudonymiser la = Pseudonymiser.fromKeyFile(key);
        Set<Object> expected = new HashSet<>();
        internal.column("child_id").forEach(id -> expected.add(la.pseudonym((String) id)));
        assertThat(childIds(out, "annex_a_referrals", T)).hasSizeGreaterThan(20).isEqualTo(expected);
        // the same children in two periods: the tables join on the pseudonym
        assertThat(childIds(out, "annex_a_children_in_care", NEXT)).isNotEmpty()
                .isEqualTo(childIds(out, "annex_a_children_in_care", T));
        assertThat(shared(out, "annex_a_referrals", T).schema().columns()).extracting(c -> c.name())
                .contains("child_id", "date_of_referral", "referral_source")
                .doesNotContain("source_file", "source_row", "allocated_worker", "allocated_team");
        assertThat(progress).anyMatch(p -> p.startsWith("Shareable dataset written: ") && p.contains("annex_a_referrals"));
        assertThat(String.join("\n", progress)).doesNotContain("4f1b2c3d4e5f");

        Path other = dir.resolve("other-key");
        run(other, T, new ShareableRequest(ASKED, Optional.of(otherKey)), new ShareableStage(CATALOGUE, m -> { }));
        assertThat(childIds(other, "annex_a_referrals", T)).hasSameSizeAs(expected)
                .doesNotContainAnyElementsOf(childIds(out, "annex_a_referrals", T));
    }

    @Test
    void withoutAKeyNoChildLevelTableIsWrittenAndTheIndicatorsAre() throws Exception {
        Path out = dir.resolve("no-key");
        Path missing = dir.resolve("nowhere/la.key");
        List<String> progress = new ArrayList<>();
        List<String> notices = run(out, T, new ShareableRequest(ASKED, Optional.of(missing)),
                new ShareableStage(CATALOGUE, progress::add));

        String notice = "Shareable output withheld: no child-level shareable table was written (annex_a_referrals,"
                + " annex_a_children_in_care): " + missing + ": the pseudonymisation key file does not exist; the"
                + " shareable indicators were written.";
        assertThat(notices).containsExactly(notice);
        assertThat(progress).contains(notice);
        assertThat(out.resolve("shareable/indicators/la=999/period=" + T)).isDirectory();
        assertThat(out.resolve("shareable/annex_a_referrals")).doesNotExist();
        assertThat(out.resolve("shareable/annex_a_children_in_care")).doesNotExist();

        List<String> noKeyFile = run(dir.resolve("no-key-file"), T, new ShareableRequest(ASKED, Optional.empty()),
                new ShareableStage(CATALOGUE, m -> { }));
        assertThat(noKeyFile).containsExactly("Shareable output withheld: no child-level shareable table was written"
                + " (annex_a_referrals, annex_a_children_in_care): the job file names no key_file under shareable, and"
                + " identifiers are only shared pseudonymised with the LA's key; the shareable indicators were written.");
    }

    @Test
    void aTransformThatFailsWithholdsThatTableOnlyAndRemovesAnEarlierCopy() throws Exception {
        Path out = dir.resolve("transform-fails");
        ShareableRequest asked = new ShareableRequest(ASKED, Optional.of(key));
        run(out, T, asked, new ShareableStage(CATALOGUE, m -> { }));
        assertThat(out.resolve("shareable/annex_a_children_in_care/la=999/period=" + T)).isDirectory();

        // a declaration error: a date transform on the identifier of the children-in-care list
        ShareableStage misdeclared = new ShareableStage(CATALOGUE, m -> { }, UnaryOperator.identity(),
                dataset -> ChildLevelColumns.declared(dataset).map(d -> !dataset.equals("annex_a_children_in_care") ? d
                        : Map.of("child_id", Transform.FIRST_OF_MONTH)));
        List<String> notices = run(out, T, asked, misdeclared);

        assertThat(notices).containsExactly("Shareable output withheld: the child-level shareable table"
                + " annex_a_children_in_care was not written: annex_a_children_in_care, column child_id, transform"
                + " first_of_month: expected a LocalDate, found a String.");
        assertThat(out.resolve("shareable/annex_a_children_in_care/la=999/period=" + T)).doesNotExist();
        assertThat(out.resolve("shareable/annex_a_referrals/la=999/period=" + T)).isDirectory();
        assertThat(out.resolve("shareable/indicators/la=999/period=" + T)).isDirectory();
    }

    @Test
    void aFigureTheRuleCannotJudgeWithholdsTheIndicatorsAndNotTheChildLevelTables() throws Exception {
        Path out = dir.resolve("rule-fails");
        UnaryOperator<List<IndicatorResult>> asm02WithoutItsBase = results -> results.stream()
                .map(r -> !r.metadata().id().equals("ASM-02") ? r : new IndicatorResult(r.metadata(),
                        IndicatorStatus.COMPUTED, "", List.of(new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL,
                        30, null, 75.0))))
                .toList();
        // an earlier run of the same period published the indicators and their Explore Education Statistics files
        run(out, T, new ShareableRequest(ASKED, Optional.of(key)), new ShareableStage(CATALOGUE, m -> { }));
        assertThat(out.resolve("shareable/ees/la=999/period=" + T + "/chat-indicators.csv")).isNotEmptyFile();
        List<String> notices = run(out, T, new ShareableRequest(ASKED, Optional.of(key)),
                new ShareableStage(CATALOGUE, m -> { }, asm02WithoutItsBase, ChildLevelColumns::declared));

        assertThat(notices).containsExactly("Shareable output withheld: the shareable indicators dataset was not"
                + " written (nor its Explore Education Statistics files): the small-number rule could not be applied"
                + " to ASM-02 (a percentage for all without the number it is out of).");
        assertThat(out.resolve("shareable/indicators/la=999/period=" + T)).doesNotExist();
        assertThat(out.resolve("shareable/ees/la=999/period=" + T)).doesNotExist();
        assertThat(out.resolve("shareable/annex_a_referrals/la=999/period=" + T)).isDirectory();
    }

    @Test
    void theIndicatorsAreAlwaysWrittenWithTheirSuppressionColumns() throws Exception {
        Path out = dir.resolve("indicators-only");
        assertThat(run(out, T, ShareableRequest.indicatorsOnly(), new ShareableStage(CATALOGUE, m -> { }))).isEmpty();
        TableData indicators = shared(out, "indicators", T);
        assertThat(indicators.schema().columns()).extracting(c -> c.name()).endsWith("suppressed", "suppression_reason");
        assertThat(indicators.column("suppression_reason")).contains("1 to 4", "protects a smaller group");
        for (int r = 0; r < indicators.rowCount(); r++) {
            if (Boolean.TRUE.equals(indicators.value(r, "suppressed"))) {
                assertThat(List.of(Optional.ofNullable(indicators.value(r, "numerator")),
                        Optional.ofNullable(indicators.value(r, "value")))).as("row %d", r).containsOnly(Optional.empty());
            }
        }
        assertThat(indicators.column("breakdown")).doesNotContain("team", "worker", "personal adviser");
        assertThat(out.resolve("shareable")).isDirectoryNotContaining("glob:**/annex_a_*");
        assertThat(out.resolve("shareable/indicator_children")).doesNotExist();
    }
}
