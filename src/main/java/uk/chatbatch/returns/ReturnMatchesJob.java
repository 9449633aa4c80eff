package uk.chatbatch.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.CollectionYear;

/**
 * Whether the returns given to a run are the job's: the CIN census header's LEA is the job's LA, and the collection
 * (census) years fit the period end T. A return that does not fit stops the run (bad input, nothing published)
 * unless the job accepts it ({@code inputs: accept_other_la_or_year: true}, or {@code --accept-other-la-or-year}).
 *
 * <p>The year rule. A collection year runs 1 April to 31 March, and a census year is named the same way (the census
 * ending 31 March 2025 is 2024-25). Several years are supplied on purpose, for history, so a year is wrong only when
 * it starts after T (data from after the period). And the years together must cover the period: at least one must
 * overlap the 12 months ending on T, i.e. end on or after the day after T minus 12 months and start on or before T.
 * For T = 30 September 2026 that is 2025-26 (whose 31 March falls in the 12 months) or the in-year 2026-27; for
 * T = 31 March 2026 it is 2025-26 only. A file whose year is unknown is not judged on its year (ingest says so).
 *
 * <p>The LA rule. The CIN census header carries the LA (Source/LEA); it must be the job's LA, compared by
 * {@link LaCodes#same}. The SSDA903 return carries no LA code in either form read here (CSV tables, or XML with no
 * header element naming the LA), so only its years are checked.
 */
public final class ReturnMatchesJob {

    /** How the setting that lets a mismatched return through is named where the messages point at it. */
    public static final String ACCEPT_SETTING = "accept_other_la_or_year";
    public static final String ACCEPT_OPTION = "--accept-other-la-or-year";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * One return file that does not fit the job.
     *
     * @param file     the file (or, for a set of years, the input) it is about
     * @param mismatch what is wrong, as the start of a sentence naming what was found and what was expected
     */
    public record Mismatch(String file, String mismatch) {

        /** The one-sentence fatal message: what is wrong and how to read the return anyway. */
        public String message() {
            return mismatch + "; if that is intended, set " + ACCEPT_SETTING + ": true under inputs in the job file"
                    + " or pass " + ACCEPT_OPTION + ".";
        }

        /** The warning recorded when the job accepts it. */
        public String accepted() {
            return mismatch + "; read anyway because " + ACCEPT_SETTING + " is set.";
        }
    }

    /** What one CIN census file's header says: its LEA and census year (the year the census ends), when given. */
    public record CensusFile(String file, Optional<String> laCode, Optional<CollectionYear> year) {
    }

    /** One SSDA903 file and the collection year it was read as, when known. */
    public record YearFile(String file, Optional<CollectionYear> year) {
    }

    private ReturnMatchesJob() {
    }

    /** Whether a year overlaps the 12 months ending on the period end. */
    public static boolean covers(CollectionYear year, LocalDate periodEnd) {
        return !year.end().isBefore(periodEnd.minusYears(1).plusDays(1)) && !year.start().isAfter(periodEnd);
    }

    /** Whether a year starts after the period end: data from after the period. */
    public static boolean after(CollectionYear year, LocalDate periodEnd) {
        return year.start().isAfter(periodEnd);
    }

    /** The CIN census files that are another LA's or from after the period, then (when none covers it) the set. */
    public static List<Mismatch> cinCensus(String input, List<CensusFile> files, LaPeriod key) {
        List<Mismatch> found = new ArrayList<>();
        for (CensusFile file : files) {
            boolean otherLa = file.laCode().isPresent() && !LaCodes.same(file.laCode().get(), key.laCode());
            boolean afterPeriod = file.year().isPresent() && after(file.year().get(), key.periodEnd());
            boolean onlyFileMissesPeriod = files.size() == 1 && file.year().isPresent()
                    && !covers(file.year().get(), key.periodEnd());
            if (otherLa || afterPeriod || onlyFileMissesPeriod) {
                found.add(new Mismatch(file.file(), file.file() + ": this CIN census is for LA "
                        + file.laCode().orElse("(not given)") + " and census year "
                        + file.year().map(CollectionYear::label).orElse("(not given)") + ", but the run is for LA "
                        + key.laCode() + " and the period ending " + key.periodEnd().format(UK_DATE) + " (census year "
                        + expected(key.periodEnd()) + ")"));
            }
        }
        if (files.size() > 1 && found.isEmpty()) {
            List<CollectionYear> years = files.stream().flatMap(f -> f.year().stream()).toList();
            if (!years.isEmpty() && years.stream().noneMatch(y -> covers(y, key.periodEnd()))) {
                found.add(new Mismatch(input, input + ": these CIN census files are for census years " + span(years)
                        + ", none of which covers the period ending " + key.periodEnd().format(UK_DATE) + " of the run for LA "
                        + key.laCode() + " (census year " + expected(key.periodEnd()) + ")"));
            }
        }
        return found;
    }

    /** The SSDA903 files from after the period, then (when no year covers it) the return as a whole. */
    public static List<Mismatch> ssda903(String input, List<YearFile> files, LaPeriod key) {
        List<Mismatch> found = new ArrayList<>();
        SortedSet<CollectionYear> reported = new TreeSet<>();
        for (YearFile file : files) {
            if (file.year().isPresent() && after(file.year().get(), key.periodEnd()) && reported.add(file.year().get())) {
                found.add(new Mismatch(file.file(), file.file() + ": this SSDA903 file is for collection year "
                        + file.year().get().label() + ", which starts after the period ending "
                        + key.periodEnd().format(UK_DATE) + " of the run for LA " + key.laCode() + " (collection year "
                        + expected(key.periodEnd()) + ", and earlier years for history)"));
            }
        }
        List<CollectionYear> years = files.stream().flatMap(f -> f.year().stream()).toList();
        if (found.isEmpty() && !years.isEmpty() && years.stream().noneMatch(y -> covers(y, key.periodEnd()))) {
            found.add(new Mismatch(input, input + ": this SSDA903 return holds collection years " + span(years)
                    + ", none of which covers the period ending " + key.periodEnd().format(UK_DATE) + " of the run for LA "
                    + key.laCode() + " (collection year " + expected(key.periodEnd()) + ")"));
        }
        return found;
    }

    /** "2025-26 or 2026-27": the years that cover the period. */
    static String expected(LocalDate periodEnd) {
        CollectionYear first = containing(periodEnd.minusYears(1).plusDays(1));
        CollectionYear last = containing(periodEnd);
        return first.equals(last) ? first.label() : first.label() + " or " + last.label();
    }

    private static CollectionYear containing(LocalDate date) {
        return CollectionYear.startingIn(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    private static String span(List<CollectionYear> years) {
        SortedSet<CollectionYear> sorted = new TreeSet<>(years);
        return sorted.size() == 1 ? sorted.first().label() : sorted.first().label() + " to " + sorted.last().label();
    }
}
