package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Unit;

/**
 * The leaders' report: what a director reads in ten minutes, at most {@value #PAGE_LIMIT} pages. Page 1
 * summarises the headline measures (chosen in the catalogue, {@code headline = true}); then a page or two per
 * theme with the measures that have an England figure, the headline trends with the case count beside each
 * point and a few key charts; what changed since the last period; and how many input rows need fixing. It
 * prints from the same {@link ReportModel} as the appendix, so the shareable one withholds exactly what the
 * shareable appendix withholds.
 */
final class LeadersReport {

    static final String TITLE = "Children's services leaders' report";
    static final int PAGE_LIMIT = 24;
    /** Key charts per theme, beside the table and the headline trends: enough to fit two pages. */
    static final int CHARTS_PER_THEME = 2;
    /** Rows of the changes table: the largest changes, so it stays on one page. */
    static final int CHANGES_SHOWN = 22;
    static final String SUMMARY_KEY = "summary";
    /** What a leader reads where a rate needs the population the run was not given, and how to give it. */
    static final String NO_POPULATION = "No rate: the number of children aged 0 to 17 living in the LA was not"
            + " given. Add it to the job file (population: aged_0_to_17: followed by the ONS mid-year estimate) or run"
            + " with --population.";
    static final String CHANGES_KEY = "changes";
    static final String DATA_QUALITY_KEY = "leaders-data-quality";

    private LeadersReport() {
    }

    /** A section that starts on the page the last one ended on when there is room, rather than a new page. */
    interface FollowsOnSamePage extends ReportSection {
    }

    static List<ReportSection> sections(ReportModel model, ReportStyle style, SectionMarks marks, ReportCharts charts,
                                        ShapeCharts shapes) {
        List<ReportSection> sections = new ArrayList<>();
        marks.declare(SUMMARY_KEY, "Summary: the headline measures", null);
        sections.add((document, writer) -> summary(model, style, marks, shapes, document, writer));
        for (Theme theme : Theme.values()) {
            if (themeResults(model, theme).stream().anyMatch(ShownResult::isComputed)) {
                marks.declare(theme.key(), theme.title(), null);
                sections.add(new ThemePages(model, theme, style, marks, charts, shapes));
            }
        }
        marks.declare(CHANGES_KEY, "What changed since the last period", null);
        sections.add((document, writer) -> changes(model, style, marks, document));
        marks.declare(DATA_QUALITY_KEY, "Data quality: rows to fix", null);
        sections.add(new FollowsOnSamePage() {
            @Override
            public void addTo(Document document, PdfWriter writer) {
                dataQuality(model, style, marks, document);
            }
        });
        return sections;
    }

    /**
     * The headline measures in catalogue order. Where the Annex A measure could not be computed but its twin
     * from a return (ASM-02-CIN, CLA-07-903) was, the twin stands in, so an LA sending only its returns still
     * gets a summary.
     */
    static List<ShownResult> headlines(ReportModel model) {
        List<ShownResult> headlines = new ArrayList<>();
        for (ShownResult r : model.results) {
            if (!r.metadata().headline()) {
                continue;
            }
            ShownResult chosen = r;
            if (!r.isComputed()) {
                for (ShownResult twin : model.results) {
                    if (twin.isComputed() && (twin.id().equals(r.id() + "-903") || twin.id().equals(r.id() + "-CIN"))) {
                        chosen = twin;
                        break;
                    }
                }
            }
            headlines.add(chosen);
        }
        return headlines;
    }

    static List<ShownResult> themeResults(ReportModel model, Theme theme) {
        return model.results.stream().filter(r -> Theme.of(r.id()).orElse(null) == theme).toList();
    }

    /** "Higher than England; up 3.0 points since March 2026", in words a director reads aloud. */
    static String sentence(ReportModel model, ShownResult r) {
        if (r.status() == IndicatorStatus.POPULATION_NOT_CONFIGURED) {
            return "No rate: no population given (see above).";
        }
        if (!r.isComputed()) {
            return "Not computed (" + Formats.status(r.status()) + ").";
        }
        if (r.headline().isPresent() && r.headline().get().suppressed()) {
            return "Withheld: fewer than " + SmallNumbers.THRESHOLD + " behind it.";
        }
        Comparison c = model.comparison(r.id());
        String england = c.isCompared() ? c.rating().label() : c.england().isEmpty() ? "no England figure"
                : "not compared with England (" + c.why() + ")";
        return Formats.capitalised(england) + "; " + sinceLast(model.trend(r.id()), r.headlineUnit());
    }

    /** "up 3.0 points since Mar 2026, an improvement", or why there is no change to give. */
    static String sinceLast(Trend trend, Unit unit) {
        if (trend.sinceLast().isEmpty()) {
            boolean earlier = trend.points().size() > 1;
            return earlier ? "no figure for the last period" : "no earlier period";
        }
        Trend.Change change = trend.sinceLast().get();
        String since = " since " + Formats.shortDate(change.previousEnd());
        if (change.direction() == Trend.Direction.SAME) {
            return "no change" + since;
        }
        String size = Formats.change(change, unit).replace("+", "").replace(Formats.MINUS, "");
        String verdict = switch (change.verdict()) {
            case IMPROVED -> ", an improvement";
            case WORSENED -> ", a worsening";
            case NONE -> "";
        };
        return (change.direction() == Trend.Direction.UP ? "up " : "down ") + size + since + verdict;
    }

    /** "England 85.7% (2025)"; a figure more than three years older than the period says so. */
    static String benchmarkText(ReportModel model, String geography, Benchmark b, Unit unit) {
        return BenchmarkText.of(geography, b, unit, model.input.periodEnd().getYear());
    }

    static Optional<Benchmark> comparableEngland(ReportModel model, ShownResult r) {
        return model.england(r.id()).filter(b -> !r.isShare() && Comparison.comparable(r.metadata().unit(), b.unit()));
    }

    static Optional<Benchmark> comparableRegion(ReportModel model, ShownResult r) {
        return model.input.region().flatMap(region -> model.input.benchmarks().latest(r.id(), region))
                .filter(b -> Comparison.comparable(r.metadata().unit(), b.unit()));
    }

    // ---- page 1 ----

    private static void summary(ReportModel model, ReportStyle style, SectionMarks marks, ShapeCharts shapes,
                                Document document, PdfWriter writer) {
        ReportInput input = model.input;
        document.add(marks.heading(style, SUMMARY_KEY, input.laTitle() + ": where the service stands"));
        document.add(style.paragraph("Six months to " + Formats.date(input.periodEnd()) + ". Each measure is set"
                + " against England's and the region's latest published figures (with their years) and the last"
                + " period; the band on the left is coloured by the comparison, which the words also say.",
                style.small, 0f, 3f));
        List<ShownResult> headlines = headlines(model);
        if (headlines.isEmpty()) {
            document.add(style.body("The catalogue marks no headline measures."));
            return;
        }
        List<String> noPopulation = headlines.stream()
                .filter(r -> r.status() == IndicatorStatus.POPULATION_NOT_CONFIGURED).map(ShownResult::id).toList();
        if (!noPopulation.isEmpty()) {
            document.add(style.paragraph(NO_POPULATION + " Until then " + String.join(", ", noPopulation)
                    + (noPopulation.size() == 1 ? " shows" : " show") + " the count instead of a rate.", style.cellBold, 0f, 4f));
        }
        // flows on to page 2 rather than leave page 1 blank when a long LA name or tall rows leave too little room
        PdfPTable table = style.flowingTable(29f, 13f, 22f, 12f, 24f);
        table.setSpacingBefore(0f);
        table.addCell(style.header("Measure"));
        table.addCell(style.header("This period", Element.ALIGN_RIGHT));
        table.addCell(style.header("England and region"));
        table.addCell(style.header("Trend"));
        table.addCell(style.header("Where it stands"));
        for (ShownResult r : headlines) {
            Comparison c = model.comparison(r.id());
            PdfPCell measure = style.cell(new Phrase(r.metadata().title(), style.cellBold), Element.ALIGN_LEFT);
            measure.getPhrase().add(unbroken("  " + r.id(), style));
            band(measure, c.rating());
            table.addCell(measure);
            table.addCell(style.cell(countOfRate(model, r).filter(count -> !r.isComputed())
                    .map(count -> countInstead(count, style)).orElseGet(() -> value(r, style)), Element.ALIGN_RIGHT));
            table.addCell(style.cell(benchmarks(model, r, style), Element.ALIGN_LEFT));
            Trend trend = model.trend(r.id());
            if (trend.isDrawable()) {
                PdfPCell spark = new PdfPCell();
                spark.setBorder(Rectangle.BOTTOM);
                spark.setBorderColor(Palette.RULE);
                spark.setBorderWidth(0.5f);
                spark.setPaddingTop(4f);
                spark.addElement(shapes.sparkline(writer.getDirectContent(), trend, 62f, 16f));
                spark.addElement(style.paragraph(Formats.plural(trend.withValues().size(), "period", "periods"),
                        style.smallMuted, 1f, 0f));
                table.addCell(spark);
            } else {
                table.addCell(style.text(trend.points().size() > 1 ? "Too few periods" : "No earlier period",
                        style.smallMuted));
            }
            table.addCell(style.text(sentence(model, r), style.small));
        }
        for (PdfPRow row : table.getRows()) {
            for (PdfPCell cell : row.getCells()) {
                if (cell != null) {
                    cell.setPaddingTop(2f);
                    cell.setPaddingBottom(3f);
                }
            }
        }
        document.add(table);
    }

    /** A rate's count shown in its place: "1,234" and "a count: no rate". */
    private static Phrase countInstead(ShownResult count, ReportStyle style) {
        Phrase p = new Phrase(valueText(count), style.cellBold);
        p.add(new Chunk("\na count", style.smallMuted));
        return p;
    }

    /** An id that moves to the next line whole rather than breaking at its hyphen ("CP-" and "04"). */
    private static Chunk unbroken(String id, ReportStyle style) {
        Chunk chunk = new Chunk(id, style.smallMuted);
        chunk.setSplitCharacter(ReportStyle.WHOLE_WORDS);
        return chunk;
    }

    /** How wide the comparison's band is at a measure cell's left edge. */
    static final float BAND_WIDTH = 7f;

    /**
     * Colours a cell's left edge by the comparison, wide enough to read as a band. The band is painted under the
     * cell rather than drawn as its left border, so the rule under the cell runs its full width like the row's
     * other cells' (a wide left border shortens the bottom rule by its width).
     */
    static void band(PdfPCell cell, Comparison.Rating rating) {
        java.awt.Color colour = Palette.rating(rating);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setPaddingLeft(BAND_WIDTH + 2f);
        cell.setCellEvent((c, position, canvases) -> {
            com.lowagie.text.pdf.PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            canvas.saveState();
            canvas.setColorFill(colour);
            // stops short of the bottom so the rule under the cell shows across it
            canvas.rectangle(position.getLeft(), position.getBottom() + 1.5f, BAND_WIDTH, position.getHeight() - 1.5f);
            canvas.fill();
            canvas.restoreState();
        });
    }

    /** The count a rate is worked out from (REF-01 for REF-01R), when it was computed. */
    static Optional<ShownResult> countOfRate(ReportModel model, ShownResult rate) {
        String id = rate.id();
        if (rate.metadata().unit() != Unit.RATE_PER_10000 || !id.endsWith("R")) {
            return Optional.empty();
        }
        return model.results.stream().filter(c -> c.id().equals(id.substring(0, id.length() - 1))
                && c.isComputed() && c.headline().isPresent()).findFirst();
    }

    static Phrase value(ShownResult r, ReportStyle style) {
        if (!r.isComputed() || r.headline().isEmpty()) {
            return new Phrase(valueText(r), style.cellAlert);
        }
        Phrase p = new Phrase(valueText(r), style.cellBold);
        String basis = basisText(r);
        if (!basis.isEmpty()) {
            p.add(new Chunk("\n" + basis, style.smallMuted));
        }
        return p;
    }

    /** The figure as printed: "79.5%", "36 days", "323.1"; the status when there is none. */
    static String valueText(ShownResult r) {
        if (!r.isComputed() || r.headline().isEmpty()) {
            return "not computed";
        }
        Shown h = r.headline().get();
        return r.isShare() ? Formats.count(h.numerator()) : Formats.value(h, r.headlineUnit());
    }

    /** What the figure is out of ("101 of 127", "of 127"), or "per 10,000 children"; empty when withheld. */
    static String basisText(ShownResult r) {
        if (!r.isComputed() || r.headline().isEmpty() || r.headline().get().suppressed() || r.isShare()) {
            return "";
        }
        Unit unit = r.headlineUnit();
        return unit == Unit.RATE_PER_10000 ? "per 10,000 children" : Formats.basis(r.headline().get(), unit);
    }

    static Phrase benchmarks(ReportModel model, ShownResult r, ReportStyle style) {
        List<String> lines = benchmarkLines(model, r);
        boolean england = comparableEngland(model, r).isPresent();
        Phrase p = new Phrase(lines.get(0), england ? style.small : style.smallMuted);
        for (String line : lines.subList(1, lines.size())) {
            p.add(new Chunk("\n" + line, style.smallMuted));
        }
        return p;
    }

    /** England's figure and year, then the region's and the LA's annualised rate where there are any. */
    static List<String> benchmarkLines(ReportModel model, ShownResult r) {
        Unit unit = r.metadata().unit();
        List<String> lines = new ArrayList<>();
        lines.add(comparableEngland(model, r).map(b -> benchmarkText(model, "England", b, unit))
                .orElse("No England figure"));
        comparableRegion(model, r).ifPresent(b -> lines.add(benchmarkText(model, model.input.region().orElseThrow(),
                b, unit)));
        BenchmarkText.scorecard(r, model.input.benchmarks()).ifPresent(lines::add);
        Comparison c = model.comparison(r.id());
        if (c.annualised() && c.laValue().isPresent()) {
            lines.add("LA annualised: " + Formats.oneDecimal(c.laValue().get()));
        }
        return lines;
    }

    /** A measure with nothing to count this period: no cases, or a figure with nothing under it. */
    static boolean hasNoCases(ShownResult r) {
        return r.status() == IndicatorStatus.NO_CASES
                || r.isComputed() && r.headline().map(h -> h.value() == null).orElse(true);
    }

    /**
     * What a theme page sets against England, or why it has nothing to: no England figure in the same unit, or
     * ({@code benchmarkedOnly}) England's figures exist but the LA had too few records for its own.
     */
    static String themeIntro(Theme theme, long computed, int compared, int parts, long benchmarkedOnly) {
        String intro = theme.scope() + " " + Formats.plural(computed, "measure was", "measures were") + " computed; ";
        if (compared + parts == 0 && benchmarkedOnly > 0) {
            // a small LA: England has figures for this theme, but the LA has too few records to give its own
            return intro + "none can be set against England this period: "
                    + Formats.plural(benchmarkedOnly, "measure England publishes a figure for has", "measures England"
                    + " publishes figures for have") + " too few records here to give a figure (no cases in the"
                    + " window, or none at all). The analysts' appendix shows every measure.";
        }
        if (compared + parts == 0) {
            return intro + "none has an England figure in the same unit, so there is nothing to set against England"
                    + " here (the analysts' appendix shows every measure).";
        }
        if (parts == 0) {
            return intro + Formats.plural(compared, "has", "have") + " an England figure in the same unit and "
                    + (compared == 1 ? "is" : "are") + " set against it below.";
        }
        String said = compared == 0 ? "" : Formats.plural(compared, "has", "have") + " an England figure in the same"
                + " unit";
        if (parts > 0) {
            said += (said.isEmpty() ? "" : ", and ") + Formats.plural(parts, "part of a measure (a category's share or"
                    + " a yearly rate) has", "parts of measures (a category's share or a yearly rate) have")
                    + (compared == 0 ? " an England figure" : " one") + " on the same basis";
        }
        return intro + said + "; " + (compared + parts == 1 ? "it is" : "they are") + " set against England below.";
    }

    /** "England 50.5% (2020, more than 3 years old)" for a part of a measure, or that there is none. */
    static String partEngland(ReportModel model, PartComparison p) {
        return p.england().map(b -> benchmarkText(model, "England", b, p.unit())).orElse("No England figure");
    }

    /** The theme's key charts: up to {@value #CHARTS_PER_THEME}, from its chosen indicators, in order. */
    static List<Figure> keyFigures(ReportModel model, Theme theme) {
        IndicatorFigures figures = new IndicatorFigures(model);
        List<Figure> key = new ArrayList<>();
        List<ShownResult> results = themeResults(model, theme);
        for (String id : theme.keyCharts()) {
            results.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
                for (Figure f : figures.figures(r)) {
                    if (key.size() < CHARTS_PER_THEME && f.body() != null && !(f.body() instanceof Figure.TableData)
                            && key.stream().noneMatch(k -> k.id().equals(f.id()))) {
                        key.add(f);
                    }
                }
            });
        }
        return key;
    }

    // ---- what changed ----

    private static void changes(ReportModel model, ReportStyle style, SectionMarks marks, Document document) {
        document.add(marks.heading(style, CHANGES_KEY, "What changed since the last period"));
        List<PeriodResults> history = model.input.history();
        if (history.isEmpty()) {
            document.add(style.body("This is the first period on record for this LA, so there is nothing to compare"
                    + " with yet. From the next run, this page lists the largest changes."));
        } else {
            List<ShownResult> changed = model.results.stream().filter(r -> !r.isShare() && Theme.of(r.id()).isPresent())
                    .filter(r -> model.trend(r.id()).sinceLast().map(c -> c.direction() != Trend.Direction.SAME)
                            .orElse(false))
                    .sorted(Comparator.comparing((ShownResult r) -> -relativeSize(model.trend(r.id()))))
                    .toList();
            long same = model.results.stream().filter(r -> model.trend(r.id()).sinceLast()
                    .map(c -> c.direction() == Trend.Direction.SAME).orElse(false)).count();
            long worse = changed.stream().filter(r -> model.trend(r.id()).sinceLast().get().verdict()
                    == Trend.Verdict.WORSENED).count();
            long better = changed.stream().filter(r -> model.trend(r.id()).sinceLast().get().verdict()
                    == Trend.Verdict.IMPROVED).count();
            document.add(style.body("Since " + Formats.date(history.get(history.size() - 1).periodEnd()) + ", "
                    + Formats.plural(changed.size(), "measure has", "measures have") + " moved: "
                    + Formats.count(better) + " improved, " + Formats.count(worse) + " worsened, and "
                    + Formats.count(changed.size() - better - worse) + " moved where no direction is better; "
                    + Formats.plural(same, "measure is", "measures are") + " unchanged."
                    + (changed.size() > CHANGES_SHOWN ? " The " + CHANGES_SHOWN + " largest changes, by their size"
                    + " against the last figure, are below; the appendix has every measure by period." : "")));
            if (!changed.isEmpty()) {
                PdfPTable table = style.table(42f, 14f, 14f, 14f, 16f);
                table.addCell(style.header("Measure"));
                table.addCell(style.header("Last period", Element.ALIGN_RIGHT));
                table.addCell(style.header("This period", Element.ALIGN_RIGHT));
                table.addCell(style.header("Change", Element.ALIGN_RIGHT));
                table.addCell(style.header("Reading"));
                int row = 0;
                for (ShownResult r : changed.subList(0, Math.min(CHANGES_SHOWN, changed.size()))) {
                    Trend.Change c = model.trend(r.id()).sinceLast().get();
                    Unit unit = r.headlineUnit();
                    List<PdfPCell> cells = List.of(
                            style.cell(new Phrase(r.metadata().title() + " (" + r.id() + ")", style.cell),
                                    Element.ALIGN_LEFT),
                            style.number(Formats.number(c.previous(), unit)),
                            style.number(Formats.number(c.current(), unit)),
                            style.number(Formats.arrow(c.direction()) + " " + Formats.change(c, unit)),
                            style.text(switch (c.verdict()) {
                                case IMPROVED -> "improved";
                                case WORSENED -> "worsened";
                                case NONE -> "no better direction";
                            }, c.verdict() == Trend.Verdict.NONE ? style.cell
                                    : style.coloured(style.cellBold, Palette.verdictText(c.verdict()))));
                    for (PdfPCell cell : cells) {
                        cell.setBackgroundColor(ReportStyle.zebra(row));
                        table.addCell(cell);
                    }
                    row++;
                }
                document.add(table);
            }
        }
        List<String> basisChanges = new ArrayList<>();
        for (Notes.Note note : model.notes.all()) {
            if (note.title().startsWith("Setting changed") || note.title().endsWith(" missing")) {
                basisChanges.add(note.text());
            }
        }
        if (!basisChanges.isEmpty()) {
            document.add(style.subheading("What this period's figures rest on"));
            for (String text : basisChanges) {
                document.add(style.paragraph(text, style.small, 0f, 3f));
            }
        }
        List<String> absent = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            if (themeResults(model, theme).stream().noneMatch(ShownResult::isComputed)) {
                absent.add(theme.title());
            }
        }
        if (!absent.isEmpty()) {
            document.add(style.paragraph("Nothing could be computed this period for: " + String.join(", ", absent)
                    + ". The appendix's Notes and caveats say which inputs were missing.", style.small, 4f, 0f));
        }
    }

    /** How large a change is against the last figure, so a 3-point move on 20% outranks one on 90%. */
    private static double relativeSize(Trend trend) {
        Trend.Change c = trend.sinceLast().orElseThrow();
        return c.previous() == 0 ? Math.abs(c.delta()) : Math.abs(c.delta() / c.previous());
    }

    // ---- data quality ----

    private static void dataQuality(ReportModel model, ReportStyle style, SectionMarks marks, Document document) {
        document.add(marks.heading(style, DATA_QUALITY_KEY, "Data quality: rows to fix"));
        DataQualityCounts counts = DataQualityCounts.of(model.input.ingest(), model.input.issues());
        document.add(style.body(counts.sentence()));
        if (counts.lists().isEmpty()) {
            return;
        }
        // an LA with both returns lists some thirty tables: they flow on from the page the section starts on
        PdfPTable table = style.flowingTable(33f, 12f, 15f, 11f, 12f, 17f);
        table.addCell(style.header("List or table"));
        table.addCell(style.header("Rows read", Element.ALIGN_RIGHT));
        table.addCell(style.header("Rows with issues", Element.ALIGN_RIGHT));
        table.addCell(style.header("Share", Element.ALIGN_RIGHT));
        table.addCell(style.header("Issues", Element.ALIGN_RIGHT));
        table.addCell(style.header("Quarantined", Element.ALIGN_RIGHT));
        int row = 0;
        List<DataQualityCounts.ListCounts> withIssues = counts.lists().stream().filter(l -> l.issues() > 0).toList();
        for (DataQualityCounts.ListCounts l : withIssues) {
            List<PdfPCell> cells = List.of(style.text(l.list()), style.number(Formats.count(l.rowsRead())),
                    style.number(Formats.count(l.rowsWithIssues())), style.number(l.share()),
                    style.number(Formats.count(l.issues())), style.number(Formats.count(l.rowsQuarantined())));
            for (PdfPCell cell : cells) {
                cell.setBackgroundColor(ReportStyle.zebra(row));
                table.addCell(cell);
            }
            row++;
        }
        int clean = counts.lists().size() - withIssues.size();
        if (clean > 0) {
            PdfPCell others = style.text(Formats.plural(clean, "other list or table has", "other lists or tables have")
                    + " no issues (the appendix lists them all).", style.cellMuted);
            others.setColspan(6);
            table.addCell(others);
        }
        DataQualityCounts.ListCounts total = counts.total();
        table.addCell(style.text("All lists", style.cellBold));
        table.addCell(style.number(Formats.count(total.rowsRead()), style.cellBold));
        table.addCell(style.number(Formats.count(total.rowsWithIssues()), style.cellBold));
        table.addCell(style.number(total.share(), style.cellBold));
        table.addCell(style.number(Formats.count(total.issues()), style.cellBold));
        table.addCell(style.number(Formats.count(total.rowsQuarantined()), style.cellBold));
        document.add(table);
        document.add(style.paragraph(DataQualityCounts.DEFINITION, style.small, 0f, 4f));
        DataQualityCounts.indicatorsSentence(model.results)
                .ifPresent(s -> document.add(style.paragraph(s, style.small, 0f, 4f)));
        document.add(style.paragraph(model.variant.isInternal()
                ? "Where to find them: the appendix's Data quality section, \"Where to fix them\", gives the Excel rows"
                + " of each list with each kind of issue in each column; the issues dataset (parquet/issues) has every"
                + " issue with its message."
                : "Where to find them: the internal appendix's Data quality section gives the Excel rows of each list;"
                + " this shareable version gives counts only.", style.small, 0f, 0f));
    }

    /** A theme's page or two: the measures with an England figure, the headline trends, and key charts. */
    private static final class ThemePages implements ReportSection {

        private final ReportModel model;
        private final Theme theme;
        private final ReportStyle style;
        private final SectionMarks marks;
        private final ReportCharts charts;
        private final ShapeCharts shapes;

        ThemePages(ReportModel model, Theme theme, ReportStyle style, SectionMarks marks, ReportCharts charts,
                   ShapeCharts shapes) {
            this.model = model;
            this.theme = theme;
            this.style = style;
            this.marks = marks;
            this.charts = charts;
            this.shapes = shapes;
        }

        @Override
        public void addTo(Document document, PdfWriter writer) {
            document.add(marks.heading(style, theme.key(), theme.title()));
            List<ShownResult> results = themeResults(model, theme);
            List<ShownResult> compared = results.stream().filter(r -> r.isComputed()
                    && comparableEngland(model, r).isPresent()).toList();
            List<PartComparison> parts = model.comparedParts(theme);
            long computed = results.stream().filter(ShownResult::isComputed).count();
            long benchmarkedOnly = results.stream().filter(r -> !compared.contains(r) && hasNoCases(r)
                    && model.england(r.id()).filter(b -> Comparison.comparable(r.metadata().unit(), b.unit()))
                    .isPresent()).count();
            document.add(style.paragraph(themeIntro(theme, computed, compared.size(), parts.size(), benchmarkedOnly),
                    style.small, 0f, 4f));
            if (!compared.isEmpty() || !parts.isEmpty()) {
                // flows on under its introduction, its header repeated: kept whole, a theme with many measures
                // (child protection's sixteen rows) left its heading alone on a page
                PdfPTable table = style.flowingTable(30f, 15f, 22f, 33f);
                table.addCell(style.header("Measure"));
                table.addCell(style.header("This period", Element.ALIGN_RIGHT));
                table.addCell(style.header("England and region"));
                table.addCell(style.header("Where it stands"));
                for (ShownResult r : compared) {
                    PdfPCell measure = style.cell(new Phrase(r.metadata().title(), style.cellBold), Element.ALIGN_LEFT);
                    measure.getPhrase().add(new Chunk("\n" + r.id(), style.smallMuted));
                    band(measure, model.comparison(r.id()).rating());
                    table.addCell(measure);
                    table.addCell(style.cell(value(r, style), Element.ALIGN_RIGHT));
                    table.addCell(style.cell(benchmarks(model, r, style), Element.ALIGN_LEFT));
                    table.addCell(style.text(sentence(model, r)));
                }
                for (PartComparison p : parts) {
                    PdfPCell measure = style.cell(new Phrase(p.measure().title(), style.cellBold), Element.ALIGN_LEFT);
                    measure.getPhrase().add(new Chunk("\n" + p.measure().benchmarkId() + ", from "
                            + p.measure().indicatorId(), style.smallMuted));
                    band(measure, p.rating());
                    table.addCell(measure);
                    Phrase value = new Phrase(p.laText(), style.cellBold);
                    if (!p.laBasisText().isEmpty()) {
                        value.add(new Chunk("\n" + p.laBasisText(), style.smallMuted));
                    }
                    table.addCell(style.cell(value, Element.ALIGN_RIGHT));
                    table.addCell(style.text(partEngland(model, p), style.small));
                    table.addCell(style.text(p.sentence()));
                }
                document.add(table);
            }
            float width = document.right() - document.left();
            for (ShownResult r : headlines(model)) {
                Trend trend = model.trend(r.id());
                if (Theme.of(r.id()).orElse(null) != theme || !trend.isDrawable()) {
                    continue;
                }
                PdfPTable block = new PdfPTable(1);
                block.setWidthPercentage(100f);
                block.setKeepTogether(true);
                block.setSpacingBefore(6f);
                PdfPCell cell = style.block();
                cell.addElement(style.paragraph(r.metadata().title() + " (" + r.id() + "), by period end",
                        style.bodyBold, 0f, 2f));
                Image line = BasisTrendChart.draw(writer.getDirectContent(), style.fonts, trend, r.headlineUnit(),
                        width);
                line.setAlt(r.metadata().title() + " by period end: " + BasisTrendChart.describe(trend,
                        r.headlineUnit()));
                cell.addElement(line);
                cell.addElement(style.paragraph(BasisTrendChart.caption(trend), style.smallMuted, 1f, 0f));
                block.addCell(cell);
                document.add(block);
            }
            List<Figure> key = keyFigures(model, theme);
            if (!key.isEmpty()) {
                ListSection.figuresOnly(model, style, marks, charts, shapes).layOut(document, writer, key, width);
            }
        }
    }
}
