package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.cin.CinCodeList;
import uk.chatbatch.cin.CinField;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903CodeList;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/** Tables, fields and code lists of Annex A and both returns answer the same questions, with their years as data. */
class SourceTableTest {

    private static final CollectionYear Y2019 = CollectionYear.parse("2019-20");
    private static final CollectionYear Y2020 = CollectionYear.parse("2020-21");
    private static final CollectionYear Y2022 = CollectionYear.parse("2022-23");
    private static final CollectionYear Y2023 = CollectionYear.parse("2023-24");
    private static final CollectionYear Y2024 = CollectionYear.parse("2024-25");

    @Test
    void everyTableNamesItsSourceLabelDatasetAndChildIdentifier() {
        assertThat(Ssda903Table.EPISODES.source()).isEqualTo(Source.SSDA903);
        assertThat(Ssda903Table.EPISODES.label()).isEqualTo("SSDA903 Episodes");
        assertThat(Ssda903Table.EPISODES.label(Optional.of(CollectionYear.parse("2017-18"))))
                .isEqualTo("SSDA903 Episodes 2017-18");
        assertThat(Ssda903Table.EPISODES.dataset()).isEqualTo("ssda903_episodes");
        assertThat(Ssda903Table.EPISODES.identifier()).isEqualTo(Ssda903Field.CHILD);
        assertThat(Ssda903Table.EPISODES.headers()).startsWith("CHILD", "DECOM", "RNE");

        assertThat(CinTable.EPISODE.source()).isEqualTo(Source.CIN_CENSUS);
        assertThat(CinTable.EPISODE.label()).isEqualTo("CIN episodes");
        assertThat(CinTable.EPISODE.dataset()).isEqualTo("cin_episode");
        assertThat(CinTable.EPISODE.identifier()).isEqualTo(CinField.LA_CHILD_ID);
        assertThat(CinTable.EPISODE.headers()).startsWith("la_child_id", "cin_details_seq", "cin_referral_date");
    }

    @Test
    void anAnnexAListIsATableOfTheSameShape() {
        assertThat(AnnexAList.REFERRALS.source()).isEqualTo(Source.ANNEX_A);
        assertThat(AnnexAList.REFERRALS.label()).isEqualTo("List 3 (Referrals)");
        assertThat(AnnexAList.REFERRALS.dataset()).isEqualTo("annex_a_referrals");
        assertThat(AnnexAList.REFERRALS.identifier()).isEqualTo(Field.CHILD_ID);
        assertThat(AnnexAList.REFERRALS.headers()).startsWith("Child Unique ID");
        assertThat(AnnexAList.REFERRALS.has(Field.REFERRAL_SOURCE)).isTrue();
        assertThat(AnnexAList.REFERRALS.has(Ssda903Field.DECOM)).as("another source's field").isFalse();
        assertThat(Field.REFERRAL_SOURCE.element()).isEqualTo("Referral Source");
        assertThat(Field.REFERRAL_SOURCE.codeList()).contains(AnnexACodeList.SOURCE);
        assertThat(Field.DATE_OF_REFERRAL.codeList()).isEmpty();
    }

    @Test
    void anAnnexACodeIsValidInEveryYearForTheTemplateHasOneVersion() {
        assertThat(AnnexACodeList.SOURCE.validity("1A")).contains(YearRange.ALWAYS);
        assertThat(AnnexACodeList.SOURCE.validity("9Z")).isEmpty();
    }

    @Test
    void everyTableStartsWithItsChildIdentifier() {
        for (Ssda903Table table : Ssda903Table.values()) {
            assertThat(table.indexOf(table.identifier())).as(table.label()).isZero();
        }
        for (CinTable table : CinTable.values()) {
            assertThat(table.indexOf(table.identifier())).as(table.label()).isZero();
        }
    }

    @Test
    void aTableOrFieldSentOnlyInLaterYearsSaysFromWhen() {
        assertThat(Ssda903Table.SW_EPISODES.years().contains(Y2022)).as("SWEpisodes before 2023-24").isFalse();
        assertThat(Ssda903Table.SW_EPISODES.years().contains(Y2023)).as("SWEpisodes in 2023-24").isTrue();
        assertThat(Ssda903Table.DOLO.years().describe()).isEqualTo("from 2026-27");
        assertThat(Ssda903Table.EPISODES.years()).isEqualTo(YearRange.ALWAYS);
        assertThat(Ssda903Field.SW_REASON.years().describe()).isEqualTo("from 2023-24");
        assertThat(Ssda903Field.DECOM.years().describe()).isEqualTo("in every year");
    }

    @Test
    void theCensusSexElementReplacedGenderCurrentIn2024To25() {
        assertThat(CinField.GENDER_CURRENT.years().contains(Y2023)).as("GenderCurrent, 2023-24").isTrue();
        assertThat(CinField.GENDER_CURRENT.years().contains(Y2024)).as("GenderCurrent, 2024-25").isFalse();
        assertThat(CinField.SEX.years().contains(Y2023)).as("Sex, 2023-24").isFalse();
        assertThat(CinField.SEX.years().contains(Y2024)).as("Sex, 2024-25").isTrue();
    }

    @Test
    void aCodeFieldHasItsListAndOtherFieldsNone() {
        assertThat(Ssda903Field.PLACE.codeList()).contains(Ssda903CodeList.PLACEMENT_TYPE);
        assertThat(Ssda903Field.DECOM.codeList()).isEmpty();
        assertThat(CinField.PRIMARY_NEED_CODE.codeList()).contains(CinCodeList.PRIMARY_NEED);
        assertThat(CinField.CIN_REFERRAL_DATE.codeList()).isEmpty();
    }

    @Test
    void aCodesYearsAreCollectionYearsInBothReturns() {
        assertThat(Ssda903CodeList.SW_REASON.validity("MANAGE")).contains(YearRange.from(2023));
        assertThat(Ssda903CodeList.SW_REASON.validIn("MANAGE", Y2022)).as("MANAGE in 2022-23").isFalse();
        assertThat(Ssda903CodeList.SW_REASON.validIn("MANAGE", Y2023)).as("MANAGE in 2023-24").isTrue();

        // 18A was last used in the 2020 census (2019-20); 18B first in the 2021 census (2020-21)
        assertThat(CinCodeList.ASSESSMENT_FACTOR.validIn("18A", Y2019)).as("18A in 2019-20").isTrue();
        assertThat(CinCodeList.ASSESSMENT_FACTOR.validIn("18A", Y2020)).as("18A in 2020-21").isFalse();
        assertThat(CinCodeList.ASSESSMENT_FACTOR.validIn("18B", Y2019)).as("18B in 2019-20").isFalse();
        assertThat(CinCodeList.ASSESSMENT_FACTOR.validIn("18B", Y2020)).as("18B in 2020-21").isTrue();
        assertThat(CinCodeList.ASSESSMENT_FACTOR.validity("1A")).contains(YearRange.ALWAYS);
    }

    @Test
    void aTextThatIsNotACodeHasNoYears() {
        assertThat(Ssda903CodeList.PLACEMENT_TYPE.validity("ZZ9")).isEmpty();
        assertThat(CinCodeList.ASSESSMENT_FACTOR.validity("99Z")).isEmpty();
        assertThat(CinCodeList.ASSESSMENT_FACTOR.validIn("99Z", Y2020)).isFalse();
    }

    @Test
    void everyCodeOfAListIsStoredOnce() {
        assertThat(CinCodeList.SEX.storedCodes()).containsExactly("M", "F", "U");
        assertThat(Ssda903CodeList.MISSING_TYPE.storedCodes()).containsExactly("M", "A");
    }
}
