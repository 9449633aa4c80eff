package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

/**
 * An end date before its start, or a later stage dated before the stage it follows, in the same row.
 * The same day is not an error (an assessment can be authorised the day it starts). One finding per
 * pair, on the later field. The pairs, by list:
 * <ul>
 * <li>List 2: assessment start, completion;</li>
 * <li>List 4: continuous assessment start, authorisation;</li>
 * <li>List 5: strategy discussion, initial child protection conference;</li>
 * <li>List 6: CIN start, closure;</li>
 * <li>List 7: plan start, plan end;</li>
 * <li>List 8: started to be looked after, ceased;</li>
 * <li>List 10: entered care, placed for adoption; matched, placed; placed, adoption order; decision to place,
 * decision no longer to place;</li>
 * <li>List 11: enquiry, stage 1 start; stage 1 start, end; stage 2 start, end; approved, matched; matched,
 * placed; placed, adoption order.</li>
 * </ul>
 */
public final class EndBeforeStart implements Check {

    /** A date that must not be before another in the same row. */
    public record Pair(Field start, Field end) {
    }

    public static final Map<AnnexAList, List<Pair>> PAIRS = pairs();

    @Override
    public IssueCode code() {
        return IssueCode.END_BEFORE_START;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<AnnexAList, List<Pair>> entry : PAIRS.entrySet()) {
            for (TableRecord row : data.rows(entry.getKey())) {
                for (Pair pair : entry.getValue()) {
                    LocalDate start = row.date(pair.start());
                    LocalDate end = row.date(pair.end());
                    if (start != null && end != null && end.isBefore(start)) {
                        found.add(new Finding(row, pair.end(), code(), Finding.dated(pair.end(), end)
                                + " is before the " + Finding.dated(pair.start(), start)));
                    }
                }
            }
        }
        return found;
    }

    private static Map<AnnexAList, List<Pair>> pairs() {
        Map<AnnexAList, List<Pair>> pairs = new EnumMap<>(AnnexAList.class);
        pairs.put(AnnexAList.EARLY_HELP, List.of(new Pair(EH_ASSESSMENT_START_DATE, EH_ASSESSMENT_COMPLETION_DATE)));
        pairs.put(AnnexAList.ASSESSMENTS, List.of(new Pair(ASSESSMENT_START_DATE, ASSESSMENT_AUTHORISATION_DATE)));
        pairs.put(AnnexAList.SECTION_47, List.of(new Pair(S47_START_DATE, ICPC_DATE)));
        pairs.put(AnnexAList.CHILDREN_IN_NEED, List.of(new Pair(CIN_START_DATE, CIN_CLOSURE_DATE)));
        pairs.put(AnnexAList.CHILD_PROTECTION, List.of(new Pair(CP_START_DATE, CP_END_DATE)));
        pairs.put(AnnexAList.CHILDREN_IN_CARE, List.of(new Pair(CLA_START_DATE, CLA_CEASED_DATE)));
        pairs.put(AnnexAList.ADOPTION, List.of(
                new Pair(ENTERED_CARE_DATE, PLACED_FOR_ADOPTION_DATE),
                new Pair(MATCHING_DATE, PLACED_FOR_ADOPTION_DATE),
                new Pair(PLACED_FOR_ADOPTION_DATE, ADOPTION_ORDER_DATE),
                new Pair(SHOULD_BE_PLACED_DECISION_DATE, NO_LONGER_PLACED_DECISION_DATE)));
        pairs.put(AnnexAList.ADOPTERS, List.of(
                new Pair(ENQUIRY_DATE, STAGE1_START_DATE),
                new Pair(STAGE1_START_DATE, STAGE1_END_DATE),
                new Pair(STAGE2_START_DATE, STAGE2_END_DATE),
                new Pair(APPLICATION_APPROVED_DATE, ADOPTER_MATCHED_DATE),
                new Pair(ADOPTER_MATCHED_DATE, ADOPTER_PLACED_DATE),
                new Pair(ADOPTER_PLACED_DATE, ADOPTER_ADOPTION_ORDER_DATE)));
        return java.util.Collections.unmodifiableMap(pairs);
    }
}
