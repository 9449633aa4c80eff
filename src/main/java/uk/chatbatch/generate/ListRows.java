package uk.chatbatch.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.Ages;
import uk.chatbatch.model.ValueType;

/**
 * The rows of each list as the journeys produce them, typed and canonical: text and identifiers as
 * String, dates as LocalDate, counts as Integer, ages as {@link AgeValue}, coded values as
 * {@link CodedValue}; a blank cell is null. How a value is spelt in the workbook is the writer's business.
 */
final class ListRows {

    private static final Map<AnnexACodeList, Set<String>> CODES = new EnumMap<>(AnnexACodeList.class);

    static {
        for (AnnexACodeList list : AnnexACodeList.values()) {
            CODES.put(list, new HashSet<>(list.codes()));
        }
    }

    private final Map<AnnexAList, List<Object[]>> rows = new EnumMap<>(AnnexAList.class);

    ListRows() {
        for (AnnexAList list : AnnexAList.values()) {
            rows.put(list, new ArrayList<>());
        }
    }

    Row add(AnnexAList list) {
        Object[] values = new Object[list.columns().size()];
        rows.get(list).add(values);
        return new Row(list, values);
    }

    List<Object[]> rows(AnnexAList list) {
        return rows.get(list);
    }

    int size(AnnexAList list) {
        return rows.get(list).size();
    }

    /**
     * Extract order: event lists by event date, the others by person; ties by identifier, then by the
     * row's remaining dates, so the order never depends on the order children were generated in.
     */
    void sort() {
        for (AnnexAList list : AnnexAList.values()) {
            int id = list.indexOf(list.identifier());
            Comparator<Object[]> byId = Comparator.comparing((Object[] r) -> (String) r[id]);
            Comparator<Object[]> order;
            if (list.eventDate() != null && list.number() <= 5) {
                int date = list.indexOf(list.eventDate());
                order = Comparator.comparing((Object[] r) -> (LocalDate) r[date]).thenComparing(byId);
            } else if (list.eventDate() != null) {
                int date = list.indexOf(list.eventDate());
                order = byId.thenComparing((Object[] r) -> (LocalDate) r[date]);
            } else {
                order = byId;
            }
            rows.get(list).sort(order);
        }
    }

    /** A coded value: the code list and the canonical code, spelt by the writer. */
    record CodedValue(AnnexACodeList list, String code) {
    }

    /** Age in completed years and as the exact fraction some extracts carry (6.1382614647501708). */
    record AgeValue(int years, double exact) {

        static AgeValue at(LocalDate dob, LocalDate reference) {
            int years = Ages.completedYears(dob, reference);
            LocalDate lastBirthday = dob.plusYears(years);
            LocalDate nextBirthday = dob.plusYears(years + 1L);
            double fraction = (double) ChronoUnit.DAYS.between(lastBirthday, reference)
                    / ChronoUnit.DAYS.between(lastBirthday, nextBirthday);
            return new AgeValue(years, years + fraction);
        }
    }

    /** One row being filled in, by field. */
    static final class Row {

        private final AnnexAList list;
        private final Object[] values;

        private Row(AnnexAList list, Object[] values) {
            this.list = list;
            this.values = values;
        }

        /** Sets a field; null leaves the cell blank. Codes are checked against the field's code list. */
        Row set(Field field, Object value) {
            if (value == null) {
                return this;
            }
            int index = list.indexOf(field);
            values[index] = typed(field, value);
            return this;
        }

        /** The person columns every child list starts with, age at the given date. */
        Row child(SyntheticChild child, LocalDate ageAt) {
            set(Field.CHILD_ID, child.id());
            set(Field.GENDER, child.gender());
            set(Field.ETHNICITY, child.ethnicity());
            set(Field.DATE_OF_BIRTH, child.dob());
            set(Field.AGE, AgeValue.at(child.dob(), ageAt));
            if (list.has(Field.DISABILITY)) {
                set(Field.DISABILITY, child.disability());
            }
            return this;
        }

        Row team(Staff.Allocation allocation) {
            set(Field.ALLOCATED_TEAM, allocation.team());
            set(Field.ALLOCATED_WORKER, allocation.worker());
            return this;
        }

        private static Object typed(Field field, Object value) {
            ValueType type = field.type();
            switch (type) {
                case CODE -> {
                    String code = (String) value;
                    AnnexACodeList list = field.codeList().orElseThrow();
                    if (!CODES.get(list).contains(code)) {
                        throw new IllegalArgumentException(code + " is not a code of " + list + " (" + field.header()
                                + ")");
                    }
                    return new CodedValue(list, code);
                }
                case DATE -> {
                    return (LocalDate) value;
                }
                case INTEGER -> {
                    return (Integer) value;
                }
                case AGE -> {
                    return (AgeValue) value;
                }
                default -> {
                    return (String) value;
                }
            }
        }
    }
}
