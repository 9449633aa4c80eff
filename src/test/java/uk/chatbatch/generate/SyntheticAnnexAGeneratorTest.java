package uk.chatbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.ADOPTION;
import static uk.chatbatch.annexa.AnnexAList.ASSESSMENTS;
import static uk.chatbatch.annexa.AnnexAList.CARE_LEAVERS;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.AnnexAList.CHILD_PROTECTION;
import static uk.chatbatch.annexa.AnnexAList.CONTACTS;
import static uk.chatbatch.annexa.AnnexAList.REFERRALS;
import static uk.chatbatch.annexa.AnnexAList.SECTION_47;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.calendar.WorkingDayCalendar;
import uk.chatbatch.generate.Workbooks.Sheet;
import uk.chatbatch.model.ValueType;

/**
 * The tidy workbook, read back with fastexcel-reader: its shape, and that the journeys in it hang
 * together the way the indicators expect.
 */
class SyntheticAnnexAGeneratorTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);
    static final LocalDate WINDOW_START = T.minusMonths(6);
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @TempDir
    static Path dir;
    static GeneratedCounts counts;
    static List<Sheet> sheets;

    @BeforeAll
    static void generate() throws IOException {
        counts = new SyntheticAnnexAGenerator().generate(GeneratorOptions.clean(7, 2_000, T), dir.resolve("la.xlsx"));
        sheets = Workbooks.read(counts.file());
    }

    @Test
    void sameSeedAndOptionsGiveTheSameBytes(@TempDir Path out) throws IOException {
        for (boolean mess : new boolean[] {false, true}) {
            GeneratorOptions options = new GeneratorOptions(42, 300, T, mess, "Home Town");
            Path first = new SyntheticAnnexAGenerator().write(options, out.resolve("first-" + mess + ".xlsx"));
            Path second = new SyntheticAnnexAGenerator().write(options, out.resolve("second-" + mess + ".xlsx"));
            assertThat(Files.readAllBytes(second)).as("mess=" + mess).isEqualTo(Files.readAllBytes(first));
        }
    }

    @Test
    void differentSeedsGiveDifferentWorkbooks(@TempDir Path out) throws IOException {
        Path a = new SyntheticAnnexAGenerator().write(GeneratorOptions.clean(1, 300, T), out.resolve("a.xlsx"));
        Path b = new SyntheticAnnexAGenerator().write(GeneratorOptions.clean(2, 300, T), out.resolve("b.xlsx"));
        assertThat(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void writeReturnsThePathAndLeavesNoPartialFiles(@TempDir Path out) throws IOException {
        Path written = new SyntheticAnnexAGenerator().write(GeneratorOptions.clean(3, 50, T), out.resolve("x.xlsx"));
        assertThat(written).isEqualTo(out.resolve("x.xlsx"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.xlsx");
        }
    }

    @Test
    void aStreamGetsTheSameBytesAndIsLeftOpen(@TempDir Path out) throws IOException {
        GeneratorOptions options = GeneratorOptions.clean(42, 100, T);
        Path file = new SyntheticAnnexAGenerator().write(options, out.resolve("f.xlsx"));
        var stream = new java.io.ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new SyntheticAnnexAGenerator().generate(options, stream, out.resolve("s.xlsx"));
        assertThat(stream.toByteArray()).isEqualTo(Files.readAllBytes(file));
        assertThat(stream.closed).isFalse();
    }

    @Test
    void elevenSheetsNamedByListWithTheTemplateHeadersInOrder() {
        assertThat(sheets).hasSize(11);
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = Workbooks.sheet(sheets, list);
            assertThat(sheet.name()).isEqualTo("List " + list.number());
            List<String> canonical = list.columns().stream().map(c -> c.field().header()).toList();
            assertThat(sheet.headers()).as(list.label()).isEqualTo(canonical);
        }
    }

    @Test
    void rowCountsMatchTheCountsReturned() {
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = Workbooks.sheet(sheets, list);
            assertThat(sheet.rows()).as(list.label()).hasSize(counts.dataRows(list));
            assertThat(sheet.blankRows()).as(list.label()).isZero();
            assertThat(counts.unusableRows(list)).isZero();
            assertThat(counts.invalidCells(list)).isZero();
            assertThat(counts.sheetName(list)).isEqualTo(sheet.name());
        }
        assertThat(counts.paddingRows()).isZero();
        assertThat(counts.file()).isEqualTo(dir.resolve("la.xlsx"));
    }

    @Test
    void everyListHasRows() {
        for (AnnexAList list : AnnexAList.values()) {
            assertThat(counts.dataRows(list)).as(list.label()).isPositive();
        }
    }

    @Test
    void identifiersAreTextAndDatesAreDateFormattedNumbers() {
        Sheet contacts = Workbooks.sheet(sheets, CONTACTS);
        for (Row row : contacts.rows()) {
            assertThat(contacts.cell(row, Field.CHILD_ID).getType()).isEqualTo(CellType.STRING);
            Cell date = contacts.cell(row, Field.DATE_OF_CONTACT);
            assertThat(date.getType()).isEqualTo(CellType.NUMBER);
            assertThat(date.getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void codedCellsAreSpeltAsTheTemplateSpellsThem() {
        List<String> seen = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = Workbooks.sheet(sheets, list);
            for (AnnexAList.Column column : list.columns()) {
                AnnexACodeList codes = column.field().codeList().orElse(null);
                if (codes == null) {
                    continue;
                }
                for (Row row : sheet.rows()) {
                    String text = sheet.text(row, column.field());
                    if (text.isEmpty()) {
                        continue;
                    }
                    String code = codes.match(text).orElseThrow(() -> new AssertionError(
                            list.label() + " " + column.field().header() + ": " + text + " matches no code"));
                    assertThat(text).isEqualTo(TemplateSpelling.template(codes, code));
                    seen.add(text);
                }
            }
        }
        assertThat(seen).contains("a) Male", "b) Female", "q) 6: Police", "a) WBRI", "N1 - Abuse or neglect",
                "a) Yes", "b) No", "a) Neglect", "C2: FCO", "f) Long-term fostering");
    }

    @Test
    void datesStayInsideTheCalendarAndNeverPassThePeriodEnd() {
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = Workbooks.sheet(sheets, list);
            for (AnnexAList.Column column : list.columns()) {
                Field field = column.field();
                if (field.type() != ValueType.DATE || field == Field.DATE_OF_BIRTH) {
                    continue;
                }
                for (Row row : sheet.rows()) {
                    LocalDate date = sheet.date(row, field);
                    if (date != null) {
                        assertThat(date).as(list.label() + " " + field.header())
                                .isBetween(LocalDate.of(2019, 1, 1), T);
                    }
                }
            }
        }
    }

    @Test
    void eventListsHoldTheWindowPlusEarlierReferralsAndCarriedOverAssessments() {
        assertEventDates(CONTACTS, Field.DATE_OF_CONTACT, WINDOW_START);
        assertEventDates(SECTION_47, Field.S47_START_DATE, WINDOW_START);
        assertEventDates(REFERRALS, Field.DATE_OF_REFERRAL, T.minusMonths(18).minusDays(1));
        assertEventDates(ASSESSMENTS, Field.ASSESSMENT_START_DATE, T.minusMonths(8).minusDays(1));
        Sheet assessments = Workbooks.sheet(sheets, ASSESSMENTS);
        for (Row row : assessments.rows()) {
            LocalDate start = assessments.date(row, Field.ASSESSMENT_START_DATE);
            LocalDate authorised = assessments.date(row, Field.ASSESSMENT_AUTHORISATION_DATE);
            if (!start.isAfter(WINDOW_START)) {
                assertThat(authorised == null || authorised.isAfter(WINDOW_START)).isTrue();
            }
        }
    }

    private static void assertEventDates(AnnexAList list, Field field, LocalDate after) {
        Sheet sheet = Workbooks.sheet(sheets, list);
        for (Row row : sheet.rows()) {
            assertThat(sheet.date(row, field)).as(list.label()).isAfter(after).isBeforeOrEqualTo(T);
        }
    }

    @Test
    void snapshotListsHoldEpisodesOpenAtTheEndOrEndedInTheWindow() {
        assertOpenOrEndedInWindow(CHILDREN_IN_NEED, Field.CIN_START_DATE, Field.CIN_CLOSURE_DATE);
        assertOpenOrEndedInWindow(CHILD_PROTECTION, Field.CP_START_DATE, Field.CP_END_DATE);
        assertOpenOrEndedInWindow(CHILDREN_IN_CARE, Field.CLA_START_DATE, Field.CLA_CEASED_DATE);
    }

    private static void assertOpenOrEndedInWindow(AnnexAList list, Field start, Field end) {
        Sheet sheet = Workbooks.sheet(sheets, list);
        for (Row row : sheet.rows()) {
            LocalDate started = sheet.date(row, start);
            LocalDate ended = sheet.date(row, end);
            assertThat(started).isBeforeOrEqualTo(T);
            if (ended != null) {
                assertThat(ended).as(list.label()).isAfter(WINDOW_START).isBeforeOrEqualTo(T)
                        .isAfterOrEqualTo(started);
            }
        }
    }

    @Test
    void everyPlanStartingInTheWindowFollowsASection47OnOrBeforeItsStart() {
        Map<String, List<LocalDate>> enquiries = datesByChild(SECTION_47, Field.S47_START_DATE);
        Sheet plans = Workbooks.sheet(sheets, CHILD_PROTECTION);
        int checked = 0;
        for (Row row : plans.rows()) {
            LocalDate start = plans.date(row, Field.CP_START_DATE);
            if (!start.isAfter(WINDOW_START)) {
                continue;
            }
            String child = plans.text(row, Field.CHILD_ID);
            assertThat(enquiries.getOrDefault(child, List.of())).as("S47 for child " + child)
                    .anyMatch(s47 -> !s47.isAfter(start));
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void plansFromAConferenceStartOnTheConferenceDay() {
        Sheet s47 = Workbooks.sheet(sheets, SECTION_47);
        Map<String, List<LocalDate>> planStarts = datesByChild(CHILD_PROTECTION, Field.CP_START_DATE);
        for (Row row : s47.rows()) {
            if (s47.text(row, Field.ICPC_RESULTED_IN_PLAN).equals("a) Yes")) {
                LocalDate icpc = s47.date(row, Field.ICPC_DATE);
                assertThat(planStarts.get(s47.text(row, Field.CHILD_ID))).contains(icpc);
            }
        }
    }

    @Test
    void assessmentsAreNeverAuthorisedBeforeTheyStart() {
        Sheet sheet = Workbooks.sheet(sheets, ASSESSMENTS);
        for (Row row : sheet.rows()) {
            LocalDate authorised = sheet.date(row, Field.ASSESSMENT_AUTHORISATION_DATE);
            if (authorised != null) {
                assertThat(authorised).isAfterOrEqualTo(sheet.date(row, Field.ASSESSMENT_START_DATE));
            }
        }
    }

    @Test
    void mostButNotAllAssessmentsAreAuthorisedWithin45WorkingDays() {
        Sheet sheet = Workbooks.sheet(sheets, ASSESSMENTS);
        int completed = 0;
        int inTime = 0;
        for (Row row : sheet.rows()) {
            LocalDate authorised = sheet.date(row, Field.ASSESSMENT_AUTHORISATION_DATE);
            if (authorised == null) {
                continue;
            }
            completed++;
            if (CALENDAR.workingDaysBetween(sheet.date(row, Field.ASSESSMENT_START_DATE), authorised) <= 45) {
                inTime++;
            }
        }
        assertThat(completed).isGreaterThan(400);
        assertThat((double) inTime / completed).isBetween(0.75, 0.92);
    }

    @Test
    void mostConferencesAreHeldWithin15WorkingDays() {
        Sheet sheet = Workbooks.sheet(sheets, SECTION_47);
        int held = 0;
        int inTime = 0;
        for (Row row : sheet.rows()) {
            LocalDate icpc = sheet.date(row, Field.ICPC_DATE);
            if (icpc == null) {
                continue;
            }
            held++;
            if (CALENDAR.workingDaysBetween(sheet.date(row, Field.S47_START_DATE), icpc) <= 15) {
                inTime++;
            }
        }
        assertThat(held).isGreaterThan(60);
        assertThat((double) inTime / held).isBetween(0.70, 0.90);
    }

    @Test
    void referralsFollowContactsTheSameOrNextWorkingDay() {
        Map<String, List<LocalDate>> contacts = datesByChild(CONTACTS, Field.DATE_OF_CONTACT);
        Sheet referrals = Workbooks.sheet(sheets, REFERRALS);
        int inWindow = 0;
        for (Row row : referrals.rows()) {
            LocalDate referral = referrals.date(row, Field.DATE_OF_REFERRAL);
            if (!referral.isAfter(WINDOW_START)) {
                continue;
            }
            inWindow++;
            assertThat(contacts.get(referrals.text(row, Field.CHILD_ID)))
                    .anyMatch(c -> !c.isAfter(referral) && CALENDAR.workingDaysBetween(c, referral) <= 1);
        }
        double perContact = (double) inWindow / counts.dataRows(CONTACTS);
        assertThat(perContact).isBetween(0.40, 0.60);
    }

    @Test
    void aboutOneReferralInFiveIsARereferralAndTheCountColumnAgrees() {
        Map<String, List<LocalDate>> referralDates = datesByChild(REFERRALS, Field.DATE_OF_REFERRAL);
        Sheet referrals = Workbooks.sheet(sheets, REFERRALS);
        int inWindow = 0;
        int rereferred = 0;
        for (Row row : referrals.rows()) {
            LocalDate referral = referrals.date(row, Field.DATE_OF_REFERRAL);
            List<LocalDate> all = referralDates.get(referrals.text(row, Field.CHILD_ID));
            long inTwelveMonths = all.stream()
                    .filter(d -> !d.isAfter(referral) && !d.isBefore(referral.minusMonths(12))).count();
            assertThat(Integer.parseInt(referrals.text(row, Field.REFERRALS_LAST_12_MONTHS)))
                    .isEqualTo((int) inTwelveMonths);
            if (referral.isAfter(WINDOW_START)) {
                inWindow++;
                if (inTwelveMonths > 1) {
                    rereferred++;
                }
            }
        }
        assertThat((double) rereferred / inWindow).isBetween(0.15, 0.27);
    }

    @Test
    void countColumnsAgreeWithTheJourneysTheListsHold() {
        // Each plan counts at least the child's plans on List 7 that started before it; each enquiry's count
        // is at least the child's enquiries on List 5 in the 12 months up to it, its own included.
        Map<String, List<LocalDate>> planStarts = datesByChild(CHILD_PROTECTION, Field.CP_START_DATE);
        Sheet plans = Workbooks.sheet(sheets, CHILD_PROTECTION);
        for (Row row : plans.rows()) {
            LocalDate start = plans.date(row, Field.CP_START_DATE);
            long earlier = planStarts.get(plans.text(row, Field.CHILD_ID)).stream().filter(start::isAfter).count();
            assertThat(Integer.parseInt(plans.text(row, Field.CP_PREVIOUS_PLANS))).isGreaterThanOrEqualTo((int) earlier);
        }
        Map<String, List<LocalDate>> enquiryStarts = datesByChild(SECTION_47, Field.S47_START_DATE);
        Sheet enquiries = Workbooks.sheet(sheets, SECTION_47);
        for (Row row : enquiries.rows()) {
            LocalDate start = enquiries.date(row, Field.S47_START_DATE);
            long listed = enquiryStarts.get(enquiries.text(row, Field.CHILD_ID)).stream()
                    .filter(d -> !d.isAfter(start) && !d.isBefore(start.minusMonths(12))).count();
            assertThat(Integer.parseInt(enquiries.text(row, Field.S47_LAST_12_MONTHS)))
                    .isGreaterThanOrEqualTo((int) listed);
        }
    }

    @Test
    void aboutOneNewPlanInFiveIsASecondOrLaterPlan() {
        Sheet plans = Workbooks.sheet(sheets, CHILD_PROTECTION);
        int started = 0;
        int repeat = 0;
        for (Row row : plans.rows()) {
            if (plans.date(row, Field.CP_START_DATE).isAfter(WINDOW_START)) {
                started++;
                if (Integer.parseInt(plans.text(row, Field.CP_PREVIOUS_PLANS)) >= 1) {
                    repeat++;
                }
            }
        }
        assertThat((double) repeat / started).isBetween(0.12, 0.32);
    }

    @Test
    void somePlansThatLastedTwoYearsEndInTheWindow() {
        Sheet plans = Workbooks.sheet(sheets, CHILD_PROTECTION);
        long longEnded = plans.rows().stream().filter(row -> {
            LocalDate end = plans.date(row, Field.CP_END_DATE);
            return end != null && !end.isBefore(plans.date(row, Field.CP_START_DATE).plusYears(2));
        }).count();
        assertThat(longEnded).isPositive();
    }

    @Test
    void placementsInTheLast12MonthsAreMostlyOneAndAboutOneInTenThreeOrMore() {
        Sheet care = Workbooks.sheet(sheets, CHILDREN_IN_CARE);
        int[] byCount = new int[4];
        for (Row row : care.rows()) {
            int placements = Integer.parseInt(care.text(row, Field.CLA_PLACEMENTS_LAST_12_MONTHS));
            assertThat(placements).isPositive();
            byCount[Math.min(placements, 3)]++;
            LocalDate placementStart = care.date(row, Field.PLACEMENT_START_DATE);
            assertThat(placementStart).isAfterOrEqualTo(care.date(row, Field.CLA_START_DATE));
            if (placements == 1 && placementStart.isAfter(T.minusMonths(12))) {
                assertThat(placementStart).isEqualTo(care.date(row, Field.CLA_START_DATE));
            }
        }
        int total = care.rows().size();
        assertThat((double) byCount[1] / total).isGreaterThan(0.6);
        assertThat(byCount[2]).isPositive();
        assertThat((double) byCount[3] / total).isBetween(0.05, 0.16);
    }

    @Test
    void someChildrenCeaseCareInTheWindowWithAReason() {
        Sheet care = Workbooks.sheet(sheets, CHILDREN_IN_CARE);
        long ceased = 0;
        for (Row row : care.rows()) {
            boolean hasDate = care.date(row, Field.CLA_CEASED_DATE) != null;
            boolean hasReason = !care.text(row, Field.CLA_REASON_CEASED).isEmpty();
            assertThat(hasReason).isEqualTo(hasDate);
            if (hasDate) {
                ceased++;
            }
        }
        assertThat(ceased).isPositive().isLessThan(care.rows().size() / 2);
    }

    @Test
    void careLeaversAreAged17To21() {
        Sheet leavers = Workbooks.sheet(sheets, CARE_LEAVERS);
        for (Row row : leavers.rows()) {
            int age = Period.between(leavers.date(row, Field.DATE_OF_BIRTH), T).getYears();
            assertThat(age).isBetween(17, 21);
            assertThat(Integer.parseInt(leavers.text(row, Field.AGE))).isEqualTo(age);
        }
    }

    @Test
    void adoptionStepsFollowEachOtherInOrder() {
        Sheet adoption = Workbooks.sheet(sheets, ADOPTION);
        List<Field> steps = List.of(Field.ENTERED_CARE_DATE, Field.SHOULD_BE_PLACED_DECISION_DATE,
                Field.PLACEMENT_ORDER_DATE, Field.MATCHING_DATE, Field.PLACED_FOR_ADOPTION_DATE,
                Field.ADOPTION_ORDER_DATE);
        for (Row row : adoption.rows()) {
            LocalDate previous = null;
            for (Field step : steps) {
                LocalDate date = adoption.date(row, step);
                if (date == null) {
                    continue;
                }
                if (previous != null) {
                    assertThat(date).as(step.header()).isAfterOrEqualTo(previous);
                }
                previous = date;
            }
            LocalDate dob = adoption.date(row, Field.DATE_OF_BIRTH);
            assertThat(Period.between(dob, adoption.date(row, Field.ENTERED_CARE_DATE)).getYears()).isLessThan(4);
        }
    }

    @Test
    void noChildHasAnEventBeforeTheyWereBorn() {
        for (AnnexAList list : AnnexAList.values()) {
            if (list == AnnexAList.ADOPTERS) {
                continue;
            }
            Sheet sheet = Workbooks.sheet(sheets, list);
            for (Row row : sheet.rows()) {
                LocalDate dob = sheet.date(row, Field.DATE_OF_BIRTH);
                for (AnnexAList.Column column : list.columns()) {
                    if (column.field().type() == ValueType.DATE) {
                        LocalDate date = sheet.date(row, column.field());
                        if (date != null) {
                            assertThat(date).as(list.label() + " " + column.field().header()).isAfterOrEqualTo(dob);
                        }
                    }
                }
            }
        }
    }

    @Test
    void conferencesReviewsOrdersAndPanelsFallOnWeekdays() {
        List<Field> officeEvents = List.of(Field.ICPC_DATE, Field.CP_LATEST_REVIEW, Field.CLA_LATEST_REVIEW,
                Field.SHOULD_BE_PLACED_DECISION_DATE, Field.PLACEMENT_ORDER_DATE, Field.ADOPTION_ORDER_DATE,
                Field.APPLICATION_APPROVED_DATE, Field.EH_ASSESSMENT_START_DATE, Field.ASSESSMENT_AUTHORISATION_DATE);
        int checked = 0;
        for (AnnexAList list : AnnexAList.values()) {
            Sheet sheet = Workbooks.sheet(sheets, list);
            for (Field field : officeEvents) {
                if (!list.has(field)) {
                    continue;
                }
                for (Row row : sheet.rows()) {
                    LocalDate date = sheet.date(row, field);
                    LocalDate floor = list == CHILDREN_IN_CARE ? sheet.date(row, Field.CLA_START_DATE) : null;
                    if (date != null && !date.equals(floor)) {
                        assertThat(date.getDayOfWeek().getValue()).as(list.label() + " " + field.header() + " " + date)
                                .isLessThanOrEqualTo(5);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void ageIsCompletedYearsAtTheEventDate() {
        Sheet contacts = Workbooks.sheet(sheets, CONTACTS);
        for (Row row : contacts.rows()) {
            int age = Period.between(contacts.date(row, Field.DATE_OF_BIRTH),
                    contacts.date(row, Field.DATE_OF_CONTACT)).getYears();
            assertThat(Integer.parseInt(contacts.text(row, Field.AGE))).isEqualTo(age).isBetween(0, 17);
        }
    }

    @Test
    void aChildKeepsTheSameCharacteristicsOnEveryList() {
        Map<String, String> seen = new HashMap<>();
        for (AnnexAList list : AnnexAList.values()) {
            if (list == AnnexAList.ADOPTERS) {
                continue;
            }
            Sheet sheet = Workbooks.sheet(sheets, list);
            for (Row row : sheet.rows()) {
                String person = sheet.text(row, Field.GENDER) + "|" + sheet.text(row, Field.ETHNICITY) + "|"
                        + sheet.date(row, Field.DATE_OF_BIRTH);
                String before = seen.putIfAbsent(sheet.text(row, Field.CHILD_ID), person);
                if (before != null) {
                    assertThat(person).isEqualTo(before);
                }
            }
        }
    }

    private static Map<String, List<LocalDate>> datesByChild(AnnexAList list, Field field) {
        Sheet sheet = Workbooks.sheet(sheets, list);
        Map<String, List<LocalDate>> byChild = new HashMap<>();
        for (Row row : sheet.rows()) {
            byChild.computeIfAbsent(sheet.text(row, Field.CHILD_ID), k -> new ArrayList<>())
                    .add(sheet.date(row, field));
        }
        return byChild;
    }
}
