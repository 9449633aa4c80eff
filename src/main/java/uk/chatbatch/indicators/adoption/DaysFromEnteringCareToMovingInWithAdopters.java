package uk.chatbatch.indicators.adoption;

import static uk.chatbatch.annexa.Field.ADOPTION_ORDER_DATE;
import static uk.chatbatch.annexa.Field.DATE_OF_BIRTH;
import static uk.chatbatch.annexa.Field.ENTERED_CARE_DATE;
import static uk.chatbatch.annexa.Field.FAMILY_ID;
import static uk.chatbatch.annexa.Field.PLACED_FOR_ADOPTION_DATE;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.AgeBands;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "ADO-01",
        twin = "ADO-01-903",
        headline = true,
        title = "A1: days from entering care to moving in with adopters",
        definition = "For the children on List 10 adopted in the 12 months ending on the period end (Date of"
                + " Adoption Order after the date 12 months before the period end, up to and including it), the"
                + " mean number of calendar days from the Date the Child Entered Care to the Date Placed for"
                + " Adoption, as the adoption scorecard's A1. The mean, not the median. A child with either date"
                + " blank, or placed before entering care (a data error), is not measured. The scorecard's last"
                + " threshold was 426 days (14 months): a mean above it is worse. Also shown by age on entering"
                + " care in the DfE bands (from the Date of Birth; unknown when it or the date entered care is blank; a child who entered care before birth is unborn) and by sibling group: 'in a"
                + " sibling group' when another child on List 10 has the same Family identifier, 'single child'"
                + " when none has, unknown when it is blank. The numerator is the number of children measured."
                + " Records are counted; List 10 normally has one row per child and decision.",
        numerator = "children adopted in the window with both dates, placed on or after entering care",
        window = "12 months ending on the period end",
        source = AnnexAList.ADOPTION,
        fields = {ADOPTION_ORDER_DATE, ENTERED_CARE_DATE, PLACED_FOR_ADOPTION_DATE, DATE_OF_BIRTH, FAMILY_ID},
        unit = Unit.DAYS,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        breakdowns = {@By("age at entry"), @By("sibling group")})
public class DaysFromEnteringCareToMovingInWithAdopters extends MeanCalendarDays {

    @Override
    protected boolean inPopulation(TableRecord child, IndicatorContext context) {
        return Adopted.inWindow(child, context);
    }

    @Override
    protected LocalDate from(TableRecord child) {
        return child.date(ENTERED_CARE_DATE);
    }

    @Override
    protected LocalDate to(TableRecord child) {
        return child.date(PLACED_FOR_ADOPTION_DATE);
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(InputData data, IndicatorContext context) {
        // Not Breakdown.ageBand: its fallback, the supplied age, is the age at the period end, not at entry.
        Breakdown<TableRecord> ageAtEntry = new Breakdown<TableRecord>("age at entry", AgeBands.BANDS, child -> {
            LocalDate entered = child.date(ENTERED_CARE_DATE);
            return child.date(DATE_OF_BIRTH) == null || entered == null ? Breakdown.UNKNOWN
                    : AgeBands.band(AgeBands.age(child, entered));
        });
        return List.of(ageAtEntry,
                Adopted.siblingGroup(data.rows(AnnexAList.ADOPTION)));
    }
}
