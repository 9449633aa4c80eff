package uk.chatbatch.opendata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DfE's open data standards (analysts' guide, "Open Data Standards"; ../shared/reference/open-data.md) as a
 * checker of a data file and its {@code .meta.csv}, one named rule each, as the DfE's screener
 * (dfe-published-data-qa) applies them. It reads both files with its own small CSV parser, not the writer's
 * library, so a quoting fault cannot hide behind the same code on both sides.
 *
 * <p>One rule is narrower than the screener's advice: a filter holding an indicator's id (and the title grouping
 * it) has no "Total", since a total across different indicators means nothing; the screener only advises there.
 */
final class OpenDataStandardCheck {

    /** The parsed files and every rule broken, each as "rule: what". */
    record Result(Table data, Table meta, List<String> failures) {
    }

    /** A CSV read back: header, rows (each as wide as the header when {@code csv_shape} passed). */
    record Table(List<String> header, List<List<String>> rows) {

        int at(String column) {
            return header.indexOf(column);
        }

        List<String> column(String name) {
            int i = at(name);
            return rows.stream().map(r -> i < 0 || i >= r.size() ? "" : r.get(i)).toList();
        }
    }

    static final List<String> MANDATORY = List.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name");
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<List<String>> TIME_CATEGORIES = List.of(List.of("Calendar year"), List.of("Reporting year"),
            List.of("Financial year"), List.of("Academic year"), List.of("Tax year"),
            List.of("Autumn and spring term"), MONTHS, List.of("Spring term", "Autumn term", "Summer term"),
            List.of("Financial year Q1", "Financial year Q2", "Financial year Q3", "Financial year Q4"));
    static final Set<String> FOUR_DIGITS = fourDigitIdentifiers();
    static final List<String> LEVELS = List.of("National", "Regional", "Local authority",
            "Local authority district", "Parliamentary constituency", "Ward", "School", "Provider", "Institution",
            "Planning area");
    static final Map<String, String> COUNTRIES = Map.of("E92000001", "England", "K02000001", "United Kingdom",
            "K04000001", "England and Wales");
    static final List<String> OBSERVATIONAL_UNITS = List.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name");
    static final List<String> META_COLUMNS = List.of("col_name", "col_type", "label", "indicator_grouping",
            "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column");
    static final Set<String> SYMBOLS = Set.of("c", "x", "z", "low", "u");
    static final Set<String> NULLS = Set.of("NA", "na", "Null", "null", "NULL");
    static final Set<String> LEGACY_SYMBOLS = Set.of("N/A", "n/a", ".", "..", "-", "~", ":");
    static final Set<String> UNITS = Set.of("", "%", "pp", "£", "£m");
    /** The filter of indicator ids and its title group: exempt from "Total" (see the class comment). */
    static final Set<String> NO_TOTAL = Set.of("indicator", "indicator_title");

    /** The DfE's LA table as bundled (its own file, read here without the product's lookup). */
    static final List<List<String>> TABLE = laTable();

    static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    private OpenDataStandardCheck() {
    }

    /**
     * @param forbidden         values that must not be in any cell (child identifiers, team and worker names)
     * @param staffBreakdowns   breakdown names that name staff (team, worker, ...), never a breakdown topic
     */
    static Result check(Path dataFile, Path metaFile, Set<String> forbidden, Set<String> staffBreakdowns)
            throws Exception {
        List<String> failures = new ArrayList<>();
        Table data = read(dataFile, "data", failures);
        Table meta = read(metaFile, "meta", failures);
        if (data == null || meta == null) {
            return new Result(data, meta, failures);
        }
        new Rules(data, meta, failures).all(forbidden, staffBreakdowns);
        return new Result(data, meta, failures);
    }

    /** Rules {@code utf8} and {@code csv_shape}. */
    private static Table read(Path file, String which, List<String> failures) throws Exception {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            failures.add("utf8: the " + which + " file " + file.getFileName() + " is not UTF-8");
            return null;
        }
        List<List<String>> records;
        try {
            records = parse(text);
        } catch (IllegalArgumentException e) {
            failures.add("csv_shape: " + which + " file: " + e.getMessage());
            return null;
        }
        if (records.isEmpty()) {
            failures.add("csv_shape: the " + which + " file is empty");
            return null;
        }
        List<String> header = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                failures.add("csv_shape: " + which + " line " + (r + 1) + " has " + records.get(r).size()
                        + " cells, the header " + header.size() + " (a comma not quoted?)");
            }
        }
        return new Table(header, records.subList(1, records.size()));
    }

    /**
     * RFC 4180: comma separated, a cell holding a comma, quote or line break is quoted and its quotes doubled;
     * records end with CRLF or LF.
     */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int line = 1;
        boolean cellStarted = false;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' && cell.isEmpty() && !cellStarted) {
                int close = i + 1;
                while (true) {
                    if (close >= text.length()) {
                        throw new IllegalArgumentException("line " + line + ": a quote is never closed");
                    }
                    if (text.charAt(close) == '"') {
                        if (close + 1 < text.length() && text.charAt(close + 1) == '"') {
                            cell.append('"');
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    cell.append(text.charAt(close++));
                }
                i = close + 1;
                cellStarted = true;
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    throw new IllegalArgumentException("line " + line + ": text after a closing quote");
                }
                continue;
            }
            if (ch == '"') {
                throw new IllegalArgumentException("line " + line + ": a quote inside a cell that is not quoted");
            }
            if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (ch == '\r' || ch == '\n') {
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
            } else {
                cell.append(ch);
                cellStarted = true;
            }
            i++;
        }
        if (cellStarted || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    private static List<List<String>> laTable() {
        try (var in = OpenDataStandardCheck.class.getResourceAsStream(
                "/uk/chatbatch/localauthorities/la-codes.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*\\R", "");
            List<List<String>> rows = parse(text);
            return rows.subList(1, rows.size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> fourDigitIdentifiers() {
        Set<String> four = new HashSet<>(MONTHS);
        four.add("Calendar year");
        four.add("Reporting year");
        return four;
    }

    /** The rules over both files read. */
    private record Rules(Table data, Table meta, List<String> failures) {

        void all(Set<String> forbidden, Set<String> staffBreakdowns) {
            if (!meta.header().equals(META_COLUMNS)) {
                failures.add("meta_columns: the meta file's columns are " + meta.header() + ", not " + META_COLUMNS);
                return;
            }
            columnNames();
            mandatoryColumns();
            timePeriod();
            timeIdentifier();
            geography();
            metaRows();
            metaDescribesData();
            filters();
            indicatorCells();
            symbols();
            duplicateRows();
            noNames(forbidden, staffBreakdowns);
        }

        void fail(String rule, String what) {
            failures.add(rule + ": " + what);
        }

        void columnNames() {
            for (String name : data.header()) {
                if (name.chars().anyMatch(Character::isWhitespace)) {
                    fail("column_names", "'" + name + "' has a space");
                } else if (!SNAKE_CASE.matcher(name).matches() || name.length() > 50) {
                    fail("column_names", "'" + name + "' is not snake_case of at most 50 characters");
                }
            }
            if (new HashSet<>(data.header()).size() != data.header().size()) {
                fail("column_names", "a column name is repeated");
            }
        }

        void mandatoryColumns() {
            for (String column : MANDATORY) {
                if (data.at(column) < 0) {
                    fail("mandatory_columns", column + " is missing");
                } else if (data.column(column).stream().anyMatch(String::isBlank)) {
                    fail("mandatory_columns", column + " is empty in a row");
                }
            }
        }

        void timePeriod() {
            List<String> identifiers = data.column("time_identifier");
            List<String> periods = data.column("time_period");
            for (int r = 0; r < periods.size(); r++) {
                String p = periods.get(r);
                if (!p.matches("\\d{4}|\\d{6}")) {
                    fail("time_period", "row " + (r + 2) + ": '" + p + "' is not 4 or 6 digits");
                    continue;
                }
                if (p.length() == 6 && (Integer.parseInt(p.substring(2, 4)) + 1) % 100
                        != Integer.parseInt(p.substring(4, 6))) {
                    fail("time_period", "row " + (r + 2) + ": '" + p + "' is not two consecutive years");
                }
                boolean four = FOUR_DIGITS.contains(identifiers.get(r));
                if (four != (p.length() == 4)) {
                    fail("time_period", "row " + (r + 2) + ": '" + p + "' has the wrong length for '"
                            + identifiers.get(r) + "'");
                }
            }
        }

        void timeIdentifier() {
            Set<String> identifiers = new LinkedHashSet<>(data.column("time_identifier"));
            for (String id : identifiers) {
                if (TIME_CATEGORIES.stream().noneMatch(c -> c.contains(id))) {
                    fail("time_identifier", "'" + id + "' is not a time identifier of the standard");
                }
            }
            if (identifiers.isEmpty()) {
                return;
            }
            String first = identifiers.iterator().next();
            Optional<List<String>> category = TIME_CATEGORIES.stream().filter(c -> c.contains(first)).findFirst();
            if (category.isPresent() && !category.get().containsAll(identifiers)) {
                fail("time_identifier_mix", "the file mixes " + identifiers);
            }
        }

        void geography() {
            List<String> levels = data.column("geographic_level");
            for (int r = 0; r < data.rows().size(); r++) {
                String level = levels.get(r);
                if (!LEVELS.contains(level)) {
                    fail("geographic_level", "row " + (r + 2) + ": '" + level + "' is not a geographic level");
                }
                String code = cell(r, "country_code");
                if (!COUNTRIES.getOrDefault(code, "\u0000").equals(cell(r, "country_name"))) {
                    fail("country", "row " + (r + 2) + ": " + code + " / " + cell(r, "country_name")
                            + " is not a country's code and name");
                }
                if (level.equals("Local authority")) {
                    laColumns(r);
                }
            }
        }

        /** Rule {@code la_columns}: what an LA-level row must hold, and a real LA's codes as the DfE's table has them. */
        void laColumns(int r) {
            for (String column : List.of("old_la_code", "new_la_code", "la_name", "region_code", "region_name")) {
                if (data.at(column) < 0) {
                    fail("la_columns", column + " is missing at LA level");
                    return;
                }
            }
            String old = cell(r, "old_la_code");
            String ons = cell(r, "new_la_code");
            String name = cell(r, "la_name");
            String regionCode = cell(r, "region_code");
            String regionName = cell(r, "region_name");
            if (!old.matches("\\d{3}") || name.isBlank()) {
                fail("la_columns", "row " + (r + 2) + ": old_la_code '" + old + "' or la_name '" + name + "'");
            }
            // the screener lets new_la_code be blank (a location without one); a code is E06, E08, E09 or E10
            if (!ons.isEmpty() && !ons.matches("E(06|08|09|10)\\d{6}")) {
                fail("la_columns", "row " + (r + 2) + ": new_la_code '" + ons + "'");
            }
            if (regionCode.isEmpty() != regionName.isEmpty() || !regionCode.isEmpty()
                    && !regionCode.matches("E12\\d{6}")) {
                fail("la_columns", "row " + (r + 2) + ": region_code '" + regionCode + "', region_name '"
                        + regionName + "'");
            }
            // as the screener's la_combinations: a code of the DfE's table comes with its name, ONS code and region
            if (TABLE.stream().anyMatch(t -> t.get(0).equals(old)) && TABLE.stream().noneMatch(t -> t.get(0).equals(old)
                    && t.get(1).equals(ons) && t.get(2).equals(name) && t.get(3).equals(regionCode)
                    && t.get(4).equals(regionName))) {
                fail("la_columns", "row " + (r + 2) + ": " + String.join(" / ", old, ons, name, regionCode, regionName)
                        + " is not a row of the DfE's LA table");
            }
        }

        void metaRows() {
            Set<String> labels = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (List<String> m : meta.rows()) {
                String name = m.get(0);
                String type = m.get(1);
                String label = m.get(2);
                if (!names.add(name)) {
                    fail("col_name", "'" + name + "' is described twice");
                }
                if (name.chars().anyMatch(Character::isWhitespace)) {
                    fail("col_name", "'" + name + "' has a space");
                }
                if (!type.equals("Filter") && !type.equals("Indicator")) {
                    fail("col_type", "'" + name + "' has col_type '" + type + "'");
                }
                if (label.isBlank() || !labels.add(label) || label.length() > 80) {
                    fail("label", "'" + name + "' has a blank, repeated or over-long label '" + label + "'");
                }
                boolean filter = type.equals("Filter");
                if (!filter && (!m.get(6).isEmpty() || !m.get(7).isEmpty())) {
                    fail("filter_hint", "indicator '" + name + "' has a filter hint or grouping column");
                }
                if (filter && (!m.get(3).isEmpty() || !m.get(4).isEmpty() || !m.get(5).isEmpty())) {
                    fail("indicator_unit", "filter '" + name + "' has an indicator grouping, unit or dp");
                }
                if (!filter && !UNITS.contains(m.get(4))) {
                    fail("indicator_unit", "'" + name + "' has unit '" + m.get(4) + "'");
                }
                if (!filter && !m.get(5).matches("\\d+")) {
                    fail("indicator_dp", "'" + name + "' has indicator_dp '" + m.get(5) + "'");
                }
            }
            for (List<String> m : meta.rows()) {
                if (!m.get(7).isEmpty() && names.contains(m.get(7))) {
                    fail("filter_hint", "grouping column '" + m.get(7) + "' is also a filter");
                }
            }
        }

        /** Rule {@code meta_describes_data}: every column a filter, an indicator or an observational unit. */
        void metaDescribesData() {
            Set<String> described = new HashSet<>();
            for (List<String> m : meta.rows()) {
                described.add(m.get(0));
                if (!m.get(7).isEmpty()) {
                    described.add(m.get(7));
                }
            }
            for (String column : data.header()) {
                boolean singleLevel = new HashSet<>(data.column(column)).size() < 2;
                if (!OBSERVATIONAL_UNITS.contains(column) && !described.contains(column) && !singleLevel) {
                    fail("meta_describes_data", "'" + column + "' is not described in the meta file");
                }
            }
            for (String name : described) {
                if (data.at(name) < 0) {
                    fail("meta_describes_data", "'" + name + "' is described but not in the data");
                }
                if (OBSERVATIONAL_UNITS.contains(name)) {
                    fail("meta_describes_data", "observational unit '" + name + "' is in the meta file");
                }
            }
        }

        void filters() {
            for (List<String> m : meta.rows()) {
                if (!m.get(1).equals("Filter")) {
                    continue;
                }
                List<String> columns = m.get(7).isEmpty() ? List.of(m.get(0)) : List.of(m.get(0), m.get(7));
                if (new HashSet<>(data.column(m.get(0))).size() < 2) {
                    fail("filter_levels", "'" + m.get(0) + "' has fewer than two levels");
                }
                for (String column : columns) {
                    List<String> values = data.column(column);
                    if (!NO_TOTAL.contains(column) && !values.contains("Total")) {
                        fail("total", "'" + column + "' has no Total");
                    }
                    if (values.stream().anyMatch(String::isEmpty)) {
                        fail("blank_filters", "'" + column + "' has a blank cell");
                    }
                    if (values.stream().anyMatch(v -> !v.equals(v.strip()))) {
                        fail("filter_whitespace", "'" + column + "' has a value with spaces around it");
                    }
                }
            }
        }

        void indicatorCells() {
            for (List<String> m : meta.rows()) {
                if (!m.get(1).equals("Indicator")) {
                    continue;
                }
                List<String> values = data.column(m.get(0));
                for (int r = 0; r < values.size(); r++) {
                    String v = values.get(r);
                    if (!NUMBER.matcher(v).matches() && !SYMBOLS.contains(v)) {
                        fail("indicator_cells", m.get(0) + " row " + (r + 2) + ": '" + v
                                + "' is neither a number nor a GSS symbol");
                    }
                }
            }
        }

        /** Rules {@code null_symbols} and {@code legacy_symbols} over every cell of both files. */
        void symbols() {
            for (Table t : List.of(data, meta)) {
                for (List<String> row : t.rows()) {
                    for (String v : row) {
                        if (NULLS.contains(v)) {
                            fail("null_symbols", "a cell holds '" + v + "'");
                        }
                        if (LEGACY_SYMBOLS.contains(v)) {
                            fail("legacy_symbols", "a cell holds '" + v + "'");
                        }
                    }
                }
            }
        }

        void duplicateRows() {
            List<Integer> keys = new ArrayList<>();
            for (String column : data.header()) {
                boolean filter = meta.rows().stream().anyMatch(m -> m.get(1).equals("Filter")
                        && (m.get(0).equals(column) || m.get(7).equals(column)));
                if (OBSERVATIONAL_UNITS.contains(column) || filter) {
                    keys.add(data.at(column));
                }
            }
            Set<List<String>> seen = new HashSet<>();
            for (int r = 0; r < data.rows().size(); r++) {
                List<String> row = data.rows().get(r);
                if (!seen.add(keys.stream().map(row::get).toList())) {
                    fail("duplicate_rows", "row " + (r + 2) + " repeats another's filters and geography");
                }
            }
        }

        /** Rule {@code no_names}: no child identifier, team or worker name, and no breakdown of staff. */
        void noNames(Set<String> forbidden, Set<String> staffBreakdowns) {
            for (String topic : new HashSet<>(data.column("breakdown_topic"))) {
                if (staffBreakdowns.contains(topic)) {
                    fail("no_names", "a breakdown by " + topic + " names staff");
                }
            }
            for (List<String> row : data.rows()) {
                for (String v : row) {
                    for (String needle : forbidden) {
                        if (v.equals(needle) || needle.contains(" ") && v.contains(needle)) {
                            fail("no_names", "a cell holds '" + needle + "'");
                        }
                    }
                }
            }
        }

        String cell(int r, String column) {
            int i = data.at(column);
            return i < 0 ? "" : data.rows().get(r).get(i);
        }
    }
}
