package uk.chatbatch.indicators.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTERS;
import static uk.chatbatch.annexa.Field.ADOPTER_FOSTERING_FOR_ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTER_ID;
import static uk.chatbatch.annexa.Field.ADOPTER_MATCHED_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_PLACED_DATE;
import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;
import static uk.chatbatch.annexa.Field.ENQUIRY_DATE;
import static uk.chatbatch.annexa.Field.ETHNICITY;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.annexa.Field.STAGE2_START_DATE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class AdopterPipelineTest {

    /** T = 31 Mar 2025: the window is 1 Apr 2024 to 31 Mar 2025. */
    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));

    private final AdopterPipeline indicator = new AdopterPipeline();

    @ParameterizedTest(name = "{0}: counted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | approved   | counted
            approved on the window's first day    | 2024-04-01 | 1
            approved 12 months before T: outside  | 2024-03-31 | 0
            approved on T                         | 2025-03-31 | 1
            not approved                          |            | 0
            """)
    void countsApprovalsInTheTwelveMonths(String scenario, LocalDate approved, long counted) {
        assertCount(counted, indicator.compute(only(ADOPTERS, adopter("A1", "2024-01-10", null, null, approved,
                null, null, "WBRI", "No")), T));
    }

    @Test
    void countsEachStageByItsOwnDate() {
        IndicatorResult result = indicator.compute(only(ADOPTERS,
                // enquired before the window, everything else in it
                adopter("A1", "2024-01-10", "2024-04-15", "2024-06-20", LocalDate.of(2024, 10, 1), "2024-12-01",
                        "2025-02-01", "WBRI", "No"),
                // a new enquiry, into stage 1, in the window
                adopter("A2", "2024-11-01", "2024-12-01", null, null, null, null, "BAFR", "Yes"),
                // approved in the window, matched after T
                adopter("A3", "2023-06-01", "2023-07-01", "2023-10-01", LocalDate.of(2024, 5, 2), "2025-04-02", null,
                        "MWBA", "Yes")),
                T);

        assertCount(2, result);
        assertThat(result.values()).contains(
                IndicatorValue.count("stage", "enquiries", 1),
                IndicatorValue.count("stage", "stage 1 starts", 2),
                IndicatorValue.count("stage", "stage 2 starts", 1),
                IndicatorValue.count("stage", "approvals", 2),
                IndicatorValue.count("stage", "matches", 1),
                IndicatorValue.count("stage", "placements", 1),
                IndicatorValue.count("month", "2024-05", 1),
                IndicatorValue.count("month", "2024-10", 1),
                IndicatorValue.count("month", "2024-11", 0),
                IndicatorValue.count("ethnic group", "White", 1),
                IndicatorValue.count("ethnic group", "Mixed", 1),
                IndicatorValue.count("ethnic group", "Black", 0),
                IndicatorValue.count("fostering for adoption", "yes", 1),
                IndicatorValue.count("fostering for adoption", "no", 1),
                IndicatorValue.count("fostering for adoption", "unknown", 0));
        assertThat(result.counted()).extracting(CountedRecord::childId).containsExactly("A1", "A3");
    }

    private static TableRecord adopter(String id, String enquiry, String stage1, String stage2, LocalDate approved,
                                        String matched, String placed, String ethnicity, String ffa) {
        return row(ADOPTERS).set(ADOPTER_ID, id).set(ENQUIRY_DATE, date(enquiry)).set(STAGE1_START_DATE, date(stage1))
                .set(STAGE2_START_DATE, date(stage2)).set(APPLICATION_APPROVED_DATE, approved)
                .set(ADOPTER_MATCHED_DATE, date(matched)).set(ADOPTER_PLACED_DATE, date(placed))
                .set(ETHNICITY, ethnicity).set(ADOPTER_FOSTERING_FOR_ADOPTION, ffa).build();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
