package uk.chatbatch.indicators.frontdoor;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.input.InputData;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.PercentOfRecords;

/**
 * The shape of "events in the window followed by a linked event for the same child": of the source
 * list's records dated in the window, the share whose child has a record in the linked list dated on or
 * after the event and within the setting's number of working days of it. Broken down by source group.
 */
abstract class FollowedWithinWorkingDays implements Indicator {

    /** The source list's own date, e.g. Date of Contact. */
    protected abstract Field eventDate();

    /** The list that may follow, e.g. List 3 (Referrals), and its date. */
    protected abstract AnnexAList linkedList();

    protected abstract Field linkedDate();

    /** How many working days after the event the linked record may be dated. */
    protected abstract IndicatorSetting withinWorkingDays();

    /** The event's source, for the source-group breakdown. */
    protected abstract Field source();

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        DatesByChild linked = DatesByChild.of(data.rows(linkedList()), linkedDate());
        int workingDays = context.setting(withinWorkingDays());
        IndicatorMetadata metadata = metadata();
        return new PercentOfRecords() {
            @Override
            protected boolean inDenominator(AnnexARecord event, IndicatorContext c) {
                return c.period().inWindow(event.date(eventDate()));
            }

            @Override
            protected boolean inNumerator(AnnexARecord event, IndicatorContext c) {
                LocalDate on = event.date(eventDate());
                LocalDate lastDay = c.calendar().addWorkingDays(on, workingDays);
                return linked.firstBetween(event.personId(), on, lastDay) != null;
            }

            @Override
            protected List<Breakdown> breakdowns(IndicatorContext context) {
                return List.of(Breakdown.sourceGroup(source()));
            }

            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        }.compute(data, context);
    }
}
