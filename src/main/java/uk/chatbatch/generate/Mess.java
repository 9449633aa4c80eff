package uk.chatbatch.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.model.ValueType;

/**
 * The mess real extracts carry (../shared/reference/annex-a.md sections 1 and 6), at small rates and
 * decided by its own random streams, so a messy workbook holds the same children as the tidy one with
 * the same seed.
 *
 * <p>Sheets: descriptive or underscored names for some lists, header variants (shortened, recased,
 * CamelCase aliases, typographic quotes and apostrophes, a trailing space) and a few hundred formatted
 * blank rows after List 1's data. Cells: bare labels and codes, the other separator, dates as
 * dd/mm/yyyy text, identifiers as numbers or as "123456.0" text, non-breaking spaces in names, "#N/A"
 * in team and worker cells, decimal ages. Errors: about one row in 200 has one invalid cell (an
 * impossible or non-date date, "Monkey" for gender, a negative count), never in the identifier or
 * event date; and about one row in 1,000 (at least one per list of 50 rows or more) has its identifier
 * or event date blank, so the reader must quarantine it.
 */
final class Mess {

    static final double BARE_LABEL = 0.015;
    static final double OTHER_SEPARATOR = 0.01;
    static final double BARE_CODE = 0.01;
    static final double TEXT_DATE = 0.01;
    static final double NUMERIC_ID = 0.02;
    static final double DOT_ZERO_ID = 0.01;
    static final double NON_BREAKING_SPACE = 0.03;
    static final double NOT_AVAILABLE = 0.005;
    static final double DECIMAL_AGE = 0.05;
    static final double INVALID_ROW = 0.005;
    static final double UNUSABLE_ROW = 0.001;
    static final int MIN_ROWS_FOR_UNUSABLE = 50;

    /**
     * A plan end or a ceased date left empty makes a closed plan or period of care look open at T, and so a
     * second finding (the child missing from List 6) from one defect; the mess leaves them alone.
     */
    private static final Set<Field> ENDS_OF_PLANS_AND_CARE = Set.of(Field.CP_END_DATE, Field.CLA_CEASED_DATE);

    /** Streams of the mess, apart from those of the journeys. */
    private static final long MESS_STREAM = 101;

    private static final Map<AnnexAList, String> DESCRIPTIVE_SHEETS = new EnumMap<>(Map.of(
            AnnexAList.CONTACTS, "Contacts",
            AnnexAList.EARLY_HELP, "List_2",
            AnnexAList.REFERRALS, "Referrals",
            AnnexAList.SECTION_47, "Sec47 and ICPC",
            AnnexAList.CHILDREN_IN_NEED, "List_6",
            AnnexAList.CHILDREN_IN_CARE, "Children in Care"));

    /** Header spellings seen in real workbooks, by list and column. */
    private static final Map<AnnexAList, Map<Field, String>> HEADER_VARIANTS = new EnumMap<>(AnnexAList.class);

    static {
        HEADER_VARIANTS.put(AnnexAList.CONTACTS, Map.of(Field.AGE, "Age"));
        HEADER_VARIANTS.put(AnnexAList.REFERRALS, Map.of(Field.DATE_OF_REFERRAL, "Date of Referral"));
        HEADER_VARIANTS.put(AnnexAList.ASSESSMENTS,
                Map.of(Field.ASSESSMENT_AUTHORISATION_DATE, camelCase(Field.ASSESSMENT_AUTHORISATION_DATE)));
        HEADER_VARIANTS.put(AnnexAList.SECTION_47, Map.of(Field.S47_START_DATE, camelCase(Field.S47_START_DATE)));
        HEADER_VARIANTS.put(AnnexAList.CHILDREN_IN_CARE, Map.of(
                Field.CLA_MISSING_EPISODES, typographicQuotes(Field.CLA_MISSING_EPISODES.header()),
                Field.CLA_ABSENT_EPISODES, typographicQuotes(Field.CLA_ABSENT_EPISODES.header()),
                Field.CLA_CATEGORY_OF_NEED, Field.CLA_CATEGORY_OF_NEED.header().replace('\'', '\u2019')));
        HEADER_VARIANTS.put(AnnexAList.ADOPTION,
                Map.of(Field.ADOPTION_ORDER_DATE, Field.ADOPTION_ORDER_DATE.header() + " "));
    }

    private final boolean enabled;
    private final long seed;

    private Mess(boolean enabled, long seed) {
        this.enabled = enabled;
        this.seed = seed;
    }

    static Mess none() {
        return new Mess(false, 0);
    }

    static Mess of(long seed) {
        return new Mess(true, seed);
    }

    boolean enabled() {
        return enabled;
    }

    String sheetName(AnnexAList list) {
        if (enabled && DESCRIPTIVE_SHEETS.containsKey(list)) {
            return DESCRIPTIVE_SHEETS.get(list);
        }
        return "List " + list.number();
    }

    List<String> headers(AnnexAList list) {
        Map<Field, String> variants = enabled ? HEADER_VARIANTS.getOrDefault(list, Map.of()) : Map.of();
        List<String> headers = new ArrayList<>();
        for (AnnexAList.Column column : list.columns()) {
            headers.add(variants.getOrDefault(column.field(), column.field().header()));
        }
        return headers;
    }

    /** The stream deciding the mess of one list. */
    Dice dice(AnnexAList list) {
        return Dice.forMember(seed, MESS_STREAM, list.number());
    }

    /**
     * Rows (0-based, below the header) to write with a blank identifier or event date, chosen among the
     * eligible ones: a row whose loss would raise a second finding elsewhere is not eligible.
     */
    Set<Integer> unusableRows(AnnexAList list, int rows, Dice dice, IntPredicate eligible) {
        Set<Integer> chosen = new HashSet<>();
        if (!enabled || rows < MIN_ROWS_FOR_UNUSABLE) {
            return chosen;
        }
        int count = Math.max(1, (int) Math.round(rows * UNUSABLE_ROW));
        // Bounded, so a list with few eligible rows gets fewer unusable ones rather than a loop without end.
        for (int tries = 0; chosen.size() < count && tries < 100 * count; tries++) {
            int row = dice.between(0, rows - 1);
            if (eligible.test(row)) {
                chosen.add(row);
            }
        }
        return chosen;
    }

    /** Columns where an invalid value is an issue, not a reason to quarantine the row. */
    static List<Integer> invalidCandidates(AnnexAList list) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < list.columns().size(); i++) {
            Field field = list.columns().get(i).field();
            // Not the event date even where the template lets it be blank: it keeps each list's mess as it was.
            if (list.keyFields().contains(field) || field == list.eventDate()
                    || ENDS_OF_PLANS_AND_CARE.contains(field)) {
                continue;
            }
            if (field.type() == ValueType.DATE || field.type() == ValueType.INTEGER || field == Field.GENDER) {
                columns.add(i);
            }
        }
        return columns;
    }

    int paddingRows(AnnexAList list, Dice dice) {
        return enabled && list == AnnexAList.CONTACTS ? 200 + dice.between(0, 300) : 0;
    }

    /** The SSD-style alias without spaces that the field lists, e.g. "StratDiscussionDate". */
    private static String camelCase(Field field) {
        for (String alias : field.aliases()) {
            if (alias.matches("[A-Za-z0-9]+")) {
                return alias;
            }
        }
        throw new IllegalStateException(field + " has no CamelCase alias");
    }

    private static String typographicQuotes(String header) {
        int open = header.indexOf('\'');
        int close = header.indexOf('\'', open + 1);
        return header.substring(0, open) + '\u2018' + header.substring(open + 1, close) + '\u2019'
                + header.substring(close + 1);
    }
}
