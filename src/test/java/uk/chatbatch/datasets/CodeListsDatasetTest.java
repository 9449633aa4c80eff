package uk.chatbatch.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.datasets.CodeListsDataset.Entry;
import uk.chatbatch.indicators.CodeLabels;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.model.LaPeriod;

/**
 * The code_lists dataset gives every code a dataset column or an indicator breakdown can hold its label, as the
 * reference code lists word them (../shared/reference/annex-a.md section 5, ssda903.md section 5, cin-census.md
 * sections 3 and 4), with the collection years where they say.
 */
class CodeListsDatasetTest {

    static final List<IndicatorMetadata> CATALOGUE = IndicatorCatalogue.discover().definitions();
    static final List<Entry> ENTRIES = CodeListsDataset.entries(CATALOGUE);

    static Optional<Entry> find(String listOrTable, String field, String code) {
        return ENTRIES.stream().filter(e -> e.listOrTable().equals(listOrTable) && e.field().equals(field)
                && e.code().equals(code)).findFirst();
    }

    @ParameterizedTest(name = "{1}.{2} {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # source    | dataset                  | column / breakdown   | code | label                                   | group                    | from    | to      | note
            annex_a     | annex_a_contacts         | contact_source       | 6    | Police                                  | null                     | null    | null    | null
            annex_a     | annex_a_referrals        | referral_source      | 5D   | LA services - early help                | null                     | null    | null    | null
            annex_a     | annex_a_children_in_care | cla_reason_ceased    | E4A  | Returned home - planned                 | null                     | null    | null    | null
            annex_a     | annex_a_children_in_need | primary_need_code    | N1   | Abuse or neglect                        | null                     | null    | null    | null
            annex_a     | annex_a_children_in_care | placement_type       | K2   | Children's home                         | children's homes         | null    | null    | null
            annex_a     | annex_a_contacts         | gender               | Male | Male                                    | null                     | null    | null    | null
            ssda903     | ssda903_episodes         | rec                  | E4A  | Returned home as part of care planning  | null                     | null    | null    | null
            ssda903     | ssda903_episodes         | cin                  | N1   | Abuse or neglect                        | null                     | null    | null    | null
            # placement codes of successive years: K3 from 2024-25, H5 and Z1 up to 2024-25, Z11 from 2025-26
            ssda903     | ssda903_episodes         | place                | K3   | Supported accommodation                 | semi-independent or supported accommodation | 2024-25 | null | null
            ssda903     | ssda903_episodes         | place                | H5   | Semi-independent living not subject to children's homes regulations | semi-independent or supported accommodation | null | 2024-25 | null
            ssda903     | ssda903_episodes         | place                | Z11  | Other placement, type Z11               | other                    | 2025-26 | null    | null
            ssda903     | ssda903_episodes         | place                | P2   | Independent living                      | semi-independent or supported accommodation | null | 2024-25 | not for episodes starting on or after 2023-10-28
            ssda903     | ssda903_episodes         | rec                  | E43  | Special guardianship order to former foster carer (before the E45-E48 split) | null | null | 2016-17 | null
            ssda903     | ssda903_header           | sex                  | U    | Unknown or indeterminate                | null                     | 2024-25 | null    | null
            # CIN census years end on 31 March: the 2023 census (5D, RC9 new) is 2022-23
            cin_census  | cin_episode              | referral_source      | 5D   | LA services - early help                | null                     | 2022-23 | null    | null
            cin_census  | cin_episode              | reason_for_closure   | RC9  | Case closed after assessment, referred to early help | null        | 2022-23 | null    | null
            cin_census  | cin_assessment_factor    | assessment_factors   | 18A  | Physical abuse                          | null                     | null    | 2019-20 | null
            cin_census  | cin_assessment_factor    | assessment_factors   | 24A  | Child criminal exploitation             | null                     | 2021-22 | null    | null
            cin_census  | cin_episode              | primary_need_code    | N1   | Abuse or neglect                        | null                     | null    | null    | null
            # indicator breakdowns: the label the report prints beside the group
            annex_a     | indicators               | legal status         | C2   | Full care order                         | null                     | null    | null    | null
            annex_a     | indicators               | reason ceased        | E4A  | Returned home - planned                 | null                     | null    | null    | null
            annex_a     | indicators               | placement type       | U1   | Foster - relative or friend - long term | foster (including kinship) | null  | null    | null
            ssda903     | indicators               | accommodation type, aged 19 to 21 | D1 | Semi-independent or transitional accommodation, suitable | null | null | null | null
            """)
    void aCodeHasItsLabelAndYears(String source, String listOrTable, String field, String code, String label,
                                  String group, String from, String to, String note) {
        Entry e = find(listOrTable, field, code)
                .orElseThrow(() -> new AssertionError("no row for " + listOrTable + "." + field + " " + code));
        assertThat(Arrays.asList(e.source(), e.label(), e.codeGroup(), e.validFrom(), e.validTo(), e.note()))
                .as(listOrTable + "." + field + " " + code).containsExactly(source, label, group, from, to, note);
    }

    @Test
    void aBreakdownWhoseGroupsAreNotCodesHasNoRows() {
        // CON-04's "source group" holds "police", "schools": words, not the SOURCE list's codes
        assertThat(ENTRIES).noneMatch(e -> e.listOrTable().equals("indicators") && e.field().equals("source group"));
        assertThat(ENTRIES).noneMatch(e -> e.listOrTable().equals("indicators") && e.field().equals("placement group"));
        assertThat(ENTRIES).anyMatch(e -> e.listOrTable().equals("indicators") && e.field().equals("source"));
    }

    /** The report and the lake label a breakdown's group alike: both ask CodeLabels. */
    @Test
    void everyBreakdownCodeHasTheLabelTheReportPrints() {
        List<Entry> breakdownCodes = ENTRIES.stream().filter(e -> e.listOrTable().equals("indicators")).toList();
        assertThat(breakdownCodes).hasSizeGreaterThan(100);
        for (Entry e : breakdownCodes) {
            assertThat(CodeLabels.label(e.field(), e.code())).as(e.field() + " " + e.code()).contains(e.label());
        }
    }

    @Test
    void eachCodeOnceForEachColumnThatUsesIt() {
        Set<String> keys = new HashSet<>();
        for (Entry e : ENTRIES) {
            assertThat(keys.add(e.listOrTable() + "|" + e.field() + "|" + e.code())).as(e.toString()).isTrue();
        }
        for (AnnexAList list : AnnexAList.values()) {
            for (AnnexAList.Column column : list.columns()) {
                long rows = ENTRIES.stream().filter(e -> e.listOrTable().equals(list.dataset())
                        && e.field().equals(column.field().column())).count();
                int codes = column.field().codeList().map(c -> c.entries().size()).orElse(0);
                assertThat(rows).as(list.dataset() + "." + column.field().column()).isEqualTo(codes);
            }
        }
    }

    @Test
    void rowsCarryTheRunsKeyInTheSchemasOrder() {
        List<Object[]> rows = CodeListsDataset.toRows(CATALOGUE, new LaPeriod("201", java.time.LocalDate.of(2025, 3, 31)));
        assertThat(rows).hasSameSizeAs(ENTRIES);
        Object[] first = rows.get(0);
        assertThat(first).hasSize(CodeListsDataset.SCHEMA.columnCount());
        assertThat(first[CodeListsDataset.SCHEMA.indexOf("la_code")]).isEqualTo("201");
        assertThat(first[CodeListsDataset.SCHEMA.indexOf("period_end")]).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
        assertThat(first[CodeListsDataset.SCHEMA.indexOf("code")]).isEqualTo(ENTRIES.get(0).code());
    }
}
