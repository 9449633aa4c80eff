package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.Field.ADOPTER_FOSTERING_FOR_ADOPTION;
import static uk.chatbatch.annexa.Field.ADOPTER_MATCHED_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_PLACED_DATE;
import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;
import static uk.chatbatch.annexa.Field.ENQUIRY_DATE;
import static uk.chatbatch.annexa.Field.ETHNICITY;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.annexa.Field.STAGE2_START_DATE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.Window;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.BreakdownKind;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The funnel's stages are not a partition (one adopter passes through several in the window), so the "stage"
 * rows are counted one by one rather than tallied by a {@link Breakdown}.
 */
@IndicatorDefinition(
        id = "ADR-01",
        title = "Adopter pipeline: approvals, with enquiries, stage starts, matches and placements",
        definition = "The number of prospective adopters on List 11 approved in the 12 months ending on the period"
                + " end (Date application approved after the date 12 months before it, up to and including it)."
                + " The breakdown 'stage' counts, each by its own date in the same 12 months, the enquiries (Date"
                + " enquiry received), stage 1 starts, stage 2 starts, approvals, matches (Date adopter matched"
                + " with child(ren)) and placements (Date child/children placed with adopter(s)); one adopter can"
                + " be in several. The approvals are also shown by calendar month (the first month is usually"
                + " partial), by ethnic group (DfE codes grouped as White, Mixed, Asian, Black, Other, Refused or"
                + " not obtained, unknown) and by whether the adopter is fostering for adoption (yes, no, unknown)."
                + " List 11 has one row per individual adopter and enquiry, so a couple adopting together counts"
                + " twice.",
        numerator = "adopters approved in the window",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTERS,
        fields = {ENQUIRY_DATE, STAGE1_START_DATE, STAGE2_START_DATE, APPLICATION_APPROVED_DATE,
                ADOPTER_MATCHED_DATE, ADOPTER_PLACED_DATE, ETHNICITY, ADOPTER_FOSTERING_FOR_ADOPTION},
        unit = Unit.COUNT,
        polarity = Polarity.HIGHER_IS_BETTER,
        chart = ChartType.TRD,
        breakdowns = {@By("stage"),
                @By(value = "month", kind = BreakdownKind.MONTH),
                @By(value = "ethnic group", kind = BreakdownKind.ETHNICITY),
                @By("fostering for adoption")})
public class AdopterPipeline implements Indicator {

    static final Map<String, Field> STAGES = stages();

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        Window window = context.period().lastMonths(12);
        List<TableRecord> adopters = data.rows(AnnexAList.ADOPTERS);
        List<TableRecord> approved = adopters.stream()
                .filter(a -> window.contains(a.date(APPLICATION_APPROVED_DATE))).toList();
        List<IndicatorValue> values = new ArrayList<>();
        values.add(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, approved.size()));
        STAGES.forEach((stage, date) -> values.add(IndicatorValue.count("stage", stage,
                adopters.stream().filter(a -> window.contains(a.date(date))).count())));
        Breakdown<TableRecord> fosteringForAdoption = new Breakdown<TableRecord>("fostering for adoption",
                List.of("yes", "no", Breakdown.UNKNOWN), a -> a.is(ADOPTER_FOSTERING_FOR_ADOPTION, "Yes") ? "yes"
                        : a.is(ADOPTER_FOSTERING_FOR_ADOPTION, "No") ? "no" : Breakdown.UNKNOWN);
        for (Breakdown<TableRecord> breakdown : List.of(Breakdown.month("month", APPLICATION_APPROVED_DATE, window.firstDay(), window.end()), Breakdown.ethnicGroup(),
                fosteringForAdoption)) {
            breakdown.tally(approved).forEach((group, n) -> values.add(IndicatorValue.count(breakdown.name(), group, n)));
        }
        return IndicatorResult.computed(metadata(), values,
                approved.stream().map(a -> CountedRecord.of(a, true, false)).toList());
    }

    private static Map<String, Field> stages() {
        Map<String, Field> stages = new LinkedHashMap<>();
        stages.put("enquiries", ENQUIRY_DATE);
        stages.put("stage 1 starts", STAGE1_START_DATE);
        stages.put("stage 2 starts", STAGE2_START_DATE);
        stages.put("approvals", APPLICATION_APPROVED_DATE);
        stages.put("matches", ADOPTER_MATCHED_DATE);
        stages.put("placements", ADOPTER_PLACED_DATE);
        return java.util.Collections.unmodifiableMap(stages);
    }
}
