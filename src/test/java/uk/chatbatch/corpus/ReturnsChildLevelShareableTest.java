package uk.chatbatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.cin.SyntheticCinCensus;
import uk.chatbatch.cli.CapturedOutput;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.shareable.ChildLevelColumns;
import uk.chatbatch.ssda903.SyntheticSsda903;

/**
 * The child-level shareable tables of the returns (SSDA903 and CIN census), asked for all at once: written, with no
 * identifier, full date of birth or full postcode of the internal tables in them.
 */
class ReturnsChildLevelShareableTest {

    private static final String PARTITION = "la=999/period=2025-03-31";

    @TempDir
    Path dir;

    @Test
    void returnTablesAreSharedWithIdentifiersPseudonymisedDatesOfBirthAtTheFirstOfTheMonthAndPostcodeDistricts()
            throws Exception {
        Path ssda903 = Files.createDirectories(dir.resolve("ssda903"));
        SyntheticSsda903.write(ssda903, 5, 2024, 1, 300);
        Path cin = dir.resolve("cin.xml");
        SyntheticCinCensus.write(SyntheticCinCensus.Options.clean(5, 300, 2025), cin);
        List<String> returnTables = ChildLevelColumns.datasets().stream()
                .filter(d -> d.startsWith("ssda903_") || d.startsWith("cin_")).toList();
        Path output = dir.resolve("out");
        Path key = Files.writeString(dir.resolve("la.key"), "d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f\n");
        Path job = Files.writeString(dir.resolve("la.yml"), "la_code: \"999\"\nperiod_end: 2025-03-31\ninputs:\n"
                + "  ssda903: " + ssda903 + "\n  cin: " + cin + "\noutput: " + output + "\nshareable:\n  child_level: ["
                + String.join(", ", returnTables) + "]\n  key_file: " + key + "\n");

        CapturedOutput run = CapturedOutput.launch("run", job.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // column                     -> what the internal table holds that the shareable one must not
        Map<String, String> identifiers = Map.of("child", "ssda903", "upn", "both", "la_child_id", "cin",
                "former_upn", "cin");
        Set<String> secrets = new HashSet<>();
        for (String dataset : returnTables) {
            TableData internal = read(output.resolve("parquet/" + dataset));
            if (internal == null) {
                continue;
            }
            for (String column : identifiers.keySet()) {
                if (has(internal, column)) {
                    internal.column(column).stream().filter(v -> v != null).forEach(v -> secrets.add((String) v));
                }
            }
            for (String column : List.of("home_post", "pl_post")) {
                if (has(internal, column)) {
                    internal.column(column).stream().filter(v -> v != null).forEach(v -> secrets.add((String) v));
                }
            }
        }
        assertThat(secrets).as("identifiers and postcodes collected").hasSizeGreaterThan(600)
                .anyMatch(s -> s.matches("C\\d{7}")).anyMatch(s -> s.matches("A\\d{12}"))
                .anyMatch(s -> s.matches("[A-Z]{2}\\d+ \\d[A-Z]{2}"));

        int shared = 0;
        for (String dataset : returnTables) {
            TableData table = read(output.resolve("shareable/" + dataset));
            if (table == null) {
                continue;
            }
            shared++;
            for (Object[] row : table.rows()) {
                for (Object value : row) {
                    assertThat(secrets).as(dataset).doesNotContain(String.valueOf(value));
                }
            }
            for (String dob : List.of("dob", "mc_dob", "person_birth_date", "expected_person_birth_date")) {
                if (has(table, dob)) {
                    assertThat(table.column(dob)).as(dataset + " " + dob)
                            .allMatch(d -> d == null || ((LocalDate) d).getDayOfMonth() == 1);
                }
            }
            for (String postcode : List.of("home_post", "pl_post")) {
                if (has(table, postcode)) {
                    assertThat(table.column(postcode)).as(dataset + " " + postcode).isNotEmpty()
                            .allMatch(p -> p == null || ((String) p).matches("[A-Z]{1,2}\\d[A-Z\\d]?"));
                }
            }
            for (String gone : List.of("source_file", "source_row", "source_line", "source_location", "urn", "sw_id")) {
                assertThat(has(table, gone)).as(dataset + " " + gone).isFalse();
            }
        }
        assertThat(shared).as("tables shared: every SSDA903 and CIN table the run published").isGreaterThanOrEqualTo(10);
        assertThat(read(output.resolve("shareable/ssda903_episodes")).column("child"))
                .allMatch(id -> ((String) id).matches("[0-9a-f]{64}"));
        // The identifiers that cannot occur by chance in a hex pseudonym (UPNs, CIN's C0000001 identifiers, postcodes
        // with their space) are also absent from every byte of output/shareable/.
        Set<String> unmistakable = new HashSet<>(secrets);
        unmistakable.removeIf(s -> s.matches("\\d+"));
        assertThat(OutputScan.find(output.resolve("shareable"), unmistakable)).isEmpty();
        assertThat(run.out() + run.err()).doesNotContain("d0e1f2a3b4c5");
    }

    private static boolean has(TableData table, String column) {
        return table.schema().columns().stream().anyMatch(c -> c.name().equals(column));
    }

    /** The dataset's only partition, or null when the run did not write it. */
    private static TableData read(Path dataset) throws Exception {
        Path partition = dataset.resolve(PARTITION);
        if (!Files.isDirectory(partition)) {
            return null;
        }
        try (Stream<Path> files = Files.list(partition)) {
            return files.findAny().isPresent() ? ParquetTableReader.read(partition) : null;
        }
    }
}
