package uk.chatbatch.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.chatbatch.SharedSamples;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.ingest.read.TabularSource;
import uk.chatbatch.model.table.TableRecord;

/**
 * The public Annex A samples in ../shared/samples: the liia-tools workbook (template-shaped, with
 * realistic mess) must read completely, and the Area SEND workbook (a different template) must be
 * refused as holding no Annex A list.
 */
class LiiaSampleWorkbookTest {

    static final Path SAMPLES = SharedSamples.root();
    static final Path LIIA = SAMPLES.resolve("liia-tools/liiatools/annex_a_pipeline/spec/samples/Annex_A.xlsx");
    static final Path SEN = SAMPLES.resolve("annex-a-sen-validator-be/fake_data/fake_sen.xlsx");

    static CollectingSink sink;
    static IngestResult result;

    @BeforeAll
    static void read() throws Exception {
        sink = new CollectingSink();
        try (TabularSource source = TabularSource.open(LIIA)) {
            result = new AnnexAIngest(message -> { }).read(source, sink);
        }
    }

    @Test
    void everyListIsFoundByItsHeaderAndEveryRowIsAccountedFor() {
        Map<AnnexAList, Long> read = result.summaries().stream()
                .collect(Collectors.toMap(IngestSummary::list, IngestSummary::rowsRead));
        assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(AnnexAList.CONTACTS, 5L), Map.entry(AnnexAList.EARLY_HELP, 5L),
                Map.entry(AnnexAList.REFERRALS, 6L), Map.entry(AnnexAList.ASSESSMENTS, 5L),
                Map.entry(AnnexAList.SECTION_47, 5L), Map.entry(AnnexAList.CHILDREN_IN_NEED, 5L),
                Map.entry(AnnexAList.CHILD_PROTECTION, 7L), Map.entry(AnnexAList.CHILDREN_IN_CARE, 5L),
                Map.entry(AnnexAList.CARE_LEAVERS, 6L), Map.entry(AnnexAList.ADOPTION, 5L),
                Map.entry(AnnexAList.ADOPTERS, 5L)));
        for (IngestSummary s : result.summaries()) {
            assertThat(s.rowsRead()).isEqualTo(s.rowsClean() + s.rowsQuarantined());
        }
        assertThat(sink.clean()).hasSize(59);
        assertThat(sink.quarantined()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void theSamplesMessIsReportedCellByCell() {
        assertThat(sink.issues(IssueCode.INVALID_CODE)).extracting(Issue::list, Issue::column, Issue::rawValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("List 6 (Children in need)", "Primary Need Code",
                                "PSRMEM - Support with memory and cognition"),
                        org.assertj.core.groups.Tuple.tuple("List 4 (Assessments)",
                                "Was the child assessed as requiring LA children's social care support?",
                                "CS Assessment Updated"));
        assertThat(sink.issues(IssueCode.INVALID_CODE)).hasSize(6);
        assertThat(sink.issues(IssueCode.EXCEL_ERROR_VALUE)).hasSize(10)
                .allSatisfy(i -> assertThat(i.rawValue()).isEqualTo("#N/A"));
        Issue postcode = sink.issues(IssueCode.INVALID_POSTCODE).get(0);
        assertThat(postcode.row()).isEqualTo(3);
        assertThat(postcode.rawValue()).as("postcodes are masked").isEqualTo("[masked, 4 characters]");
        assertThat(postcode.message()).startsWith("Annex_A.xlsx, sheet 'List 8', row 3, column 'Placement postcode'")
                .doesNotContain("nope");
        assertThat(sink.issues(IssueCode.OPTIONAL_COLUMN_ABSENT)).as("older 13-column List 9").hasSize(4);
    }

    @Test
    void valuesAreParsedIntoTypes() {
        TableRecord first = sink.clean(AnnexAList.CONTACTS).get(0);
        assertThat(first.childId()).isEqualTo("9212044");
        assertThat(first.text(Field.GENDER)).as("bare 'Female'").isEqualTo("Female");
        assertThat(first.text(Field.ETHNICITY)).isEqualTo("WBRI");
        assertThat(first.date(Field.DATE_OF_BIRTH)).isEqualTo(LocalDate.of(2015, 1, 25));
        assertThat(first.integer(Field.AGE)).as("6.138... truncated").isEqualTo(6);
        assertThat(first.date(Field.DATE_OF_CONTACT)).isEqualTo(LocalDate.of(2020, 9, 16));
        assertThat(first.text(Field.CONTACT_SOURCE)).as("'q) 6: Police'").isEqualTo("6");
        assertThat(first.source().row()).isEqualTo(2);

        TableRecord referral = sink.clean(AnnexAList.REFERRALS).get(0);
        assertThat(referral.text(Field.ALLOCATED_WORKER)).as("non-breaking space").isEqualTo("Dustin Hazlett");
        assertThat(referral.text(Field.REFERRAL_NFA)).isEqualTo("No");

        TableRecord care = sink.clean(AnnexAList.CHILDREN_IN_CARE).get(0);
        assertThat(care.text(Field.PLACEMENT_PROVIDER)).as("'e) PR4 - Private provision'").isEqualTo("PR4");
        assertThat(care.text(Field.PLACEMENT_TYPE)).isEqualTo("U6");
        assertThat(care.text(Field.LEGAL_STATUS)).isEqualTo("E1");
        assertThat(care.text(Field.PLACEMENT_POSTCODE)).isEqualTo("T28 2WB");

        TableRecord plan = sink.clean(AnnexAList.CHILD_PROTECTION).get(0);
        assertThat(plan.text(Field.INITIAL_CATEGORY_OF_ABUSE)).isEqualTo("PHY");
        assertThat(plan.integer(Field.CP_PREVIOUS_PLANS)).isZero();
        assertThat(sink.clean(AnnexAList.ADOPTERS).get(0).childId()).isEqualTo("7105179");
    }

    @Test
    void theAreaSendWorkbookHoldsNoAnnexAList() {
        assertThatThrownBy(() -> {
            try (TabularSource source = TabularSource.open(SEN)) {
                new AnnexAIngest(m -> { }).read(source, new CollectingSink());
            }
        }).isInstanceOf(InputException.class)
                .hasMessage("fake_sen.xlsx: no sheet has the header row of an Annex A list (sheets: List_1, List_2).");
    }
}
