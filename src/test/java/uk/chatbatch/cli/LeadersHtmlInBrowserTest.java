package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accessible HTML leaders' report of the bundled sample, both variants, opened in a real browser: headless
 * Chromium from Debian's packages, started by the test. A screenshot shows the page is drawn (a PNG of the window's
 * size, not blank), and a copy of the page with {@code html-audit.js} added reports what the browser built: the
 * document language, the headings in order, tables with scoped header cells, every chart decoded with alternative
 * text equal to its caption, and axe-like rules (landmarks, unique ids, colour contrast, ...) with no violation.
 *
 * <p>Skipped, saying how to install it, where Chromium is not installed ({@code .ci/run} installs it).
 */
class LeadersHtmlInBrowserTest {

    /** Where Debian's chromium package puts the browser; {@code -Dchatbatch.chromium=...} names another. */
    static final Path CHROMIUM = Path.of(System.getProperty("chatbatch.chromium", "/usr/bin/chromium"));
    static final int WIDTH = 1024;
    static final int HEIGHT = 1400;
    static final long TIMEOUT_SECONDS = 180;

    @TempDir
    static Path dir;
    static Path reports;

    @BeforeAll
    static void runTheSample() {
        if (!Files.isExecutable(CHROMIUM)) {
            return;
        }
        CapturedOutput run = CapturedOutput.launch("run", "jobs/sample-la.yml", "--output", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        reports = dir.resolve("out/reports/999/2026-09-30");
    }

    /** Each test is skipped, saying how to install it, where the browser is missing. */
    @BeforeEach
    void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + ", so the HTML report"
                + " is not checked in a browser; install it with: apt-get install chromium");
    }

    @Test
    void eachVariantIsDrawnAsAPictureOfTheWindowsSizeThatIsNotBlank() throws Exception {
        for (String variant : List.of("internal", "shareable")) {
            Path png = dir.resolve("leaders-" + variant + ".png");
            chromium("--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png,
                    reports.resolve("chat-leaders-" + variant + ".html").toUri().toString());
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes).as("a PNG file").startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            BufferedImage shot = ImageIO.read(png.toFile());
            assertThat(shot.getWidth()).as(variant + " width").isEqualTo(WIDTH);
            assertThat(shot.getHeight()).as(variant + " height").isEqualTo(HEIGHT);
            int ink = 0;
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    int rgb = shot.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            double inked = (double) ink / (WIDTH * HEIGHT);
            assertThat(inked).as(variant + ": share of the window drawn in something other than white")
                    .isBetween(0.02, 0.6);
            assertThat(colours).as(variant + ": text in greys and the comparison bands in colour").hasSizeGreaterThan(50);
        }
    }

    @Test
    void theBrowserFindsTheStructureAScreenReaderFollowsAndNoAxeLikeViolation() throws Exception {
        for (String variant : List.of("internal", "shareable")) {
            Audit audit = audit(reports.resolve("chat-leaders-" + variant + ".html"));

            assertThat(audit.first("lang")).as(variant + ": document language").isEqualTo("en-GB");
            assertThat(audit.first("title")).as(variant).startsWith("Children's services leaders' report: Sampleshire");
            List<String> headings = audit.all("heading");
            assertThat(headings).as(variant + ": one main heading, first").first()
                    .isEqualTo("h1\tSampleshire (synthetic LA): where the service stands");
            assertThat(headings.stream().filter(h -> h.startsWith("h2\t")).map(h -> h.substring(3)).toList())
                    .as(variant + ": a heading per theme, in the PDF's order, then changes and data quality")
                    .containsExactly("Front door", "Assessment and children in need", "Child protection",
                            "Children in care", "Care leavers", "Adoption", "What changed since the last period",
                            "Data quality: rows to fix");

            List<String> tables = audit.all("table");
            assertThat(tables).as(variant + ": headline, one per theme with an England figure (Adoption's is"
                    + " the scorecard's secondary one), data quality; no trends or changes on a first run").hasSize(8);
            assertThat(tables.get(0)).as(variant + ": caption, header cells, scoped, data cells")
                    .startsWith("The headline measures\t");
            for (String table : tables) {
                String[] f = table.split("\t");
                assertThat(Integer.parseInt(f[1])).as(variant + ": " + f[0] + " has header cells").isPositive();
                assertThat(f[2]).as(variant + ": " + f[0] + ": every header cell scoped").isEqualTo(f[1]);
            }

            List<String> figures = audit.all("figure");
            assertThat(figures).as(variant + ": the key charts").hasSizeGreaterThanOrEqualTo(6);
            for (String figure : figures) {
                String[] f = figure.split("\t", -1);
                assertThat(f[0]).as(variant + ": the chart's alternative text is its caption, which states its numbers")
                        .isEqualTo(f[1]).containsPattern("[0-9]");
                assertThat(f[2]).as(variant + ": decoded, twice as many pixels as points (" + f[1] + ")")
                        .matches("[1-9][0-9]{2,}x[1-9][0-9]{2,}");
                assertThat(Integer.parseInt(f[3])).as(variant + ": shown within the window").isBetween(200, WIDTH);
            }

            assertThat(Integer.parseInt(audit.first("contrast-checked"))).as("every element holding text")
                    .isGreaterThan(200);
            assertThat(audit.all("violation")).as(variant + ": axe-like rules").isEmpty();
        }
    }

    /** The audit lines of one page: "kind\tfield\tfield...". */
    record Audit(List<String> lines) {
        List<String> all(String kind) {
            return lines.stream().filter(l -> l.startsWith(kind + "\t")).map(l -> l.substring(kind.length() + 1))
                    .toList();
        }

        String first(String kind) {
            List<String> found = all(kind);
            assertThat(found).as("the audit reports " + kind).isNotEmpty();
            return found.get(0);
        }
    }

    /** Opens a copy of the page with the audit script added, and reads back what the script wrote into the page. */
    private static Audit audit(Path html) throws Exception {
        String script;
        try (InputStream in = LeadersHtmlInBrowserTest.class.getResourceAsStream("html-audit.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String page = Files.readString(html);
        assertThat(page).contains("</body>");
        Path copy = dir.resolve("audited-" + html.getFileName());
        Files.writeString(copy, page.replace("</body>", "<script>\n" + script + "\n</script>\n</body>"));
        String dom = chromium("--window-size=" + WIDTH + "," + HEIGHT, "--virtual-time-budget=10000", "--dump-dom",
                copy.toUri().toString());
        int start = dom.indexOf("<pre id=\"audit\">");
        assertThat(start).as("the audit script ran and wrote its findings").isNotNegative();
        String text = dom.substring(start + "<pre id=\"audit\">".length(), dom.indexOf("</pre>", start))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        List<String> lines = new ArrayList<>(text.lines().filter(l -> !l.isBlank()).toList());
        return new Audit(lines);
    }

    /**
     * Runs headless Chromium with the flags that work on the build machines (no sandbox as root, no GPU, no
     * background network, which a closed network refuses) and a fresh profile, and returns what it printed.
     */
    private static String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = dir.resolve("chromium-out.txt");
        Path err = dir.resolve("chromium-err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; it said: " + Files.readString(err)).isZero();
        return Files.readString(out);
    }
}
