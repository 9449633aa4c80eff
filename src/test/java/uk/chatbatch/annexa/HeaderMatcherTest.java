package uk.chatbatch.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    private static List<String> templateHeaders(AnnexAList list) {
        List<String> headers = new ArrayList<>();
        list.columns().forEach(c -> headers.add(c.field().header()));
        return headers;
    }

    @Test
    void everyListIsIdentifiedByItsOwnTemplateHeaders() {
        for (AnnexAList list : AnnexAList.values()) {
            HeaderMatcher.HeaderMatch match = HeaderMatcher.identify(templateHeaders(list)).orElseThrow();
            assertThat(match.list()).isEqualTo(list);
            assertThat(match.missingRequired()).isEmpty();
            assertThat(match.unrecognised()).isEmpty();
        }
    }

    @Test
    void headerVariantsLasSendAreAccepted() {
        List<String> headers = new ArrayList<>(templateHeaders(AnnexAList.CHILDREN_IN_CARE));
        headers.set(4, "Age");
        headers.set(5, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))");
        headers.set(8, "Child’s Category of Need");
        headers.set(28, "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months");
        headers.set(7, "  DATE STARTED TO BE LOOKED AFTER ");
        headers.set(21, "MostRecentPlacementStartDate");
        HeaderMatcher.HeaderMatch match = HeaderMatcher.identify(headers).orElseThrow();
        assertThat(match.list()).isEqualTo(AnnexAList.CHILDREN_IN_CARE);
        assertThat(match.missingRequired()).isEmpty();
    }

    @Test
    void aListWithARequiredColumnMissingIsStillIdentifiedAndReportsTheColumn() {
        List<String> headers = new ArrayList<>(templateHeaders(AnnexAList.REFERRALS));
        headers.remove("Referral NFA?");
        HeaderMatcher.HeaderMatch match = HeaderMatcher.identify(headers).orElseThrow();
        assertThat(match.list()).isEqualTo(AnnexAList.REFERRALS);
        assertThat(match.missingRequired()).extracting(c -> c.field()).containsExactly(Field.REFERRAL_NFA);
    }

    @Test
    void theOlderThirteenColumnCareLeaversListIsAccepted() {
        List<String> headers = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age",
                "Does the Child have a Disability", "Allocated Team", "Allocated Worker", "Eligibility Category",
                "LA in Touch", "Type of Accommodation", "Suitability of Accommodation", "Activity Status");
        HeaderMatcher.HeaderMatch match = HeaderMatcher.identify(headers).orElseThrow();
        assertThat(match.list()).isEqualTo(AnnexAList.CARE_LEAVERS);
        assertThat(match.missingRequired()).isEmpty();
        assertThat(match.missingOptional()).hasSize(4);
    }

    @Test
    void aHeaderThatMerelyContainsAColumnNameDoesNotMatchIt() {
        List<String> headers = new ArrayList<>(templateHeaders(AnnexAList.CONTACTS));
        headers.set(4, "Stage");
        HeaderMatcher.HeaderMatch match = HeaderMatcher.identify(headers).orElseThrow();
        assertThat(match.positionOf(Field.AGE)).isEqualTo(-1);
        assertThat(match.unrecognised()).containsExactly(4);
    }

    @Test
    void unrelatedHeadersMatchNoList() {
        assertThat(HeaderMatcher.identify(List.of("Unique ID", "UPN", "ULN", "SEN primary need"))).isEmpty();
        assertThat(HeaderMatcher.identify(List.of("Child Unique ID", "Gender", "Ethnicity"))).isEmpty();
    }
}
