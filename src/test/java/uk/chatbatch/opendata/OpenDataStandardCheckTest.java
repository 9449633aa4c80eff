package uk.chatbatch.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker of the open data standards can fail: a small file that passes every rule, then each rule broken on
 * its own by one change, and the rule named in the failure.
 */
class OpenDataStandardCheckTest {

    static final String DATA = String.join("\r\n",
            "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
                    + "old_la_code,new_la_code,la_name,indicator_title,indicator,breakdown_topic,breakdown,"
                    + "figure_count,numerator_count",
            "2026,September,Local authority,E92000001,England,E12000001,North East,391,E08000021,"
                    + "Newcastle upon Tyne,\"Contacts received, all\",CON-01,Total,Total,395,395",
            "2026,September,Local authority,E92000001,England,E12000001,North East,391,E08000021,"
                    + "Newcastle upon Tyne,\"Contacts received, all\",CON-01,gender,male,c,c",
            "2026,September,Local authority,E92000001,England,E12000001,North East,391,E08000021,"
                    + "Newcastle upon Tyne,Referrals,REF-01,Total,Total,0,x") + "\r\n";
    static final String META = String.join("\r\n",
            "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column",
            "indicator,Filter,Indicator,,,,The id,indicator_title",
            "breakdown,Filter,Breakdown,,,,Total is everyone,breakdown_topic",
            "figure_count,Indicator,Count,,,0,,",
            "numerator_count,Indicator,Numerator,,,0,,") + "\r\n";

    @TempDir
    Path dir;

    /** One rule broken: in the data or the meta file, every {@code from} replaced by {@code to}. */
    record Broken(String rule, boolean inMeta, String from, String to) {
        @Override
        public String toString() {
            return rule + ": " + (inMeta ? "meta " : "data ") + "'" + from + "' -> '" + to + "'";
        }
    }

    static List<Broken> broken() {
        return List.of(
                new Broken("csv_shape", false, "\"Contacts received, all\"", "Contacts received, all"),
                new Broken("csv_shape", false, "Referrals", "Ref\"errals"),
                new Broken("mandatory_columns", false, "country_name,region_code", "country_nme,region_code"),
                new Broken("mandatory_columns", false, "2026,September", ",September"),
                new Broken("time_period", false, "2026,September", "26,September"),
                new Broken("time_period", false, "2026,September", "202627,September"),
                new Broken("time_identifier", false, "September", "Sept"),
                new Broken("time_identifier_mix", false, "2026,September,Local authority,E92000001,England,"
                        + "E12000001,North East,391,E08000021,Newcastle upon Tyne,Referrals",
                        "2026,Reporting year,Local authority,E92000001,England,E12000001,North East,391,E08000021,"
                                + "Newcastle upon Tyne,Referrals"),
                new Broken("geographic_level", false, "Local authority", "LA"),
                new Broken("country", false, "E92000001,England", "E92000001,Wales"),
                new Broken("la_columns", false, "E08000021", "E08000099"),
                new Broken("la_columns", false, "391,E08000021,Newcastle upon Tyne", "391,E08000021,Newcastle"),
                new Broken("la_columns", false, "E12000001,North East", ",North East"),
                new Broken("total", false, ",Total,Total,", ",gender,female,"),
                new Broken("blank_filters", false, "gender,male", "gender,"),
                new Broken("filter_whitespace", false, "gender,male", "gender, male"),
                new Broken("indicator_cells", false, "395,395", "395,"),
                new Broken("indicator_cells", false, "395,395", "395,12%"),
                new Broken("null_symbols", false, "c,c", "c,NA"),
                new Broken("legacy_symbols", false, "c,c", "c,-"),
                new Broken("meta_columns", true, ",filter_grouping_column", ""),
                new Broken("col_type", true, "figure_count,Indicator", "figure_count,Measure"),
                new Broken("meta_describes_data", true, "numerator_count,Indicator,Numerator", "numerator,Indicator,"
                        + "Numerator"),
                new Broken("meta_describes_data", true, "figure_count,Indicator,Count",
                        "time_period,Indicator,Count"),
                new Broken("column_names", false, "figure_count,numerator_count", "figure count,numerator_count"),
                new Broken("label", true, "Indicator,Numerator", "Indicator,Count"),
                new Broken("indicator_unit", true, "Count,,,0", "Count,,days,0"),
                new Broken("indicator_dp", true, "Count,,,0", "Count,,,one"),
                new Broken("filter_hint", true, "Count,,,0,,", "Count,,,0,A hint,"),
                new Broken("filter_levels", true, "breakdown,Filter", "region_name,Filter"),
                new Broken("duplicate_rows", false, "Referrals,REF-01,Total,Total,0,x",
                        "\"Contacts received, all\",CON-01,Total,Total,0,x"),
                new Broken("no_names", false, "gender,male", "gender,Ebony Foster"),
                new Broken("no_names", false, "gender,male", "team,male"));
    }

    static OpenDataStandardCheck.Result check(Path dir, String data, String meta) throws Exception {
        Path d = Files.writeString(dir.resolve("f.csv"), data);
        Path m = Files.writeString(dir.resolve("f.meta.csv"), meta);
        return OpenDataStandardCheck.check(d, m, Set.of("Ebony Foster", "1003481"), Set.of("team", "worker"));
    }

    @Test
    void theFilePassesEveryRule() throws Exception {
        OpenDataStandardCheck.Result result = check(dir, DATA, META);
        assertThat(result.failures()).isEmpty();
        assertThat(result.data().column("indicator_title")).containsExactly("Contacts received, all",
                "Contacts received, all", "Referrals");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachRuleFailsWhenItIsBroken(Broken broken) throws Exception {
        String data = broken.inMeta() ? DATA : replaced(DATA, broken.from(), broken.to());
        String meta = broken.inMeta() ? replaced(META, broken.from(), broken.to()) : META;
        assertThat(check(dir, data, meta).failures()).as(broken.toString())
                .anyMatch(f -> f.startsWith(broken.rule() + ": "));
    }

    @Test
    void aFileNotInUtf8FailsTheUtf8Rule() throws Exception {
        Path d = Files.write(dir.resolve("latin1.csv"), DATA.replace("Referrals", "Référrals")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path m = Files.writeString(dir.resolve("latin1.meta.csv"), META);
        assertThat(OpenDataStandardCheck.check(d, m, Set.of(), Set.of()).failures())
                .containsExactly("utf8: the data file latin1.csv is not UTF-8");
    }

    private static String replaced(String text, String from, String to) {
        assertThat(text).as("the file").contains(from);
        return text.replace(from, to);
    }
}
