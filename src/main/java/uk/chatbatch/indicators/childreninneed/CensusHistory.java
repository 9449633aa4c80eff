package uk.chatbatch.indicators.childreninneed;

import static uk.chatbatch.cin.CinField.ASSESSMENT_ACTUAL_START_DATE;
import static uk.chatbatch.cin.CinField.ASSESSMENT_AUTHORISATION_DATE;
import static uk.chatbatch.cin.CinField.ASSESSMENT_FACTORS;
import static uk.chatbatch.cin.CinField.ASSESSMENT_SEQ;
import static uk.chatbatch.cin.CinField.CIN_CLOSURE_DATE;
import static uk.chatbatch.cin.CinField.CIN_DETAILS_SEQ;
import static uk.chatbatch.cin.CinField.CIN_REFERRAL_DATE;
import static uk.chatbatch.cin.CinField.CPP_END_DATE;
import static uk.chatbatch.cin.CinField.CPP_START_DATE;
import static uk.chatbatch.cin.CinField.DATE_OF_INITIAL_CPC;
import static uk.chatbatch.cin.CinField.EXPECTED_PERSON_BIRTH_DATE;
import static uk.chatbatch.cin.CinField.ICPC_NOT_REQUIRED;
import static uk.chatbatch.cin.CinField.NUMBER_OF_PREVIOUS_CPP;
import static uk.chatbatch.cin.CinField.PERSON_BIRTH_DATE;
import static uk.chatbatch.cin.CinField.REFERRAL_NFA;
import static uk.chatbatch.cin.CinField.S47_ACTUAL_START_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.chatbatch.calendar.Ages;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.indicators.AgeBands;
import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.model.table.CollectionYear;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.returns.ReturnsData;

/**
 * The CIN census as the indicators of this package read it: each CIN episode (CINdetails, one referral)
 * with the assessments, section 47 enquiries and child protection plans under it, and the child it
 * belongs to.
 *
 * <p>Joining. The census has no identifiers below the child, so the reader gives every row the child's
 * LAchildID and its ancestors' positions (uk.chatbatch.cin.CinTable). A row belongs to the episode with
 * the same file, LAchildID and cin_details_seq; a factor to the assessment with the same file, LAchildID,
 * cin_details_seq and assessment_seq. Positions restart in every file, hence the file in the key.
 *
 * <p>Several census years. When the input holds more than one census file, the same episode is in each
 * year it was open. An episode is identified across files by LAchildID and CINreferralDate; when it
 * appears in more than one file, the copy from the latest census year is kept (a file whose header gives
 * no year counts as earliest; between files of the same year, the later file name), together with the
 * rows under that copy, and the other copies with everything under them are set aside. The history an
 * indicator sees is therefore every episode in any census file supplied: a census file holds the
 * episodes open at some time in its year, with all their assessments, enquiries and plans, however
 * early those began, but not the episodes that closed before its year began.
 *
 * <p>Limitation: a file with two Child elements for the same LAchildID (which the DfE validation rejects)
 * puts both children's rows under one child here.
 */
public final class CensusHistory {

    private final List<Episode> episodes;
    private final List<Assessment> assessments;
    private final List<Section47> section47s;
    private final List<ProtectionPlan> plans;
    private final Map<String, List<Episode>> episodesByChild = new LinkedHashMap<>();
    private final Map<String, List<ProtectionPlan>> plansByChild = new LinkedHashMap<>();
    private final Map<ChildKey, TableRecord> children = new HashMap<>();

    private CensusHistory(List<Episode> episodes, List<Assessment> assessments, List<Section47> section47s,
                          List<ProtectionPlan> plans, List<TableRecord> childRows) {
        this.episodes = List.copyOf(episodes);
        this.assessments = List.copyOf(assessments);
        this.section47s = List.copyOf(section47s);
        this.plans = List.copyOf(plans);
        episodes.forEach(e -> episodesByChild.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e));
        plans.forEach(p -> plansByChild.computeIfAbsent(p.childId(), k -> new ArrayList<>()).add(p));
        childRows.forEach(c -> children.putIfAbsent(new ChildKey(c.source().file(), c.childId()), c));
    }

    /** The census tables of a run, joined and with copies of an episode from earlier census years set aside. */
    public static CensusHistory of(ReturnsData returns) {
        Map<EpisodeIdentity, List<TableRecord>> copies = new LinkedHashMap<>();
        for (TableRecord row : returns.cin(CinTable.EPISODE)) {
            if (row.childId() != null && row.date(CIN_REFERRAL_DATE) != null) {
                copies.computeIfAbsent(new EpisodeIdentity(row.childId(), row.date(CIN_REFERRAL_DATE)),
                        k -> new ArrayList<>()).add(row);
            }
        }
        Map<EpisodeKey, Episode> byKey = new LinkedHashMap<>();
        for (List<TableRecord> sameEpisode : copies.values()) {
            TableRecord latest = sameEpisode.stream().max(LATER_FILE).orElseThrow();
            // Two rows of one file with the same child and referral date are both the LA's records: keep both.
            sameEpisode.stream().filter(r -> r.source().file().equals(latest.source().file()))
                    .forEach(r -> byKey.put(EpisodeKey.of(r), new Episode(r)));
        }

        Map<AssessmentKey, Set<String>> factors = new HashMap<>();
        for (TableRecord row : returns.cin(CinTable.ASSESSMENT_FACTOR)) {
            if (row.text(ASSESSMENT_FACTORS) != null) {
                factors.computeIfAbsent(AssessmentKey.of(row), k -> new LinkedHashSet<>())
                        .add(row.text(ASSESSMENT_FACTORS));
            }
        }
        List<Assessment> assessments = new ArrayList<>();
        for (TableRecord row : returns.cin(CinTable.ASSESSMENT)) {
            Episode episode = byKey.get(EpisodeKey.of(row));
            if (episode != null) {
                assessments.add(new Assessment(row, episode,
                        Set.copyOf(factors.getOrDefault(AssessmentKey.of(row), Set.of()))));
            }
        }
        List<Section47> section47s = new ArrayList<>();
        for (TableRecord row : returns.cin(CinTable.SECTION_47)) {
            Episode episode = byKey.get(EpisodeKey.of(row));
            if (episode != null) {
                section47s.add(new Section47(row, episode));
            }
        }
        List<ProtectionPlan> plans = new ArrayList<>();
        for (TableRecord row : returns.cin(CinTable.CP_PLAN)) {
            Episode episode = byKey.get(EpisodeKey.of(row));
            if (episode != null) {
                plans.add(new ProtectionPlan(row, episode));
            }
        }
        return new CensusHistory(List.copyOf(byKey.values()), assessments, section47s, plans,
                returns.cin(CinTable.CHILD));
    }

    /** Later census year first; no year counts as earliest; then the later file name. */
    private static final Comparator<TableRecord> LATER_FILE = Comparator
            .comparingInt((TableRecord r) -> r.collectionYear().map(CollectionYear::endYear).orElse(Integer.MIN_VALUE))
            .thenComparing(r -> r.source().file());

    public List<Episode> episodes() {
        return episodes;
    }

    public List<Assessment> assessments() {
        return assessments;
    }

    public List<Section47> section47s() {
        return section47s;
    }

    public List<ProtectionPlan> plans() {
        return plans;
    }

    /** Every kept episode of the child, in any census file. */
    public List<Episode> episodesOf(String childId) {
        return episodesByChild.getOrDefault(childId, List.of());
    }

    /** Every kept child protection plan of the child, in any census file and under any episode. */
    public List<ProtectionPlan> plansOf(String childId) {
        return plansByChild.getOrDefault(childId, List.of());
    }

    /**
     * The DfE age band at a date of the child a row belongs to, from the Child element of the row's own file:
     * completed years from PersonBirthDate; unborn when the birth date is after the date, or there is only an
     * ExpectedPersonBirthDate; unknown when neither date is known.
     */
    public String ageBand(TableRecord row, LocalDate at) {
        TableRecord child = children.get(new ChildKey(row.source().file(), row.childId()));
        if (child == null) {
            return Breakdown.UNKNOWN;
        }
        LocalDate born = child.date(PERSON_BIRTH_DATE);
        if (born == null) {
            return child.date(EXPECTED_PERSON_BIRTH_DATE) != null ? AgeBands.UNBORN : Breakdown.UNKNOWN;
        }
        return AgeBands.band(Ages.completedYears(born, at));
    }

    /** A row for the drill-down: the child, the census table, and the file, place among the children and XML line. */
    public static CountedRecord counted(TableRecord row, boolean inNumerator, boolean inDenominator) {
        return new CountedRecord(row.childId(), row.table().label(),
                row.source(), inNumerator, inDenominator);
    }

    /** One CINdetails: a referral and, unless it led to no further action, the episode of need that followed. */
    public record Episode(TableRecord row) implements CensusRow {

        public String childId() {
            return row.childId();
        }

        public LocalDate referralDate() {
            return row.date(CIN_REFERRAL_DATE);
        }

        public LocalDate closureDate() {
            return row.date(CIN_CLOSURE_DATE);
        }

        /** ReferralNFA: true, false, or empty when absent or unreadable. */
        public Optional<Boolean> noFurtherAction() {
            return Optional.ofNullable(row.yesNo(REFERRAL_NFA));
        }
    }

    /** One Assessments group of an episode, with the distinct factor codes recorded for it. */
    public record Assessment(TableRecord row, Episode episode, Set<String> factors) implements CensusRow {

        public LocalDate start() {
            return row.date(ASSESSMENT_ACTUAL_START_DATE);
        }

        public LocalDate authorised() {
            return row.date(ASSESSMENT_AUTHORISATION_DATE);
        }
    }

    /** One Section47 group of an episode. */
    public record Section47(TableRecord row, Episode episode) implements CensusRow {

        public LocalDate start() {
            return row.date(S47_ACTUAL_START_DATE);
        }

        /** The enquiry's own DateOfInitialCPC (not the one on CINdetails). */
        public LocalDate conference() {
            return row.date(DATE_OF_INITIAL_CPC);
        }

        public boolean conferenceNotRequired() {
            return Boolean.TRUE.equals(row.yesNo(ICPC_NOT_REQUIRED));
        }
    }

    /** One ChildProtectionPlans group of an episode. */
    public record ProtectionPlan(TableRecord row, Episode episode) implements CensusRow {

        public String childId() {
            return row.childId();
        }

        public LocalDate start() {
            return row.date(CPP_START_DATE);
        }

        public LocalDate end() {
            return row.date(CPP_END_DATE);
        }

        /** NumberOfPreviousCPP as the LA recorded it, or null when absent or unreadable. */
        public Integer previousPlansRecorded() {
            return row.integer(NUMBER_OF_PREVIOUS_CPP);
        }
    }

    private record EpisodeIdentity(String childId, LocalDate referralDate) {
    }

    private record ChildKey(String file, String childId) {
    }

    private record EpisodeKey(String file, String childId, Integer episode) {
        static EpisodeKey of(TableRecord row) {
            return new EpisodeKey(row.source().file(), row.childId(), row.integer(CIN_DETAILS_SEQ));
        }
    }

    private record AssessmentKey(String file, String childId, Integer episode, Integer assessment) {
        static AssessmentKey of(TableRecord row) {
            return new AssessmentKey(row.source().file(), row.childId(), row.integer(CIN_DETAILS_SEQ),
                    row.integer(ASSESSMENT_SEQ));
        }
    }
}
