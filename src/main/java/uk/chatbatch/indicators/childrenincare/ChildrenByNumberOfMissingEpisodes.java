package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_MISSING_EPISODES;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.Breakdown.Band;
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
        id = "CLA-12",
        twin = "CLA-12-903",
        title = "Children who went missing, by number of missing episodes",
        definition = "The " + LookedAfter.MISSING_BASE + " who went missing at least once in the last"
                + " 12 months (Number of Episodes the Child has been 'Missing' from their Placement in the last 12"
                + " months is 1 or more, the CLA-11 numerator), counted by that number of episodes: 1, 2, 3, 4, 5 or"
                + " more, every group shown, zero included. The catalogue's headline, missing episodes per child who"
                + " went missing, needs a per-child unit the indicators do not yet have, so this gives the"
                + " distribution the MUL chart draws. The episode count is the LA's own Annex A figure. "
                + LookedAfter.COUNTS_CHILDREN,
        numerator = "children looked after in the window with one or more missing episodes in the last 12 months",
        window = "six months ending on the period end; missing episodes in the 12 months before the extract",
        source = AnnexAList.CHILDREN_IN_CARE,
        fields = {CLA_START_DATE, CLA_CEASED_DATE, CLA_MISSING_EPISODES},
        unit = Unit.COUNT,
        polarity = Polarity.LOWER_IS_BETTER,
        chart = ChartType.MUL,
        settings = {IndicatorSetting.CLA_MISSING_INCLUDES_CEASED_IN_WINDOW},
        breakdowns = {@By("missing episodes per child")})
public class ChildrenByNumberOfMissingEpisodes extends CountOfRecords {

    @Override
    protected boolean countsChildren() {
        return true;
    }

    static final List<Band> EPISODES = List.of(new Band("1", 1, 1), new Band("2", 2, 2), new Band("3", 3, 3),
            new Band("4", 4, 4), new Band("5 or more", 5, Integer.MAX_VALUE));

    @Override
    protected boolean counts(TableRecord child, IndicatorContext context) {
        return LookedAfter.inMissingBase(child, context) && LookedAfter.wentMissing(child);
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.bands("missing episodes per child", EPISODES, r -> r.integer(CLA_MISSING_EPISODES)));
    }
}
