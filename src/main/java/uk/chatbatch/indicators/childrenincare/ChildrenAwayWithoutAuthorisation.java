package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_ABSENT_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountOfRecords;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorDefinition.By;
import uk.chatbatch.indicators.IndicatorDefinition;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.model.table.TableRecord;

@IndicatorDefinition(
        id = "CLA-13",
        twin = "CLA-13-903",
        title = "Children away from placement without authorisation",
        definition = "The number of " + LookedAfter.MISSING_BASE + " whose Number of Episodes the"
                + " Child has been 'Absent' from their Placement in the last 12 months is 1 or more, as the LA"
                + " recorded it; a blank count is not counted. Also by that number of episodes: 1, 2, 3, 4, 5 or"
                + " more, every group shown, zero included. The catalogue's episodes per absent child needs a"
                + " per-child unit the indicators do not yet have. " + LookedAfter.COUNTS_CHILDREN,
        numerator = "children looked after in the window with one or more absences in the last 12 months",
        window = "six months ending on the period end; absences in the 12 months before the extract",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_ABSENT_EPISODES},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.KPI,
        settings = {IndicatorSetting.CLA_MISSING_INCLUDES_CEASED_IN_WINDOW},
        breakdowns = {@By("absent episodes per child")})
public class ChildrenAwayWithoutAuthorisation extends CountOfRecords {

    @Override
    protected boolean countsChildren() {
        return true;
    }

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        Integer episodes = child.integer(CLA_ABSENT_EPISODES);
        return LookedAfter.inMissingBase(child, context) && episodes != null && episodes >= 1;
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.bands("absent episodes per child", ChildrenByNumberOfMissingEpisodes.EPISODES,
                r -> r.integer(CLA_ABSENT_EPISODES)));
    }
}
