package uk.chatbatch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import uk.chatbatch.indicators.Unit;

/**
 * The leaders' report as an accessible HTML page, beside its PDF and from the same {@link ReportModel}: OpenPDF
 * 2.0.5 can mark content but does not tag its paragraphs, tables and images, so the PDF has no structure a
 * screen reader can follow. Here the structure is the markup: the document language, one {@code h1}, a heading
 * per section, tables with captions and header cells scoped to their rows and columns, each trend as a table of
 * its figures, and each key chart as a figure: its picture (a PNG inside the page, so the file stands alone), whose
 * alternative text is the caption, and the caption stating its numbers. Well-formed XHTML, so it can be checked
 * with an XML parser.
 */
public final class LeadersHtmlWriter {

    /**
     * Writes the page to {@code html}, replacing any earlier file.
     *
     * @return the charts that could not be drawn (each says so in its place), one sentence each
     */
    public List<String> write(ReportInput input, Path html) {
        ReportModel model = ReportModel.of(input);
        Path part = html.resolveSibling(html.getFileName() + ".part");
        try {
            Files.createDirectories(html.toAbsolutePath().getParent());
            Files.writeString(part, html(model), StandardCharsets.UTF_8);
            Files.move(part, html, StandardCopyOption.REPLACE_EXISTING);
            return model.notDrawn.parts().stream().map(NotDrawn.Part::sentence).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the HTML leaders' report " + html + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    /** The file name beside the PDF: chat-leaders-internal.html. */
    public static String fileName(ReportVariant variant) {
        return ReportDocument.LEADERS.fileName(variant).replaceFirst("\\.pdf$", ".html");
    }

    static String html(ReportModel model) {
        ReportInput input = model.input;
        ReportCharts charts = new ReportCharts();
        StringBuilder h = new StringBuilder();
        String title = LeadersReport.TITLE + ": " + input.laTitle() + ", period ending " + Formats.date(input.periodEnd());
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
                .append("<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, ")
                .append("initial-scale=1\"/>\n<title>").append(esc(title)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;font-size:100%;line-height:1.45;max-width:60em;margin:1em auto;")
                .append("padding:0 1em;color:#222}table{border-collapse:collapse;margin:0.5em 0 1.5em}")
                .append("caption{text-align:left;font-weight:bold;padding:0.3em 0}th,td{border-bottom:1px solid #bbb;")
                .append("padding:0.3em 0.5em;text-align:left;vertical-align:top}td.n{text-align:right}")
                .append("th[scope=row]{border-left:0.6em solid var(--band,#ddd)}figure{margin:1em 0 1.5em}")
                .append("img{max-width:100%;height:auto;display:block}</style>\n</head>\n<body>\n");
        h.append("<header>\n<p><strong>").append(esc(input.variant().classification()))
                .append("</strong></p>\n</header>\n<main>\n");
        h.append("<h1>").append(esc(input.laTitle())).append(": where the service stands</h1>\n");
        h.append("<p>").append(esc(LeadersReport.TITLE)).append(" for the six months to ")
                .append(esc(Formats.date(input.periodEnd()))).append(". Each measure is set against England's and")
                .append(" the region's latest published figures, with their years, and against the last period.</p>\n");
        measures(h, model, "The headline measures", LeadersReport.headlines(model), List.of());

        for (Theme theme : Theme.values()) {
            List<ShownResult> results = LeadersReport.themeResults(model, theme);
            if (results.stream().noneMatch(ShownResult::isComputed)) {
                continue;
            }
            h.append("<section aria-labelledby=\"").append(theme.key()).append("\">\n<h2 id=\"").append(theme.key())
                    .append("\">").append(esc(theme.title())).append("</h2>\n<p>").append(esc(theme.scope()))
                    .append("</p>\n");
            List<ShownResult> compared = results.stream().filter(r -> r.isComputed()
                    && LeadersReport.comparableEngland(model, r).isPresent()).toList();
            List<PartComparison> parts = model.comparedParts(theme);
            if (!compared.isEmpty() || !parts.isEmpty()) {
                measures(h, model, theme.title() + ": measures with an England figure", compared, parts);
            }
            for (ShownResult r : LeadersReport.headlines(model)) {
                Trend trend = model.trend(r.id());
                if (Theme.of(r.id()).orElse(null) == theme && trend.isDrawable()) {
                    trend(h, r, trend);
                }
            }
            for (Figure f : LeadersReport.keyFigures(model, theme)) {
                figure(h, model, f, charts);
            }
            h.append("</section>\n");
        }
        h.append("<section aria-labelledby=\"changes\">\n<h2 id=\"changes\">What changed since the last period</h2>\n");
        List<ShownResult> changed = model.results.stream().filter(r -> !r.isShare() && Theme.of(r.id()).isPresent()
                && model.trend(r.id()).sinceLast().map(c -> c.direction() != Trend.Direction.SAME).orElse(false))
                .toList();
        if (changed.isEmpty()) {
            h.append("<p>No measure has a figure for both the last period and this one.</p>\n");
        } else {
            h.append("<table>\n<caption>Measures that moved since the last period</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Measure</th><th scope=\"col\">Last period</th>")
                    .append("<th scope=\"col\">This period</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
            for (ShownResult r : changed) {
                Trend.Change c = model.trend(r.id()).sinceLast().get();
                Unit unit = r.headlineUnit();
                h.append("<tr><th scope=\"row\">").append(esc(r.metadata().title() + " (" + r.id() + ")"))
                        .append("</th><td class=\"n\">").append(esc(Formats.number(c.previous(), unit)))
                        .append("</td><td class=\"n\">").append(esc(Formats.number(c.current(), unit)))
                        .append("</td><td>").append(esc(LeadersReport.sinceLast(model.trend(r.id()), unit)))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");

        DataQualityCounts counts = DataQualityCounts.of(input.ingest(), input.issues());
        h.append("<section aria-labelledby=\"data-quality\">\n<h2 id=\"data-quality\">Data quality: rows to fix</h2>\n")
                .append("<p>").append(esc(counts.sentence())).append("</p>\n<table>\n<caption>Rows to fix, by list")
                .append("</caption>\n<thead><tr><th scope=\"col\">List or table</th><th scope=\"col\">Rows read</th>")
                .append("<th scope=\"col\">Rows with issues</th><th scope=\"col\">Share</th>")
                .append("<th scope=\"col\">Issues</th></tr></thead>\n<tbody>\n");
        for (DataQualityCounts.ListCounts l : counts.lists()) {
            if (l.issues() > 0) {
                dqRow(h, l);
            }
        }
        dqRow(h, counts.total());
        h.append("</tbody>\n</table>\n<p>").append(esc(DataQualityCounts.DEFINITION)).append("</p>\n</section>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void measures(StringBuilder h, ReportModel model, String caption, List<ShownResult> results,
                                 List<PartComparison> parts) {
        h.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Measure</th><th scope=\"col\">This period</th>")
                .append("<th scope=\"col\">England and region</th><th scope=\"col\">Where it stands</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ShownResult r : results) {
            String band = String.format("#%06x", Palette.rating(model.comparison(r.id()).rating()).getRGB() & 0xFFFFFF);
            h.append("<tr><th scope=\"row\" style=\"--band:").append(band).append("\">")
                    .append(esc(r.metadata().title())).append(" (").append(esc(r.id())).append(")</th><td class=\"n\">")
                    .append(esc((LeadersReport.valueText(r) + " " + LeadersReport.basisText(r)).strip()))
                    .append("</td><td>").append(esc(String.join("; ", LeadersReport.benchmarkLines(model, r))))
                    .append("</td><td>").append(esc(LeadersReport.sentence(model, r))).append("</td></tr>\n");
        }
        for (PartComparison p : parts) {
            String band = String.format("#%06x", Palette.rating(p.rating()).getRGB() & 0xFFFFFF);
            h.append("<tr><th scope=\"row\" style=\"--band:").append(band).append("\">")
                    .append(esc(p.measure().title())).append(" (").append(esc(p.measure().benchmarkId()))
                    .append(", from ").append(esc(p.measure().indicatorId())).append(")</th><td class=\"n\">")
                    .append(esc((p.laText() + " " + p.laBasisText()).strip()))
                    .append("</td><td>").append(esc(LeadersReport.partEngland(model, p)))
                    .append("</td><td>").append(esc(p.sentence())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /**
     * A key chart: the picture, whose alternative text is its caption (title and the numbers drawn, as the PDF's
     * chart carries), then the caption itself. A chart that cannot be drawn says so in its place.
     */
    private static void figure(StringBuilder h, ReportModel model, Figure f, ReportCharts charts) {
        String caption = f.title() + ". " + f.caption();
        h.append("<figure>\n");
        model.notDrawn.attempt(f.title(), () -> ChartPictures.of(f, charts)).ifPresentOrElse(picture ->
                picture.ifPresent(p -> h.append("<img src=\"").append(p.dataUri()).append("\" alt=\"")
                        .append(esc(caption)).append("\" width=\"").append(p.cssWidth()).append("\" height=\"")
                        .append(p.cssHeight()).append("\"/>\n")),
                () -> h.append("<p><strong>").append(esc(NotDrawn.PREFIX + model.notDrawn.last().reason()))
                        .append("</strong></p>\n"));
        h.append("<figcaption><strong>").append(esc(f.title())).append("</strong>. ").append(esc(f.caption()))
                .append("</figcaption>\n</figure>\n");
    }

    private static void trend(StringBuilder h, ShownResult r, Trend trend) {
        h.append("<table>\n<caption>").append(esc(r.metadata().title() + " (" + r.id() + "), by period end"))
                .append("</caption>\n<thead><tr><th scope=\"col\">Period end</th><th scope=\"col\">Figure</th>")
                .append("<th scope=\"col\">Out of</th></tr></thead>\n<tbody>\n");
        for (Trend.Point p : trend.points()) {
            h.append("<tr><th scope=\"row\">").append(esc(Formats.date(p.periodEnd()))).append("</th><td class=\"n\">")
                    .append(esc(p.withheld() ? SmallNumbers.SHOWN_AS : p.value()
                            .map(v -> Formats.number(v, r.headlineUnit())).orElse("no figure")))
                    .append("</td><td class=\"n\">").append(esc(p.basis().map(Formats::count).orElse("")))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void dqRow(StringBuilder h, DataQualityCounts.ListCounts l) {
        h.append("<tr><th scope=\"row\">").append(esc(l.list())).append("</th><td class=\"n\">")
                .append(Formats.count(l.rowsRead())).append("</td><td class=\"n\">").append(Formats.count(l.rowsWithIssues()))
                .append("</td><td class=\"n\">").append(esc(l.share())).append("</td><td class=\"n\">")
                .append(Formats.count(l.issues())).append("</td></tr>\n");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
