package uk.chatbatch.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.input.InputData;
import uk.chatbatch.ingest.read.TabularSource;
import uk.chatbatch.generate.GeneratedCounts;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.PlantedDefect;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.annexa.AnnexAIngest;
import uk.chatbatch.annexa.CollectingSink;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.QuarantinedRecord;

/**
 * Precision and recall of ingest plus the data-quality checks against what the generator planted: a tidy
 * synthetic LA raises no issue at all, and a messy one raises exactly the planted defects, cell by cell.
 */
class GeneratedLaPrecisionTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);

    @TempDir
    Path dir;

    @Test
    void aTidyLaRaisesNoIssueAndQuarantinesNothing() throws IOException {
        GeneratedCounts counts = new SyntheticAnnexAGenerator().generate(GeneratorOptions.clean(7, 3_000, T),
                dir.resolve("tidy.xlsx"));
        Read read = read(counts.file());

        assertThat(counts.planted()).isEmpty();
        assertThat(read.quarantined()).isEmpty();
        assertThat(tally(read.issues().stream().map(GeneratedLaPrecisionTest::key).toList())).isEmpty();
    }

    @Test
    void aMessyLaRaisesExactlyThePlantedDefects() throws IOException {
        GeneratedCounts counts = new SyntheticAnnexAGenerator().generate(GeneratorOptions.messy(11, 3_000, T),
                dir.resolve("messy.xlsx"));
        Read read = read(counts.file());

        List<String> planted = counts.planted().stream().map(GeneratedLaPrecisionTest::key).toList();
        List<String> found = read.issues().stream().map(GeneratedLaPrecisionTest::key).toList();
        assertThat(planted).as("the mess plants something of each kind").hasSizeGreaterThan(30);
        assertThat(tally(found)).as("issues per code and list").isEqualTo(tally(planted));
        assertThat(found).as("cell by cell").containsExactlyInAnyOrderElementsOf(planted);
        assertThat(read.quarantined()).hasSize(counts.totalUnusableRows());
    }

    /** "INVALID_DATE List 6 (Children in need) row 17": what was planted or found, where. */
    private static String key(PlantedDefect defect) {
        return defect.code() + " " + defect.list().label() + " row " + defect.row();
    }

    private static String key(Issue issue) {
        return issue.code() + " " + issue.list() + " row " + issue.row();
    }

    /** Count per code and list, so a mismatch reads as a short table. */
    private static Map<String, Integer> tally(List<String> keys) {
        Map<String, Integer> tally = new TreeMap<>();
        keys.forEach(k -> tally.merge(k.substring(0, k.indexOf(" row ")), 1, Integer::sum));
        return tally;
    }

    private record Read(List<Issue> issues, List<QuarantinedRecord> quarantined) {
    }

    /** Ingest, then the cross-list checks over the clean rows, as the ingest step runs them. */
    private static Read read(Path workbook) throws IOException {
        CollectingSink sink = new CollectingSink();
        try (TabularSource source = TabularSource.open(workbook)) {
            new AnnexAIngest(m -> { }).read(source, sink);
        }
        InputData data = InputData.empty();
        for (AnnexAList list : AnnexAList.values()) {
            data.with(list, sink.clean(list));
        }
        List<Issue> issues = new ArrayList<>(sink.issues());
        issues.addAll(DataQualityChecks.run(data, new ReportingPeriod(T)));
        return new Read(issues, sink.quarantined());
    }
}
