package uk.chatbatch.indicators.childrenincare;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A period of care: a child's episodes joined end to start. An episode continues the period when it starts on the
 * day the previous episode ended and its reason for new episode is not S; any other episode starts a new period.
 */
public record PeriodOfCare(List<CareEpisode> episodes) {

    /**
     * Orders ceased periods by when they ceased: the latest DEC last, and on the same day the later start. Which
     * occasion is "last" goes by the date ceased, not by the start, so an overlapping period that started later
     * but ended sooner is not taken for the last.
     */
    public static final Comparator<PeriodOfCare> BY_DATE_CEASED =
            Comparator.comparing(PeriodOfCare::end).thenComparing(PeriodOfCare::start);

    public PeriodOfCare {
        episodes = List.copyOf(episodes);
    }

    public CareEpisode first() {
        return episodes.get(0);
    }

    public CareEpisode last() {
        return episodes.get(episodes.size() - 1);
    }

    public String child() {
        return first().child();
    }

    public LocalDate start() {
        return first().start();
    }

    /** The day the period ended, or null while open. */
    public LocalDate end() {
        return last().end();
    }

    /** A start as DfE counts starts: the first episode's reason for new episode is S. */
    public boolean isStart() {
        return first().startsPeriodOfCare();
    }

    /**
     * Whether the child ceased to be looked after: the last episode has a recorded DEC and its REC is not X1 (an
     * X1 with no episode after it is a data error, not a child leaving care). A blank REC is ceasing for an
     * unknown reason.
     */
    public boolean ceased() {
        return last().endRecorded() && !CareEpisode.NEW_EPISODE_SAME_DAY.equals(last().reasonCeased());
    }

    public String reasonCeased() {
        return last().reasonCeased();
    }

    public boolean openOn(LocalDate day) {
        return !start().isAfter(day) && (end() == null || end().isAfter(day));
    }
}
