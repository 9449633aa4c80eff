package uk.chatbatch.report;

import static uk.chatbatch.annexa.Field.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSetting;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

/**
 * A small LA for report tests: period end 31 March 2025 (window 1 October 2024 to 31 March 2025), a few rows
 * on most lists (Early help skipped for a missing column, Adoption not supplied), one indicator of each chart
 * type with the breakdowns the catalogue's indicators report, three earlier periods, a population and one
 * setting changed from its default. Child identifiers and worker names are distinctive so a test can look
 * for them in the shareable report.
 */
final class ReportFixture {

    static final LocalDate T = LocalDate.of(2025, 3, 31);
    static final String LA_NAME = "Sampleshire";
    static final String LA_CODE = "999";
    static final String FILE = "annex_a_2025.xlsx";
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    static final ZonedDateTime MADE = ZonedDateTime.of(2025, 4, 7, 9, 30, 0, 0, ZoneId.of("Europe/London"));
    static final String ALL = IndicatorValue.ALL;

    static final String EARLY_HELP_SKIPPED = "skipped: required column \"Assessment start date\" is missing";
    static final String EARLY_HELP_MESSAGE = "List 2 (Early help) was skipped: required column \"Assessment start date\""
            + " is missing";
    static final String WORKER_A = "Alexandra Quill";
    static final String WORKER_B = "Bartholomew Fenn";
    static final String TEAM_A = "Northgate Assessment Team";
    static final String TEAM_B = "Southmoor Duty Team";

    private ReportFixture() {
    }

    static ReportInput input() {
        return input(ReportVariant.INTERNAL);
    }

    static ReportInput input(ReportVariant variant) {
        InputData data = data();
        IndicatorSettings settings = IndicatorSettings.of(Map.of(IndicatorSetting.CP_VISIT_WITHIN_WORKING_DAYS.key(), 15),
                "test");
        Population population = new Population(OptionalLong.of(63_000), Map.of());
        IndicatorContext context = IndicatorContext.forPeriodEnd(T).with(settings, population);
        return new ReportInput(new LaPeriod(LA_CODE, T), LA_NAME, MADE, ingest(data), issues(), indicators(), data, context,
                history(), Benchmarks.bundled(), Optional.of("North West"),
                Map.of("White", 50_000L, "Mixed", 4_000L, "Asian", 5_000L, "Black", 2_500L, "Other", 1_500L),
                variant);
    }

    static InputData data() {
        return InputData.empty()
                .with(AnnexAList.CONTACTS, rows(AnnexAList.CONTACTS, 6))
                .without(AnnexAList.EARLY_HELP, EARLY_HELP_SKIPPED)
                .with(AnnexAList.REFERRALS, rows(AnnexAList.REFERRALS, 4))
                .with(AnnexAList.ASSESSMENTS, rows(AnnexAList.ASSESSMENTS, 6))
                .with(AnnexAList.SECTION_47, rows(AnnexAList.SECTION_47, 4))
                .with(AnnexAList.CHILDREN_IN_NEED, rows(AnnexAList.CHILDREN_IN_NEED, 4))
                .with(AnnexAList.CHILD_PROTECTION, rows(AnnexAList.CHILD_PROTECTION, 4))
                .with(AnnexAList.CHILDREN_IN_CARE, rows(AnnexAList.CHILDREN_IN_CARE, 4))
                .with(AnnexAList.CARE_LEAVERS, rows(AnnexAList.CARE_LEAVERS, 4))
                .with(AnnexAList.ADOPTERS, rows(AnnexAList.ADOPTERS, 2));
    }

    /** Child identifiers look like "CHILD-7301", so a test can search for them. */
    static String childId(int excelRow) {
        return "CHILD-73" + String.format("%02d", excelRow);
    }

    private static List<TableRecord> rows(AnnexAList list, int n) {
        List<TableRecord> rows = new ArrayList<>();
        for (int r = 2; r < 2 + n; r++) {
            TableRecord.Builder b = TableRecord.builder(list, Origin.inSheet(FILE, "List " + list.number(), r))
                    .set(list.identifier(), childId(r));
            if (list.has(ALLOCATED_WORKER)) {
                b.set(ALLOCATED_WORKER, r % 2 == 0 ? WORKER_A : WORKER_B).set(ALLOCATED_TEAM, r % 2 == 0 ? TEAM_A : TEAM_B);
            }
            rows.add(b.build());
        }
        return rows;
    }

    // --- metadata, one indicator of each chart type

    static final IndicatorMetadata CONTACTS = metadata("CON-01", "Contacts received", "contacts dated in the window", "",
            AnnexAList.CONTACTS, Unit.COUNT, Polarity.CONTEXTUAL, ChartType.KPI, List.of("month", "gender"));
    static final IndicatorMetadata CONTACTS_PER_CHILD = metadata("CON-03", "Children with contacts",
            "children with a contact in the window", "", AnnexAList.CONTACTS, Unit.COUNT, Polarity.CONTEXTUAL,
            ChartType.MUL, List.of("records per child"));
    static final IndicatorMetadata CONTACT_SOURCES = metadata("CON-04", "Contacts by source",
            "contacts in the window, in the source group", "contacts dated in the window", AnnexAList.CONTACTS,
            Unit.PERCENT, Polarity.CONTEXTUAL, ChartType.SRC, List.of("source group"));
    static final IndicatorMetadata CONTACT_AGES = metadata("CON-06", "Age and gender of contacts",
            "contacts dated in the window", "", AnnexAList.CONTACTS, Unit.COUNT, Polarity.CONTEXTUAL, ChartType.PYR,
            List.of("age and gender"));
    static final IndicatorMetadata CONTACT_ETHNICITY = metadata("CON-07", "Ethnicity of children with contacts",
            "children with a contact in the window, in the ethnic group", "children with a contact dated in the window",
            AnnexAList.CONTACTS, Unit.PERCENT, Polarity.CONTEXTUAL, ChartType.ETH, List.of("ethnic group", "ethnicity"));
    static final IndicatorMetadata EARLY_HELP_STARTED = metadata("EH-01", "Early help assessments started",
            "early help assessments started", "", AnnexAList.EARLY_HELP, Unit.COUNT, Polarity.CONTEXTUAL, ChartType.KPI,
            List.of());
    static final IndicatorMetadata REFERRALS = metadata("REF-01", "Referrals", "referrals dated in the window", "",
            AnnexAList.REFERRALS, Unit.COUNT, Polarity.CONTEXTUAL, ChartType.KPI, List.of("month"));
    static final IndicatorMetadata REFERRAL_RATE = metadata("REF-01R", "Referral rate per 10,000 children",
            "referrals dated in the window", "children aged 0 to 17", AnnexAList.REFERRALS, Unit.RATE_PER_10000,
            Polarity.CONTEXTUAL, ChartType.KPI, List.of("basis"));
    static final IndicatorMetadata RE_REFERRALS = metadata("REF-02", "Re-referrals within 12 months",
            "referrals with a previous referral in the 12 months before", "referrals dated in the window",
            AnnexAList.REFERRALS, Unit.PERCENT, Polarity.IN_A_BAND, ChartType.KPI, List.of("team", "worker"));
    static final IndicatorMetadata NFA = metadata("REF-04", "Referrals with no further action",
            "referrals with no further action", "referrals in the window", AnnexAList.REFERRALS, Unit.PERCENT,
            Polarity.IN_A_BAND, ChartType.DON, List.of("source group"));
    static final IndicatorMetadata ASSESSMENTS_IN_45 = metadata("ASM-02", "Assessments completed within 45 working days",
            "assessments authorised within 45 working days", "assessments authorised in the window",
            AnnexAList.ASSESSMENTS, Unit.PERCENT, Polarity.HIGHER_IS_BETTER, ChartType.KPI, List.of("team", "worker"));
    static final IndicatorMetadata ASSESSMENT_DURATION = metadata("ASM-03", "Assessment duration in working days",
            "assessments authorised in the window and measured", "", AnnexAList.ASSESSMENTS, Unit.DAYS,
            Polarity.LOWER_IS_BETTER, ChartType.BND, List.of("quartile", "working days", "team"));
    static final IndicatorMetadata ICPC_IN_15 = metadata("S47-03", "ICPC within 15 working days",
            "ICPCs held within 15 working days", "ICPCs held in the window", AnnexAList.SECTION_47, Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER, ChartType.KPI, List.of());
    static final IndicatorMetadata CIN_RATE = metadata("CIN-01R", "Children in need rate per 10,000 children",
            "children in need at the period end", "children aged 0 to 17", AnnexAList.CHILDREN_IN_NEED,
            Unit.RATE_PER_10000, Polarity.CONTEXTUAL, ChartType.KPI, List.of());
    static final IndicatorMetadata DISABLED_CIN = metadata("CIN-06", "Disabled children in need",
            "children in need with a disability", "children in need at the period end", AnnexAList.CHILDREN_IN_NEED,
            Unit.PERCENT, Polarity.CONTEXTUAL, ChartType.DON, List.of());
    static final IndicatorMetadata PLANS_TWO_YEARS = metadata("CP-06", "Plans ended that lasted 2 years or more",
            "plans ended that lasted 2 years or more", "plans ended in the window", AnnexAList.CHILD_PROTECTION,
            Unit.PERCENT, Polarity.LOWER_IS_BETTER, ChartType.KPI, List.of());
    static final IndicatorMetadata PLAN_DURATION = metadata("CP-07", "Duration of ended plans",
            "plans ended in the window", "", AnnexAList.CHILD_PROTECTION, Unit.COUNT, Polarity.IN_A_BAND, ChartType.BND,
            List.of("duration"));
    static final IndicatorMetadata CP_VISITS = new IndicatorMetadata("CP-08", "Child protection visits in timescale",
            "Open plans whose last statutory visit is within the setting's working days of the period end.",
            "open plans visited in timescale", "plans open at the period end", "at the period end",
            AnnexAList.CHILD_PROTECTION, List.of(), List.of(CP_LAST_STATUTORY_VISIT), Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER, ChartType.KPI, List.of(), List.of(IndicatorSetting.CP_VISIT_WITHIN_WORKING_DAYS));
    static final IndicatorMetadata CLA = metadata("CLA-01", "Children looked after at the period end",
            "children looked after at the period end", "", AnnexAList.CHILDREN_IN_CARE, Unit.COUNT, Polarity.CONTEXTUAL,
            ChartType.KPI, List.of());

    static List<IndicatorResult> indicators() {
        List<IndicatorResult> results = new ArrayList<>();
        results.add(IndicatorResult.computed(CONTACTS, List.of(count(ALL, ALL, 1234),
                count("month", "2024-10", 190), count("month", "2024-11", 210), count("month", "2024-12", 180),
                count("month", "2025-01", 230), count("month", "2025-02", 204), count("month", "2025-03", 220),
                count("month", "outside window", 0),
                count("gender", "male", 610), count("gender", "female", 620), count("gender", "other or unknown", 4))));
        results.add(IndicatorResult.computed(CONTACTS_PER_CHILD, List.of(count(ALL, ALL, 1000),
                count("records per child", "1", 820), count("records per child", "2", 140),
                count("records per child", "3", 30), count("records per child", "4", 7),
                count("records per child", "5 or more", 3))));
        results.add(IndicatorResult.computed(CONTACT_SOURCES, List.of(percent(ALL, ALL, 1234, 1234),
                percent("source group", "police", 400, 1234), percent("source group", "schools", 300, 1234),
                percent("source group", "health services", 250, 1234), percent("source group", "individual", 180, 1234),
                percent("source group", "housing", 0, 1234), percent("source group", "anonymous", 2, 1234),
                percent("source group", "unknown", 102, 1234))));
        List<IndicatorValue> pyramid = new ArrayList<>(List.of(count(ALL, ALL, 1234)));
        long[] male = {40, 35, 30, 28, 25, 25, 30, 32, 30, 34, 36, 40, 42, 45, 44, 40, 30, 24};
        long[] female = {38, 36, 31, 29, 26, 24, 28, 33, 31, 35, 37, 41, 45, 46, 45, 41, 31, 23};
        for (int age = 0; age <= 25; age++) {
            pyramid.add(count("age and gender", age + " / male", age < 18 ? male[age] : 0));
            pyramid.add(count("age and gender", age + " / female", age < 18 ? female[age] : age == 18 ? 3 : 0));
            pyramid.add(count("age and gender", age + " / other or unknown", age == 10 ? 4 : 0));
        }
        pyramid.add(count("age and gender", "unknown / male", 2));
        results.add(IndicatorResult.computed(CONTACT_AGES, pyramid));
        results.add(IndicatorResult.computed(CONTACT_ETHNICITY, List.of(percent(ALL, ALL, 1000, 1000),
                percent("ethnic group", "White", 700, 1000), percent("ethnic group", "Mixed", 90, 1000),
                percent("ethnic group", "Asian", 110, 1000), percent("ethnic group", "Black", 60, 1000),
                percent("ethnic group", "Other", 30, 1000), percent("ethnic group", "Refused or not obtained", 7, 1000),
                percent("ethnic group", "unknown", 3, 1000),
                percent("ethnicity", "WBRI", 650, 1000), percent("ethnicity", "WIRI", 50, 1000))));
        results.add(IndicatorResult.notComputed(EARLY_HELP_STARTED, IndicatorStatus.LIST_SKIPPED, EARLY_HELP_MESSAGE));
        results.add(IndicatorResult.computed(REFERRALS, List.of(count(ALL, ALL, 1234),
                count("month", "2024-10", 200), count("month", "2024-11", 210), count("month", "2024-12", 190),
                count("month", "2025-01", 214), count("month", "2025-02", 200), count("month", "2025-03", 220),
                count("month", "outside window", 0))));
        results.add(IndicatorResult.computed(REFERRAL_RATE, List.of(rate(ALL, ALL, 1234, 63_000, 2),
                rate("basis", "six months", 1234, 63_000, 1))));
        results.add(IndicatorResult.computed(RE_REFERRALS, List.of(percent(ALL, ALL, 270, 1234),
                percent("team", TEAM_A, 150, 700), percent("team", TEAM_B, 120, 534),
                percent("worker", WORKER_A, 140, 600), percent("worker", WORKER_B, 130, 634))));
        results.add(IndicatorResult.computed(NFA, List.of(percent(ALL, ALL, 80, 1200),
                percent("source group", "police", 30, 400), percent("source group", "schools", 50, 800))));
        results.add(IndicatorResult.computed(ASSESSMENTS_IN_45, List.of(percent(ALL, ALL, 412, 480),
                percent("team", TEAM_A, 250, 290), percent("team", TEAM_B, 162, 190),
                percent("worker", WORKER_A, 200, 230), percent("worker", WORKER_B, 212, 250))));
        results.add(IndicatorResult.computed(ASSESSMENT_DURATION, List.of(
                new IndicatorValue(ALL, ALL, 480, null, 33.0),
                new IndicatorValue("quartile", "lower quartile", 480, null, 17.0),
                new IndicatorValue("quartile", "upper quartile", 480, null, 43.0),
                percent("working days", "same day", 12, 480), percent("working days", "1 to 10", 60, 480),
                percent("working days", "11 to 20", 70, 480), percent("working days", "21 to 30", 90, 480),
                percent("working days", "31 to 40", 100, 480), percent("working days", "41 to 45", 80, 480),
                percent("working days", "46 to 50", 30, 480), percent("working days", "51 to 60", 20, 480),
                percent("working days", "61 and over", 18, 480),
                new IndicatorValue("team", TEAM_A, 290, null, 31.0), new IndicatorValue("team", TEAM_B, 190, null, 36.5))));
        results.add(IndicatorResult.computed(ICPC_IN_15, List.of(percent(ALL, ALL, 0, 0))));
        results.add(IndicatorResult.notComputed(CIN_RATE, IndicatorStatus.FAILED,
                "a date in 2031 is outside the bank-holiday calendar"));
        results.add(IndicatorResult.computed(DISABLED_CIN, List.of(percent(ALL, ALL, 3, 40))));
        results.add(IndicatorResult.computed(PLANS_TWO_YEARS, List.of(percent(ALL, ALL, 3, 12))));
        results.add(IndicatorResult.computed(PLAN_DURATION, List.of(count(ALL, ALL, 12),
                count("duration", "under 3 months", 2), count("duration", "3 to 5 months", 1),
                count("duration", "6 to 11 months", 4), count("duration", "1 to 2 years", 2),
                count("duration", "2 years and over", 3), count("duration", "unknown", 0))));
        results.add(IndicatorResult.computed(CP_VISITS, List.of(percent(ALL, ALL, 45, 50))));
        results.add(IndicatorResult.computed(CLA, List.of(count(ALL, ALL, 300))));
        return results;
    }

    /** Three earlier monthly periods; ASM-02 was not computed in the earliest. */
    static List<PeriodResults> history() {
        return List.of(
                period(LocalDate.of(2024, 12, 31), 1100, percent(ALL, ALL, 300, 400), false, 1150, 20, 40),
                period(LocalDate.of(2025, 1, 31), 1180, percent(ALL, ALL, 390, 470), true, 1200, 2, 12),
                period(LocalDate.of(2025, 2, 28), 1200, percent(ALL, ALL, 394, 480), true, 1210, 3, 10));
    }

    private static PeriodResults period(LocalDate end, long referrals, IndicatorValue asm02, boolean asm02Computed,
                                        long contacts, long plans2y, long plansEnded) {
        return new PeriodResults(end, List.of(
                IndicatorResult.computed(REFERRALS, List.of(count(ALL, ALL, referrals))),
                asm02Computed ? IndicatorResult.computed(ASSESSMENTS_IN_45, List.of(asm02))
                        : IndicatorResult.notComputed(ASSESSMENTS_IN_45, IndicatorStatus.LIST_NOT_SUPPLIED, "not supplied"),
                IndicatorResult.computed(CONTACTS, List.of(count(ALL, ALL, contacts))),
                IndicatorResult.computed(PLANS_TWO_YEARS, List.of(percent(ALL, ALL, plans2y, plansEnded)))));
    }

    static IndicatorValue count(String breakdown, String value, long n) {
        return IndicatorValue.count(breakdown, value, n);
    }

    static IndicatorValue percent(String breakdown, String value, long numerator, long denominator) {
        return IndicatorValue.percent(breakdown, value, numerator, denominator);
    }

    static IndicatorValue rate(String breakdown, String value, long n, long population, double factor) {
        return new IndicatorValue(breakdown, value, n, population, n * factor / population * 10_000);
    }

    static List<Issue> issues() {
        List<Issue> issues = new ArrayList<>();
        for (int row : new int[] {10, 11, 12, 57}) {
            issues.add(new Issue(FILE, "List 3", AnnexAList.REFERRALS.label(), row, DATE_OF_REFERRAL.header(),
                    "31/02/2025", IssueCode.INVALID_DATE, "not a date"));
        }
        issues.add(new Issue(FILE, "List 1", AnnexAList.CONTACTS.label(), 9, CHILD_ID.header(), "",
                IssueCode.MISSING_IDENTIFIER, "blank identifier"));
        issues.add(new Issue(FILE, "Notes", "", 0, "", "", IssueCode.UNRECOGNISED_SHEET, "no list matches"));
        issues.add(new Issue(FILE, "List 2", AnnexAList.EARLY_HELP.label(), 0, "Assessment start date", "",
                IssueCode.MISSING_REQUIRED_COLUMN, "missing"));
        return issues;
    }

    static List<IngestSummary> ingest(InputData data) {
        List<IngestSummary> summaries = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            if (data.isAvailable(list)) {
                long clean = data.rows(list).size();
                long quarantined = list == AnnexAList.CONTACTS ? 1 : 0;
                long issues = list == AnnexAList.CONTACTS ? 1 : list == AnnexAList.REFERRALS ? 4 : 0;
                summaries.add(new IngestSummary(FILE, "List " + list.number(), list, clean + quarantined, clean,
                        quarantined, issues, IngestSummary.READ));
            } else if (data.isSkipped(list)) {
                summaries.add(new IngestSummary(FILE, "List " + list.number(), list, 0, 0, 0, 1,
                        data.unavailableReason(list).orElseThrow()));
            }
        }
        return summaries;
    }

    static IndicatorMetadata metadata(String id, String title, String numerator, String denominator, AnnexAList source,
                                      Unit unit, Polarity polarity, ChartType chart, List<String> breakdowns) {
        return new IndicatorMetadata(id, title, "Definition of " + title.toLowerCase() + ".", numerator, denominator,
                "six months ending on the period end", source, List.of(), List.of(source.identifier()), unit, polarity,
                chart, breakdowns, List.of());
    }
}
