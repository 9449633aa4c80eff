package uk.chatbatch.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales working days, the one calendar every timeliness measure uses.
 *
 * <p>The duration from S to E is the number of days D with S &lt; D &le; E that are Monday to
 * Friday and not a bank holiday (the DfE / CIN census convention: the start day is day 0). A date
 * in a year the calendar does not cover fails loudly rather than being treated as weekdays only.
 */
public final class WorkingDayCalendar {

    private static final String RESOURCE = "bank-holidays-england-and-wales.csv";
    private static final WorkingDayCalendar ENGLAND_AND_WALES = load();

    private final Set<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;

    WorkingDayCalendar(Set<LocalDate> bankHolidays, int firstYear, int lastYear) {
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isWorkingDay(LocalDate day) {
        checkCovered(day);
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    public boolean isBankHoliday(LocalDate day) {
        checkCovered(day);
        return bankHolidays.contains(day);
    }

    /** Working days D with start &lt; D &le; end; negative when end is before start. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        checkCovered(start);
        checkCovered(end);
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The n-th working day after start (Excel WORKDAY). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The earliest date D with at most n working days from D to end (D &lt; day &le; end): the (n + 1)-th
     * working day counting back from end, or end's own date when n days back reach it. Counting back from
     * the end, rather than forward from each date, keeps dates before the calendar's first year comparable:
     * they are simply earlier than the answer.
     */
    public LocalDate earliestWithinWorkingDaysOf(LocalDate end, int n) {
        LocalDate day = end;
        int found = isWorkingDay(day) ? 1 : 0;
        while (found < n + 1) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    private void checkCovered(LocalDate day) {
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            throw new DateOutsideCalendarException(day, firstYear, lastYear);
        }
    }

    private static WorkingDayCalendar load() {
        Set<LocalDate> days = new TreeSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bank holiday calendar " + RESOURCE + " is missing from the product");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                for (String iso : line.split(",")) {
                    LocalDate d = LocalDate.parse(iso.strip());
                    days.add(d);
                    first = Math.min(first, d.getYear());
                    last = Math.max(last, d.getYear());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(days, first, last);
    }

    /** A date the bank-holiday list does not cover: counting it as a plain weekday could be wrong. */
    public static final class DateOutsideCalendarException extends RuntimeException {
        public DateOutsideCalendarException(LocalDate day, int firstYear, int lastYear) {
            super("date " + day + " is outside the bank-holiday calendar (" + firstYear + " to " + lastYear
                    + "); working days cannot be counted for it");
        }
    }
}
