package uk.chatbatch.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.read.TabularSource;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/**
 * Annex A's sheets read on several threads hand the sink exactly what a read one sheet after another hands it: the
 * same calls in the same order (so the quarantine and issues datasets keep their row order), the same result, and
 * for a broken sheet the same message at the same place.
 */
class ParallelAnnexAIngestTest {

    private static final LocalDate T = LocalDate.of(2026, 9, 30);
    private static final List<Object> CONTACT_HEADER = List.of("Child Unique ID", "Gender", "Ethnicity",
            "Date of Birth", "Age of Child (Years)", "Date of Contact", "Contact Source");

    @TempDir
    Path dir;

    @Test
    void aGeneratedLaWithBadRowsInSeveralSheetsGivesTheSameCallsInTheSameOrderOnOneTwoAndFourThreads()
            throws Exception {
        Path workbook = dir.resolve("messy.xlsx");
        new SyntheticAnnexAGenerator().generate(GeneratorOptions.messy(5, 1_200, T), workbook);

        Read serial = read(workbook, 1);
        assertThat(serial.calls.stream().filter(c -> c.startsWith("quarantined")).map(c -> c.split("\\|")[1])
                .distinct().count()).as("precondition: rows quarantined in several lists").isGreaterThanOrEqualTo(3);
        assertThat(serial.calls.stream().filter(c -> c.startsWith("issue")).map(c -> c.split("\\|")[2])
                .distinct().count()).as("precondition: issues in several sheets").isGreaterThanOrEqualTo(5);

        for (int readers : new int[] {2, 4}) {
            Read parallel = read(workbook, readers);
            assertThat(parallel.calls).as("sink calls on %d threads", readers).containsExactlyElementsOf(serial.calls);
            assertThat(parallel.result).isEqualTo(serial.result);
        }
    }

    @Test
    void emptyUnrecognisedDuplicateAndIncompleteSheetsAreReportedInSheetOrderOnAnyNumberOfThreads() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Contacts", List.of(CONTACT_HEADER,
                List.of("1001", "a) Male", "a) WBRI", LocalDate.of(2015, 3, 1), 11, LocalDate.of(2026, 6, 1), "6"),
                List.of("", "a) Male", "a) WBRI", LocalDate.of(2015, 3, 1), 11, LocalDate.of(2026, 6, 2), "6")));
        sheets.put("Notes", List.of(List.of("Written by", "On")));
        sheets.put("Blank", List.of());
        sheets.put("Contacts again", List.of(CONTACT_HEADER,
                List.of("2001", "a) Male", "a) WBRI", LocalDate.of(2015, 3, 1), 11, LocalDate.of(2026, 7, 1), "6")));
        List<Object> referralHeader = new ArrayList<>();
        AnnexAList.REFERRALS.columns().forEach(c -> referralHeader.add(c.field().header()));
        referralHeader.remove("Referral Source");
        sheets.put("Referrals", List.of(referralHeader));
        Path workbook = TestWorkbooks.write(dir.resolve("mixed.xlsx"), sheets);

        Read serial = read(workbook, 1);
        assertThat(serial.calls.stream().filter(c -> c.startsWith("issue")).map(c -> c.split("\\|")[2] + " "
                + c.split("\\|")[4]).distinct().toList()).as("issue codes by sheet, in sheet order").containsExactly(
                "Contacts " + IssueCode.MISSING_IDENTIFIER,
                "Notes " + IssueCode.UNRECOGNISED_SHEET,
                "Blank " + IssueCode.UNRECOGNISED_SHEET,
                "Contacts again " + IssueCode.DUPLICATE_LIST,
                "Referrals " + IssueCode.MISSING_REQUIRED_COLUMN);
        assertThat(serial.calls).as("the duplicate sheet's rows are not read on").noneMatch(c -> c.contains("2001"));
        for (int readers : new int[] {2, 5}) {
            Read parallel = read(workbook, readers);
            assertThat(parallel.calls).containsExactlyElementsOf(serial.calls);
            assertThat(parallel.result).isEqualTo(serial.result);
        }
    }

    @Test
    void aBrokenSheetStopsTheReadWithItsMessageAfterTheSheetsBeforeItAreHandedOnAsWhenReadInTurn() throws Exception {
        Path whole = dir.resolve("whole.xlsx");
        new SyntheticAnnexAGenerator().generate(GeneratorOptions.messy(9, 300, T), whole);
        Path broken = breakSheet(whole, dir.resolve("broken.xlsx"), "xl/worksheets/sheet3.xml");
        String thirdSheet;
        try (TabularSource source = TabularSource.open(whole)) {
            thirdSheet = source.sheets().get(2).name();
        }

        Failed serial = readBroken(broken, 1);
        assertThat(serial.message).startsWith("broken.xlsx, sheet '" + thirdSheet + "': cannot be read (the sheet is"
                + " damaged after row ");
        assertThat(serial.calls.stream().filter(c -> c.startsWith("startList")).count())
                .as("the two sheets before it were handed on").isEqualTo(2);
        for (int readers : new int[] {2, 4}) {
            Failed parallel = readBroken(broken, readers);
            assertThat(parallel.message).isEqualTo(serial.message);
            assertThat(parallel.calls).as("nothing of the sheets after it").containsExactlyElementsOf(serial.calls);
        }
    }

    private record Read(List<String> calls, IngestResult result) {
    }

    private record Failed(List<String> calls, String message) {
    }

    private static Read read(Path workbook, int readers) throws Exception {
        RecordingSink sink = new RecordingSink();
        try (TabularSource source = TabularSource.open(workbook)) {
            IngestResult result = new AnnexAIngest(m -> sink.calls.add("progress|" + m), readers).read(source, sink);
            return new Read(sink.calls, result);
        }
    }

    private static Failed readBroken(Path workbook, int readers) throws Exception {
        RecordingSink sink = new RecordingSink();
        try (TabularSource source = TabularSource.open(workbook)) {
            AnnexAIngest ingest = new AnnexAIngest(m -> sink.calls.add("progress|" + m), readers);
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ingest.read(source, sink));
            assertThat(thrown).isInstanceOf(InputException.class);
            return new Failed(sink.calls, thrown.getMessage());
        }
    }

    /** A copy of the workbook with one sheet's XML cut off half way, as a damaged file would be. */
    private static Path breakSheet(Path from, Path to, String entryName) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    bytes = (new String(bytes, StandardCharsets.UTF_8).substring(0, bytes.length / 2)
                            + "<c r=\"A9\"><v>1</c></row>").getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return to;
    }

    /** Every call the sink gets, as one line, in order. */
    private static final class RecordingSink implements IngestSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public void startList(AnnexAList list) {
            calls.add("startList|" + list);
        }

        @Override
        public void clean(TableRecord record) {
            calls.add("clean|" + record.table() + "|" + record.source() + "|" + IntStream.range(0,
                    record.table().fields().size()).mapToObj(i -> String.valueOf(record.value(i)))
                    .collect(Collectors.joining(",")));
        }

        @Override
        public void quarantined(QuarantinedRecord row) {
            calls.add("quarantined|" + row.sourceTable() + "|" + row.source() + "|" + row.rawValues() + "|"
                    + row.issues().stream().map(Issue::code).toList());
        }

        @Override
        public void issue(Issue issue) {
            calls.add("issue|" + issue.file() + "|" + issue.sheet() + "|" + issue.row() + "|" + issue.code() + "|"
                    + issue.message());
        }

        @Override
        public void endList(AnnexAList list) {
            calls.add("endList|" + list);
        }
    }
}
