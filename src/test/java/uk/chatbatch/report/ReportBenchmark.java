package uk.chatbatch.report;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.benchmarks.Benchmarks;
import uk.chatbatch.indicators.AgeBands;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.EthnicGroups;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

/**
 * How long the report takes for a large LA: 50,000 children's worth of Annex A records (about 130,000 rows
 * across the eleven lists), 95 indicators shaped like the catalogue's (every chart type, team breakdowns
 * with 12 teams and worker breakdowns with 250 workers, each result with its drill-down), 12 earlier periods,
 * and 5,000 data-quality issues. Writes both variants to memory, three times each, and prints the times.
 * Not a unit test, so a slow build machine never fails the build.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) uk.chatbatch.report.ReportBenchmark [out.pdf]
 * </pre>
 * With an argument, the internal report is also written to that file, to look at.
 */
public final class ReportBenchmark {

    static final LocalDate T = LocalDate.of(2025, 9, 30);
    static final int CHILDREN = 50_000;
    static final int TEAMS = 12;
    static final int WORKERS = 250;
    static final long POPULATION = 240_000;

    private final Random random = new Random(42);
    private final List<String> teams = new ArrayList<>();
    private final List<String> workers = new ArrayList<>();

    private ReportBenchmark() {
        for (int t = 1; t <= TEAMS; t++) {
            teams.add("Team " + (char) ('A' + t - 1) + " (locality " + t + ")");
        }
        for (int w = 1; w <= WORKERS; w++) {
            workers.add("Worker " + String.format("%03d", w));
        }
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        ReportBenchmark benchmark = new ReportBenchmark();
        ReportInput input = benchmark.input();
        long rows = 0;
        for (AnnexAList list : AnnexAList.values()) {
            rows += input.data().rows(list).size();
        }
        System.out.printf("Input built in %.1f s: %,d children, %,d rows, %d indicators, %d earlier periods,"
                        + " %,d issues%n", seconds(started), CHILDREN, rows, input.indicators().size(),
                input.history().size(), input.issues().size());
        for (ReportVariant variant : ReportVariant.values()) {
            ReportInput in = input.withVariant(variant);
            double first = 0;
            double best = Double.MAX_VALUE;
            int size = 0;
            int pages = 0;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new PdfReportWriter().write(in, out);
                double s = seconds(t0);
                first = run == 0 ? s : first;
                best = Math.min(best, s);
                size = out.size();
                if (run == 0) {
                    pages = new com.lowagie.text.pdf.PdfReader(out.toByteArray()).getNumberOfPages();
                }
            }
            System.out.printf("%-9s report: first %.2f s, best of 3 %.2f s; %d pages, %,d KB%n", variant.label(), first,
                    best, pages, size / 1024);
        }
        if (args.length > 0) {
            new PdfReportWriter().write(input, java.nio.file.Path.of(args[0]));
            new PdfReportWriter().write(input.withVariant(ReportVariant.SHAREABLE),
                    java.nio.file.Path.of(args[0].replace(".pdf", "-shareable.pdf")));
            System.out.println("Written to " + args[0]);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    // --- the LA

    ReportInput input() {
        InputData data = data();
        List<IndicatorResult> results = new ArrayList<>();
        for (Shape shape : catalogue()) {
            results.add(result(shape, data, 1.0, true));
        }
        List<PeriodResults> history = new ArrayList<>();
        for (int m = 12; m >= 1; m--) {
            List<IndicatorResult> earlier = new ArrayList<>();
            double drift = 0.85 + 0.15 * (12 - m) / 12.0 + random.nextGaussian() * 0.02;
            for (Shape shape : catalogue()) {
                earlier.add(result(shape, data, drift, false));
            }
            history.add(new PeriodResults(YearMonth.from(T).minusMonths(m).atEndOfMonth(), earlier));
        }
        List<IngestSummary> ingest = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (AnnexAList list : AnnexAList.values()) {
            int clean = data.rows(list).size();
            int listIssues = 0;
            for (int i = 0; i < clean / 26; i++) {
                int row = 2 + random.nextInt(clean);
                IssueCode code = i % 3 == 0 ? IssueCode.INVALID_DATE : i % 3 == 1 ? IssueCode.MISSING_VALUE
                        : IssueCode.INVALID_CODE;
                issues.add(new Issue("annex_a.xlsx", "List " + list.number(), list.label(), row,
                        list.columns().get(random.nextInt(list.columns().size())).field().header(), "", code, "bad"));
                listIssues++;
            }
            ingest.add(new IngestSummary("annex_a.xlsx", "List " + list.number(), list, clean, clean, 0, listIssues,
                    IngestSummary.READ));
        }
        IndicatorContext context = IndicatorContext.forPeriodEnd(T).with(IndicatorSettings.defaults(),
                new Population(OptionalLong.of(POPULATION), Map.of()));
        return new ReportInput(new LaPeriod("999", T), "Largeshire", ZonedDateTime.of(2025, 10, 6, 9, 0, 0, 0,
                ZoneId.of("Europe/London")), ingest, issues, results, data, context, history, Benchmarks.bundled(),
                Optional.of("North West"), Map.of("White", 180_000L, "Mixed", 15_000L, "Asian", 25_000L, "Black",
                12_000L, "Other", 8_000L), ReportVariant.INTERNAL);
    }

    private InputData data() {
        Map<AnnexAList, Integer> sizes = new LinkedHashMap<>();
        sizes.put(AnnexAList.CONTACTS, 62_000);
        sizes.put(AnnexAList.EARLY_HELP, 8_000);
        sizes.put(AnnexAList.REFERRALS, 21_000);
        sizes.put(AnnexAList.ASSESSMENTS, 19_000);
        sizes.put(AnnexAList.SECTION_47, 6_500);
        sizes.put(AnnexAList.CHILDREN_IN_NEED, 11_000);
        sizes.put(AnnexAList.CHILD_PROTECTION, 2_400);
        sizes.put(AnnexAList.CHILDREN_IN_CARE, 2_100);
        sizes.put(AnnexAList.CARE_LEAVERS, 1_500);
        sizes.put(AnnexAList.ADOPTION, 300);
        sizes.put(AnnexAList.ADOPTERS, 150);
        InputData data = InputData.empty();
        List<String> ethnicity = AnnexACodeList.ETHNICITY.codes();
        for (Map.Entry<AnnexAList, Integer> e : sizes.entrySet()) {
            AnnexAList list = e.getKey();
            List<TableRecord> rows = new ArrayList<>(e.getValue());
            for (int r = 0; r < e.getValue(); r++) {
                TableRecord.Builder b = TableRecord.builder(list, Origin.inSheet("annex_a.xlsx", "List " + list.number(),
                        r + 2)).set(list.identifier(), "C" + (100_000 + random.nextInt(CHILDREN)));
                if (list.has(Field.GENDER)) {
                    b.set(Field.GENDER, random.nextBoolean() ? "Male" : "Female");
                }
                if (list.has(Field.ETHNICITY)) {
                    b.set(Field.ETHNICITY, ethnicity.get(random.nextInt(ethnicity.size())));
                }
                if (list.has(Field.DATE_OF_BIRTH)) {
                    b.set(Field.DATE_OF_BIRTH, T.minusDays(random.nextInt(18 * 365)));
                }
                if (list.has(Field.ALLOCATED_WORKER)) {
                    b.set(Field.ALLOCATED_WORKER, workers.get(random.nextInt(WORKERS)));
                    b.set(Field.ALLOCATED_TEAM, teams.get(random.nextInt(TEAMS)));
                }
                rows.add(b.build());
            }
            data = data.with(list, rows);
        }
        return data;
    }

    // --- indicators shaped like the catalogue's

    record Shape(String id, AnnexAList list, Unit unit, Polarity polarity, ChartType chart, List<String> breakdowns,
                 int size) {
    }

    private static Shape s(String id, AnnexAList list, Unit unit, Polarity polarity, ChartType chart, int size,
                           String... breakdowns) {
        return new Shape(id, list, unit, polarity, chart, List.of(breakdowns), size);
    }

    static List<Shape> catalogue() {
        AnnexAList con = AnnexAList.CONTACTS;
        AnnexAList eh = AnnexAList.EARLY_HELP;
        AnnexAList ref = AnnexAList.REFERRALS;
        AnnexAList asm = AnnexAList.ASSESSMENTS;
        AnnexAList s47 = AnnexAList.SECTION_47;
        AnnexAList cin = AnnexAList.CHILDREN_IN_NEED;
        AnnexAList cp = AnnexAList.CHILD_PROTECTION;
        AnnexAList cla = AnnexAList.CHILDREN_IN_CARE;
        AnnexAList cl = AnnexAList.CARE_LEAVERS;
        AnnexAList ado = AnnexAList.ADOPTION;
        AnnexAList adr = AnnexAList.ADOPTERS;
        Unit n = Unit.COUNT;
        Unit p = Unit.PERCENT;
        Unit r = Unit.RATE_PER_10000;
        Unit d = Unit.DAYS;
        Polarity ctx = Polarity.CONTEXTUAL;
        Polarity up = Polarity.HIGHER_IS_BETTER;
        Polarity down = Polarity.LOWER_IS_BETTER;
        Polarity band = Polarity.IN_A_BAND;
        ChartType kpi = ChartType.KPI;
        return List.of(
                s("CON-01", con, n, ctx, kpi, 31_000, "month", "gender"),
                s("CON-02", con, r, ctx, kpi, 31_000, "basis"),
                s("CON-03", con, n, ctx, ChartType.MUL, 24_000, "records per child"),
                s("CON-04", con, p, ctx, ChartType.SRC, 31_000, "source group", "source"),
                s("CON-05", con, p, band, ChartType.DON, 31_000, "source group"),
                s("CON-06", con, n, ctx, ChartType.PYR, 31_000, "age and gender"),
                s("CON-07", con, p, ctx, ChartType.ETH, 24_000, "ethnic group", "ethnicity"),
                s("EH-01", eh, n, ctx, kpi, 4_000, "month", "age band", "gender"),
                s("EH-01C", eh, n, ctx, ChartType.PYR, 3_600, "age and gender"),
                s("EH-02", eh, d, down, ChartType.BND, 3_000, "quartile", "organisation"),
                s("EH-03", eh, p, ctx, ChartType.SRC, 4_000, "organisation"),
                s("EH-04", eh, p, ctx, ChartType.DON, 3_600),
                s("EH-05", eh, n, down, ChartType.MUL, 3_600, "records per child"),
                s("EH-06", eh, p, ctx, ChartType.ETH, 3_600, "ethnic group", "ethnicity"),
                s("REF-01", ref, n, ctx, kpi, 10_500, "month"),
                s("REF-01R", ref, r, ctx, kpi, 10_500, "basis"),
                s("REF-02", ref, p, band, kpi, 10_500, "team", "worker"),
                s("REF-02C", ref, p, band, kpi, 9_200),
                s("REF-03", ref, p, ctx, ChartType.SRC, 10_500, "source group", "source"),
                s("REF-04", ref, p, band, ChartType.DON, 10_500, "source group"),
                s("REF-05", ref, p, band, ChartType.DON, 10_500, "source group"),
                s("REF-06", ref, p, ctx, ChartType.DON, 10_500, "source group"),
                s("REF-07", ref, n, down, ChartType.MUL, 9_200, "records per child"),
                s("REF-08", ref, n, ctx, kpi, 10_500, "team", "worker"),
                s("ASM-01", asm, n, ctx, kpi, 9_500, "month", "team"),
                s("ASM-01R", asm, r, ctx, kpi, 9_500, "basis"),
                s("ASM-02", asm, p, up, kpi, 9_500, "team", "worker"),
                s("ASM-03", asm, d, down, ChartType.BND, 9_500, "quartile", "working days", "team"),
                s("ASM-04", asm, p, down, kpi, 1_200, "team", "worker"),
                s("ASM-05", asm, p, up, ChartType.DON, 9_500, "team"),
                s("ASM-06", asm, p, band, ChartType.DON, 9_500),
                s("ASM-07", asm, p, ctx, ChartType.DON, 9_500),
                s("S47-01", s47, n, ctx, kpi, 3_200, "month", "team"),
                s("S47-01R", s47, r, ctx, kpi, 3_200, "basis"),
                s("S47-02", s47, p, band, ChartType.DON, 3_200, "team"),
                s("S47-03", s47, p, up, kpi, 1_000, "team"),
                s("S47-03M", s47, d, down, ChartType.BND, 1_000, "quartile", "working days"),
                s("S47-04", s47, p, band, ChartType.DON, 1_000),
                s("S47-05", s47, p, down, ChartType.MUL, 3_000, "records per child"),
                s("S47-06", s47, n, ctx, kpi, 1_000),
                s("S47-07", s47, n, down, kpi, 150, "team"),
                s("CIN-01", cin, n, ctx, kpi, 8_000, "case status", "age band", "disability"),
                s("CIN-01R", cin, r, ctx, kpi, 8_000),
                s("CIN-02", cin, n, ctx, ChartType.SRC, 8_000, "primary need"),
                s("CIN-03", cin, p, up, kpi, 8_000, "team", "worker"),
                s("CIN-04", cin, n, band, ChartType.BND, 8_000, "duration", "team"),
                s("CIN-05", cin, n, ctx, ChartType.SRC, 3_000, "reason for closure"),
                s("CIN-06", cin, p, ctx, ChartType.DON, 8_000),
                s("CIN-07", cin, n, down, kpi, 300, "team"),
                s("CP-01", cp, n, ctx, kpi, 1_700),
                s("CP-01R", cp, r, ctx, kpi, 1_700),
                s("CP-02", cp, n, ctx, ChartType.TRD, 900, "month", "initial category"),
                s("CP-02R", cp, r, ctx, kpi, 900, "basis"),
                s("CP-03", cp, n, ctx, ChartType.SRC, 1_700, "initial category", "latest category"),
                s("CP-04", cp, p, band, kpi, 900),
                s("CP-05", cp, p, down, kpi, 1_700),
                s("CP-06", cp, p, down, kpi, 800),
                s("CP-07", cp, n, band, ChartType.BND, 800, "duration"),
                s("CP-08", cp, p, up, kpi, 1_700, "team", "worker"),
                s("CP-09", cp, p, up, ChartType.DON, 1_700, "age band"),
                s("CP-10", cp, p, up, kpi, 1_700, "team"),
                s("CP-11", cp, p, ctx, kpi, 1_700),
                s("CP-12", cp, n, ctx, ChartType.TRD, 800, "month"),
                s("CLA-01", cla, n, ctx, kpi, 1_600, "age band", "gender", "legal status"),
                s("CLA-01R", cla, r, ctx, kpi, 1_600),
                s("CLA-02", cla, n, ctx, ChartType.TRD, 400, "month"),
                s("CLA-03", cla, n, ctx, ChartType.SRC, 380, "reason ceased"),
                s("CLA-04", cla, p, ctx, ChartType.DON, 1_600),
                s("CLA-05", cla, n, ctx, ChartType.SRC, 1_600, "legal status"),
                s("CLA-06", cla, n, ctx, ChartType.SRC, 1_600, "placement type"),
                s("CLA-07", cla, p, down, kpi, 1_600),
                s("CLA-08", cla, p, up, kpi, 500),
                s("CLA-10", cla, p, down, ChartType.DON, 1_600),
                s("CLA-11", cla, p, down, kpi, 1_900, "age band"),
                s("CLA-14", cla, p, up, ChartType.DON, 180),
                s("CLA-15", cla, p, up, kpi, 1_200, "age band"),
                s("CLA-16", cla, p, up, kpi, 1_200),
                s("CLA-18", cla, p, up, kpi, 1_600, "team", "worker"),
                s("CLA-19", cla, p, up, kpi, 1_600, "team"),
                s("CLA-20", cla, p, up, kpi, 1_600),
                s("CL-01", cl, n, ctx, ChartType.PYR, 1_500, "age and gender"),
                s("CL-02", cl, p, up, kpi, 900, "age band"),
                s("CL-03", cl, p, up, kpi, 900, "age band"),
                s("CL-04", cl, p, down, kpi, 900),
                s("CL-05", cl, p, up, kpi, 900),
                s("CL-06", cl, n, ctx, ChartType.SRC, 1_500, "accommodation"),
                s("ADO-01", ado, d, down, kpi, 40),
                s("ADO-02", ado, d, down, kpi, 40),
                s("ADO-04", ado, p, up, ChartType.DON, 40),
                s("ADO-05", ado, n, ctx, ChartType.TRD, 60, "month"),
                s("ADO-07", ado, n, up, kpi, 40),
                s("ADR-01", adr, n, up, ChartType.TRD, 120, "month"),
                s("ADR-02", adr, p, up, kpi, 30),
                s("ADR-05", adr, n, ctx, kpi, 25));
    }

    private IndicatorResult result(Shape shape, InputData data, double drift, boolean withDrillDown) {
        IndicatorMetadata m = new IndicatorMetadata(shape.id(), "Synthetic " + shape.id() + " shaped like the catalogue's",
                "A synthetic indicator for timing the report: its value, unit, chart and breakdowns are shaped like"
                        + " catalogue indicator " + shape.id() + ".", "records counted", shape.unit() == Unit.PERCENT
                ? "records measured" : shape.unit() == Unit.RATE_PER_10000 ? "children aged 0 to 17" : "",
                "six months ending on the period end", shape.list(), List.of(), List.of(shape.list().identifier()),
                shape.unit(), shape.polarity(), shape.chart(), shape.breakdowns(), List.of());
        long size = Math.max(1, Math.round(shape.size() * drift));
        boolean share = shape.chart() == ChartType.SRC || shape.chart() == ChartType.ETH;
        List<IndicatorValue> values = new ArrayList<>();
        long numerator = shape.unit() == Unit.PERCENT ? (share ? size : Math.round(size * (0.4 + 0.5 * random.nextDouble())))
                : size;
        values.add(switch (shape.unit()) {
            case COUNT -> IndicatorValue.count(IndicatorValue.ALL, IndicatorValue.ALL, numerator);
            case PERCENT -> IndicatorValue.percent(IndicatorValue.ALL, IndicatorValue.ALL, numerator, size);
            case RATE_PER_10000 -> new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, size, POPULATION,
                    size * 10_000.0 / POPULATION);
            case DAYS -> new IndicatorValue(IndicatorValue.ALL, IndicatorValue.ALL, size, null,
                    (double) Math.round(20 + 30 * random.nextDouble()));
        });
        for (String breakdown : shape.breakdowns()) {
            values.addAll(breakdown(breakdown, shape, numerator, size, share));
        }
        List<CountedRecord> counted = new ArrayList<>();
        if (withDrillDown) {
            List<TableRecord> rows = data.rows(shape.list());
            for (int i = 0; i < Math.min(size, rows.size()); i++) {
                counted.add(CountedRecord.of(rows.get(i), i < numerator, shape.unit() == Unit.PERCENT));
            }
        }
        return IndicatorResult.computed(m, values, counted);
    }

    private List<IndicatorValue> breakdown(String name, Shape shape, long numerator, long size, boolean share) {
        List<String> groups = groups(name, shape);
        if (name.equals("basis")) {
            return List.of(new IndicatorValue("basis", "six months", size, POPULATION, size * 10_000.0 / POPULATION));
        }
        if (name.equals("quartile")) {
            return List.of(new IndicatorValue(name, "lower quartile", size, null, 12.0),
                    new IndicatorValue(name, "upper quartile", size, null, 44.0));
        }
        long[] nums = split(numerator, groups.size(), name.contains("age") || name.equals("worker"));
        long[] dens = shape.unit() == Unit.PERCENT && !share ? split(size, groups.size(), false) : null;
        List<IndicatorValue> values = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            if (shape.unit() == Unit.DAYS) {
                if (name.equals("working days") || name.equals("duration")) {
                    values.add(IndicatorValue.percent(name, g, nums[i], numerator));
                } else {
                    values.add(new IndicatorValue(name, g, nums[i], null, (double) (15 + random.nextInt(40))));
                }
            } else if (shape.unit() == Unit.PERCENT && share) {
                values.add(IndicatorValue.percent(name, g, nums[i], size));
            } else if (shape.unit() == Unit.PERCENT) {
                long den = Math.max(dens[i], nums[i]);
                values.add(IndicatorValue.percent(name, g, Math.min(nums[i], den), den));
            } else {
                values.add(IndicatorValue.count(name, g, nums[i]));
            }
        }
        return values;
    }

    /** {@code total} split at random over {@code parts}; skewed puts most in the first few (ages, workers). */
    private long[] split(long total, int parts, boolean even) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = even ? 0.5 + random.nextDouble() : Math.pow(random.nextDouble(), 2) + 0.01;
            sum += weights[i];
        }
        long[] out = new long[parts];
        long given = 0;
        for (int i = 0; i < parts; i++) {
            out[i] = (long) Math.floor(total * weights[i] / sum);
            given += out[i];
        }
        out[0] += total - given;
        return out;
    }

    private List<String> groups(String name, Shape shape) {
        return switch (name) {
            case "month" -> {
                List<String> months = new ArrayList<>();
                for (int m = 5; m >= 0; m--) {
                    months.add(YearMonth.from(T).minusMonths(m).toString());
                }
                months.add("outside window");
                yield months;
            }
            case "gender" -> List.of("male", "female", "other or unknown");
            case "age band" -> AgeBands.BANDS;
            case "age and gender" -> {
                List<String> cells = new ArrayList<>();
                int from = shape.list() == AnnexAList.CARE_LEAVERS ? 16 : 0;
                int to = shape.list() == AnnexAList.CARE_LEAVERS ? 25 : 17;
                for (int a = from; a <= to; a++) {
                    for (String g : List.of("male", "female", "other or unknown")) {
                        cells.add(a + " / " + g);
                    }
                }
                yield cells;
            }
            case "ethnic group" -> EthnicGroups.GROUPS;
            case "ethnicity" -> AnnexACodeList.ETHNICITY.codes();
            case "source group" -> List.of("individual", "schools", "education services", "health services", "housing",
                    "LA services", "police", "other legal agency", "other", "anonymous", "unknown");
            case "source" -> AnnexACodeList.SOURCE.codes();
            case "records per child" -> List.of("1", "2", "3", "4", "5 or more");
            case "working days" -> shape.list() == AnnexAList.SECTION_47
                    ? List.of("0 to 10", "11 to 15", "16 to 20", "21 and over")
                    : List.of("same day", "1 to 10", "11 to 20", "21 to 30", "31 to 40", "41 to 45", "46 to 50",
                    "51 to 60", "61 and over");
            case "duration" -> List.of("under 3 months", "3 to 5 months", "6 to 11 months", "1 to 2 years",
                    "2 years and over", "unknown");
            case "team" -> {
                List<String> t = new ArrayList<>(teams);
                t.add("unallocated");
                yield t;
            }
            case "worker" -> {
                List<String> w = new ArrayList<>(workers);
                w.add("unallocated");
                yield w;
            }
            case "disability" -> List.of("yes", "no", "unknown");
            default -> List.of("group A", "group B", "group C", "group D", "group E", "group F", "unknown");
        };
    }
}
