package uk.chatbatch.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.Field.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.annexa.Field.ASSESSMENT_START_DATE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.DATE_OF_REFERRAL;
import static uk.chatbatch.indicators.IndicatorTesting.fixture;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.assessment.AssessmentsAuthorisedInWindow;
import uk.chatbatch.indicators.assessment.AssessmentsWithin45WorkingDays;
import uk.chatbatch.indicators.frontdoor.ReferralsInWindow;

class IndicatorEngineTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2024, 6, 30));

    @Test
    void aListNotSuppliedIsReportedAsSuchNeverAsZero() {
        List<IndicatorResult> results = IndicatorEngine.forAllIndicators().computeAll(InputData.empty(), T);

        assertThat(results).isNotEmpty().allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
            assertThat(result.values()).isEmpty();
            IndicatorMetadata m = result.metadata();
            assertThat(result.message()).isEqualTo(!m.fromReturns() ? m.source().label() + " was not supplied"
                    : m.needsCinCensus() ? "the CIN census was not supplied" : "the SSDA903 return was not supplied");
        });
        assertThat(byId(results).get("REF-01").message()).isEqualTo("List 3 (Referrals) was not supplied");
    }

    @Test
    void aSkippedListCarriesItsReason() {
        InputData data = InputData.empty()
                .without(ASSESSMENTS, "required column Continuous Assessment Date of Authorisation missing");

        Map<String, IndicatorResult> results = byId(IndicatorEngine.forAllIndicators().computeAll(data, T));

        for (String id : List.of("ASM-01", "ASM-02")) {
            assertThat(results.get(id).status()).isEqualTo(IndicatorStatus.LIST_SKIPPED);
            assertThat(results.get(id).values()).isEmpty();
            assertThat(results.get(id).message()).isEqualTo(
                    "List 4 (Assessments) was skipped: required column Continuous Assessment Date of Authorisation missing");
        }
        assertThat(results.get("REF-01").status()).isEqualTo(IndicatorStatus.LIST_NOT_SUPPLIED);
    }

    @Test
    void aReasonThatAlreadySaysSkippedIsNotDoubled() {
        InputData data = InputData.empty().without(ASSESSMENTS, "skipped: required column X missing");

        IndicatorResult result = engineOf(new AssessmentsAuthorisedInWindow()).computeAll(data, T).get(0);

        assertThat(result.message()).isEqualTo("List 4 (Assessments) was skipped: required column X missing");
    }

    @Test
    void aFailingIndicatorIsIsolatedAndTheOthersStillRun() {
        Indicator failing = fixture("REF-99", REFERRALS, (data, context) -> {
            throw new IllegalStateException("something went wrong inside");
        });
        InputData data = InputData.empty().with(REFERRALS, List.of(
                row(REFERRALS).set(CHILD_ID, "C1").set(DATE_OF_REFERRAL, LocalDate.of(2024, 5, 1)).build()));

        List<IndicatorResult> results = engineOf(failing, new ReferralsInWindow()).computeAll(data, T);

        assertThat(results).extracting(r -> r.metadata().id()).containsExactly("REF-01", "REF-99");
        assertThat(results.get(0).status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(headline(results.get(0)).numerator()).isEqualTo(1);
        assertThat(results.get(1).status()).isEqualTo(IndicatorStatus.FAILED);
        assertThat(results.get(1).message()).isEqualTo("something went wrong inside");
        assertThat(results.get(1).values()).isEmpty();
    }

    @Test
    void anUndecidableDateLeavesOutItsRecordAndNeverFailsTheWorkingDayIndicator() {
        InputData data = InputData.empty().with(ASSESSMENTS, List.of(
                row(ASSESSMENTS).set(CHILD_ID, "C1").set(ASSESSMENT_START_DATE, LocalDate.of(2009, 12, 24))
                        .set(ASSESSMENT_AUTHORISATION_DATE, LocalDate.of(2010, 3, 1)).build()));

        List<IndicatorResult> results = engineOf(new AssessmentsAuthorisedInWindow(),
                new AssessmentsWithin45WorkingDays()).computeAll(data, periodEnding(LocalDate.of(2010, 3, 31)));

        assertThat(results.get(0).status()).as("ASM-01 needs no working days").isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(results.get(1).status()).as("no assessment left to measure").isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(results.get(1).message()).contains("1 record was not computed and left out")
                .contains("date 2009-12-24 is outside the bank-holiday calendar");
    }

    @Test
    void anExceptionWithoutAMessageIsNamedByItsType() {
        Indicator failing = fixture("REF-99", REFERRALS, (data, context) -> {
            throw new NullPointerException();
        });

        IndicatorResult result = engineOf(failing).computeAll(InputData.empty().with(REFERRALS, List.of()), T).get(0);

        assertThat(result.status()).isEqualTo(IndicatorStatus.FAILED);
        assertThat(result.message()).isEqualTo("NullPointerException");
    }

    @Test
    void anIndicatorReturningNothingFails() {
        Indicator silent = fixture("REF-99", REFERRALS, (data, context) -> null);

        IndicatorResult result = engineOf(silent).computeAll(InputData.empty().with(REFERRALS, List.of()), T).get(0);

        assertThat(result.status()).isEqualTo(IndicatorStatus.FAILED);
        assertThat(result.message()).endsWith("returned no result");
    }

    @Test
    void anEmptySuppliedListIsComputedNotMissing() {
        InputData data = InputData.empty().with(REFERRALS, List.of()).with(ASSESSMENTS, List.of());

        Map<String, IndicatorResult> results = byId(IndicatorEngine.forAllIndicators().computeAll(data, T));

        assertThat(results.get("REF-01").status()).isEqualTo(IndicatorStatus.COMPUTED);
        assertThat(headline(results.get("REF-01")).value()).isZero();
        assertThat(results.get("ASM-02").status()).isEqualTo(IndicatorStatus.NO_CASES);
        assertThat(headline(results.get("ASM-02")).value()).isNull();
    }

    @Test
    void givesOneResultPerIndicatorInCatalogueOrder() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.discover();

        List<IndicatorResult> results = new IndicatorEngine(catalogue).computeAll(InputData.empty(), T);

        assertThat(results).extracting(IndicatorResult::metadata).containsExactlyElementsOf(catalogue.definitions());
    }

    private static IndicatorEngine engineOf(Indicator... indicators) {
        return new IndicatorEngine(IndicatorCatalogue.of(List.of(indicators)));
    }

    private static Map<String, IndicatorResult> byId(List<IndicatorResult> results) {
        return results.stream().collect(Collectors.toMap(r -> r.metadata().id(), Function.identity()));
    }
}
