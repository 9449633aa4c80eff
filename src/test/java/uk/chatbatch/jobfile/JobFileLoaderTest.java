package uk.chatbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.output.ParquetCodec;

class JobFileLoaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("la.yml"), yaml);
    }

    @Test
    void theBundledSampleJobFileLoads() {
        JobDefinition job = JobFileLoader.load(Path.of("jobs/sample-la.yml"));
        assertThat(job.name()).isEqualTo("sample-la");
        assertThat(job.laCode()).isEqualTo("999");
        assertThat(job.periodEnd()).contains(LocalDate.of(2026, 9, 30));
        assertThat(job.annexA()).contains(Path.of("input/sample/annex-a-sample.xlsx"));
        assertThat(job.schedule()).hasValueSatisfying(s -> {
            assertThat(s.cron()).isEqualTo("0 0 6 2 * *");
            assertThat(s.periodEndRule()).isEqualTo(PeriodEndRule.LAST_DAY_OF_PREVIOUS_MONTH);
        });
        assertThat(job.jobRepositoryUrl()).startsWith("jdbc:h2:file:")
                .contains("output/.jobrepo/999_2026-09-30/chat-batch");
    }

    @Test
    void defaultsApplyWhereTheFileIsSilent() throws Exception {
        JobDefinition job = JobFileLoader.load(write("la_code: 201\ninputs:\n  annex_a: a.xlsx\n"));
        assertThat(job.laName()).as("from the bundled LA table").isEqualTo("City of London");
        assertThat(job.region()).as("from the bundled LA table").contains("London");
        assertThat(job.output()).isEqualTo(Path.of("output"));
        assertThat(job.periodEnd()).isEmpty();
        assertThat(job.schedule()).isEmpty();
        assertThat(job.acceptOtherLaOrYear()).as("a return of another LA or year stops the run").isFalse();
    }

    @Test
    void acceptingAReturnOfAnotherLaOrYearIsTrueOrFalse() throws Exception {
        assertThat(JobFileLoader.load(write("la_code: 201\ninputs:\n  cin: c.xml\n  accept_other_la_or_year: true\n"))
                .acceptOtherLaOrYear()).isTrue();
        Path file = write("la_code: 201\ninputs:\n  cin: c.xml\n  accept_other_la_or_year: maybe\n");
        assertThatThrownBy(() -> JobFileLoader.load(file)).isInstanceOf(JobFileException.class)
                .hasMessage(file + ", inputs, key accept_other_la_or_year: expected true or false, found 'maybe'.");
    }

    @Test
    void syntheticDataForARealLasCodeIsDeclaredTrueOrFalse() throws Exception {
        assertThat(JobFileLoader.load(write("la_code: 201\nsynthetic_data: true\n")).syntheticData()).isTrue();
        assertThat(JobFileLoader.load(write("la_code: 201\n")).syntheticData()).as("real unless declared").isFalse();
        Path file = write("la_code: 201\nsynthetic_data: yes please\n");
        assertThatThrownBy(() -> JobFileLoader.load(file)).isInstanceOf(JobFileException.class)
                .hasMessage(file + ", key synthetic_data: expected true or false, found 'yes please'.");
    }

    @Test
    void theDatasetsCodecIsZstdUnlessTheFileAsksForSnappy() throws Exception {
        assertThat(JobFileLoader.load(write("la_code: 201\n")).parquetCodec()).isEqualTo(ParquetCodec.ZSTD);
        assertThat(JobFileLoader.load(write("la_code: 201\nparquet_codec: snappy\n")).parquetCodec())
                .isEqualTo(ParquetCodec.SNAPPY);
        Path file = write("la_code: 201\nparquet_codec: gzip\n");
        assertThatThrownBy(() -> JobFileLoader.load(file)).isInstanceOf(JobFileException.class)
                .hasMessage(file + ", key parquet_codec is 'gzip', which is not a Parquet codec chat-batch writes: use"
                        + " zstd (the default) or snappy.");
    }

    @Test
    void unknownKeysAreRejectedNamingTheKey() throws Exception {
        Path file = write("la_code: 201\ninputs:\n  annexa: a.xlsx\n");
        assertThatThrownBy(() -> JobFileLoader.load(file)).isInstanceOf(JobFileException.class)
                .hasMessage(file + ", inputs: unknown key 'annexa' (allowed: accept_other_la_or_year, annex_a, cin,"
                        + " ssda903).");
    }

    @Test
    void anOnsCodeIsStoredAsTheDfeCodeWithNameAndRegionFromTheBundledTable() throws Exception {
        JobDefinition newcastle = JobFileLoader.load(write("la_code: E08000021\n"));
        assertThat(newcastle.laCode()).isEqualTo("391");
        assertThat(newcastle.laName()).isEqualTo("Newcastle upon Tyne");
        assertThat(newcastle.region()).contains("North East");

        JobDefinition given = JobFileLoader.load(write("la_code: 391\nla_name: Newcastle\nregion: London\n"));
        assertThat(given.laName()).as("the job file's name wins").isEqualTo("Newcastle");
        assertThat(given.region()).as("the job file's region wins").contains("London");

        JobDefinition synthetic = JobFileLoader.load(write("la_code: \"999\"\nregion: North East\n"));
        assertThat(synthetic.laCode()).as("a code not in the table is accepted as before").isEqualTo("999");
        assertThat(synthetic.laName()).isEqualTo("LA 999");
        assertThat(synthetic.region()).contains("North East");
        assertThat(JobFileLoader.load(write("la_code: \"999\"\n")).region()).isEmpty();
    }

    @Test
    void badValuesAreRejectedNamingTheValue() throws Exception {
        Path code = write("la_code: E08000099\n");
        assertThatThrownBy(() -> JobFileLoader.load(code)).hasMessage(code + ": LA code 'E08000099' is not the ONS"
                + " code of an English local authority with a DfE code in the bundled table (DfE las.csv, April 2026).");
        Path neither = write("la_code: Newcastle\n");
        assertThatThrownBy(() -> JobFileLoader.load(neither)).hasMessage(neither + ": LA code 'Newcastle' is neither"
                + " a DfE three-digit LA code such as 391 nor an ONS code such as E08000021 (or 990 to 999 for a"
                + " synthetic LA).");
        Path date = write("la_code: 201\nperiod_end: 30/09/2026\n");
        assertThatThrownBy(() -> JobFileLoader.load(date))
                .hasMessage(date + ", key period_end: '30/09/2026' is not a date in the form yyyy-mm-dd.");
        Path cron = write("la_code: 201\nschedule:\n  cron: every month\n");
        assertThatThrownBy(() -> JobFileLoader.load(cron)).hasMessageStartingWith(
                cron + ", schedule.cron: 'every month' is not a cron expression");
        Path rule = write("la_code: 201\nschedule:\n  cron: 0 0 6 2 * *\n  period_end: month-end\n");
        assertThatThrownBy(() -> JobFileLoader.load(rule)).hasMessage(rule + ", schedule.period_end: period end"
                + " rule 'month-end' is not one of last-day-of-previous-month, previous-day,"
                + " last-day-of-previous-quarter.");
    }

    @Test
    void shareableChildLevelTablesAndTheKeyFileAreReadAndUnknownOnesRejected() throws Exception {
        JobDefinition job = JobFileLoader.load(write("la_code: 201\nshareable:\n  child_level: [annex_a_referrals,"
                + " annex_a_children_in_care]\n  key_file: /secure/la.key\n"));
        assertThat(job.shareable().childLevel()).containsExactly("annex_a_referrals", "annex_a_children_in_care");
        assertThat(job.shareable().keyFile()).contains(Path.of("/secure/la.key"));
        assertThat(JobFileLoader.load(write("la_code: 201\n")).shareable().childLevel())
                .as("without shareable: the shareable indicators only").isEmpty();

        Path key = write("la_code: 201\nshareable:\n  key: /secure/la.key\n");
        assertThatThrownBy(() -> JobFileLoader.load(key)).isInstanceOf(JobFileException.class)
                .hasMessage(key + ", shareable: unknown key 'key' (allowed: child_level, key_file).");
        Path dataset = write("la_code: 201\nshareable:\n  child_level: [indicator_children]\n");
        assertThatThrownBy(() -> JobFileLoader.load(dataset)).isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(dataset + ", shareable.child_level: 'indicator_children' is not a dataset that"
                        + " can be shared child by child; choose from annex_a_contacts, annex_a_early_help,");
    }

    @Test
    void periodEndRulesDeriveThePeriodFromTheFiringDate() {
        LocalDate secondOfOctober = LocalDate.of(2026, 10, 2);
        assertThat(PeriodEndRule.LAST_DAY_OF_PREVIOUS_MONTH.periodEndFor(secondOfOctober))
                .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(PeriodEndRule.LAST_DAY_OF_PREVIOUS_MONTH.periodEndFor(LocalDate.of(2026, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(PeriodEndRule.PREVIOUS_DAY.periodEndFor(secondOfOctober)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(PeriodEndRule.LAST_DAY_OF_PREVIOUS_QUARTER.periodEndFor(LocalDate.of(2026, 8, 15)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(PeriodEndRule.LAST_DAY_OF_PREVIOUS_QUARTER.periodEndFor(LocalDate.of(2027, 1, 2)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void settingsPopulationAndRegionAreReadAndChecked() throws Exception {
        JobDefinition job = JobFileLoader.load(write("la_code: 201\nregion: North East\npopulation:\n"
                + "  aged_0_to_17: 63,000\n  by_age_band:\n    under 1: 3100\nsettings:\n"
                + "  cp_visit_within_working_days: 15\n"));
        assertThat(job.region()).contains("North East");
        assertThat(job.population().aged0to17()).hasValue(63_000);
        assertThat(job.population().byAgeBand()).containsEntry("under 1", 3100L);
        assertThat(JobFileLoader.load(Path.of("jobs/sample-la.yml")).population().byEthnicGroup())
                .containsEntry("White", 4160L).containsEntry("Refused or not obtained", 50L);
        assertThat(job.settings().value(uk.chatbatch.indicators.IndicatorSetting.CP_VISIT_WITHIN_WORKING_DAYS))
                .isEqualTo(15);
        assertThat(job.settings().value(uk.chatbatch.indicators.IndicatorSetting.CLA_VISIT_WITHIN_WEEKS))
                .as("default").isEqualTo(6);

        Path region = write("la_code: 201\nregion: Narnia\n");
        assertThatThrownBy(() -> JobFileLoader.load(region)).hasMessageStartingWith(region
                + ": region 'Narnia' is not one of North East, North West");
        Path setting = write("la_code: 201\nsettings:\n  cp_visits: 15\n");
        assertThatThrownBy(() -> JobFileLoader.load(setting)).hasMessageStartingWith(setting
                + ", settings: unknown setting 'cp_visits' (known: contact_to_referral_working_days");
        Path band = write("la_code: 201\npopulation:\n  aged_0_to_17: 1000\n  by_age_band:\n    toddlers: 5\n");
        assertThatThrownBy(() -> JobFileLoader.load(band)).hasMessageStartingWith(band
                + ", population.by_age_band: 'toddlers' is not a DfE age band");
    }
}
