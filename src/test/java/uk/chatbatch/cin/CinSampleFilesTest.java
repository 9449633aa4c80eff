package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.cin.CinTable.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.model.table.TableSummary;

/**
 * Every public CIN census sample in ../shared/samples, read as a whole (see its README). The
 * csc-validator-be-cin files carry no licence, so they are read from there and never copied here.
 */
class CinSampleFilesTest {

    static final Path SAMPLES = SharedSamples.root();
    static final Path D2I = SAMPLES.resolve("csc-validator-be-cin/fake_data");
    static final Path LIIA_PIPELINE = SAMPLES.resolve("liia-tools/liiatools/cin_census_pipeline/spec/samples/cin-2022.xml");
    static final Path LIIA_NEGATIVE = SAMPLES.resolve("liia-tools/at-2789318/liiatools/spec/cin_census/samples/cin-2022.xml");

    private record Read(CinFileResult result, CinCollectingSink sink) {
    }

    private static Read read(Path file) {
        CinCollectingSink sink = new CinCollectingSink();
        CinFileResult result = CinCensusIngest.read(file, sink).only();
        return new Read(result, sink);
    }

    /** Rows read per table, then clean, then quarantined, in CinTable order. */
    private static Map<CinTable, List<Long>> counts(CinFileResult result) {
        Map<CinTable, List<Long>> counts = new EnumMap<>(CinTable.class);
        for (TableSummary<CinTable> s : result.tables()) {
            counts.put(s.table(), List.of(s.rowsRead(), s.rowsClean(), s.rowsQuarantined()));
        }
        return counts;
    }

    private static Map<CinTable, List<Long>> allClean(long... read) {
        Map<CinTable, List<Long>> counts = new EnumMap<>(CinTable.class);
        for (CinTable table : CinTable.values()) {
            counts.put(table, List.of(read[table.ordinal()], read[table.ordinal()], 0L));
        }
        return counts;
    }

    @Test
    void d2iCensus2021HasOneFullyPopulatedChild() {
        Read r = read(D2I.resolve("CIN_Census_2021.xml"));

        assertThat(r.result.header().censusYear()).hasValue(2023);
        assertThat(r.result.header().referenceDate()).contains(LocalDate.of(2023, 3, 31));
        assertThat(r.result.header().laCode()).contains("201");
        assertThat(r.result.children()).isEqualTo(1);
        //                                child dis ep  as  af  plan s47 cpp rev
        assertThat(counts(r.result)).isEqualTo(allClean(1, 2, 1, 1, 2, 1, 1, 1, 1));

        TableRecord child = r.sink.clean(CHILD).get(0);
        assertThat(child.childId()).isEqualTo("DfEX0000001");
        assertThat(child.text(CinField.UPN)).isEqualTo("A123456789123");
        assertThat(child.text(CinField.FORMER_UPN)).isEqualTo("X98765432123B");
        assertThat(child.text(CinField.UPN_UNKNOWN)).isEqualTo("UN3");
        assertThat(child.date(CinField.PERSON_BIRTH_DATE)).isEqualTo(LocalDate.of(1965, 3, 27));
        assertThat(child.date(CinField.EXPECTED_PERSON_BIRTH_DATE)).as("1066-04-13 is refused").isNull();
        assertThat(child.date(CinField.PERSON_DEATH_DATE)).isEqualTo(LocalDate.of(1980, 10, 8));
        assertThat(child.text(CinField.SEX)).isEqualTo("M");
        assertThat(child.text(CinField.GENDER_CURRENT)).isEqualTo("1");
        assertThat(r.sink.clean(DISABILITY)).extracting(d -> d.text(CinField.DISABILITY)).containsExactly("HAND", "HEAR");
        assertThat(r.sink.clean(ASSESSMENT).get(0).date(CinField.ASSESSMENT_INTERNAL_REVIEW_DATE))
                .isEqualTo(LocalDate.of(1970, 6, 22));
        assertThat(r.sink.clean(ASSESSMENT_FACTOR)).extracting(f -> f.text(CinField.ASSESSMENT_FACTORS))
                .containsExactly("2A", "2B");

        assertThat(r.sink.codes()).containsExactly(
                IssueCode.CIN_STRAY_TEXT,    // "PersonBirthDate" typed between two elements
                IssueCode.INVALID_DATE,      // ExpectedPersonBirthDate 1066-04-13
                IssueCode.CIN_BIRTH_DATES);  // both birth dates given
        Issue date = r.sink.issues(IssueCode.INVALID_DATE).get(0);
        assertThat(date.row()).isEqualTo(25);
        assertThat(date.sheet()).isEqualTo("child 1");
        assertThat(date.list()).isEqualTo("CIN children");
        assertThat(date.column()).isEqualTo("ExpectedPersonBirthDate");
        assertThat(date.rawValue()).as("a date of birth is masked").isEqualTo("[masked, 10 characters]");
    }

    @Test
    void d2iCensus2024ReadsSexInBothFormsAnEmptyFactorListAndRc9() {
        Read r = read(D2I.resolve("CIN_Census_2024.xml"));

        assertThat(r.result.header().year()).hasValue(2023);
        assertThat(r.result.header().referenceDate()).contains(LocalDate.of(2024, 3, 31));
        assertThat(r.result.censusYear()).as("ReferenceDate wins over Year").hasValue(2024);
        assertThat(r.result.children()).isEqualTo(2);
        Map<CinTable, List<Long>> expected = allClean(2, 3, 2, 2, 3, 1, 1, 1, 1);
        expected.put(ASSESSMENT_FACTOR, List.of(3L, 2L, 1L)); // RB is no factor code
        assertThat(counts(r.result)).isEqualTo(expected);

        List<TableRecord> children = r.sink.clean(CHILD);
        assertThat(children.get(0).text(CinField.SEX)).as("<Sex>1</Sex>").isEqualTo("M");
        assertThat(children.get(0).text(CinField.GENDER_CURRENT)).isEqualTo("1");
        assertThat(children.get(1).text(CinField.SEX)).as("<Sex>M</Sex>").isEqualTo("M");
        assertThat(children.get(1).text(CinField.GENDER_CURRENT)).isNull();
        assertThat(r.sink.issues(IssueCode.CIN_SEX_CODE_FORM)).extracting(Issue::sheet, Issue::rawValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("child 1", "1"));
        assertThat(r.sink.issues(IssueCode.CIN_ELEMENT_NOT_IN_YEAR)).as("Sex is a 2024-25 element, this is 2023-24")
                .extracting(Issue::sheet).containsExactly("child 1", "child 2");
        assertThat(r.sink.issues(IssueCode.CIN_HEADER_MISMATCH)).hasSize(1);

        TableRecord secondEpisode = r.sink.clean(EPISODE).get(1);
        assertThat(secondEpisode.text(CinField.REASON_FOR_CLOSURE)).isEqualTo("RC9");
        assertThat(secondEpisode.yesNo(CinField.REFERRAL_NFA)).isFalse();
        assertThat(r.sink.issues(IssueCode.CIN_CODE_NOT_IN_YEAR)).as("RC9 is valid from 2022-23").isEmpty();

        TableRecord emptyFactors = r.sink.clean(ASSESSMENT).get(1);
        assertThat(emptyFactors.source().location()).isEqualTo("child 2, CINdetails 1, Assessments 1");
        assertThat(r.sink.clean(ASSESSMENT_FACTOR)).as("the empty list gives no rows and no issue")
                .noneMatch(f -> f.source().location().startsWith("child 2"));
        assertThat(r.sink.issues()).noneMatch(i -> i.sheet().startsWith("child 2, CINdetails 1, Assessments"));

        QuarantinedRecord rb = r.sink.quarantined(ASSESSMENT_FACTOR).get(0);
        assertThat(rb.issues()).extracting(Issue::code).containsExactly(IssueCode.CIN_INVALID_KEY_CODE);
        assertThat(rb.rawValues()).last().isEqualTo("RB");
        assertThat(rb.source().row()).isEqualTo(46);
    }

    @Test
    void d2iTwoPlansFileNumbersThePlansSoTheirReviewsJoin() {
        Read r = read(D2I.resolve("CIN2rows.xml"));

        assertThat(r.result.censusYear()).hasValue(2024);
        assertThat(counts(r.result)).isEqualTo(allClean(1, 2, 1, 1, 0, 1, 1, 2, 2));
        assertThat(r.sink.clean(CP_PLAN)).extracting(p -> p.integer(CinField.CPP_SEQ)).containsExactly(1, 2);
        assertThat(r.sink.clean(CP_REVIEW)).extracting(v -> v.integer(CinField.CPP_SEQ),
                        v -> v.date(CinField.CPP_START_DATE), v -> v.date(CinField.CPP_REVIEW_DATE))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2022, 2, 17), LocalDate.of(2023, 2, 15)),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2022, 2, 17), LocalDate.of(2023, 2, 15)));
        assertThat(r.sink.codes()).containsExactly(IssueCode.CIN_HEADER_MISMATCH, IssueCode.CIN_STRAY_TEXT);
    }

    @Test
    void liiaPipelineSampleHasEveryModuleAndYesNoAsFalse() {
        Read r = read(LIIA_PIPELINE);

        assertThat(r.result.censusYear()).hasValue(2022);
        assertThat(counts(r.result)).isEqualTo(allClean(1, 2, 1, 1, 2, 1, 1, 1, 1));
        TableRecord episode = r.sink.clean(EPISODE).get(0);
        assertThat(episode.date(CinField.CIN_REFERRAL_DATE)).isEqualTo(LocalDate.of(1970, 10, 6));
        assertThat(episode.text(CinField.REFERRAL_SOURCE)).isEqualTo("1A");
        assertThat(episode.text(CinField.PRIMARY_NEED_CODE)).isEqualTo("N4");
        assertThat(episode.date(CinField.CIN_CLOSURE_DATE)).isEqualTo(LocalDate.of(1971, 2, 27));
        assertThat(episode.text(CinField.REASON_FOR_CLOSURE)).isEqualTo("RC1");
        assertThat(episode.date(CinField.DATE_OF_INITIAL_CPC)).isEqualTo(LocalDate.of(1970, 2, 6));
        assertThat(episode.yesNo(CinField.REFERRAL_NFA)).isFalse();
        TableRecord s47 = r.sink.clean(SECTION_47).get(0);
        assertThat(s47.date(CinField.S47_ACTUAL_START_DATE)).isEqualTo(LocalDate.of(1970, 2, 2));
        assertThat(s47.date(CinField.INITIAL_CPC_TARGET)).isEqualTo(LocalDate.of(1970, 6, 23));
        assertThat(s47.date(CinField.DATE_OF_INITIAL_CPC)).isEqualTo(LocalDate.of(1970, 2, 11));
        assertThat(s47.yesNo(CinField.ICPC_NOT_REQUIRED)).isFalse();
        assertThat(s47.date(CinField.CIN_REFERRAL_DATE)).as("the episode's key, to join on")
                .isEqualTo(LocalDate.of(1970, 10, 6));
        TableRecord plan = r.sink.clean(CP_PLAN).get(0);
        assertThat(plan.date(CinField.CPP_START_DATE)).isEqualTo(LocalDate.of(1970, 2, 17));
        assertThat(plan.date(CinField.CPP_END_DATE)).isEqualTo(LocalDate.of(1971, 3, 14));
        assertThat(plan.text(CinField.INITIAL_CATEGORY_OF_ABUSE)).isEqualTo("PHY");
        assertThat(plan.text(CinField.LATEST_CATEGORY_OF_ABUSE)).isEqualTo("PHY");
        assertThat(plan.integer(CinField.NUMBER_OF_PREVIOUS_CPP)).isEqualTo(10);
        TableRecord cinPlan = r.sink.clean(PLAN).get(0);
        assertThat(cinPlan.date(CinField.CIN_PLAN_START_DATE)).isEqualTo(LocalDate.of(1971, 1, 24));
        assertThat(cinPlan.date(CinField.CIN_PLAN_END_DATE)).isEqualTo(LocalDate.of(1971, 1, 26));
        assertThat(r.sink.codes()).containsExactly(IssueCode.CIN_BIRTH_DATES);
    }

    @Test
    void liiaNegativeSampleQuarantinesTheChildWithoutAnIdAndReportsEveryBadValue() {
        Read r = read(LIIA_NEGATIVE);

        assertThat(r.result.children()).isEqualTo(3);
        Map<CinTable, List<Long>> counts = counts(r.result);
        //                                   read clean quarantined: child 2 and all 10 records under it
        assertThat(counts.get(CHILD)).containsExactly(3L, 2L, 1L);
        assertThat(counts.get(DISABILITY)).containsExactly(6L, 4L, 2L);
        assertThat(counts.get(EPISODE)).containsExactly(3L, 2L, 1L);
        assertThat(counts.get(ASSESSMENT)).containsExactly(3L, 2L, 1L);
        assertThat(counts.get(ASSESSMENT_FACTOR)).containsExactly(6L, 4L, 2L);
        assertThat(counts.get(PLAN)).containsExactly(3L, 2L, 1L);
        assertThat(counts.get(SECTION_47)).containsExactly(3L, 2L, 1L);
        assertThat(counts.get(CP_PLAN)).containsExactly(3L, 2L, 1L);
        assertThat(counts.get(CP_REVIEW)).containsExactly(3L, 2L, 1L);
        assertThat(r.sink.quarantined()).allMatch(q -> q.source().location().startsWith("child 2"));
        assertThat(r.sink.clean(CHILD)).extracting(TableRecord::childId).containsExactly("DfEX0000001", "DfEX0000003");

        QuarantinedRecord child2 = r.sink.quarantined(CHILD).get(0);
        assertThat(child2.issues()).extracting(Issue::code).containsExactly(
                IssueCode.CIN_UNRECOGNISED_ELEMENT,   // <extra_unkown>
                IssueCode.MISSING_IDENTIFIER,         // no <LAchildID>
                IssueCode.CIN_MISSING_ELEMENT);       // no <GenderCurrent>
        assertThat(child2.issues().get(2).column()).isEqualTo("GenderCurrent");
        assertThat(r.sink.issues(IssueCode.CIN_PARENT_QUARANTINED)).hasSize(10);

        List<Issue> wrong = r.sink.issues(IssueCode.INVALID_CODE);
        assertThat(wrong).extracting(Issue::sheet, Issue::row, Issue::column, Issue::rawValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("child 2, CINdetails 1", 117, "ReferralNFA", "wrong"),
                org.assertj.core.groups.Tuple.tuple("child 3, CINdetails 1", 175, "ReferralNFA", "wrong"));
        assertThat(r.sink.clean(EPISODE).get(1).yesNo(CinField.REFERRAL_NFA)).as("left empty, record kept").isNull();
        assertThat(r.sink.issues(IssueCode.INVALID_DATE)).extracting(Issue::column, Issue::rawValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("InitialCPCtarget", "notadate"),
                org.assertj.core.groups.Tuple.tuple("DateOfInitialCPC", "notadate"));
        assertThat(r.sink.clean(SECTION_47).get(1).date(CinField.DATE_OF_INITIAL_CPC)).isNull();
        assertThat(r.sink.issues(IssueCode.CIN_UNRECOGNISED_ELEMENT)).extracting(Issue::sheet)
                .containsExactly("child 2", "child 3, CINdetails 1");
    }

    @Test
    void everySampleAccountsForEveryRowAndNeverShowsAChildIdentifierInAnIssue() {
        for (Path file : List.of(D2I.resolve("CIN_Census_2021.xml"), D2I.resolve("CIN_Census_2024.xml"),
                D2I.resolve("CIN2rows.xml"), LIIA_PIPELINE, LIIA_NEGATIVE)) {
            Read r = read(file);
            for (CinTable table : CinTable.values()) {
                TableSummary<CinTable> s = r.result.table(table);
                assertThat(s.rowsRead()).isEqualTo(s.rowsClean() + s.rowsQuarantined());
                assertThat(s.rowsClean()).isEqualTo(r.sink.clean(table).size());
                assertThat(s.rowsQuarantined()).isEqualTo(r.sink.quarantined(table).size());
            }
            assertThat(r.result.issues()).isEqualTo(r.sink.issues().size());

            Set<String> identifying = new HashSet<>();
            for (TableRecord record : r.sink.clean(CHILD)) {
                for (CinField field : CinField.values()) {
                    if (field.identifiesChild() && record.value(field) != null) {
                        identifying.add(record.value(field).toString());
                    }
                }
            }
            assertThat(identifying).isNotEmpty();
            for (Issue issue : r.sink.issues()) {
                for (String value : identifying) {
                    assertThat(issue.message()).as(file + ": " + issue.code()).doesNotContain(value);
                    assertThat(issue.rawValue()).doesNotContain(value);
                }
            }
        }
    }
}
