package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.chatbatch.cin.SyntheticCinCensus;
import uk.chatbatch.generate.GeneratorOptions;
import uk.chatbatch.generate.SyntheticAnnexAGenerator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorEngine;
import uk.chatbatch.indicators.IndicatorSettings;
import uk.chatbatch.indicators.Population;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.report.ReportDocument;
import uk.chatbatch.report.ReportVariant;
import uk.chatbatch.ssda903.SyntheticSsda903;

/**
 * Both documents of both variants for generated LAs ({@code generate --children N --seed S}, N = 10, 400 and 5,000,
 * seeds 1 to 3, each with Annex A alone and with an SSDA903 year and a CIN census), read back as printed: every
 * placeholder filled, no word split across two lines, a chart over 12 months says so, and a figure in days is
 * called a mean or a median as its definition says. (Tables are laid out by one rule, proved in ReportPagesTest.)
 */
class ReportLayoutOfGeneratedLasTest {

    static final LocalDate T = LocalDate.of(2026, 9, 30);
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.discover();

    /**
     * What an unfilled template leaves: a brace, a lone N ("within N working days"; not Excel's #N/A), a missing or
     * undefined value.
     */
    static final Pattern PLACEHOLDER = Pattern.compile("[{}]|(?<![\\w'’#/-])N(?![\\w:'’/-])|\\bnull\\b|\\bNaN\\b|Infinity");
    /** A definition that names its setting N and says what N is: not a placeholder. */
    static final Pattern DEFINED_N = Pattern.compile("the N-th ([a-z ]+?), where N is the setting [a-z_]+ \\(default"
            + " \\d+\\)\\. With N = \\d+");
    static final Pattern MONTH_OF_YEAR = Pattern.compile("(January|February|March|April|May|June|July|August|September"
            + "|October|November|December) \\d{4}: ");
    static final Pattern MEAN_OR_MEDIAN = Pattern.compile("\\b(Mean|Median) [0-9.,]+ days");

    static List<Object[]> las() {
        List<Object[]> runs = new ArrayList<>();
        for (int children : Integer.getInteger("layout.children") == null ? new int[] {10, 400, 5_000} : new int[] {Integer.getInteger("layout.children")}) {
            // every seed of the small LAs, where small numbers and empty charts are everywhere; one of the largest
            for (int seed = 1; seed <= (children > 1_000 ? 1 : 3); seed++) {
                runs.add(new Object[] {children, seed, false});
                runs.add(new Object[] {children, seed, true});
            }
        }
        return runs;
    }

    @ParameterizedTest(name = "generate --children {0} --seed {1}, returns {2}")
    @MethodSource("las")
    void bothDocumentsReadAsPrintedWithoutAStumble(int children, int seed, boolean returns, @TempDir Path dir)
            throws Exception {
        Path reports = run(children, seed, returns, dir);
        for (ReportDocument document : ReportDocument.values()) {
            for (ReportVariant variant : ReportVariant.values()) {
                Path pdf = reports.resolve(document.fileName(variant));
                String where = pdf.getFileName() + " of " + children + " children, seed " + seed
                        + (returns ? " with the returns" : "");
                List<Line> lines = lines(pdf);
                String text = String.join("\n", lines.stream().map(Line::text).toList());

                Matcher placeholder = PLACEHOLDER.matcher(DEFINED_N.matcher(text.replaceAll("\\s+", " ")).replaceAll(""));
                assertThat(placeholder.find() ? around(placeholder) : "")
                        .as(where + ": an unfilled placeholder").isEmpty();
                assertThat(splitWords(lines)).as(where + ": words split across two lines").isEmpty();
                assertThat(monthlyChartsWithoutTheirSpan(text)).as(where + ": a chart over 12 months that does not say so")
                        .isEmpty();
                assertThat(averagesNamedOtherwise(text)).as(where + ": a figure in days called what its definition"
                        + " does not call it").isEmpty();
            }
        }
    }

    static Path run(int children, int seed, boolean returns, Path dir) throws Exception {
        Path workbook = dir.resolve("annex-a.xlsx");
        new SyntheticAnnexAGenerator().generate(GeneratorOptions.messy(seed, children, T), workbook);
        Optional<Path> ssda903 = Optional.empty();
        Optional<Path> cin = Optional.empty();
        if (returns) {
            // the last collection year ended by the period end, at the typical LA's 1,500 episodes a year per 9,600
            Path folder = Files.createDirectories(dir.resolve("ssda903"));
            SyntheticSsda903.write(folder, seed, 2025, 1, Math.max(5, children * 1_500 / 9_600));
            cin = Optional.of(dir.resolve("cin-census.xml"));
            SyntheticCinCensus.write(new SyntheticCinCensus.Options(seed, Math.max(5, children / 2), 2026, 0.02),
                    cin.get());
            ssda903 = Optional.of(folder);
        }
        RunRequest request = new RunRequest(new LaPeriod("999", T), "Generated", Optional.of(workbook), ssda903, cin,
                dir.resolve("out"), IndicatorSettings.defaults(), Population.notConfigured(), Optional.of("North East"),
                List.of(ReportVariant.INTERNAL, ReportVariant.SHAREABLE), Optional.empty(), true);
        new IngestStage(m -> { }).run(request);
        new IndicatorStage(new IndicatorEngine(CATALOGUE), m -> { }).run(request, 1L);
        new ReportStage(CATALOGUE, m -> { }).run(request, ZonedDateTime.of(2026, 10, 5, 9, 0, 0, 0,
                ZoneId.of("Europe/London")));
        return request.layout().reportFile(new LaPeriod("999", T), "x").getParent();
    }

    /** A line of a cell or paragraph as printed: its text, where it starts, its baseline and its page. */
    record Line(int page, float x, float right, float y, float height, String text) {
    }

    /**
     * The document's lines, each cut where a gap wider than a word space separates two table cells on one
     * baseline, so a cell's lines can be followed down its column.
     */
    static List<Line> lines(Path pdf) throws Exception {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writePage() {
                    List<TextPosition> glyphs = new ArrayList<>();
                    charactersByArticle.forEach(glyphs::addAll);
                    glyphs.sort(java.util.Comparator.comparingDouble((TextPosition p) -> Math.round(p.getYDirAdj()))
                            .thenComparingDouble(TextPosition::getXDirAdj));
                    StringBuilder text = new StringBuilder();
                    TextPosition first = null;
                    TextPosition previous = null;
                    for (TextPosition p : glyphs) {
                        boolean newLine = previous != null && Math.round(p.getYDirAdj()) != Math.round(previous.getYDirAdj());
                        // wider than a few word spaces: the next cell of a table row, or the other half of a page
                        boolean gap = previous != null && p.getXDirAdj() - (previous.getXDirAdj()
                                + previous.getWidthDirAdj()) > 0.6f * p.getFontSizeInPt();
                        if (first != null && (newLine || gap)) {
                            lines.add(new Line(getCurrentPageNo(), first.getXDirAdj(), previous.getXDirAdj()
                                    + previous.getWidthDirAdj(), first.getYDirAdj(), first.getFontSizeInPt(),
                                    text.toString().strip()));
                            text.setLength(0);
                            first = null;
                        } else if (previous != null && p.getXDirAdj() - (previous.getXDirAdj()
                                + previous.getWidthDirAdj()) > 0.15f * p.getFontSizeInPt()) {
                            text.append(' ');
                        }
                        if (first == null) {
                            first = p;
                        }
                        text.append(p.getUnicode());
                        previous = p;
                    }
                    if (first != null) {
                        lines.add(new Line(getCurrentPageNo(), first.getXDirAdj(), previous.getXDirAdj()
                                + previous.getWidthDirAdj(), first.getYDirAdj(), first.getFontSizeInPt(),
                                text.toString().strip()));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return lines;
    }

    /**
     * Lines that end inside a word: a line holding one unbroken token (OpenPDF splits a word only when it is wider
     * than its cell, so the word fills the line alone) followed, in the same column on the next baseline, by a
     * line that continues it, where the two joined are a word printed elsewhere in the document, or neither part is;
     * or a line ending at a hyphen with the next line continuing it, other than between two words of four letters
     * or more.
     */
    static List<String> splitWords(List<Line> lines) {
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        java.util.Map<Integer, List<Line>> pages = new java.util.HashMap<>();
        for (Line line : lines) {
            for (String token : line.text().split("\\s+")) {
                words.merge(bare(token), 1, Integer::sum);
            }
            pages.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        List<String> split = new ArrayList<>();
        for (Line line : lines) {
            // the same column: lines start together, or end together in a right-aligned cell
            Optional<Line> next = pages.get(line.page()).stream().filter(l -> (Math.abs(l.x() - line.x()) < 1f
                            || Math.abs(l.right() - line.right()) < 1f)
                    && l.y() > line.y() + 0.5f * line.height() && l.y() < line.y() + 1.6f * line.height()).findFirst();
            if (next.isEmpty() || next.get().text().isEmpty()) {
                continue;
            }
            String end = line.text();
            char continues = next.get().text().charAt(0);
            boolean oneToken = !end.contains(" ") && end.matches(".*[\\p{L}\\d]") && !end.matches("\\d[\\d,.]*%?");
            boolean continued = Character.isLowerCase(continues) || Character.isDigit(continues);
            String rest = bare(firstToken(next.get()));
            if (oneToken && continued && (words.containsKey(bare(end) + rest)
                    || words.get(bare(end)) == 1 && words.getOrDefault(rest, 0) == 1)) {
                split.add("page " + line.page() + ": " + end + " | " + next.get().text());
            } else if (end.matches(".*[\\p{L}\\d]-") && Character.isLetterOrDigit(continues)
                    && !(end.matches(".*(^|[^\\p{L}])\\p{L}{4,}-") && next.get().text().matches("\\p{L}{4,}.*"))) {
                // a compound of two words breaks at its hyphen ("postcode-" "centroid"), an id never ("CP-" "04")
                split.add("page " + line.page() + ": " + end + " | " + next.get().text());
            }
        }
        return split;
    }

    private static String firstToken(Line line) {
        return line.text().split("\\s+")[0];
    }

    private static String bare(String token) {
        return token.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
    }

    /** The title of each monthly chart whose caption lists 12 or more months but whose title does not say so. */
    static List<String> monthlyChartsWithoutTheirSpan(String text) {
        List<String> missing = new ArrayList<>();
        String[] paragraphs = text.replace("\n", " ").split("(?=\\b[A-Z]{2,4}-\\d{2}[A-Z]?\\s{1,2}[A-Z])");
        for (String paragraph : paragraphs) {
            // distinct months: two half-width charts side by side read as one paragraph
            Matcher months = MONTH_OF_YEAR.matcher(paragraph);
            java.util.Set<String> listed = new java.util.HashSet<>();
            while (months.find()) {
                listed.add(months.group());
            }
            int n = listed.size();
            if (n >= 12 && !paragraph.contains(n + " months")) {
                missing.add(paragraph.substring(0, Math.min(120, paragraph.length())));
            }
        }
        return missing;
    }

    /** Each "Mean 420 days" or "Median 36 days" printed under an indicator whose definition says the other. */
    static List<String> averagesNamedOtherwise(String text) {
        List<String> wrong = new ArrayList<>();
        String[] paragraphs = text.replace("\n", " ").split("(?=\\b[A-Z]{2,4}-\\d{2}[A-Z]?\\s{1,2}[A-Z])");
        for (String paragraph : paragraphs) {
            Matcher id = Pattern.compile("^([A-Z]{2,4}-\\d{2}[A-Z]?)").matcher(paragraph);
            if (!id.find()) {
                continue;
            }
            Optional<String> definition = CATALOGUE.definitions().stream().filter(m -> m.id().equals(id.group(1)))
                    .map(m -> m.definition().toLowerCase()).findFirst();
            if (definition.isEmpty()) {
                continue;
            }
            Matcher said = MEAN_OR_MEDIAN.matcher(paragraph);
            Matcher defined = Pattern.compile("\\b(mean|median)\\b").matcher(definition.get());
            String expected = defined.find() ? defined.group(1) : "median";
            while (said.find()) {
                if (!said.group(1).toLowerCase().equals(expected)) {
                    wrong.add(id.group(1) + " says " + said.group() + " but is defined as a " + expected);
                }
            }
        }
        return wrong;
    }

    private static String around(Matcher found) {
        String text = found.replaceFirst("[[$0]]");
        int at = found.start();
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}
