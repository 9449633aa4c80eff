package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableSummary;

class SyntheticCinCensusTest {

    private static byte[] generate(SyntheticCinCensus.Options options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticCinCensus.write(options, out);
        return out.toByteArray();
    }

    private static CinFileResult read(byte[] xml, CinCollectingSink sink) {
        return new CinCensusIngest(m -> { }).ingest(new ByteArrayInputStream(xml), "synthetic.xml", sink);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        SyntheticCinCensus.Options options = new SyntheticCinCensus.Options(7, 300, 2024, 0.05);

        assertThat(generate(options)).isEqualTo(generate(options));
        assertThat(generate(new SyntheticCinCensus.Options(8, 300, 2024, 0.05))).isNotEqualTo(generate(options));
    }

    @Test
    void aCleanCensusOfEveryYearShapeReadsWithoutAnIssueAndEveryElementBecomesARow() throws Exception {
        for (int year = 2017; year <= 2026; year++) {
            SyntheticCinCensus.Options options = SyntheticCinCensus.Options.clean(42, 500, year);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SyntheticCinCensus.Counts counts = SyntheticCinCensus.write(options, out);
            CinCollectingSink sink = new CinCollectingSink();

            CinFileResult result = read(out.toByteArray(), sink);

            assertThat(result.censusYear()).hasValue(year);
            assertThat(sink.issues()).as("census year %d", year).isEmpty();
            assertThat(result.children()).isEqualTo(500);
            for (CinTable table : CinTable.values()) {
                assertThat(result.table(table).rowsRead()).as("%s %d", table, year).isEqualTo(counts.rows(table));
                assertThat(result.table(table).rowsQuarantined()).isZero();
            }
            String xml = out.toString(StandardCharsets.UTF_8);
            assertThat(xml.contains("<Sex>")).as("Sex from 2024-25, in %d", year).isEqualTo(year >= 2025);
            assertThat(xml.contains("<GenderCurrent>")).isEqualTo(year < 2025);
            assertThat(xml.contains("<CINPlanDates>")).as("CIN plans from 2021-22, in %d", year).isEqualTo(year >= 2022);
            assertThat(counts.rows(CinTable.CP_REVIEW)).isPositive();
        }
    }

    @Test
    void aMessyCensusHasEachKindOfFaultAndStillAccountsForEveryRow() throws Exception {
        SyntheticCinCensus.Options options = new SyntheticCinCensus.Options(42, 2_000, 2025, 0.1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticCinCensus.Counts counts = SyntheticCinCensus.write(options, out);
        CinCollectingSink sink = new CinCollectingSink();

        CinFileResult result = read(out.toByteArray(), sink);

        assertThat(sink.codes()).contains(IssueCode.MISSING_IDENTIFIER, IssueCode.INVALID_EVENT_DATE,
                IssueCode.INVALID_CODE, IssueCode.CIN_INVALID_UPN, IssueCode.CIN_UNRECOGNISED_ELEMENT,
                IssueCode.CIN_PARENT_QUARANTINED);
        for (CinTable table : CinTable.values()) {
            TableSummary<CinTable> s = result.table(table);
            assertThat(s.rowsRead()).isEqualTo(counts.rows(table)).isEqualTo(s.rowsClean() + s.rowsQuarantined());
        }
        assertThat(result.table(CinTable.CHILD).rowsQuarantined()).isBetween(10L, 60L);
    }

    @Test
    void optionsOutsideWhatIsGeneratedAreRefused() {
        assertThatThrownBy(() -> SyntheticCinCensus.Options.clean(1, 10, 2016))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2017");
        assertThatThrownBy(() -> new SyntheticCinCensus.Options(1, 10, 2024, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
