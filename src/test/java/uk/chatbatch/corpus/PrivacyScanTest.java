package uk.chatbatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.read.TabularSource;
import uk.chatbatch.cli.CapturedOutput;
import uk.chatbatch.annexa.AnnexAIngest;
import uk.chatbatch.annexa.IngestSink;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/**
 * No child identifier, date of birth or postcode from the input reaches what may leave the LA: the console,
 * log files, the shareable PDF's text, or a shareable dataset (output/shareable/, scanned when it exists).
 *
 * <p>The generated LA's child identifiers are seven digits from 1,000,000 up (the generator's format), so a
 * count or a page number in a 400-child report cannot be mistaken for one; dates of birth are looked for as
 * the input writes them (dd/mm/yyyy) and as the product writes dates (yyyy-mm-dd); postcodes whole.
 */
class PrivacyScanTest {

    @TempDir
    Path dir;

    /** The identifiers, dates of birth and postcodes in an Annex A workbook, as its rows read. */
    static Set<String> childDetails(Path workbook) throws Exception {
        Set<String> details = new TreeSet<>();
        eachCleanRow(workbook, record -> {
            details.add(record.childId());
            if (record.table().has(Field.DATE_OF_BIRTH) && record.date(Field.DATE_OF_BIRTH) != null) {
                LocalDate dob = record.date(Field.DATE_OF_BIRTH);
                details.add(dob.toString());
                details.add(dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            }
            if (record.table().has(Field.PLACEMENT_POSTCODE) && record.text(Field.PLACEMENT_POSTCODE) != null) {
                details.add(record.text(Field.PLACEMENT_POSTCODE));
            }
        });
        return details;
    }

    /** Every date in the workbook's clean rows other than dates of birth, as the product writes dates. */
    static Set<String> eventDates(Path workbook) throws Exception {
        Set<String> dates = new TreeSet<>();
        eachCleanRow(workbook, record -> {
            for (var field : record.table().fields()) {
                if (field.type() == uk.chatbatch.model.ValueType.DATE
                        && field != Field.DATE_OF_BIRTH && record.date(field) != null) {
                    dates.add(record.date(field).toString());
                }
            }
        });
        return dates;
    }

    private static void eachCleanRow(Path workbook, java.util.function.Consumer<TableRecord> each) throws Exception {
        IngestSink collect = new IngestSink() {
            @Override
            public void clean(TableRecord record) {
                each.accept(record);
            }

            @Override
            public void quarantined(QuarantinedRecord row) {
            }

            @Override
            public void issue(Issue issue) {
            }
        };
        try (TabularSource source = TabularSource.open(workbook)) {
            new AnnexAIngest(m -> { }).read(source, collect);
        }
    }

    /** Everything a run shows or shares: console, logs, the shareable PDF, output/shareable/. */
    static List<String> leaks(CapturedOutput run, Path output, Set<String> details) {
        List<String> found = new ArrayList<>();
        found.addAll(OutputScan.inText("console", run.out() + run.err(), details));
        try (var files = Files.walk(output)) {
            for (Path log : files.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                found.addAll(OutputScan.find(log, details));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (var files = Files.walk(output.resolve("reports"))) {
            for (Path pdf : files.filter(p -> p.getFileName().toString().matches("chat-(leaders|appendix)-shareable\\.(pdf|html)"))
                    .toList()) {
                found.addAll(OutputScan.find(pdf, details));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        found.addAll(OutputScan.find(output.resolve("shareable"), details));
        return found;
    }

    @Test
    void aGeneratedLasRunSharesNoIdentifierDateOfBirthOrPostcode() throws Exception {
        Path workbook = dir.resolve("la.xlsx");
        assertThat(CapturedOutput.launch("generate", "--seed", "42", "--children", "400", "--period-end",
                "2026-09-30", "--output", workbook.toString()).exitCode()).isZero();
        Set<String> details = childDetails(workbook);
        assertThat(details).as("identifiers, dates of birth and postcodes collected").hasSizeGreaterThan(400)
                .anyMatch(d -> d.matches("\\d{7}")).anyMatch(d -> d.matches("\\d{4}-\\d\\d-\\d\\d"))
                .anyMatch(d -> d.matches("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"));

        Path output = dir.resolve("out");
        CapturedOutput run = CapturedOutput.launch("run", "--la", "999", "--period-end", "2026-09-30", "--annex-a",
                workbook.toString(), "--output", output.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path shareable = output.resolve("reports/999/2026-09-30/chat-appendix-shareable.pdf");
        assertThat(shareable).exists();
        // The scan finds what is there: the internal datasets hold the identifiers, the PDF its marking.
        assertThat(OutputScan.find(output.resolve("parquet/annex_a_contacts"), details)).isNotEmpty();
        assertThat(OutputScan.find(shareable, Set.of("OFFICIAL"))).isNotEmpty();

        assertThat(leaks(run, output, details)).isEmpty();
    }

    @Test
    void childLevelShareableTablesOfEveryListCarryNoIdentifierDateOfBirthOrPostcode() throws Exception {
        Path workbook = dir.resolve("la.xlsx");
        assertThat(CapturedOutput.launch("generate", "--seed", "7", "--children", "400", "--period-end",
                "2026-09-30", "--output", workbook.toString()).exitCode()).isZero();
        Set<String> details = childDetails(workbook);
        Path output = dir.resolve("out");
        Path key = Files.writeString(dir.resolve("la.key"), "d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f\n");
        Path job = Files.writeString(dir.resolve("la.yml"), "la_code: \"999\"\nperiod_end: 2026-09-30\ninputs:\n"
                + "  annex_a: " + workbook + "\noutput: " + output + "\nshareable:\n  child_level: ["
                + String.join(", ", uk.chatbatch.shareable.ChildLevelColumns.datasets()) + "]\n  key_file: " + key + "\n");

        CapturedOutput run = CapturedOutput.launch("run", job.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path referrals = output.resolve("shareable/annex_a_referrals/la=999/period=2026-09-30");
        assertThat(uk.chatbatch.output.ParquetTableReader.read(referrals).rowCount()).isGreaterThan(100);
        // the scan finds what is there: the internal lists hold the details the shareable ones must not
        assertThat(OutputScan.find(output.resolve("parquet/annex_a_children_in_care"), details)).isNotEmpty();

        // A child-level table keeps event dates and dates of birth as the first of the month, so a date that is one
        // child's birth date can rightly be there as a first of the month or as another record's event date; every
        // other date of birth, every identifier and every postcode must not be.
        Set<String> shareableDates = eventDates(workbook);
        Set<String> notShared = new TreeSet<>(details);
        notShared.removeIf(d -> d.matches("\\d{4}-\\d\\d-01") || shareableDates.contains(d));
        assertThat(details.size() - notShared.size()).as("dates set aside").isLessThan(details.size() / 4);
        assertThat(leaks(run, output, notShared)).isEmpty();
        for (String dataset : List.of("annex_a_contacts", "annex_a_children_in_care")) {
            var table = uk.chatbatch.output.ParquetTableReader.read(output.resolve("shareable/" + dataset
                    + "/la=999/period=2026-09-30"));
            assertThat(table.column("date_of_birth")).as(dataset).isNotEmpty()
                    .allMatch(d -> d == null || ((LocalDate) d).getDayOfMonth() == 1);
        }
        assertThat(run.out() + run.err()).doesNotContain("d0e1f2a3b4c5");
    }
}
