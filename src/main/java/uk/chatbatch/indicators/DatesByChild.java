package uk.chatbatch.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.input.InputData;
import java.util.Map;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.model.table.TableRecord;

/**
 * One list's rows indexed by child for linking lists: the records of each Child Unique ID, earliest date
 * first (rows on the same date keep their list order). Rows without the date are left out.
 */
public final class DatesByChild {

    private final Map<String, List<TableRecord>> byChild = new HashMap<>();
    private final Field date;

    private DatesByChild(Field date) {
        this.date = date;
    }

    /** The list's records by child, earliest date first: made once per run's data and shared by the indicators. */
    public static DatesByChild of(InputData data, AnnexAList list, Field date) {
        return data.derived(new Key(list, date), d -> of(d.rows(list), date));
    }

    private record Key(AnnexAList list, Field date) {
    }

    public static DatesByChild of(List<TableRecord> records, Field date) {
        DatesByChild index = new DatesByChild(date);
        for (TableRecord record : records) {
            if (record.childId() != null && record.date(date) != null) {
                index.byChild.computeIfAbsent(record.childId(), id -> new ArrayList<>()).add(record);
            }
        }
        index.byChild.values().forEach(list -> list.sort((a, b) -> a.date(date).compareTo(b.date(date))));
        return index;
    }

    /** The child's records, earliest first; empty for a child with none. */
    public List<TableRecord> records(String childId) {
        return byChild.getOrDefault(childId, List.of());
    }

    /** The dates of the child's records, earliest first. */
    public List<LocalDate> dates(String childId) {
        return records(childId).stream().map(r -> r.date(date)).toList();
    }

    /** The child's first record dated from {@code from} to {@code to}, both included, if any. */
    public TableRecord firstBetween(String childId, LocalDate from, LocalDate to) {
        for (TableRecord record : records(childId)) {
            LocalDate d = record.date(date);
            if (!d.isBefore(from) && !d.isAfter(to)) {
                return record;
            }
        }
        return null;
    }
}
