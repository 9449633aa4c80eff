package uk.chatbatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.corpus.Inputs.CONTACT_HEADER_CELLS;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.pipeline.IngestStage;

/**
 * Hostile files: each is refused with one sentence, or read, within a time and a heap bound measured here,
 * and nothing from outside the input (a file an external entity points at) reaches any output.
 *
 * <p>Bounds are generous for a shared build machine: {@link #TIME_BOUND} of wall time and
 * {@link #HEAP_BOUND} of heap growth (the peak of every heap pool over the read, above what was in use before).
 * A reader that inflated the gigabyte sheet, expanded the billion laughs or built the deep tree in memory would
 * break both by orders of magnitude.
 */
class HostileFilesTest {

    static final Duration TIME_BOUND = Duration.ofSeconds(30);
    static final long HEAP_BOUND = 256L * 1024 * 1024;
    /** The content of a local file an external entity points at: it must reach no output. */
    static final String MARKER = "SECRET-MARKER-7f3a9c";

    @TempDir
    Path dir;

    Path secret;

    @BeforeEach
    void plantSecret() throws Exception {
        secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
    }

    /** What one bounded read gave: the refusal's sentence, or empty when the input was read. */
    record Outcome(Optional<String> refusal, Duration elapsed, long heapGrowth) {
        void assertWithinBounds(Duration timeBound) {
            assertThat(elapsed).as("time").isLessThan(timeBound);
            assertThat(heapGrowth).as("heap growth, bytes").isLessThan(HEAP_BOUND);
        }
    }

    private Outcome ingest(String option, Path input) {
        return ingest(option, input, TIME_BOUND);
    }

    private Outcome ingest(String option, Path input, Duration timeBound) {
        Path out = dir.resolve("out");
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Optional<String> refusal = Optional.empty();
        try {
            new IngestStage(m -> { }).run(BadInputCorpusTest.request(new BadInputCorpusTest.Input(option, input), out));
        } catch (InputException e) {
            refusal = Optional.of(e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Outcome outcome = new Outcome(refusal, elapsed, Math.max(0, peak - before));
        outcome.assertWithinBounds(timeBound);
        assertThat(OutputScan.find(out, List.of(MARKER))).as("the secret file's content in an output").isEmpty();
        refusal.ifPresent(m -> {
            Console.assertOneSentence(m);
            assertThat(out.resolve("parquet")).as("nothing published from a refused input").doesNotExist();
        });
        return outcome;
    }

    private String xxe(String root) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
    }

    private static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">\n");
        }
        return dtd.append("]>\n").toString();
    }

    private static final String SSDA903_CHILD = "<CHILD><HEADER><CHILDID>%s</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB>"
            + "<ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN></HEADER><EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><LS>C2</LS>"
            + "<CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD>";

    @Test
    void ssda903XmlWithAnExternalEntityIsReadWithoutFetchingIt() {
        Path input = Inputs.write(dir.resolve("903/2023-24.xml"), xxe("EXPSSDA903")
                + "<EXPSSDA903>" + SSDA903_CHILD.formatted("&xxe;100000001") + "</EXPSSDA903>").getParent();
        assertThat(ingest("--ssda903", input).refusal()).as("read, the entity reported and not expanded").isEmpty();
        assertThat(published().messages(uk.chatbatch.ingest.IssueCode.XML_ENTITY_NOT_EXPANDED)).isNotEmpty();
    }

    @Test
    void ssda903XmlWithBillionLaughsIsReadWithoutExpandingThem() {
        Path input = Inputs.write(dir.resolve("903/2023-24.xml"), billionLaughs("EXPSSDA903")
                + "<EXPSSDA903>" + SSDA903_CHILD.formatted("&lol9;") + "</EXPSSDA903>").getParent();
        assertThat(ingest("--ssda903", input).refusal()).isEmpty();
    }

    @Test
    void cinXmlWithAnExternalEntityIsRefused() {
        Path input = Inputs.write(dir.resolve("cin.xml"), xxe("Message")
                + Inputs.census(Inputs.cinChild("&xxe;", "2023-05-02")));
        assertThat(ingest("--cin", input).refusal()).hasValueSatisfying(m -> assertThat(m).contains("cin.xml",
                "DOCTYPE"));
    }

    @Test
    void cinXmlWithBillionLaughsIsRefused() {
        Path input = Inputs.write(dir.resolve("cin.xml"), billionLaughs("Message")
                + Inputs.census(Inputs.cinChild("&lol9;", "2023-05-02")));
        assertThat(ingest("--cin", input).refusal()).hasValueSatisfying(m -> assertThat(m).contains("cin.xml",
                "DOCTYPE"));
    }

    private static String nested(String open, String close, int depth) {
        return open.repeat(depth) + close.repeat(depth);
    }

    @Test
    void cinXmlNested100000LevelsDeepIsRefused() {
        Path input = Inputs.write(dir.resolve("cin.xml"), Inputs.census("<Child>" + nested("<a>", "</a>", 100_000)
                + "</Child>\n"));
        assertThat(ingest("--cin", input).refusal()).hasValueSatisfying(m -> assertThat(m).contains("cin.xml",
                "nested"));
    }

    @Test
    void ssda903XmlNested100000LevelsDeepIsRefused() {
        Path input = Inputs.write(dir.resolve("903/2023-24.xml"), "<EXPSSDA903>" + SSDA903_CHILD.formatted(
                "100000001").replace("</HEADER>", nested("<X>", "</X>", 100_000) + "</HEADER>") + "</EXPSSDA903>")
                .getParent();
        assertThat(ingest("--ssda903", input).refusal()).hasValueSatisfying(m -> assertThat(m).contains(
                "2023-24.xml", "nested"));
    }

    @Test
    void aWorkbookWhoseSheetInflatesToAGigabyteIsRefusedUnread() {
        byte[] spaces = " ".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path bomb = RawXlsx.write(dir.resolve("bomb.xlsx"), List.of(new RawXlsx.Sheet("Contacts", out -> {
            out.write(RawXlsx.row(1, CONTACT_HEADER_CELLS));
            String chunk = new String(spaces, java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < 1024; i++) {
                out.write(chunk); // whitespace between rows is valid XML and deflates about a thousandfold
            }
        })));
        assertThat(ingest("--annex-a", bomb).refusal()).hasValueSatisfying(m -> assertThat(m).contains("bomb.xlsx",
                "zip bomb"));
    }

    @Test
    void aWorkbookWithAMillionTinyRowsIsReadWithinBounds() {
        Path big = RawXlsx.write(dir.resolve("million.xlsx"), List.of(new RawXlsx.Sheet("Contacts", out -> {
            out.write(RawXlsx.row(1, CONTACT_HEADER_CELLS));
            out.write(RawXlsx.row(2, "100000001", "b) Female", "a) WBRI", "14/02/2015", 9, "01/06/2023", "6"));
            for (int r = 3; r < 1_000_003; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t> </t></is></c></row>");
            }
        })));
        // A million rows stream at roughly 15,000 a second on the loaded two-core build machine (far faster
        // alone); the heap bound is the one that catches a reader holding the sheet in memory.
        assertThat(ingest("--annex-a", big, MILLION_ROWS_TIME_BOUND).refusal()).isEmpty();
        assertThat(published().accounting("List 1 (Contacts)")).as("the one data row counted, the blank rows skipped")
                .containsExactly(1L, 1L, 0L);
    }

    static final Duration MILLION_ROWS_TIME_BOUND = Duration.ofSeconds(150);

    private BadInputCorpusTest.Published published() {
        try {
            return new BadInputCorpusTest.Published(dir.resolve("out"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWorkbookWithAHugeSharedStringsPartIsReadWithinBounds() {
        Path big = RawXlsx.write(dir.resolve("strings.xlsx"), List.of(new RawXlsx.Sheet("Contacts", out -> {
            out.write(RawXlsx.row(1, CONTACT_HEADER_CELLS));
            out.write(RawXlsx.row(2, "100000001", "b) Female", "a) WBRI", "14/02/2015", 9, "01/06/2023", "6"));
        })), out -> {
            for (int i = 0; i < 2_000_000; i++) {
                out.write("<si><t>s" + i + "</t></si>");
            }
        });
        assertThat(ingest("--annex-a", big).refusal()).isEmpty();
        assertThat(published().accounting("List 1 (Contacts)")).containsExactly(1L, 1L, 0L);
    }

    @Test
    void aWorkbookWithAHundredSheetsIsReadWithinBounds() {
        List<RawXlsx.Sheet> sheets = new java.util.ArrayList<>();
        for (int s = 1; s <= 100; s++) {
            sheets.add(new RawXlsx.Sheet("Sheet" + s, out -> {
                out.write(RawXlsx.row(1, "Notes", "More notes"));
                out.write(RawXlsx.row(2, "nothing", "here"));
            }));
        }
        sheets.set(0, new RawXlsx.Sheet("Contacts", out -> {
            out.write(RawXlsx.row(1, CONTACT_HEADER_CELLS));
            out.write(RawXlsx.row(2, "100000001", "b) Female", "a) WBRI", "14/02/2015", 9, "01/06/2023", "6"));
        }));
        assertThat(ingest("--annex-a", RawXlsx.write(dir.resolve("hundred.xlsx"), sheets)).refusal()).isEmpty();
        assertThat(published().accounting("List 1 (Contacts)")).containsExactly(1L, 1L, 0L);
        assertThat(published().messages(uk.chatbatch.ingest.IssueCode.UNRECOGNISED_SHEET)).hasSize(99);
    }
}
