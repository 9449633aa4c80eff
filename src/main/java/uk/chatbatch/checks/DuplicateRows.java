package uk.chatbatch.checks;

import static uk.chatbatch.annexa.Field.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.TableRecord;

/**
 * Rows with the same values in the list's key columns as an earlier row of the same list, the keys
 * liia-tools de-duplicates on (../shared/reference/annex-a.md section 2). The first row is left alone;
 * each later one is a finding on its identifier, naming the row it repeats. A blank or rejected key cell
 * counts as a value, so two rows blank in the same key column still match. Identifiers are compared as
 * ingest cleaned them.
 */
public final class DuplicateRows implements Check {

    public static final Map<AnnexAList, List<Field>> KEYS = keys();

    @Override
    public IssueCode code() {
        return IssueCode.DUPLICATE_ROW;
    }

    @Override
    public List<Finding> find(InputData data, ReportingPeriod period) {
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<AnnexAList, List<Field>> entry : KEYS.entrySet()) {
            AnnexAList list = entry.getKey();
            List<Field> key = entry.getValue();
            int[] columns = key.stream().mapToInt(list::indexOf).toArray();
            List<TableRecord> rows = data.rows(list);
            Map<List<Object>, TableRecord> first = new HashMap<>(rows.size() * 2);
            for (TableRecord row : rows) {
                Object[] values = new Object[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = row.value(columns[i]);
                }
                TableRecord earlier = first.putIfAbsent(Arrays.asList(values), row);
                if (earlier != null) {
                    found.add(new Finding(row, list.identifier(), code(), "the same " + describe(key)
                            + " as row " + earlier.source().row()));
                }
            }
        }
        return found;
    }

    private static String describe(List<Field> key) {
        List<String> headers = key.stream().map(Field::header).collect(Collectors.toList());
        if (headers.size() == 1) {
            return headers.get(0);
        }
        return String.join(", ", headers.subList(0, headers.size() - 1)) + " and " + headers.get(headers.size() - 1);
    }

    private static Map<AnnexAList, List<Field>> keys() {
        Map<AnnexAList, List<Field>> keys = new EnumMap<>(AnnexAList.class);
        keys.put(AnnexAList.CONTACTS, List.of(CHILD_ID, DATE_OF_CONTACT, CONTACT_SOURCE));
        keys.put(AnnexAList.EARLY_HELP, List.of(CHILD_ID, EH_ASSESSMENT_START_DATE));
        keys.put(AnnexAList.REFERRALS, List.of(CHILD_ID, DATE_OF_REFERRAL, REFERRAL_SOURCE));
        keys.put(AnnexAList.ASSESSMENTS, List.of(CHILD_ID, ASSESSMENT_START_DATE));
        keys.put(AnnexAList.SECTION_47, List.of(CHILD_ID, S47_START_DATE));
        keys.put(AnnexAList.CHILDREN_IN_NEED, List.of(CHILD_ID, CIN_START_DATE));
        keys.put(AnnexAList.CHILD_PROTECTION, List.of(CHILD_ID, CP_START_DATE));
        keys.put(AnnexAList.CHILDREN_IN_CARE, List.of(CHILD_ID, CLA_START_DATE, LEGAL_STATUS, PLACEMENT_TYPE,
                PLACEMENT_PROVIDER, PLACEMENT_POSTCODE));
        keys.put(AnnexAList.CARE_LEAVERS, List.of(CHILD_ID));
        keys.put(AnnexAList.ADOPTION, List.of(CHILD_ID, SHOULD_BE_PLACED_DECISION_DATE));
        keys.put(AnnexAList.ADOPTERS, List.of(ADOPTER_ID, ENQUIRY_DATE));
        return Collections.unmodifiableMap(keys);
    }
}
