package uk.chatbatch.indicators.adopters;

import static uk.chatbatch.annexa.Field.ADOPTER_LEFT_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_LEFT_REASON;
import static uk.chatbatch.annexa.Field.ADOPTER_MATCHED_DATE;
import static uk.chatbatch.annexa.Field.ADOPTER_PLACED_DATE;
import static uk.chatbatch.annexa.Field.APPLICATION_APPROVED_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_END_DATE;
import static uk.chatbatch.annexa.Field.STAGE1_START_DATE;
import static uk.chatbatch.annexa.Field.STAGE2_START_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADR-06",
        title = "Adopters leaving the process",
        definition = "The number of adopters on List 11 whose Date of leaving adoption process is in the 12 months"
                + " ending on the period end (after the date 12 months before it, up to and including it). Shown by"
                + " the stage reached by the day they left, the latest whose date is on or before it: placed,"
                + " matched, approved, stage 2 (started), between stages (stage 1 ended, stage 2 not started), stage"
                + " 1 (started), else before stage 1; and by Reason for leaving adoption process: 1 adopter withdrew,"
                + " 2 process put on hold, 3 application refused, unknown when blank or not a recognised code. Every"
                + " group is shown, zero included. Records (individual adopters) are counted.",
        numerator = "adopters leaving the process in the window",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTERS,
        fields = {ADOPTER_LEFT_DATE, ADOPTER_LEFT_REASON, STAGE1_START_DATE, STAGE1_END_DATE, STAGE2_START_DATE,
                APPLICATION_APPROVED_DATE, ADOPTER_MATCHED_DATE, ADOPTER_PLACED_DATE},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.SRC,
        breakdowns = {@By("stage"), @By("reason")})
public class AdoptersLeavingTheProcess extends CountOfRecords {

    static final List<String> STAGES = List.of("before stage 1", "stage 1", "between stages", "stage 2", "approved",
            "matched", "placed");

    @Override
    protected boolean counts(TableRecord adopter, IndicatorContext context) {
        return context.period().lastMonths(12).contains(adopter.date(ADOPTER_LEFT_DATE));
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(new Breakdown<TableRecord>("stage", STAGES, AdoptersLeavingTheProcess::stageWhenLeft),
                Breakdown.code("reason", ADOPTER_LEFT_REASON));
    }

    static String stageWhenLeft(TableRecord adopter) {
        LocalDate left = adopter.date(ADOPTER_LEFT_DATE);
        if (reached(adopter, ADOPTER_PLACED_DATE, left)) {
            return "placed";
        }
        if (reached(adopter, ADOPTER_MATCHED_DATE, left)) {
            return "matched";
        }
        if (reached(adopter, APPLICATION_APPROVED_DATE, left)) {
            return "approved";
        }
        if (reached(adopter, STAGE2_START_DATE, left)) {
            return "stage 2";
        }
        if (reached(adopter, STAGE1_END_DATE, left)) {
            return "between stages";
        }
        return reached(adopter, STAGE1_START_DATE, left) ? "stage 1" : "before stage 1";
    }

    private static boolean reached(TableRecord adopter, Field stage, LocalDate left) {
        LocalDate date = adopter.date(stage);
        return date != null && !date.isAfter(left);
    }
}
