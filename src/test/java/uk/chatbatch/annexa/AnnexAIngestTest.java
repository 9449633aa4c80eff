package uk.chatbatch.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.read.TabularSource;

class AnnexAIngestTest {

    @TempDir
    Path dir;

    private static final List<Object> CONTACT_HEADER = List.of("Child Unique ID", "Gender", "Ethnicity",
            "Date of Birth", "Age of Child (Years)", "Date of Contact", "Contact Source");

    private IngestResult ingest(Path path, CollectingSink sink) throws Exception {
        try (TabularSource source = TabularSource.open(path)) {
            return new AnnexAIngest(m -> { }).read(source, sink);
        }
    }

    @Test
    void rowsWithoutAnIdentifierOrEventDateAreQuarantinedAndOtherBadCellsAreLeftEmpty() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Contacts", List.of(
                CONTACT_HEADER,
                List.of("1001", "a) Male", "a) WBRI", LocalDate.of(2015, 3, 1), 11, LocalDate.of(2026, 6, 1), "q) 6: Police"),
                List.of("", "b) Female", "a) WBRI", LocalDate.of(2015, 3, 1), 11, LocalDate.of(2026, 6, 2), "6"),
                List.of("1003", "Monkey", "a) WBRI", "31/02/2015", 11, "not a date", "6"),
                List.of("1004.0", "Monkey", "a) WBRI", "31/02/2015", 11, "02/06/2026", "6")));
        CollectingSink sink = new CollectingSink();
        IngestResult result = ingest(TestWorkbooks.write(dir.resolve("a.xlsx"), sheets), sink);

        IngestSummary summary = result.summaries().get(0);
        assertThat(summary.list()).isEqualTo(AnnexAList.CONTACTS);
        assertThat(summary.sheet()).isEqualTo("Contacts");
        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.rowsClean()).isEqualTo(2);
        assertThat(summary.rowsQuarantined()).isEqualTo(2);
        assertThat(sink.quarantined()).extracting(q -> q.source().row()).containsExactly(3, 4);
        assertThat(sink.quarantined().get(0).issues()).extracting(Issue::code)
                .containsExactly(IssueCode.MISSING_IDENTIFIER);
        assertThat(sink.quarantined().get(1).issues()).extracting(Issue::code)
                .containsExactly(IssueCode.INVALID_CODE, IssueCode.INVALID_DATE, IssueCode.INVALID_EVENT_DATE);
        assertThat(sink.quarantined().get(1).rawValues()).as("kept as found, for fixing at source")
                .startsWith("1003", "Monkey");

        var kept = sink.clean().get(1);
        assertThat(kept.childId()).isEqualTo("1004");
        assertThat(kept.text(Field.GENDER)).isNull();
        assertThat(kept.date(Field.DATE_OF_BIRTH)).isNull();
        assertThat(kept.date(Field.DATE_OF_CONTACT)).isEqualTo(LocalDate.of(2026, 6, 2));
        Issue monkey = sink.issues().stream().filter(i -> i.row() == 5 && i.code() == IssueCode.INVALID_CODE)
                .findFirst().orElseThrow();
        assertThat(monkey.message()).isEqualTo("a.xlsx, sheet 'Contacts', row 5, column 'Gender': value 'Monkey'"
                + " is not usable (accepted: Male, Female, Not stated/recorded, Neither); the value is left empty.");
        Issue dob = sink.issues().stream().filter(i -> i.row() == 5 && i.code() == IssueCode.INVALID_DATE)
                .findFirst().orElseThrow();
        assertThat(dob.rawValue()).as("dates of birth identify a child").isEqualTo("[masked, 10 characters]");
    }

    @Test
    void paddingRowsAreSkippedAndNotCounted() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("", ""));
        rows.add(CONTACT_HEADER);
        rows.add(List.of("1001", "a) Male", "a) WBRI", "", "", LocalDate.of(2026, 6, 1), "6"));
        for (int i = 0; i < 50; i++) {
            rows.add(List.of(" ", "\u00A0"));
        }
        rows.add(List.of("1002", "a) Male", "a) WBRI", "", "", LocalDate.of(2026, 6, 1), "6"));
        CollectingSink sink = new CollectingSink();
        IngestResult result = ingest(TestWorkbooks.write(dir.resolve("padded.xlsx"), Map.of("List 1", rows)), sink);
        assertThat(result.summaries().get(0).rowsRead()).isEqualTo(2);
        assertThat(sink.clean()).extracting(r -> r.source().row()).containsExactly(3, 54);
    }

    @Test
    void aListWithARequiredColumnMissingIsSkippedAndTheOthersStillRun() throws Exception {
        List<Object> referralHeader = new ArrayList<>();
        AnnexAList.REFERRALS.columns().forEach(c -> referralHeader.add(c.field().header()));
        referralHeader.remove("Referral Source");
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("List 1", List.of(CONTACT_HEADER,
                List.of("1001", "a) Male", "a) WBRI", "", "", LocalDate.of(2026, 6, 1), "6")));
        sheets.put("List 3", List.of(referralHeader));
        sheets.put("Notes", List.of(List.of("Prepared by", "the performance team")));
        CollectingSink sink = new CollectingSink();
        IngestResult result = ingest(TestWorkbooks.write(dir.resolve("b.xlsx"), sheets), sink);

        assertThat(result.skipped()).containsOnlyKeys(AnnexAList.REFERRALS);
        assertThat(result.skipped().get(AnnexAList.REFERRALS))
                .isEqualTo("skipped: required column 'Referral Source' missing from sheet 'List 3' of b.xlsx");
        assertThat(sink.issues(IssueCode.MISSING_REQUIRED_COLUMN)).singleElement()
                .satisfies(i -> assertThat(i.message()).isEqualTo("b.xlsx, sheet 'List 3': the required column"
                        + " 'Referral Source' of List 3 (Referrals) is missing; the list is skipped."));
        assertThat(sink.issues(IssueCode.UNRECOGNISED_SHEET)).singleElement()
                .satisfies(i -> assertThat(i.sheet()).isEqualTo("Notes"));
        assertThat(sink.clean()).hasSize(1);
    }

    @Test
    void aFolderOfCsvFilesIsReadOneListPerFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("csv"));
        Files.writeString(folder.resolve("contacts.csv"), "\uFEFFChild Unique ID,Gender,Ethnicity,Date of Birth,Age,"
                + "Date of Contact,Contact Source\r\n"
                + "1001.0,a) Male,a) WBRI,01/03/2015,11,01/06/2026,\"q) 6: Police\"\r\n"
                + ",,,,,,\r\n"
                + "1002,Female,WBRI,,,2026-06-02,1A\r\n\r\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        IngestResult result = ingest(folder, sink);
        assertThat(result.summaries()).singleElement().satisfies(s -> {
            assertThat(s.sheet()).isEqualTo("contacts.csv");
            assertThat(s.rowsRead()).isEqualTo(2);
        });
        assertThat(sink.clean()).extracting(r -> r.childId()).containsExactly("1001", "1002");
        assertThat(sink.clean().get(1).source().row()).isEqualTo(4);
        assertThat(sink.clean().get(1).date(Field.DATE_OF_CONTACT)).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(sink.issues()).isEmpty();
    }

    @Test
    void inputsThatCannotBeUsedFailWithOneSentenceNamingTheFile() throws Exception {
        assertThatThrownBy(() -> ingest(dir.resolve("absent.xlsx"), new CollectingSink()))
                .isInstanceOf(InputException.class).hasMessageEndingWith("absent.xlsx: the Annex A input does not exist.");
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "this is not a workbook");
        assertThatThrownBy(() -> ingest(text, new CollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessage("notes.xlsx: is not an Excel workbook (.xlsx) or a folder of CSV files.");
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> ingest(xls, new CollectingSink()))
                .hasMessage("old.xls: is an old-format .xls workbook; save it as .xlsx and run again.");
        Path utf16 = Files.createDirectory(dir.resolve("utf16"));
        Files.writeString(utf16.resolve("contacts.csv"), "\uFEFFChild Unique ID,Gender\r\n", StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> ingest(utf16, new CollectingSink()))
                .hasMessage("contacts.csv: is UTF-16 text; save it as CSV UTF-8 and run again.");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ingest(empty, new CollectingSink()))
                .hasMessageEndingWith("empty: the folder holds no .csv files (expected one CSV file per Annex A list).");
    }
}
