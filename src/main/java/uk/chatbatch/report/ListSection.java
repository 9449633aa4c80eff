package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.IngestSummary;
import uk.chatbatch.indicators.Unit;

/**
 * One Annex A list: where it was read from, a key-figures table of every indicator computed from it (value,
 * basis, England, trend line, change since the last period), the figures by period behind the trend lines,
 * each indicator's chart from ChAT's vocabulary with a caption stating its numbers, and (internal report
 * only) the team table.
 */
final class ListSection implements ReportSection {

    static final String GROUP = "Annex A lists";
    private static final float SPARK_WIDTH = 52f;
    private static final float SPARK_HEIGHT = 14f;
    static final float GUTTER = 14f;

    private final ReportModel model;
    /** The Annex A list, or null for a section of indicators from a statutory return. */
    private final AnnexAList list;
    private final String key;
    private final String title;
    private final List<ShownResult> results;
    private final ReportStyle style;
    private final SectionMarks marks;
    private final ReportCharts charts;
    private final ShapeCharts shapes;
    private final IndicatorFigures figures;

    ListSection(ReportModel model, AnnexAList list, ReportStyle style, SectionMarks marks, ReportCharts charts,
                ShapeCharts shapes) {
        this(model, list, key(list), title(list), model.resultsFor(list), style, marks, charts, shapes);
    }

    private ListSection(ReportModel model, AnnexAList list, String key, String title, List<ShownResult> results,
                        ReportStyle style, SectionMarks marks, ReportCharts charts, ShapeCharts shapes) {
        this.model = model;
        this.list = list;
        this.key = key;
        this.title = title;
        this.results = results;
        this.style = style;
        this.marks = marks;
        this.charts = charts;
        this.shapes = shapes;
        this.figures = new IndicatorFigures(model);
    }

    /** The indicators computed from a statutory return ("SSDA903" or "CIN census"), laid out as a list is. */
    static ListSection forReturn(ReportModel model, String returnName, List<ShownResult> results, ReportStyle style,
                                 SectionMarks marks, ReportCharts charts, ShapeCharts shapes) {
        return new ListSection(model, null, returnKey(returnName), returnTitle(returnName), results, style, marks,
                charts, shapes);
    }

    /** For laying out figures chosen elsewhere (the leaders' report's key charts) as a list section does. */
    static ListSection figuresOnly(ReportModel model, ReportStyle style, SectionMarks marks, ReportCharts charts,
                                   ShapeCharts shapes) {
        return new ListSection(model, null, "figures", "Figures", List.of(), style, marks, charts, shapes);
    }

    static String returnKey(String returnName) {
        return "return-" + returnName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    static String returnTitle(String returnName) {
        return "From the " + returnName + (returnName.equals("SSDA903") ? " return" : "");
    }

    static String key(AnnexAList list) {
        return "list-" + list.number();
    }

    static String title(AnnexAList list) {
        return "List " + list.number() + ": " + list.title();
    }

    /** A list starts a new page unless at least this share of the page is still free. */
    static final float ROOM_TO_CONTINUE = 0.45f;

    /** Whether the next list may start on the page the last one ended on. */
    static boolean roomFor(Document document, PdfWriter writer) {
        float free = writer.getVerticalPosition(true) - document.bottom();
        return free > (document.top() - document.bottom()) * ROOM_TO_CONTINUE;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, key, title));
        document.add(style.paragraph(list == null ? "Indicators computed from the return with DfE's definitions; each"
                + " one's exact rule is on the Definitions pages." : source(), style.smallMuted, 0f, 4f));
        if (results.isEmpty()) {
            document.add(style.body("The catalogue has no indicators computed from this list yet."));
            return;
        }
        document.add(keyFigures(results, writer.getDirectContent()));
        byPeriod(results).ifPresent(document::add);

        float width = document.right() - document.left();
        List<Figure> all = new ArrayList<>();
        for (ShownResult r : results) {
            all.addAll(model.notDrawn.attempt(r.id() + " figures", () -> figures.figures(r)).orElseGet(() -> List.of(
                    new Figure(r.id(), r.id() + "  " + r.metadata().title(), null, "The figures of " + r.id() + " "
                            + NotDrawn.PREFIX + model.notDrawn.last().reason() + ".", true))));
        }
        layOut(document, writer, all, width);

        if (model.variant.isInternal()) {
            List<ShownResult> teams = StaffTables.having(results, "team");
            if (!teams.isEmpty()) {
                document.add(style.paragraph("By team", style.subheading, 8f, 0f));
                document.add(style.paragraph("Each indicator's figure for each Allocated Team; blank or unrecognised"
                        + " teams are \"unallocated\". Internal version only.", style.smallMuted, 0f, 0f));
                new StaffTables(style).tables(teams, "team").forEach(document::add);
            }
        }
    }

    /** "Read from annex_a.xlsx [List 1]: 242 rows, 240 clean, 2 quarantined." */
    private String source() {
        List<String> parts = new ArrayList<>();
        for (IngestSummary s : model.input.ingest()) {
            if (s.list() == list && IngestSummary.READ.equals(s.status())) {
                parts.add(s.file() + (s.sheet().equals(s.file()) ? "" : " [" + s.sheet() + "]") + ": "
                        + Formats.plural(s.rowsRead(), "row", "rows") + ", " + Formats.count(s.rowsClean())
                        + " clean, " + Formats.count(s.rowsQuarantined()) + " quarantined");
            }
        }
        int clean = model.input.data().rows(list).size();
        return parts.isEmpty() ? Formats.plural(clean, "clean row", "clean rows") + "."
                : "Read from " + String.join("; ", parts) + ". Quarantined rows are left out and counted in Data quality.";
    }

    private PdfPTable keyFigures(List<ShownResult> results, PdfContentByte canvas) {
        // the ID column holds the longest id, "REF-02C-CIN", on one line
        PdfPTable table = style.table(16f, 21f, 11f, 15f, 12f, 11f, 14f);
        table.addCell(style.header("ID"));
        table.addCell(style.header("Indicator"));
        table.addCell(style.header("Value", Element.ALIGN_RIGHT));
        table.addCell(style.header("Out of / why not"));
        table.addCell(style.header("England"));
        table.addCell(style.header("Trend"));
        table.addCell(style.header("Since last"));
        int row = 0;
        for (ShownResult r : results) {
            List<PdfPCell> cells = model.notDrawn.attempt(r.id() + " key figures", () -> keyFigureCells(r, canvas))
                    .orElseGet(() -> notDrawnRow(r));
            for (PdfPCell cell : cells) {
                cell.setBackgroundColor(ReportStyle.zebra(row));
                table.addCell(cell);
            }
            row++;
        }
        return table;
    }

    /** One indicator's row of the key-figures table. */
    private List<PdfPCell> keyFigureCells(ShownResult r, PdfContentByte canvas) {
        Unit unit = r.metadata().unit();
        Unit shown = r.headlineUnit();
        Comparison c = model.comparison(r.id());
        Trend trend = model.trend(r.id());
        List<PdfPCell> cells = new ArrayList<>();
        cells.add(style.text(r.id(), style.cellBold));
        Phrase title = new Phrase(r.metadata().title(), style.cell);
        String notes = model.notes.markers(r.id());
        if (!notes.isEmpty()) {
            title.add(new Chunk("  " + notes, style.cellSmall));
        }
        cells.add(style.cell(title, Element.ALIGN_LEFT));
        if (r.isComputed() && r.headline().isPresent() && r.isShare()) {
            Shown h = r.headline().get();
            cells.add(style.cell(new Phrase(Formats.value(new Shown(h.group(), h.numerator(), null,
                    (double) h.numerator(), h.suppressed()), Unit.COUNT), style.cellBold), Element.ALIGN_RIGHT));
            cells.add(style.text(r.metadata().denominator() + " (each group's share is charted below)",
                    style.cellSmall));
        } else if (r.isComputed() && r.headline().isPresent()) {
            Shown h = r.headline().get();
            cells.add(style.cell(new Phrase(Formats.value(h, unit), style.cellBold), Element.ALIGN_RIGHT));
            String basis = Formats.basis(h, unit);
            if (unit == Unit.RATE_PER_10000 && !h.suppressed()) {
                basis = "per 10,000 children: " + Formats.count(h.numerator()) + " in "
                        + Formats.count(h.denominator() == null ? 0 : h.denominator());
            }
            if (c.annualised() && !h.suppressed()) {
                basis = "per 10,000 children, " + Formats.annualisedBasis(h);
            }
            cells.add(style.text(basis, style.cellSmall));
        } else {
            // the status across the value and its basis: "population not configured" is wider than a value
            Phrase why = new Phrase(Formats.status(r.status()), style.cellAlert);
            why.add(new Chunk(r.message().isBlank() ? "" : ": " + r.message(), style.cellSmall));
            PdfPCell notComputed = style.cell(why, Element.ALIGN_LEFT);
            notComputed.setColspan(2);
            cells.add(notComputed);
        }
        cells.add(style.cell(england(c, unit), Element.ALIGN_LEFT));
        if (trend.isDrawable()) {
            Image line = shapes.sparkline(canvas, trend, SPARK_WIDTH, SPARK_HEIGHT);
            PdfPCell spark = new PdfPCell(line, false);
            spark.setBorder(Rectangle.BOTTOM);
            spark.setBorderColor(Palette.RULE);
            spark.setBorderWidth(0.5f);
            spark.setPaddingTop(4f);
            spark.setPaddingLeft(2f);
            cells.add(spark);
        } else {
            cells.add(style.text("—", style.cellMuted));
        }
        cells.add(style.cell(change(trend, shown), Element.ALIGN_LEFT));
        return cells;
    }

    private List<PdfPCell> notDrawnRow(ShownResult r) {
        PdfPCell why = style.text(NotDrawn.PREFIX + model.notDrawn.last().reason(), style.cellAlert);
        why.setColspan(6);
        return List.of(style.text(r.id(), style.cellBold), why);
    }

    /** "85.7% (2025)" and the verdict, or a dash and why there is no comparison. */
    private Phrase england(Comparison c, Unit unit) {
        if (c.england().isEmpty()) {
            return new Phrase("none published", style.cellSmall);
        }
        uk.chatbatch.benchmarks.Benchmark b = c.england().get();
        if (!Comparison.comparable(unit, b.unit())) {
            return new Phrase(unit == Unit.COUNT ? "national count; not compared" : "other unit; not compared",
                    style.cellSmall);
        }
        Phrase p = new Phrase(BenchmarkText.valueAndYear(b, unit, model.input.periodEnd().getYear()),
                style.cellSmall);
        p.add(c.isCompared() ? new Chunk("\n" + c.rating().label(), style.coloured(style.cellSmall,
                Palette.ratingText(c.rating()))) : new Chunk("\nnot compared", style.cellSmall));
        return p;
    }

    private Phrase change(Trend trend, Unit unit) {
        if (trend.sinceLast().isEmpty()) {
            return new Phrase("—", style.cellMuted);
        }
        Trend.Change change = trend.sinceLast().get();
        Phrase p = new Phrase(Formats.arrow(change.direction()) + " " + Formats.change(change, unit),
                style.coloured(style.cellSmall, Palette.verdictText(change.verdict())));
        p.add(new Chunk("\nsince " + Formats.tinyMonth(change.previousEnd()), style.cellSmall));
        return p;
    }

    /** The figures behind the trend lines: one row per indicator, one column per period. */
    private static boolean hasEarlier(Trend trend) {
        List<Trend.Point> points = trend.points();
        return points.subList(0, points.size() - 1).stream().anyMatch(p -> p.value().isPresent() || p.withheld());
    }

    private java.util.Optional<PdfPTable> byPeriod(List<ShownResult> results) {
        if (model.input.history().isEmpty() || results.stream().noneMatch(r -> hasEarlier(model.trend(r.id())))) {
            return java.util.Optional.empty();
        }
        List<java.time.LocalDate> ends = new ArrayList<>();
        model.input.history().forEach(p -> ends.add(p.periodEnd()));
        ends.add(model.input.periodEnd());
        float[] widths = new float[ends.size() + 1];
        widths[0] = 12f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 88f / ends.size();
        }
        PdfPTable table = style.table(widths);
        table.setSpacingBefore(2f);
        boolean changed = results.stream().filter(r -> hasEarlier(model.trend(r.id())))
                .anyMatch(r -> model.trend(r.id()).points().stream().anyMatch(p -> p.basisChange().isPresent()));
        PdfPCell caption = style.text("Figures by period end: the numbers the trend lines show, oldest first; this"
                + " period last; under each, what it is out of (or the cases a median, mean or count rests on). A dash is a"
                + " period with no figure" + (model.variant.isInternal() ? "." : "; " + SmallNumbers.SHOWN_AS
                + " is withheld.") + (changed ? " " + Trend.CHANGED_MEANS : ""), style.cellSmall);
        caption.setColspan(widths.length);
        caption.setBorder(Rectangle.NO_BORDER);
        table.addCell(caption);
        table.setHeaderRows(2);
        table.addCell(style.header("ID"));
        for (java.time.LocalDate end : ends) {
            PdfPCell h = style.cell(new Phrase(Formats.tinyMonth(end), style.cellSmall), Element.ALIGN_RIGHT);
            h.setBackgroundColor(Palette.HEADER_FILL);
            table.addCell(h);
        }
        int row = 0;
        for (ShownResult r : results) {
            Trend trend = model.trend(r.id());
            if (!hasEarlier(trend)) {
                continue;
            }
            List<PdfPCell> cells = new ArrayList<>();
            cells.add(style.text(r.id(), style.cellSmall));
            for (Trend.Point p : trend.points()) {
                String text = (p.withheld() ? SmallNumbers.SHOWN_AS
                        : p.value().map(v -> Formats.number(v, r.headlineUnit()).replace(" days", "")).orElse("—"))
                        + (p.basisChange().isPresent() ? Trend.CHANGED : "");
                Phrase figure = new Phrase(text, style.cellSmall);
                // a count is its own basis; anything else says what it rests on
                if (r.headlineUnit() != Unit.COUNT) {
                    p.basis().ifPresent(b -> figure.add(new Chunk("\nof " + Formats.count(b), style.cellMuted)));
                }
                cells.add(style.cell(figure, Element.ALIGN_RIGHT));
            }
            for (PdfPCell cell : cells) {
                cell.setBackgroundColor(ReportStyle.zebra(row));
                cell.setPaddingTop(1.5f);
                cell.setPaddingBottom(2.5f);
                cell.setPaddingLeft(1f);
                cell.setPaddingRight(2f);
                table.addCell(cell);
            }
            row++;
        }
        return java.util.Optional.of(table);
    }

    /** Full-width figures one per row; half-width ones two to a row, each kept whole on a page. */
    void layOut(Document document, PdfWriter writer, List<Figure> all, float width) {
        int i = 0;
        while (i < all.size()) {
            Figure f = all.get(i);
            PdfPTable row;
            if (f.half() && i + 1 < all.size() && all.get(i + 1).half()) {
                row = new PdfPTable(new float[] {1f, GUTTER / width * 2, 1f});
                float half = (width - GUTTER) / 2;
                row.addCell(block(f, writer, half));
                PdfPCell gap = new PdfPCell();
                gap.setBorder(Rectangle.NO_BORDER);
                row.addCell(gap);
                row.addCell(block(all.get(i + 1), writer, half));
                i += 2;
            } else {
                row = new PdfPTable(1);
                row.addCell(block(f, writer, f.half() ? (width - GUTTER) / 2 : width));
                if (f.half()) {
                    row = halfRow(row, width);
                }
                i++;
            }
            row.setWidthPercentage(100f);
            row.setKeepTogether(true);
            row.setSpacingBefore(8f);
            document.add(row);
        }
    }

    private PdfPTable halfRow(PdfPTable single, float width) {
        PdfPTable row = new PdfPTable(new float[] {1f, GUTTER / width * 2, 1f});
        PdfPCell left = new PdfPCell(single);
        left.setBorder(Rectangle.NO_BORDER);
        left.setPadding(0f);
        row.addCell(left);
        PdfPCell gap = new PdfPCell();
        gap.setBorder(Rectangle.NO_BORDER);
        row.addCell(gap);
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        row.addCell(right);
        return row;
    }

    private PdfPCell block(Figure f, PdfWriter writer, float width) {
        PdfPCell cell = style.block();
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3f);
        cell.addElement(style.paragraph(f.title(), style.bodyBold, 0f, 3f));
        if (f.body() != null) {
            java.util.Optional<Element> body = model.notDrawn.attempt(f.title(),
                    () -> body(f, writer.getDirectContent(), width));
            if (body.isEmpty()) {
                cell.addElement(style.paragraph(NotDrawn.PREFIX + model.notDrawn.last().reason(), style.bodyBold, 0f,
                        2f));
            } else if (body.get() instanceof Image image) {
                image.setAlt(f.title() + ". " + f.caption());
                image.setSpacingAfter(2f);
                cell.addElement(image);
            } else {
                cell.addElement(body.get());
            }
        }
        cell.addElement(style.paragraph(f.caption(), style.small, 2f, 2f));
        return cell;
    }

    private Element body(Figure f, PdfContentByte canvas, float width) {
        if (f.body() instanceof BarChartData bars) {
            return charts.draw(canvas, bars, width);
        }
        if (f.body() instanceof PyramidData pyramid) {
            return shapes.pyramid(canvas, pyramid, width);
        }
        if (f.body() instanceof DonutData donut) {
            return shapes.donut(canvas, donut, width);
        }
        if (f.body() instanceof Figure.TableData t) {
            float[] widths = new float[t.widths().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = t.widths().get(i);
            }
            PdfPTable table = style.table(widths);
            table.setSpacingBefore(0f);
            table.setSpacingAfter(0f);
            for (int i = 0; i < t.headers().size(); i++) {
                table.addCell(style.header(t.headers().get(i), t.numeric().get(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
            for (List<String> row : t.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    PdfPCell c = t.numeric().get(i) ? style.number(row.get(i)) : style.text(row.get(i));
                    c.setPaddingTop(1.5f);
                    c.setPaddingBottom(2.5f);
                    table.addCell(c);
                }
            }
            return table;
        }
        throw new IllegalStateException("no drawing for " + f.body().getClass().getSimpleName());
    }
}
