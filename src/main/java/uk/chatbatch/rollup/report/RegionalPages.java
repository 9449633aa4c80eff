package uk.chatbatch.rollup.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.report.BasisTrendChart;
import uk.chatbatch.report.Formats;
import uk.chatbatch.report.NotDrawn;
import uk.chatbatch.report.ReportStyle;
import uk.chatbatch.report.SectionMarks;
import uk.chatbatch.report.Trend;

/**
 * The regional report's pages: the overview, a page or two per headline measure, and a comparison sheet per LA.
 * Each chart, table and sheet is drawn whole or, when it throws, replaced by "could not be drawn: reason".
 */
final class RegionalPages {

    static final String OVERVIEW = "overview";
    static final String TREND_CAPTION = "The group median is above each point; the number below it is how many LAs'"
            + " figures it rests on (blank where that period's benchmarking rows are not at hand). Each period is the"
            + " six months to its period end.";

    private final RegionalData data;
    private final ReportStyle style;
    private final SectionMarks marks;
    private final NotDrawn notDrawn;
    private final Document document;
    private final PdfWriter writer;

    RegionalPages(RegionalData data, ReportStyle style, SectionMarks marks, NotDrawn notDrawn, Document document,
                  PdfWriter writer) {
        this.data = data;
        this.style = style;
        this.marks = marks;
        this.notDrawn = notDrawn;
        this.document = document;
        this.writer = writer;
    }

    static String measureKey(String indicatorId) {
        return "measure-" + indicatorId;
    }

    static String sheetKey(String laCode) {
        return "la-" + laCode;
    }

    private float width() {
        return document.right() - document.left();
    }

    private String group() {
        return RegionalReport.groupName(data.groupId());
    }

    void overview(List<IndicatorView> views, List<IndicatorMetadata> missing) {
        document.add(style.paragraph(RegionalReport.TITLE + ": " + group(), style.title, 0f, 4f));
        document.add(marks.heading(style, OVERVIEW, "Period ending " + Formats.date(data.period()) + " · "
                + Formats.plural(data.laCodes().size(), "LA", "LAs")));
        document.add(style.body("How the " + Formats.plural(data.laCodes().size(), "LA", "LAs") + " of " + group()
                + " compare on the " + Formats.plural(views.size(), "headline measure", "headline measures") + ", from"
                + " each LA's shareable indicators. For each measure: the LAs ranked with the group median and England,"
                + " the median over the periods, and a table of ranks and quarters. Then a page per LA."));
        document.add(style.body("Only LAs whose measure has the same definition version and settings are compared; an"
                + " LA whose definition differs is shown as \"not compared\" with the reason, and is left out of the"
                + " group's figures. A figure the LA withheld under the small-number rule is shown as \"withheld\": it is"
                + " never ranked, never counted as zero, and not in the median. " + IndicatorView.BANDS_NOTE));
        notDrawn.attempt("The overview table", () -> overviewTable(views, missing)).ifPresentOrElse(document::add,
                () -> document.add(notDrawnHere()));
    }

    private PdfPTable overviewTable(List<IndicatorView> views, List<IndicatorMetadata> missing) {
        PdfPTable table = style.table(10f, 40f, 12f, 10f, 15f, 13f);
        table.addCell(style.header("Id"));
        table.addCell(style.header("Measure"));
        table.addCell(style.header("Group median", Element.ALIGN_RIGHT));
        table.addCell(style.header("LAs in it", Element.ALIGN_RIGHT));
        table.addCell(style.header("Middle half", Element.ALIGN_RIGHT));
        Optional<String> year = IndicatorView.oneEnglandYear(views);
        table.addCell(style.header(year.map(y -> "England (" + y + ")").orElse("England"), Element.ALIGN_RIGHT));
        for (IndicatorView v : views) {
            IndicatorView.Stats s = v.stats();
            table.addCell(style.text(v.id(), style.cellMuted));
            table.addCell(style.text(v.title(), style.cellBold));
            table.addCell(style.number(v.stats().groupMedianOptional().map(v::bare).orElse("none")));
            table.addCell(style.number(s.nLas() + " of " + s.groupLaCount()));
            table.addCell(style.number(s.groupQ1() == null || s.groupQ3() == null ? "none"
                    : v.bare(s.groupQ1()) + " to " + v.bare(s.groupQ3())));
            table.addCell(style.number(v.englandBare(year.isEmpty())));
        }
        for (IndicatorMetadata m : missing) {
            table.addCell(style.text(m.id(), style.cellMuted));
            table.addCell(style.text(m.title(), style.cellBold));
            PdfPCell none = style.text("No LA in the group has this measure in this period.", style.cellMuted);
            none.setColspan(4);
            table.addCell(none);
        }
        return table;
    }

    void measure(IndicatorView v) {
        document.add(marks.heading(style, measureKey(v.id()), v.title() + " (" + v.id() + ")"));
        document.add(style.body(v.unit().map(u -> "Unit: " + u.label() + ". ").orElse("") + v.rankingRule()
                + " " + summary(v)));
        notDrawn.attempt(v.id() + ", ranked chart", () -> chart(v)).ifPresentOrElse(images -> images.forEach(document::add),
                () -> document.add(notDrawnHere()));
        document.add(style.subheading("The group median over the periods"));
        notDrawn.attempt(v.id() + ", trend of the group median", () -> trend(v)).ifPresentOrElse(document::add,
                () -> document.add(notDrawnHere()));
        Optional<PdfPTable> table = notDrawn.attempt(v.id() + ", table of ranks", () -> rankTable(v));
        if (table.isPresent() && !roomFor(style.subheading.getSize() * 3 + table.get().getTotalHeight())) {
            // the table whole on the next page reads better than a few rows here and the rest there
            document.newPage();
        }
        document.add(style.subheading("Ranks and quarters"));
        table.ifPresentOrElse(document::add, () -> document.add(notDrawnHere()));
    }

    /** "Group median 68.2% across 11 of 12 LAs (middle half 60.1% to 75.0%; mean 67.9%). England 71.0% (2025). 1 withheld." */
    private String summary(IndicatorView v) {
        IndicatorView.Stats s = v.stats();
        StringBuilder text = new StringBuilder();
        if (s.groupMedian() == null) {
            text.append("No LA's figure could be compared, so the group has no median.");
        } else {
            text.append("Group median ").append(v.medianText()).append(" across ").append(s.nLas()).append(" of ")
                    .append(Formats.plural(s.groupLaCount(), "LA", "LAs"));
            if (s.groupQ1() != null && s.groupQ3() != null && s.groupMean() != null) {
                text.append(" (middle half ").append(v.number(s.groupQ1())).append(" to ").append(v.number(s.groupQ3()))
                        .append("; mean ").append(v.number(s.groupMean())).append(")");
            }
            text.append(".");
        }
        text.append(" ").append(v.englandText()).append(".");
        List<String> unranked = new ArrayList<>();
        long withheld = v.count(BenchmarkRow.Standing.WITHHELD);
        long notCompared = v.count(BenchmarkRow.Standing.NOT_COMPARED);
        long noFigure = v.count(BenchmarkRow.Standing.NO_FIGURE);
        if (withheld > 0) {
            unranked.add(withheld + " withheld");
        }
        if (notCompared > 0) {
            unranked.add(notCompared + " not compared");
        }
        if (noFigure > 0) {
            unranked.add(noFigure + " without a figure");
        }
        if (!unranked.isEmpty()) {
            text.append(" Not ranked: ").append(String.join(", ", unranked)).append(".");
        }
        return text.toString();
    }

    private List<Image> chart(IndicatorView v) {
        RankedBarChart.Scale scale = RankedBarChart.Scale.of(v);
        List<BenchmarkRow> rows = v.ordered();
        float rowHeight = RankedBarChart.rowHeight(Math.min(rows.size(), RankedBarChart.ROWS_PER_PART));
        List<Image> images = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += RankedBarChart.ROWS_PER_PART) {
            List<BenchmarkRow> part = rows.subList(from, Math.min(rows.size(), from + RankedBarChart.ROWS_PER_PART));
            Image image = RankedBarChart.draw(writer.getDirectContent(), style.fonts, v, part, scale, rowHeight, width());
            image.setAlt(v.title() + ", LAs ranked: " + describe(v, part) + " Group median " + v.medianText() + "; "
                    + v.englandText() + ".");
            image.setSpacingAfter(4f);
            images.add(image);
        }
        return images;
    }

    private static String describe(IndicatorView v, List<BenchmarkRow> rows) {
        List<String> parts = new ArrayList<>();
        for (BenchmarkRow r : rows) {
            parts.add((r.rank() == null ? "" : v.rankText(r) + " ") + RegionalData.laLabel(r.laCode()) + " " + v.figure(r));
        }
        return String.join("; ", parts) + ".";
    }

    private PdfPTable trend(IndicatorView v) {
        List<RegionalData.MedianPoint> medians = data.medians().getOrDefault(v.id(), List.of());
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100f);
        block.setKeepTogether(true);
        PdfPCell cell = style.block();
        if (data.trendGap().isPresent()) {
            cell.addElement(style.paragraph("No trend: " + data.trendGap().get() + ".", style.body, 0f, 2f));
        } else if (medians.stream().filter(p -> p.median() != null).count() < 2) {
            cell.addElement(style.paragraph("No trend yet: the group has a median for "
                    + Formats.plural(medians.stream().filter(p -> p.median() != null).count(), "period", "periods")
                    + " so far.", style.body, 0f, 2f));
        } else {
            List<Trend.Point> points = medians.stream().map(p -> new Trend.Point(p.periodEnd(),
                    Optional.ofNullable(p.median()), false, p.nLas())).toList();
            Trend trend = new Trend(points, Optional.empty());
            // a unit this version does not know is printed to one decimal place, as a rate is
            var unit = v.unit().orElse(uk.chatbatch.indicators.Unit.RATE_PER_10000);
            Image line = BasisTrendChart.draw(writer.getDirectContent(), style.fonts, trend, unit, width());
            line.setAlt(v.title() + ", group median by period end: " + BasisTrendChart.describe(trend, unit));
            cell.addElement(line);
            cell.addElement(style.paragraph(TREND_CAPTION, style.smallMuted, 1f, 0f));
        }
        block.addCell(cell);
        return block;
    }

    /** Whether this much height fits below what is on the page; a table taller than a page always splits. */
    private boolean roomFor(float height) {
        float page = document.top() - document.bottom();
        return writer.getVerticalPosition(true) - document.bottom() >= Math.min(height, page * 0.9f);
    }

    private PdfPTable rankTable(IndicatorView v) {
        PdfPTable table = style.table(7f, 34f, 12f, 20f, 27f);
        table.setTotalWidth(width());
        table.addCell(style.header("Rank", Element.ALIGN_RIGHT));
        table.addCell(style.header("LA"));
        table.addCell(style.header("Figure", Element.ALIGN_RIGHT));
        table.addCell(style.header("Quarter of the group"));
        table.addCell(style.header("Note"));
        for (BenchmarkRow r : v.ordered()) {
            table.addCell(style.number(v.rankText(r)));
            table.addCell(style.text(RegionalData.laLabel(r.laCode())));
            boolean ranked = r.standing() == BenchmarkRow.Standing.RANKED;
            table.addCell(style.number(v.figure(r), ranked ? style.cell : style.cellMuted));
            table.addCell(style.text(IndicatorView.band(r.quartileBand())));
            table.addCell(style.text(IndicatorView.note(r), style.cellMuted));
        }
        return table;
    }

    void sheet(String la, List<IndicatorView> views) {
        String name = RegionalData.laName(la);
        document.add(marks.heading(style, sheetKey(la), RegionalData.laLabel(la) + ": where it stands in " + group()));
        document.add(style.body(name + " on each headline measure beside the median of the "
                + Formats.plural(data.laCodes().size(), "LA", "LAs") + " of " + group() + " and England, period ending "
                + Formats.date(data.period()) + ". Rank 1 is the best (the highest figure where no direction is better);"
                + " \"=\" marks a shared rank. Quarters are by value: the top quarter holds the highest figures."));
        notDrawn.attempt("The comparison sheet of " + RegionalData.laLabel(la), () -> sheetTable(la, views))
                .ifPresentOrElse(document::add, () -> document.add(notDrawnHere()));
        for (IndicatorView v : views) {
            v.rowOf(la).filter(r -> r.standing() != BenchmarkRow.Standing.RANKED)
                    .ifPresent(r -> document.add(style.paragraph(v.id() + ": " + IndicatorView.note(r), style.smallMuted,
                            0f, 1f)));
        }
    }

    private PdfPTable sheetTable(String la, List<IndicatorView> views) {
        PdfPTable table = style.table(10f, 36f, 10f, 10f, 9f, 15f, 10f);
        table.addCell(style.header("Id"));
        table.addCell(style.header("Measure"));
        table.addCell(style.header("Figure", Element.ALIGN_RIGHT));
        table.addCell(style.header("Group median", Element.ALIGN_RIGHT));
        table.addCell(style.header("Rank", Element.ALIGN_RIGHT));
        table.addCell(style.header("Quarter of the group"));
        Optional<String> year = IndicatorView.oneEnglandYear(views);
        table.addCell(style.header(year.map(y -> "England (" + y + ")").orElse("England"), Element.ALIGN_RIGHT));
        for (IndicatorView v : views) {
            Optional<BenchmarkRow> row = v.rowOf(la);
            boolean ranked = row.map(r -> r.standing() == BenchmarkRow.Standing.RANKED).orElse(false);
            table.addCell(style.text(v.id(), style.cellMuted));
            table.addCell(style.text(v.title(), style.cellBold));
            table.addCell(style.number(row.map(r -> ranked ? v.bare(r.value()) : v.figure(r)).orElse(IndicatorView.NO_FIGURE),
                    ranked ? style.cellBold : style.cellMuted));
            table.addCell(style.number(v.stats().groupMedianOptional().map(v::bare).orElse("none")));
            table.addCell(style.number(row.map(r -> ranked ? v.rankText(r) + " of " + v.stats().nLas() : "not ranked")
                    .orElse("not ranked"), ranked ? style.cell : style.cellMuted));
            table.addCell(style.text(row.map(r -> IndicatorView.band(r.quartileBand())).orElse("")));
            table.addCell(style.number(v.englandBare(year.isEmpty())));
        }
        return table;
    }

    private com.lowagie.text.Paragraph notDrawnHere() {
        return style.paragraph(NotDrawn.PREFIX + notDrawn.last().reason(), style.bodyBold, 2f, 4f);
    }
}
