package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import uk.chatbatch.benchmarks.Benchmark;
import uk.chatbatch.indicators.Unit;

/**
 * The headline tiles: one per indicator whose chart is the KPI tile, grouped by list. Each tile has the
 * value and its basis, England's figure and year with the comparison (the tile's edge is coloured by it,
 * and the words say it too), a trend line over the earlier periods, and the change since the last period.
 * Indicators that could not be computed are listed after the tiles with the reason.
 */
final class AtAGlancePage implements ReportSection {

    static final String KEY = "glance";
    static final String TITLE = "At a glance";
    static final int COLUMNS = 4;
    private static final float SPARK_HEIGHT = 18f;

    private final ReportModel model;
    private final ReportStyle style;
    private final SectionMarks marks;
    private final ShapeCharts shapes;

    AtAGlancePage(ReportModel model, ReportStyle style, SectionMarks marks, ShapeCharts shapes) {
        this.model = model;
        this.style = style;
        this.marks = marks;
        this.shapes = shapes;
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, KEY, TITLE));
        document.add(key());
        List<ShownResult> tiles = model.headlines();
        if (model.results.isEmpty()) {
            document.add(style.body("No indicators were computed for this run."));
            return;
        }
        float width = (document.right() - document.left()) / COLUMNS - 10f;
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        int n = 0;
        for (ShownResult r : tiles) {
            table.addCell(model.notDrawn.attempt(r.id() + " tile", () -> tile(r, writer.getDirectContent(), width))
                    .orElseGet(() -> style.text(r.id() + " " + NotDrawn.PREFIX + model.notDrawn.last().reason(),
                            style.cellSmall)));
            n++;
        }
        while (n % COLUMNS != 0) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
            n++;
        }
        if (!tiles.isEmpty()) {
            document.add(table);
        }
        notComputed(document);
    }

    private PdfPTable key() {
        PdfPTable key = new PdfPTable(new float[] {3f, 17f, 3f, 17f, 3f, 17f, 3f, 17f, 3f, 17f});
        key.setWidthPercentage(100f);
        Comparison.Rating[] ratings = {Comparison.Rating.BETTER, Comparison.Rating.SIMILAR, Comparison.Rating.WORSE,
                Comparison.Rating.HIGHER, Comparison.Rating.NOT_COMPARED};
        String[] words = {"Better than England", "Similar to England", "Worse than England",
                "Higher or lower (no better direction)", "Not compared"};
        for (int i = 0; i < ratings.length; i++) {
            PdfPCell swatch = new PdfPCell(new Phrase(" ", style.tiny));
            swatch.setBackgroundColor(Palette.rating(ratings[i]));
            swatch.setBorder(Rectangle.BOX);
            swatch.setBorderColor(java.awt.Color.WHITE);
            swatch.setBorderWidth(2f);
            key.addCell(swatch);
            PdfPCell word = new PdfPCell(new Phrase(words[i], style.tileText));
            word.setBorder(Rectangle.NO_BORDER);
            word.setVerticalAlignment(Element.ALIGN_MIDDLE);
            key.addCell(word);
        }
        PdfPCell rule = new PdfPCell(new Phrase(Comparison.RULE + " The line in each tile is the figure over the"
                + " earlier periods and this one (the large dot); the change is since the last period. Notes are"
                + " on the Notes and caveats page.", style.tiny));
        rule.setColspan(10);
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderColor(Palette.RULE);
        rule.setPaddingTop(3f);
        rule.setPaddingBottom(5f);
        key.addCell(rule);
        return key;
    }

    private PdfPCell tile(ShownResult r, PdfContentByte canvas, float width) {
        Unit unit = r.metadata().unit();
        Comparison c = model.comparison(r.id());
        Trend trend = model.trend(r.id());
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Palette.GRIDLINE);
        cell.setBorderWidth(0.5f);
        cell.setBorderWidthLeft(8f);
        cell.setBorderColorLeft(Palette.rating(c.rating()));
        cell.setPaddingLeft(10f);
        cell.setPaddingRight(4f);
        cell.setPaddingTop(3f);
        cell.setPaddingBottom(5f);

        Phrase id = new Phrase(r.id() + " · " + (r.metadata().source() != null
                ? "List " + r.metadata().source().number()
                : r.metadata().needsSsda903() ? "SSDA903" : "CIN census"), style.tileMuted);
        String notes = model.notes.markers(r.id());
        if (!notes.isEmpty()) {
            id.add(new Chunk(" · " + notes, style.tileMuted));
        }
        cell.addElement(para(id, 0f));
        cell.addElement(para(new Phrase(r.metadata().title(), style.tileTitle), 1f));

        Shown headline = r.headline().orElseThrow();
        Phrase value = new Phrase(Formats.value(headline, unit), style.tileValue);
        if (unit == Unit.RATE_PER_10000 && !headline.suppressed()) {
            value.add(new Chunk(" per 10,000", style.tileMuted));
        }
        cell.addElement(para(value, 1f));
        String basis = Formats.basis(headline, unit);
        if (c.annualised()) {
            basis = Formats.annualisedBasis(headline);
        }
        if (headline.suppressed()) {
            basis = "withheld: fewer than " + SmallNumbers.THRESHOLD + " behind it";
        }
        if (!basis.isEmpty()) {
            cell.addElement(para(new Phrase(basis, style.tileMuted), 0f));
        }

        int periodYear = model.input.periodEnd().getYear();
        if (c.isCompared()) {
            cell.addElement(para(new Phrase(england(c, unit, periodYear), style.tileText), 2f));
            region(r, unit).ifPresent(line -> cell.addElement(para(new Phrase(line, style.tileMuted), 0f)));
            cell.addElement(para(new Phrase(Formats.capitalised(c.rating().label()),
                    style.coloured(style.tileTitle, Palette.ratingText(c.rating()))), 0f));
        } else {
            cell.addElement(para(new Phrase(england(c, unit, periodYear), style.tileMuted), 2f));
        }
        BenchmarkText.scorecard(r, model.input.benchmarks())
                .ifPresent(line -> cell.addElement(para(new Phrase(line, style.tileMuted), 0f)));

        if (trend.isDrawable()) {
            Image line = shapes.sparkline(canvas, trend, width, SPARK_HEIGHT);
            line.setSpacingBefore(3f);
            cell.addElement(line);
            cell.addElement(para(new Phrase(trendCaption(trend, unit), style.tileMuted), 0f));
        }
        cell.addElement(para(change(trend, unit), 1f));
        return cell;
    }

    /** "England 85.7% (2025)", or why there is no comparison. */
    static String england(Comparison c, Unit unit, int periodYear) {
        if (c.england().isEmpty()) {
            return "No England figure to compare with";
        }
        Benchmark b = c.england().get();
        if (!Comparison.comparable(unit, b.unit())) {
            return unit == Unit.COUNT ? "Not compared: England publishes a national count for a year"
                    : "Not compared: England's figure is in another unit";
        }
        String england = BenchmarkText.of("England", b, unit, periodYear);
        return c.isCompared() ? england : england + "; not compared: " + c.why();
    }

    /** "North West 81.9% (2025)" where the job file names the region and it has a figure in the same unit. */
    private java.util.Optional<String> region(ShownResult r, Unit unit) {
        return model.input.region().flatMap(region -> model.input.benchmarks().latest(r.id(), region)
                .filter(b -> Comparison.comparable(unit, b.unit()))
                .map(b -> BenchmarkText.of(region, b, unit, model.input.periodEnd().getYear())));
    }

    /** "13 periods: low 78.2%, high 85.8%"; the periods themselves are in the list section's table. */
    static String trendCaption(Trend trend, Unit unit) {
        List<Trend.Point> values = trend.withValues();
        double low = values.stream().mapToDouble(p -> p.value().get()).min().orElseThrow();
        double high = values.stream().mapToDouble(p -> p.value().get()).max().orElseThrow();
        return Formats.plural(values.size(), "period", "periods") + ": low " + Formats.number(low, unit) + ", high "
                + Formats.number(high, unit);
    }

    private Phrase change(Trend trend, Unit unit) {
        if (trend.sinceLast().isEmpty()) {
            boolean earlier = trend.points().size() > 1;
            boolean withheld = trend.points().size() > 1 && (trend.points().get(trend.points().size() - 2).withheld()
                    || trend.points().get(trend.points().size() - 1).withheld());
            return new Phrase(withheld ? "Change not shown: a figure is withheld" : earlier
                    ? "No figure for the last period" : "No earlier period", style.tileMuted);
        }
        Trend.Change change = trend.sinceLast().get();
        Font font = style.coloured(style.tileText, Palette.verdictText(change.verdict()));
        String verdict = switch (change.verdict()) {
            case IMPROVED -> ", improved";
            case WORSENED -> ", worsened";
            case NONE -> "";
        };
        Phrase p = new Phrase(Formats.arrow(change.direction()) + " " + Formats.change(change, unit) + verdict, font);
        p.add(new Chunk(" since " + Formats.shortDate(change.previousEnd()), style.tileMuted));
        return p;
    }

    private Paragraph para(Phrase phrase, float before) {
        Paragraph p = ReportStyle.wholeWords(new Paragraph(phrase));
        p.setLeading(phrase.getFont().getSize() * 1.25f);
        float size = 0;
        for (Object o : phrase) {
            if (o instanceof Chunk c && c.getFont() != null) {
                size = Math.max(size, c.getFont().getSize());
            }
        }
        if (size > 0) {
            p.setLeading(size * 1.25f);
        }
        p.setSpacingBefore(before);
        return p;
    }

    private void notComputed(Document document) {
        List<ShownResult> missing = model.notComputed();
        if (missing.isEmpty()) {
            return;
        }
        document.add(style.paragraph("Not computed (" + missing.size() + ")", style.subheading, 10f, 2f));
        PdfPTable table = style.table(17f, 35f, 48f);
        table.addCell(style.header("ID"));
        table.addCell(style.header("Indicator"));
        table.addCell(style.header("Why not"));
        int row = 0;
        for (ShownResult r : missing) {
            List<PdfPCell> cells = List.of(style.text(r.id(), style.cellBold), style.text(r.metadata().title()),
                    style.text(Formats.capitalised(Formats.status(r.status())) + ": " + r.message(), style.cellSmall));
            for (PdfPCell c : cells) {
                c.setBackgroundColor(ReportStyle.zebra(row));
                table.addCell(c);
            }
            row++;
        }
        document.add(table);
    }
}
