package uk.chatbatch.report;

import static uk.chatbatch.annexa.Field.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.AnnexARecord;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.annexa.SourceRow;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.ingest.IngestSummary;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/**
 * A small LA for report tests: period end 31 March 2025 (window 1 October 2024 to 31 March 2025), a
 * few rows on most lists, Early help skipped for a missing column, Adoption not supplied.
 */
final class ReportFixture {

    static final LocalDate T = LocalDate.of(2025, 3, 31);
    static final String LA_NAME = "Sampleshire";
    static final String LA_CODE = "999";
    static final String FILE = "annex_a_2025.xlsx";
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    static final LocalDate ASSESSMENT_START = LocalDate.of(2024, 12, 2);

    static final String EARLY_HELP_SKIPPED = "skipped: required column \"Assessment start date\" is missing";

    private ReportFixture() {
    }

    static ReportInput input() {
        AnnexAData data = AnnexAData.empty()
                .with(AnnexAList.CONTACTS, contacts())
                .without(AnnexAList.EARLY_HELP, EARLY_HELP_SKIPPED)
                .with(AnnexAList.REFERRALS, referrals())
                .with(AnnexAList.ASSESSMENTS, assessments())
                .with(AnnexAList.SECTION_47, section47())
                .with(AnnexAList.CHILDREN_IN_NEED, childrenInNeed())
                .with(AnnexAList.CHILD_PROTECTION, childProtection())
                .with(AnnexAList.CHILDREN_IN_CARE, childrenInCare())
                .with(AnnexAList.CARE_LEAVERS, careLeavers())
                .with(AnnexAList.ADOPTERS, adopters());
        return new ReportInput(LA_CODE, LA_NAME, T, ZonedDateTime.of(2025, 4, 7, 9, 30, 0, 0, ZoneId.of("Europe/London")),
                ingest(data), issues(), indicators(), data, IndicatorContext.forPeriodEnd(T));
    }

    static List<AnnexARecord> contacts() {
        return List.of(
                contact(2, "2024-09-30"),  // the day before the window: not shown
                contact(3, "2024-10-01"),  // the window's first day
                contact(4, "2024-11-12"),
                contact(5, "2024-11-20"),
                contact(6, "2025-01-05"),
                contact(7, "2025-03-31")); // the period end
    }

    static List<AnnexARecord> referrals() {
        return List.of(
                row(AnnexAList.REFERRALS, 2).set(DATE_OF_REFERRAL, d("2024-10-02")).set(REFERRAL_NFA, "No").build(),
                row(AnnexAList.REFERRALS, 3).set(DATE_OF_REFERRAL, d("2024-12-10")).set(REFERRAL_NFA, "Yes").build(),
                row(AnnexAList.REFERRALS, 4).set(DATE_OF_REFERRAL, d("2025-02-14")).set(REFERRAL_NFA, "No").build(),
                row(AnnexAList.REFERRALS, 5).set(DATE_OF_REFERRAL, d("2025-03-03")).set(REFERRAL_NFA, "No").build());
    }

    /** Two authorised at exactly 45 and 46 working days, one on the day, one open, one outside the calendar. */
    static List<AnnexARecord> assessments() {
        return List.of(
                assessment(2, ASSESSMENT_START, ASSESSMENT_START),
                assessment(3, ASSESSMENT_START, CALENDAR.addWorkingDays(ASSESSMENT_START, 45)),
                assessment(4, ASSESSMENT_START, CALENDAR.addWorkingDays(ASSESSMENT_START, 46)),
                assessment(5, ASSESSMENT_START, CALENDAR.addWorkingDays(ASSESSMENT_START, 12)),
                assessment(6, LocalDate.of(2025, 3, 10), null),
                assessment(7, LocalDate.of(2018, 12, 20), LocalDate.of(2025, 1, 10)));
    }

    static List<AnnexARecord> section47() {
        LocalDate start = LocalDate.of(2025, 1, 6);
        return List.of(
                s47(2, start, CALENDAR.addWorkingDays(start, 15)),
                s47(3, start, CALENDAR.addWorkingDays(start, 16)),
                s47(4, start, CALENDAR.addWorkingDays(start, 4)),
                s47(5, LocalDate.of(2025, 3, 20), null));
    }

    static List<AnnexARecord> childrenInNeed() {
        return List.of(
                cin(2, "2024-06-01", null, "N1"),
                cin(3, "2024-11-01", null, "N1"),
                cin(4, "2025-01-15", null, "N4"),
                cin(5, "2024-05-01", "2025-03-31", "N5")); // closed on T: not open at T
    }

    static List<AnnexARecord> childProtection() {
        return List.of(
                cp(2, "2024-08-01", null, "NEG"),
                cp(3, "2024-12-01", null, "NEG"),
                cp(4, "2025-02-01", null, "EMO"),
                cp(5, "2024-03-01", "2024-11-30", "PHY"));
    }

    static List<AnnexARecord> childrenInCare() {
        return List.of(
                cla(2, "2022-05-01", null, "U4"),
                cla(3, "2024-09-10", null, "U6"),
                cla(4, "2023-01-20", null, "K2"),
                cla(5, "2024-02-02", "2025-01-31", "P1"));
    }

    static List<AnnexARecord> careLeavers() {
        return List.of(
                row(AnnexAList.CARE_LEAVERS, 2).set(ACTIVITY_STATUS, "F1").build(),
                row(AnnexAList.CARE_LEAVERS, 3).set(ACTIVITY_STATUS, "G5").build(),
                row(AnnexAList.CARE_LEAVERS, 4).set(ACTIVITY_STATUS, "F5").build(),
                row(AnnexAList.CARE_LEAVERS, 5).build());
    }

    static List<AnnexARecord> adopters() {
        return List.of(
                row(AnnexAList.ADOPTERS, 2).set(ADOPTER_ID, "AD1").set(ENQUIRY_DATE, d("2024-06-01"))
                        .set(STAGE1_START_DATE, d("2024-07-01")).set(STAGE2_START_DATE, d("2024-09-01"))
                        .set(APPLICATION_APPROVED_DATE, d("2025-01-10")).build(),
                row(AnnexAList.ADOPTERS, 3).set(ADOPTER_ID, "AD2").set(ENQUIRY_DATE, d("2024-11-01")).build());
    }

    static final IndicatorMetadata CONTACTS_RECEIVED = metadata("CON-01", "Contacts received",
            "Contact records with a Date of Contact in the six months ending on the period end.",
            "contacts dated in the window", "", AnnexAList.CONTACTS, List.of(DATE_OF_CONTACT, GENDER), Unit.COUNT,
            Polarity.CONTEXTUAL, List.of("gender"));
    static final IndicatorMetadata REFERRALS = metadata("REF-01", "Referrals",
            "Referrals with a Date of referral in the six months ending on the period end.",
            "referrals dated in the window", "", AnnexAList.REFERRALS, List.of(DATE_OF_REFERRAL), Unit.COUNT,
            Polarity.CONTEXTUAL, List.of());
    static final IndicatorMetadata ASSESSMENTS_IN_45 = metadata("ASM-02", "Assessments completed within 45 working days",
            "Assessments authorised in the window whose working days from start to authorisation are 45 or fewer.",
            "assessments authorised within 45 working days", "assessments authorised in the window",
            AnnexAList.ASSESSMENTS, List.of(ASSESSMENT_START_DATE, ASSESSMENT_AUTHORISATION_DATE), Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER, List.of());
    static final IndicatorMetadata EARLY_HELP_STARTED = metadata("EH-01", "Early help assessments started",
            "Early help assessments with a start date in the window.", "early help assessments started", "",
            AnnexAList.EARLY_HELP, List.of(EH_ASSESSMENT_START_DATE), Unit.COUNT, Polarity.CONTEXTUAL, List.of());
    static final IndicatorMetadata ICPC_IN_15 = metadata("S47-03", "ICPC within 15 working days",
            "ICPCs held in the window within 15 working days of the strategy discussion.",
            "ICPCs held within 15 working days", "ICPCs held in the window", AnnexAList.SECTION_47,
            List.of(S47_START_DATE, ICPC_DATE), Unit.PERCENT, Polarity.HIGHER_IS_BETTER, List.of());

    static final String EARLY_HELP_MESSAGE = "List 2 (Early help) was skipped: required column \"Assessment start date\""
            + " is missing";

    static List<IndicatorResult> indicators() {
        return List.of(
                IndicatorResult.computed(CONTACTS_RECEIVED, List.of(
                        IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, 5),
                        IndicatorValue.count("gender", "Male", 3),
                        IndicatorValue.count("gender", "Female", 2))),
                IndicatorResult.notComputed(EARLY_HELP_STARTED, IndicatorStatus.LIST_SKIPPED, EARLY_HELP_MESSAGE),
                IndicatorResult.computed(REFERRALS, List.of(IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, 1234))),
                IndicatorResult.computed(ASSESSMENTS_IN_45, List.of(
                        IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, 412, 480))),
                IndicatorResult.computed(ICPC_IN_15, List.of(
                        IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, 0, 0))));
    }

    static List<Issue> issues() {
        List<Issue> issues = new ArrayList<>();
        for (int row = 10; row < 13; row++) {
            issues.add(new Issue(FILE, "List 3", AnnexAList.REFERRALS.label(), row, DATE_OF_REFERRAL.header(), "31/02/2025",
                    IssueCode.INVALID_DATE, "not a date"));
        }
        issues.add(new Issue(FILE, "List 1", AnnexAList.CONTACTS.label(), 9, CHILD_ID.header(), "",
                IssueCode.MISSING_IDENTIFIER, "blank identifier"));
        issues.add(new Issue(FILE, "Notes", "", 0, "", "", IssueCode.UNRECOGNISED_SHEET, "no list matches"));
        issues.add(new Issue(FILE, "List 2", AnnexAList.EARLY_HELP.label(), 0, "Assessment start date", "",
                IssueCode.MISSING_REQUIRED_COLUMN, "missing"));
        return issues;
    }

    private static List<IngestSummary> ingest(AnnexAData data) {
        List<IngestSummary> summaries = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            if (data.isAvailable(list)) {
                long clean = data.rows(list).size();
                long quarantined = list == AnnexAList.CONTACTS ? 1 : 0;
                long issues = list == AnnexAList.CONTACTS ? 1 : list == AnnexAList.REFERRALS ? 3 : 0;
                summaries.add(new IngestSummary(FILE, "List " + list.number(), list, clean + quarantined, clean,
                        quarantined, issues, IngestSummary.READ));
            } else if (data.isSkipped(list)) {
                summaries.add(new IngestSummary(FILE, "List " + list.number(), list, 0, 0, 0, 1,
                        data.unavailableReason(list).orElseThrow()));
            }
        }
        return summaries;
    }

    static IndicatorMetadata metadata(String id, String title, String definition, String numerator, String denominator,
                                      AnnexAList source, List<Field> fields, Unit unit, Polarity polarity,
                                      List<String> breakdowns) {
        return new IndicatorMetadata(id, title, definition, numerator, denominator, "six months ending on the period end",
                source, List.of(), fields, unit, polarity, ChartType.KPI, breakdowns, List.of());
    }

    static AnnexARecord.Builder row(AnnexAList list, int excelRow) {
        return AnnexARecord.builder(list, new SourceRow(FILE, "List " + list.number(), excelRow))
                .set(list.identifier(), "C" + excelRow).set(GENDER, excelRow % 2 == 0 ? "Male" : "Female");
    }

    static AnnexARecord contact(int excelRow, String date) {
        return row(AnnexAList.CONTACTS, excelRow).set(DATE_OF_CONTACT, d(date)).set(CONTACT_SOURCE, "6").build();
    }

    static AnnexARecord assessment(int excelRow, LocalDate start, LocalDate authorised) {
        return row(AnnexAList.ASSESSMENTS, excelRow).set(ASSESSMENT_START_DATE, start)
                .set(ASSESSMENT_AUTHORISATION_DATE, authorised).build();
    }

    static AnnexARecord s47(int excelRow, LocalDate start, LocalDate icpc) {
        return row(AnnexAList.SECTION_47, excelRow).set(S47_START_DATE, start).set(ICPC_DATE, icpc).build();
    }

    static AnnexARecord cin(int excelRow, String start, String closed, String need) {
        return row(AnnexAList.CHILDREN_IN_NEED, excelRow).set(CIN_START_DATE, d(start)).set(CIN_CLOSURE_DATE, d(closed))
                .set(PRIMARY_NEED_CODE, need).build();
    }

    static AnnexARecord cp(int excelRow, String start, String end, String category) {
        return row(AnnexAList.CHILD_PROTECTION, excelRow).set(CP_START_DATE, d(start)).set(CP_END_DATE, d(end))
                .set(LATEST_CATEGORY_OF_ABUSE, category).build();
    }

    static AnnexARecord cla(int excelRow, String start, String ceased, String placement) {
        return row(AnnexAList.CHILDREN_IN_CARE, excelRow).set(CLA_START_DATE, d(start)).set(CLA_CEASED_DATE, d(ceased))
                .set(PLACEMENT_TYPE, placement).build();
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
