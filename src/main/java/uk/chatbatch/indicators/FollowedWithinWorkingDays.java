package uk.chatbatch.indicators;

import java.time.LocalDate;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;

/**
 * The shape of "events in the window followed by a linked event for the same child" (a conversion: CON-05, REF-06):
 * of the source list's records dated in the window, the share whose child has a record in the linked list dated on
 * or after the event and within the setting's number of working days of it. Broken down by source group. An
 * indicator declares itself by its constructor: the event's date, the linked list and its date, the setting and
 * the event's source field.
 */
public abstract class FollowedWithinWorkingDays implements Indicator {

    private final Field eventDate;
    private final AnnexAList linkedList;
    private final Field linkedDate;
    private final IndicatorSetting withinWorkingDays;
    private final Field source;

    /**
     * @param eventDate         the source list's own date, e.g. Date of Contact
     * @param linkedList        the list that may follow, e.g. List 3 (Referrals)
     * @param linkedDate        its date, e.g. Date of referral
     * @param withinWorkingDays the setting holding how many working days after the event it may be dated
     * @param source            the event's source, for the source-group breakdown
     */
    protected FollowedWithinWorkingDays(Field eventDate, AnnexAList linkedList, Field linkedDate,
                                        IndicatorSetting withinWorkingDays, Field source) {
        this.eventDate = eventDate;
        this.linkedList = linkedList;
        this.linkedDate = linkedDate;
        this.withinWorkingDays = withinWorkingDays;
        this.source = source;
    }

    @Override
    public IndicatorResult compute(InputData data, IndicatorContext context) {
        DatesByChild linked = DatesByChild.of(data, linkedList, linkedDate);
        int workingDays = context.setting(withinWorkingDays);
        IndicatorMetadata metadata = metadata();
        return new PercentOfRecords() {
            @Override
            protected boolean inDenominator(TableRecord event, IndicatorContext c) {
                return c.period().inWindow(event.date(eventDate));
            }

            @Override
            protected boolean inNumerator(TableRecord event, IndicatorContext c) {
                LocalDate on = event.date(eventDate);
                LocalDate lastDay = c.calendar().addWorkingDays(on, workingDays);
                return linked.firstBetween(event.childId(), on, lastDay) != null;
            }

            @Override
            protected List<Breakdown<TableRecord>> breakdowns(IndicatorContext context) {
                return List.of(Breakdown.sourceGroup(source));
            }

            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        }.compute(data, context);
    }
}
