package uk.chatbatch.localauthorities;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.chatbatch.model.LaPeriod;

/**
 * The English local authorities with both their codes: the DfE three-digit code the returns and the
 * outputs use, and the nine-character ONS (GSS) code, with name and region. Bundled from the DfE's
 * published-data screener (see the resource's header), so an LA can be named either way.
 */
public final class LocalAuthorities {

    /** A DfE LA code: three digits, e.g. 391. */
    public static final Pattern DFE_CODE = LaPeriod.DFE_CODE;
    /** An ONS (GSS) code of an English LA: E06, E08, E09 or E10 and six digits, e.g. E08000021. */
    public static final Pattern ONS_CODE = Pattern.compile("E\\d{8}");

    private static final String RESOURCE = "la-codes.csv";
    private static final LocalAuthorities BUNDLED = load();

    /**
     * One row of the table: a DfE code may have several (an ONS code replaced, as Barnsley's in 2025).
     *
     * @param region          the region's name (e.g. "North East"), as the benchmarks file names regions
     * @param regionCode      the region's ONS code (E12...)
     * @param operationalFrom the first day this row was in force
     * @param operationalTo   the last day this row was in force; empty while it still is
     */
    public record LocalAuthority(String dfeCode, String onsCode, String name, String region, boolean live,
                                 String regionCode, LocalDate operationalFrom, Optional<LocalDate> operationalTo) {

        /** Whether this row was the LA's row on that day. */
        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(operationalFrom) && operationalTo.map(to -> !day.isAfter(to)).orElse(true);
        }
    }

    /** DfE codes no English LA uses, kept for synthetic LAs (tests, the bundled sample, demonstrations). */
    public static final int FIRST_SYNTHETIC_CODE = LaPeriod.FIRST_SYNTHETIC_CODE;
    public static final int LAST_SYNTHETIC_CODE = LaPeriod.LAST_SYNTHETIC_CODE;

    private final List<LocalAuthority> rows;

    private LocalAuthorities(List<LocalAuthority> rows) {
        this.rows = List.copyOf(rows);
    }

    public static LocalAuthorities bundled() {
        return BUNDLED;
    }

    /** Every live LA with a three-digit DfE code (the 153 that make returns), in code order. */
    public List<LocalAuthority> liveWithDfeCode() {
        return rows.stream().filter(r -> r.live() && DFE_CODE.matcher(r.dfeCode()).matches())
                .sorted(Comparator.comparing(LocalAuthority::dfeCode)).toList();
    }

    /**
     * The LA with this DfE code: its live row, or the latest of its terminated ones. Empty for a code the
     * table does not hold (a synthetic LA such as 999).
     */
    public Optional<LocalAuthority> byDfeCode(String dfeCode) {
        return rows.stream().filter(r -> r.dfeCode().equals(dfeCode))
                .max(Comparator.comparing(LocalAuthority::live));
    }

    /**
     * The row of the LA with this DfE code that was in force on that day (the ONS code changes over time:
     * Barnsley's row for a period ending in March 2025 is not the one for March 2026). Empty for a code the
     * table does not hold, or an LA that did not exist then (Northamptonshire's 928 after March 2021).
     */
    public Optional<LocalAuthority> inForceOn(String dfeCode, LocalDate day) {
        return rows.stream().filter(r -> r.dfeCode().equals(dfeCode) && r.inForceOn(day)).findFirst();
    }

    /** Whether a three-digit code is in the range kept for synthetic LAs (990 to 999). */
    public static boolean isSynthetic(String dfeCode) {
        return LaPeriod.isSyntheticCode(dfeCode);
    }

    /** The LA with this ONS code, current or replaced; empty when the table does not hold it. */
    public Optional<LocalAuthority> byOnsCode(String onsCode) {
        return rows.stream().filter(r -> r.onsCode().equals(onsCode)).findFirst();
    }

    /**
     * The DfE three-digit code for an LA code given either way: three digits are taken as they are (also
     * when not in the table: whether it names an LA is {@link #atPeriodEnd}'s question); an ONS code, in either
     * case, is looked up.
     *
     * @throws IllegalArgumentException with one sentence naming the value, when it is neither or an unknown
     *         ONS code
     */
    public String dfeCode(String given) {
        String code = given.strip().toUpperCase(Locale.ROOT);
        if (DFE_CODE.matcher(code).matches()) {
            return code;
        }
        if (ONS_CODE.matcher(code).matches()) {
            return byOnsCode(code).filter(r -> DFE_CODE.matcher(r.dfeCode()).matches())
                    .map(LocalAuthority::dfeCode)
                    .orElseThrow(() -> new IllegalArgumentException("LA code '" + code + "' is not the ONS code of an"
                            + " English local authority with a DfE code in the bundled table (DfE las.csv, April 2026)."));
        }
        throw new IllegalArgumentException("LA code '" + given.strip() + "' is neither a DfE three-digit LA code such as 391"
                + " nor an ONS code such as E08000021" + OR_SYNTHETIC);
    }

    private static final String OR_SYNTHETIC = " (or 990 to 999 for a synthetic LA).";

    /**
     * The LA a run for a period ending on {@code periodEnd} is for, from its DfE or ONS code: a code from 990 to
     * 999 is a synthetic LA; any other must be an English LA's in the table and in force on the period end. An
     * ONS code must be the one in force then, or one the same LA had before (Barnsley's E08000016 for a period
     * ending in 2026, said in the note); one that came into force after the period end is refused.
     *
     * @throws IllegalArgumentException with one sentence naming the code and what would be accepted
     */
    public RunLa atPeriodEnd(String given, LocalDate periodEnd) {
        String code = given.strip().toUpperCase(Locale.ROOT);
        String dfe = dfeCode(code);
        if (isSynthetic(dfe)) {
            return new RunLa(dfe, Optional.empty(), Optional.empty());
        }
        List<LocalAuthority> ofCode = rows.stream().filter(r -> r.dfeCode().equals(dfe)).toList();
        if (ofCode.isEmpty()) {
            throw new IllegalArgumentException("LA code '" + code + "' is not an English LA in the bundled DfE table;"
                    + " give an LA's DfE three-digit code such as 391 or its ONS code such as E08000021" + OR_SYNTHETIC);
        }
        LocalAuthority inForce = inForceOn(dfe, periodEnd).orElseThrow(() -> new IllegalArgumentException(
                "LA code '" + code + "' (" + ofCode.get(0).name() + ") was not in force on the period end " + periodEnd
                        + " (" + span(ofCode) + "); give the code of the LA in force then" + OR_SYNTHETIC));
        if (!ONS_CODE.matcher(code).matches() || inForce.onsCode().equals(code)) {
            return new RunLa(dfe, Optional.of(inForce), Optional.empty());
        }
        LocalAuthority named = byOnsCode(code).orElseThrow();
        if (named.operationalTo().filter(to -> to.isBefore(periodEnd)).isPresent()) {
            return new RunLa(dfe, Optional.of(inForce), Optional.of("ONS code " + code + " was " + named.name()
                    + "'s until " + named.operationalTo().get() + "; on the period end " + periodEnd + " its ONS code is "
                    + inForce.onsCode() + " (DfE " + dfe + "), which the run uses."));
        }
        throw new IllegalArgumentException("ONS code '" + code + "' (" + named.name() + ") came into force on "
                + named.operationalFrom() + ", after the period end " + periodEnd + "; give " + inForce.onsCode()
                + ", its ONS code then, or its DfE code " + dfe + ".");
    }

    /** When a DfE code's rows were in force, as a user reads it: "in force 2009-01-01 to 2021-03-31". */
    private static String span(List<LocalAuthority> ofCode) {
        LocalDate from = ofCode.stream().map(LocalAuthority::operationalFrom).min(Comparator.naturalOrder()).orElseThrow();
        Optional<LocalDate> to = ofCode.stream().anyMatch(r -> r.operationalTo().isEmpty()) ? Optional.empty()
                : ofCode.stream().map(r -> r.operationalTo().orElseThrow()).max(Comparator.naturalOrder());
        return "in force " + to.map(t -> from + " to " + t).orElse("from " + from);
    }

    private static LocalAuthorities load() {
        try (InputStream in = LocalAuthorities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the LA code table " + RESOURCE + " is missing from the product");
            }
            List<LocalAuthority> rows = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                    .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (NamedCsvRecord r : reader) {
                    rows.add(new LocalAuthority(r.getField("old_la_code"), r.getField("new_la_code"),
                            r.getField("la_name"), r.getField("region_name"), "live".equals(r.getField("status")),
                            r.getField("region_code"), LocalDate.parse(r.getField("operational_from")),
                            r.getField("operational_to").isBlank() ? Optional.empty()
                                    : Optional.of(LocalDate.parse(r.getField("operational_to")))));
                }
            }
            return new LocalAuthorities(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
