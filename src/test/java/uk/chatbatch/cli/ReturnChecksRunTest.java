package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.cin.SyntheticCinCensus;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.pipeline.IngestStage;
import uk.chatbatch.pipeline.RunRequest;
import uk.chatbatch.output.ParquetTableReader;
import uk.chatbatch.output.TableData;
import uk.chatbatch.ssda903.SyntheticSsda903;

/**
 * The return checks in a whole run: each finding lands in the issues dataset, the data-quality page counts each
 * check under a readable name with the DfE rule, and the indicators still compute on every row (checks keep rows).
 * A clean synthetic LA raises none of them.
 */
class ReturnChecksRunTest {

    /** The codes of the return checks. */
    static final List<String> CODES = List.of("episodes_overlap", "episode_started_while_previous_open",
            "episode_ceased_after_collection_year", "continuation_episode_after_gap", "oc2_child_outside_cohort",
            "nfa_referral_with_activity", "event_after_death");

    static final String EPISODES = """
            CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
            1001,01/01/2019,S,C2,N1,U4,PR1,10/06/2020,X1,CARPL,,,SC100001
            1001,05/06/2020,P,C2,N1,U4,PR1,,,,,,SC100002
            1002,01/01/2019,S,C2,N1,U4,PR1,,,,,,SC100003
            1002,01/07/2020,P,C2,N1,U4,PR1,,,,,,SC100004
            1003,01/05/2020,S,C2,N1,U4,PR1,05/04/2021,E11,,,,SC100005
            1004,01/01/2019,S,C2,N1,U4,PR1,01/06/2020,X1,CARPL,,,SC100006
            1004,03/06/2020,P,C2,N1,U4,PR1,,,,,,SC100007
            1005,01/01/2019,S,C2,N1,U4,PR1,,,,,,SC100008
            1006,01/09/2020,S,C2,N1,U4,PR1,,,,,,SC100009
            """;
    // 1001 row 3 starts before row 2 ceased (501); 1002 row 4 is open with row 5 after it (142); 1003 row 6 ceased
    // after 31/03/2021 (385); 1004 row 8 continues (P) two days after row 7 ceased (433); 1006 is in OC2 after seven
    // months in care (190); 1005 is right throughout.

    static final String OC2 = """
            CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1005,01/01/2010,12,,0,1,1,1,1,0,,
            1006,01/01/2010,12,,0,1,1,1,1,0,,
            """;

    static final String CIN = """
            <Message>
              <Header>
                <CollectionDetails><Collection>CIN</Collection><Year>2021</Year><ReferenceDate>2021-03-31</ReferenceDate></CollectionDetails>
                <Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source>
              </Header>
              <Children>
                <Child>
                  <ChildIdentifiers>
                    <LAchildID>C1</LAchildID><PersonBirthDate>2015-03-27</PersonBirthDate><GenderCurrent>1</GenderCurrent>
                    <PersonDeathDate>2020-06-10</PersonDeathDate>
                  </ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2020-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                    <CINclosureDate>2020-06-20</CINclosureDate><ReasonForClosure>RC2</ReasonForClosure>
                    <Assessments><AssessmentActualStartDate>2020-06-12</AssessmentActualStartDate></Assessments>
                    <ReferralNFA>true</ReferralNFA>
                  </CINdetails>
                </Child>
                <Child>
                  <ChildIdentifiers>
                    <LAchildID>C2</LAchildID><PersonBirthDate>2016-03-27</PersonBirthDate><GenderCurrent>2</GenderCurrent>
                  </ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2020-09-01</CINreferralDate><ReferralSource>6</ReferralSource>
                    <ReferralNFA>true</ReferralNFA>
                  </CINdetails>
                </Child>
              </Children>
            </Message>
            """;
    // C1: an NFA referral with an assessment (8831), the assessment two days after the death date (after death);
    // C2: an NFA referral with nothing after it, which is right.

    @TempDir
    Path dir;

    @Test
    void eachCheckIsCountedOnTheDataQualityPageAndTheIndicatorsComputeOnEveryRow() throws Exception {
        Path year = Files.createDirectories(dir.resolve("903/2020-21"));
        Files.writeString(year.resolve("episodes.csv"), EPISODES);
        Files.writeString(year.resolve("oc2.csv"), OC2);
        Path cin = Files.writeString(dir.resolve("cin.xml"), CIN);
        Path out = dir.resolve("out");
        CapturedOutput run = CapturedOutput.launch("run", "--la", "999", "--period-end", "2021-03-31",
                "--ssda903", dir.resolve("903").toString(), "--cin", cin.toString(), "--reports", "internal",
                "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(counts(out.resolve("parquet/issues/la=999/period=2021-03-31"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("episodes_overlap", 1, "episode_started_while_previous_open", 1,
                        "episode_ceased_after_collection_year", 1, "continuation_episode_after_gap", 1,
                        "oc2_child_outside_cohort", 1, "nfa_referral_with_activity", 1, "event_after_death", 1));

        String page = text(out.resolve("reports/999/2021-03-31/chat-appendix-internal.pdf")).replaceAll("\\s", "");
        assertThat(page).as("the data-quality page: name, severity, count, where")
                .contains("episodesoverlaperror1SSDA903Episodes2020-21:1")
                .contains("episodestartedwhilepreviousopenerror1SSDA903Episodes2020-21:1")
                .contains("episodeceasedaftercollectionyearerror1SSDA903Episodes2020-21:1")
                .contains("continuationepisodeaftergaperror1SSDA903Episodes2020-21:1")
                .contains("oc2childoutsidecohortwarning1SSDA903OC22020-21:1")
                .contains("nfareferralwithactivityerror1CINepisodes:1")
                .contains("eventafterdeatherror1CINassessments:1")
                .contains("DfErule501").contains("DfErule190").contains("DfErule8831");

        TableData indicators = ParquetTableReader.read(out.resolve("parquet/indicators/la=999/period=2021-03-31"));
        assertThat(value(indicators, "CLA-01-903")).as("all six children looked after at 31 March, faults and all")
                .isEqualTo(6.0);
    }

    @Test
    void aCleanSyntheticLaRaisesNoneOfTheReturnChecks() throws Exception {
        Path folder903 = Files.createDirectories(dir.resolve("903"));
        SyntheticSsda903.write(folder903, 7, 2020, 5, 400);
        Path cin = dir.resolve("cin.xml");
        SyntheticCinCensus.write(SyntheticCinCensus.Options.clean(7, 2_000, 2025), cin);
        Path out = dir.resolve("out");
        // The ingest step alone, where the checks run: the report step is not what this test is about.
        new IngestStage(m -> { }).run(new RunRequest("999", "Synthetic", LocalDate.of(2025, 3, 31), Optional.empty(),
                Optional.of(folder903), Optional.of(cin), out, IndicatorSettings.defaults(), Population.notConfigured(),
                Optional.empty(), RunRequest.DEFAULT_REPORTS, Optional.empty()));
        Map<String, Integer> counts = counts(out.resolve("parquet/issues/la=999/period=2025-03-31"));
        assertThat(counts.keySet()).as("no false alarm on a clean return").doesNotContainAnyElementsOf(CODES)
                .doesNotContain("return_for_other_la_or_year");
        TableData oc2 = ParquetTableReader.read(out.resolve("parquet/ssda903_oc2/la=999/period=2025-03-31"));
        assertThat(oc2.rowCount()).as("the OC2 check had rows to judge").isGreaterThan(100);
    }

    private static Map<String, Integer> counts(Path issues) throws Exception {
        TableData t = ParquetTableReader.read(issues);
        Map<String, Integer> counts = new TreeMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String code = (String) t.value(r, "issue_code");
            if (CODES.contains(code) || "return_for_other_la_or_year".equals(code)) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String text(Path pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    private static Double value(TableData indicators, String id) {
        for (int r = 0; r < indicators.rowCount(); r++) {
            if (id.equals(indicators.value(r, "indicator_id")) && "all".equals(indicators.value(r, "breakdown"))) {
                return (Double) indicators.value(r, "value");
            }
        }
        throw new AssertionError(id + " not in the indicators dataset");
    }
}
