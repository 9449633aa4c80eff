package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.PRIMARY_NEED_CODE;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.ChildInNeedEpisodes;
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
        id = "CIN-02",
        title = "Children in need by primary need",
        definition = "The children in need episodes in List 6 open at the period end (CIN Start Date on or before the"
                + " period end or blank, and no CIN Closure Date or one after it), counted by Primary Need Code: N1 to N9 and"
                + " N0, then unknown for a code that was blank or not recognised. Every code is shown, zero included;"
                + " each code's share is its count divided by the whole count, as the sorted-bar chart labels it."
                + " Episode records are counted, not distinct children.",
        numerator = "children in need episodes open at the period end",
        window = "at the period end",
        source = AnnexAList.CHILDREN_IN_NEED,
        fields = {CIN_START_DATE, CIN_CLOSURE_DATE, PRIMARY_NEED_CODE},
        unit = Unit.COUNT,
        polarity = Polarity.CONTEXTUAL,
        chart = ChartType.SRC,
        breakdowns = {@By("primary need")})
public class ChildrenInNeedByPrimaryNeed extends CountOfRecords {

    @Override
    protected boolean counts(TableRecord episode, IndicatorContext context) {
        return ChildInNeedEpisodes.openAtEnd(episode, context.period());
    }

    @Override
    protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
        return List.of(Breakdown.code("primary need", PRIMARY_NEED_CODE));
    }
}
