package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.DEC;
import static uk.chatbatch.ssda903.Ssda903Field.DECOM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.chatbatch.calendar.Window;
import uk.chatbatch.indicators.Codes;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;

/**
 * One child's care as the Episodes table tells it: the episodes in order of start, joined into periods of care,
 * and traced into placements.
 *
 * <p>How placements are counted (the stability measures CLA-07-903, CLA-07B and CLA-08-903, and A10): within a
 * period of care, a new placement starts with the period's first episode that is not temporary, and then with each
 * episode whose reason for new episode is P (change of placement and carers) or B (change of legal status and of
 * placement and carers). These do not start a new placement: L (legal status only), T and U (change of placement
 * with the same carers), an episode placed for adoption with the current foster carer (A3 or A5, whatever its
 * reason), a temporary placement (T0 to T4, which is not counted as a placement and does not end the one before
 * it), and the return to the placement held before a temporary one (same placement type, URN and placement
 * postcode). Episodes under short-break legal status (V3, V4) are left out of placements altogether.
 */
public final class CareHistory {

    /** Placed for adoption with the child's current foster carer: a change of placement type with the same carers. */
    public static final Set<String> ADOPTION_WITH_CURRENT_FOSTER_CARER = Set.of("A3", "A5");
    public static final Set<String> NEW_CARERS = Set.of("P", "B");

    private final String child;
    private final List<CareEpisode> episodes;
    private final List<PeriodOfCare> periods;
    private final List<Placement> placements;

    private CareHistory(String child, List<CareEpisode> episodes) {
        this.child = child;
        this.episodes = List.copyOf(episodes);
        this.periods = joinPeriods(this.episodes);
        this.placements = tracePlacements(periods);
    }

    /** Every child's history, in order of child identifier. */
    public static List<CareHistory> of(List<TableRecord> episodeRows) {
        Optional<CollectionYear> latest = episodeRows.stream().map(TableRecord::collectionYear)
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        Map<String, List<TableRecord>> byChild = new TreeMap<>();
        for (TableRecord row : episodeRows) {
            byChild.computeIfAbsent(row.childId(), c -> new ArrayList<>()).add(row);
        }
        List<CareHistory> histories = new ArrayList<>();
        byChild.forEach((child, rows) -> histories.add(new CareHistory(child, episodes(rows, latest))));
        return histories;
    }

    private static List<CareEpisode> episodes(List<TableRecord> rows, Optional<CollectionYear> latest) {
        List<TableRecord> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((TableRecord r) -> r.date(DECOM)));
        List<CareEpisode> episodes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TableRecord row = sorted.get(i);
            LocalDate dec = row.date(DEC);
            if (dec != null) {
                episodes.add(new CareEpisode(row, row.date(DECOM), dec, true));
            } else if (i + 1 < sorted.size()) {
                episodes.add(new CareEpisode(row, row.date(DECOM), sorted.get(i + 1).date(DECOM), false));
            } else if (row.collectionYear().isPresent() && latest.isPresent()
                    && row.collectionYear().get().compareTo(latest.get()) < 0) {
                episodes.add(new CareEpisode(row, row.date(DECOM), row.collectionYear().get().end(), false));
            } else {
                episodes.add(new CareEpisode(row, row.date(DECOM), null, false));
            }
        }
        return episodes;
    }

    private static List<PeriodOfCare> joinPeriods(List<CareEpisode> episodes) {
        List<PeriodOfCare> periods = new ArrayList<>();
        List<CareEpisode> current = new ArrayList<>();
        for (CareEpisode episode : episodes) {
            CareEpisode previous = current.isEmpty() ? null : current.get(current.size() - 1);
            boolean continues = previous != null && !episode.startsPeriodOfCare() && previous.end() != null
                    && previous.end().equals(episode.start());
            if (!continues && !current.isEmpty()) {
                periods.add(new PeriodOfCare(current));
                current = new ArrayList<>();
            }
            current.add(episode);
        }
        if (!current.isEmpty()) {
            periods.add(new PeriodOfCare(current));
        }
        return List.copyOf(periods);
    }

    private static List<Placement> tracePlacements(List<PeriodOfCare> periods) {
        List<Placement> placements = new ArrayList<>();
        for (PeriodOfCare period : periods) {
            List<CareEpisode> current = null;
            CareEpisode lastSettled = null;
            boolean afterTemporary = false;
            for (CareEpisode episode : period.episodes()) {
                if (episode.shortBreak()) {
                    continue;
                }
                if (episode.temporary()) {
                    if (current != null) {
                        current.add(episode);
                        afterTemporary = true;
                    }
                    continue;
                }
                boolean returning = afterTemporary && lastSettled != null && episode.samePlaceAs(lastSettled);
                boolean newCarers = Codes.oneOf(NEW_CARERS, episode.reasonForNewEpisode())
                        && !Codes.oneOf(ADOPTION_WITH_CURRENT_FOSTER_CARER, episode.placementType());
                if (current == null || newCarers && !returning) {
                    if (current != null) {
                        placements.add(new Placement(current));
                    }
                    current = new ArrayList<>();
                }
                current.add(episode);
                lastSettled = episode;
                afterTemporary = false;
            }
            if (current != null) {
                placements.add(new Placement(current));
            }
        }
        return List.copyOf(placements);
    }

    public String child() {
        return child;
    }

    public List<CareEpisode> episodes() {
        return episodes;
    }

    public List<PeriodOfCare> periods() {
        return periods;
    }

    public List<Placement> placements() {
        return placements;
    }

    /** The episode open at the end of the day (the latest-starting one, should two overlap). */
    public Optional<CareEpisode> episodeOn(LocalDate day) {
        return episodes.stream().filter(e -> e.openOn(day)).max(Comparator.comparing(CareEpisode::start));
    }

    /** Looked after at the end of the day other than under short breaks: the open episode's status is not V3 or V4. */
    public Optional<CareEpisode> lookedAfterOn(LocalDate day) {
        return episodeOn(day).filter(e -> !e.shortBreak());
    }

    public Optional<PeriodOfCare> periodOn(LocalDate day) {
        return periods.stream().filter(p -> p.openOn(day)).max(Comparator.comparing(PeriodOfCare::start));
    }

    public Optional<Placement> placementOn(LocalDate day) {
        return placements.stream().filter(p -> p.openOn(day)).max(Comparator.comparing(Placement::start));
    }

    /** Placements held at any time in the window, including the one held when it began. */
    public long placementsDuring(Window window) {
        return placements.stream().filter(p -> p.during(window)).count();
    }

    /** Looked after at some time in the window other than under short breaks. */
    public boolean lookedAfterDuring(Window window) {
        return episodes.stream().anyMatch(e -> !e.shortBreak() && e.during(window));
    }

    /** The period of care that ceased last (the latest DEC; on the same day, the later start), if one ceased. */
    public Optional<PeriodOfCare> lastCeased() {
        return periods.stream().filter(PeriodOfCare::ceased).max(PeriodOfCare.BY_DATE_CEASED);
    }

    public Optional<Placement> placementHolding(CareEpisode episode) {
        return placements.stream().filter(p -> p.contains(episode)).findFirst();
    }
}
