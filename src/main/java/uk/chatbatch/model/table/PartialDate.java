package uk.chatbatch.model.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date some of whose parts may be unknown, as PrevPerm's DATE_PERM allows: each unknown part is
 * written ZZ (ZZZZ for a year), so "ZZ/05/2021" is some day in May 2021 and "ZZ/ZZ/1993" some day
 * in 1993. The text is kept as sent; the known parts are held separately; the whole date only
 * when every part is known.
 *
 * @param text  the value as sent (whitespace tidied)
 * @param day   1-31, or empty when written ZZ
 * @param month 1-12, or empty when written ZZ
 * @param year  1900-2100, or empty when written ZZZZ
 */
public record PartialDate(String text, Optional<Integer> day, Optional<Integer> month, Optional<Integer> year) {

    private static final String PART = "(\\d{1,2}|ZZ)";
    private static final Pattern DMY = Pattern.compile("^" + PART + "[/.\\-]" + PART + "[/.\\-](\\d{4}|ZZZZ)$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4}|ZZZZ)-(\\d{2}|ZZ)-(\\d{2}|ZZ)$");

    /** The whole date, when every part is known. */
    public Optional<LocalDate> date() {
        if (day.isPresent() && month.isPresent() && year.isPresent()) {
            return Optional.of(LocalDate.of(year.get(), month.get(), day.get()));
        }
        return Optional.empty();
    }

    public boolean isComplete() {
        return date().isPresent();
    }

    /**
     * Reads dd/mm/yyyy or yyyy-mm-dd with ZZ for unknown parts; empty when the text is not such a
     * date or names an impossible one (31/04/2020, 30/02/ZZZZ, month 13).
     */
    public static Optional<PartialDate> parse(String raw) {
        String text = raw.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        String d;
        String m;
        String y;
        Matcher dmy = DMY.matcher(upper);
        Matcher iso = ISO.matcher(upper);
        if (dmy.matches()) {
            d = dmy.group(1);
            m = dmy.group(2);
            y = dmy.group(3);
        } else if (iso.matches()) {
            y = iso.group(1);
            m = iso.group(2);
            d = iso.group(3);
        } else {
            return Optional.empty();
        }
        Optional<Integer> day = part(d);
        Optional<Integer> month = part(m);
        Optional<Integer> year = part(y);
        if (year.isPresent() && (year.get() < 1900 || year.get() > 2100)) {
            return Optional.empty();
        }
        if (month.isPresent() && (month.get() < 1 || month.get() > 12)) {
            return Optional.empty();
        }
        if (day.isPresent()) {
            int maxDay = month.map(mo -> Month.of(mo).maxLength()).orElse(31);
            if (day.get() < 1 || day.get() > maxDay) {
                return Optional.empty();
            }
        }
        if (day.isPresent() && month.isPresent() && year.isPresent()) {
            try {
                LocalDate.of(year.get(), month.get(), day.get());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PartialDate(text, day, month, year));
    }

    private static Optional<Integer> part(String s) {
        return s.startsWith("Z") ? Optional.empty() : Optional.of(Integer.parseInt(s));
    }

    @Override
    public String toString() {
        return text;
    }
}
