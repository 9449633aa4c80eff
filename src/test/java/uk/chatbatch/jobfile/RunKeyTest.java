package uk.chatbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The run's key (LA at the period end, the period end's bounds) and its input paths, checked before any work. */
class RunKeyTest {

    /** "Today" for the period-end bound: 7 December 2026, so the latest period end taken is 7 December 2027. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private static JobDefinition job(String laCode, String periodEnd, String laName, Map<String, Object> inputs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("la_code", laCode);
        map.put("period_end", periodEnd);
        if (laName != null) {
            map.put("la_name", laName);
        }
        if (!inputs.isEmpty()) {
            map.put("inputs", inputs);
        }
        return JobFileLoader.fromMap(map, "job.yml", "job");
    }

    private static RunKey.Checked check(String laCode, String periodEnd) {
        return RunKey.check(job(laCode, periodEnd, null, Map.of()), "job.yml", TODAY);
    }

    @Test
    void periodEndsFrom1April2010ToAYearAfterTodayAreTaken() {
        // period end       taken?
        assertThat(check("391", "2010-04-01").la().dfeCode()).as("the first day taken").isEqualTo("391");
        assertThat(check("391", "2027-12-07").la().dfeCode()).as("a year after today, to the day").isEqualTo("391");
        assertThatThrownBy(() -> check("391", "2010-03-31")).as("the day before the first").hasMessage("job.yml:"
                + " period end 2010-03-31 is before 2010-04-01, the earliest the product takes; give a period end from"
                + " 2010-04-01 to 2027-12-07.");
        assertThatThrownBy(() -> check("391", "2027-12-08")).as("a year and a day after today").hasMessage("job.yml:"
                + " period end 2027-12-08 is more than a year after today (2026-12-07); give a period end from"
                + " 2010-04-01 to 2027-12-07.");
        assertThatThrownBy(() -> check("391", "1800-03-31")).hasMessageContaining("period end 1800-03-31 is before");
        assertThatThrownBy(() -> check("391", "9999-12-31")).hasMessageContaining("period end 9999-12-31 is more than"
                + " a year after today");
    }

    @Test
    void aRealLaMustBeInForceOnThePeriodEnd() {
        // code         period end      LA (DfE)  ONS code in force then
        assertThat(check("928", "2021-03-31").la().inForce()).as("Northamptonshire's last day").get()
                .extracting(r -> r.onsCode()).isEqualTo("E10000021");
        assertThat(check("E08000021", "2026-09-30").la().dfeCode()).isEqualTo("391");
        assertThat(check("815", "2022-03-31").la().inForce()).as("North Yorkshire as a county").get()
                .extracting(r -> r.onsCode()).isEqualTo("E10000023");
        assertThat(check("815", "2023-04-01").la().inForce()).as("North Yorkshire as a unitary").get()
                .extracting(r -> r.onsCode()).isEqualTo("E06000065");
        assertThatThrownBy(() -> check("928", "2022-03-31")).as("split into 940 and 941 on 2021-04-01")
                .hasMessage("job.yml: LA code '928' (Northamptonshire) was not in force on the period end 2022-03-31"
                        + " (in force 2009-01-01 to 2021-03-31); give the code of the LA in force then (or 990 to 999"
                        + " for a synthetic LA).");
        assertThatThrownBy(() -> check("940", "2020-03-31")).as("North Northamptonshire before it existed")
                .hasMessageContaining("(North Northamptonshire) was not in force on the period end 2020-03-31 (in"
                        + " force from 2021-04-01)");
        assertThatThrownBy(() -> check("051", "2026-09-30")).as("no English LA has it").hasMessage("job.yml: LA code"
                + " '051' is not an English LA in the bundled DfE table; give an LA's DfE three-digit code such as 391"
                + " or its ONS code such as E08000021 (or 990 to 999 for a synthetic LA).");
        assertThatThrownBy(() -> check("989", "2026-09-30")).as("just below the synthetic range")
                .hasMessageContaining("'989' is not an English LA");
    }

    @Test
    void anOnsCodeMustBeTheOneInForceOrOneTheLaHadBefore() {
        RunKey.Checked replaced = check("E08000016", "2026-03-31");
        assertThat(replaced.la().dfeCode()).as("Barnsley's code until April 2025").isEqualTo("370");
        assertThat(replaced.la().inForce().orElseThrow().onsCode()).isEqualTo("E08000038");
        assertThat(replaced.notes()).containsExactly("ONS code E08000016 was Barnsley's until 2025-04-30; on the"
                + " period end 2026-03-31 its ONS code is E08000038 (DfE 370), which the run uses.");
        assertThat(check("e08000016", "2025-03-31").notes()).as("in force then; lower case taken").isEmpty();
        assertThatThrownBy(() -> check("E06000065", "2022-03-31")).as("North Yorkshire's unitary code, a year early")
                .hasMessage("job.yml: ONS code 'E06000065' (North Yorkshire) came into force on 2023-04-01, after the"
                        + " period end 2022-03-31; give E10000023, its ONS code then, or its DfE code 815.");
        assertThatThrownBy(() -> check("E08000099", "2026-03-31")).hasMessageContaining("'E08000099' is not the ONS"
                + " code of an English local authority");
    }

    @Test
    void codes990To999AreSyntheticLasNamedAsGiven() {
        RunKey.Checked sample = RunKey.check(job("999", "2026-09-30", "Sampleshire", Map.of()), "job.yml", TODAY);
        assertThat(sample.la().synthetic()).isTrue();
        assertThat(sample.job().laName()).isEqualTo("Sampleshire");
        assertThat(sample.notes()).isEmpty();
        assertThat(check("990", "2026-09-30").job().laName()).as("no name given").isEqualTo("LA 990");
        assertThat(check("990", "2010-04-01").la().synthetic()).as("in force on any period end taken").isTrue();
    }

    @Test
    void aRealLaIsNamedAsTheTableNamesItAndADifferentNameGivenIsNoted() {
        RunKey.Checked toon = RunKey.check(job("391", "2026-09-30", "Toon", Map.of()), "job.yml", TODAY);
        assertThat(toon.job().laName()).isEqualTo("Newcastle upon Tyne");
        assertThat(toon.notes()).containsExactly("LA 391 is Newcastle upon Tyne in the DfE table, the name its outputs"
                + " carry; the name 'Toon' given in job.yml is not used.");
        RunKey.Checked same = RunKey.check(job("391", "2026-09-30", "Newcastle upon Tyne", Map.of()), "job.yml", TODAY);
        assertThat(same.notes()).as("the table's own name").isEmpty();
        assertThat(same.job().region()).as("the benchmark region from the table").contains("North East");
        RunKey.Checked ownRegion = RunKey.check(JobFileLoader.fromMap(Map.of("la_code", "391", "period_end",
                "2026-09-30", "region", "London"), "job.yml", "job"), "job.yml", TODAY);
        assertThat(ownRegion.job().region()).as("a region the job file chose").contains("London");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anInputThatIsNeitherAFileNorAFolderIsRefusedUnread() throws Exception {
        Path fifo = dir.resolve("annex-a.xlsx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        Path workbook = Files.writeString(dir.resolve("real.xlsx"), "");
        // input                      key            refused?
        assertThat(RunKey.check(job("999", "2026-09-30", null, Map.of("annex_a", workbook.toString(), "ssda903",
                dir.toString(), "cin", dir.resolve("missing").toString())), "job.yml", TODAY).la().synthetic())
                .as("a file, a folder, and a missing path (left to the reader to name)").isTrue();
        assertThatThrownBy(() -> RunKey.check(job("999", "2026-09-30", null, Map.of("annex_a", fifo.toString())),
                "job.yml", TODAY)).as("a named pipe: reading it would wait for ever").hasMessage("job.yml: the Annex A"
                + " input " + fifo + " is not a regular file or a folder (a named pipe, a device or a socket), so it"
                + " is not read; give a file or a folder.");
        assertThatThrownBy(() -> RunKey.check(job("999", "2026-09-30", null, Map.of("ssda903", "/dev/null")),
                "job.yml", TODAY)).as("a device").hasMessageContaining("the SSDA903 input /dev/null is not a regular"
                + " file or a folder");
        assertThatThrownBy(() -> RunKey.check(job("999", "2026-09-30", null, Map.of("cin", fifo.toString())),
                "job.yml", TODAY)).hasMessageContaining("the CIN census input " + fifo);
        Map<String, Object> withKey = new LinkedHashMap<>(Map.of("la_code", "999", "period_end", "2026-09-30",
                "shareable", Map.of("key_file", fifo.toString()),
                "reference", Map.of("postcode_centroids", workbook.toString())));
        assertThatThrownBy(() -> RunKey.check(JobFileLoader.fromMap(withKey, "job.yml", "job"), "job.yml", TODAY))
                .hasMessageContaining("the key file " + fifo);
        withKey.put("shareable", Map.of());
        withKey.put("reference", Map.of("postcode_centroids", fifo.toString()));
        assertThatThrownBy(() -> RunKey.check(JobFileLoader.fromMap(withKey, "job.yml", "job"), "job.yml", TODAY))
                .hasMessageContaining("the postcode centroids file " + fifo);
    }

    @Test
    void theLatestPeriodEndMovesWithTheClock() {
        Clock nextYear = Clock.offset(TODAY, java.time.Duration.ofDays(366));
        RunKey.checkPeriodEnd(LocalDate.of(2028, 12, 7), "job.yml", nextYear);
        assertThatThrownBy(() -> RunKey.checkPeriodEnd(LocalDate.of(2028, 12, 7), "job.yml", TODAY))
                .hasMessageContaining("2028-12-07 is more than a year after today (2026-12-07)");
    }
}
