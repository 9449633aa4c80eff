package uk.chatbatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.datasets.IndicatorCatalogueDataset;
import uk.chatbatch.indicators.ChartType;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.Polarity;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.output.ColumnDef;

/**
 * The catalogue CSV reads back as it was written: a strict parser (a row wider or narrower than the header is an
 * error, as pandas and polars make it) finds every row the header's width, and a value holding a comma, a quote
 * and a line break comes back whole.
 */
class CatalogueCsvTest {

    static final List<String> HEADER = IndicatorCatalogueDataset.COLUMNS.stream().map(ColumnDef::name).toList();

    /** Different field counts are an error, not padding or truncation. */
    static List<CsvRecord> parseStrictly(String csv) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(false).allowMissingFields(false)
                .allowExtraCharsAfterClosingQuote(false).allowUnclosedQuote(false).ofCsvRecord(csv)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theStrictParserRefusesARowWiderThanTheHeader() {
        // the old file's shape: the unit "per 10,000 children" unquoted gave 14 fields under a 13-field header
        assertThatThrownBy(() -> parseStrictly("indicator_id,unit\nCON-02,per 10,000 children\n"))
                .isInstanceOf(CsvParseException.class);
    }

    @Test
    void theCommittedCsvHasEveryIndicatorInRowsAsWideAsTheHeader() throws IOException {
        List<IndicatorMetadata> catalogue = IndicatorCatalogue.discover().definitions();
        List<CsvRecord> records = parseStrictly(Files.readString(Path.of("src/site/indicator-catalogue.csv")));

        assertThat(records.get(0).getFields()).isEqualTo(HEADER);
        List<CsvRecord> rows = records.subList(1, records.size());
        assertThat(rows).allSatisfy(r -> assertThat(r.getFieldCount()).as("line " + r.getStartingLineNumber())
                .isEqualTo(HEADER.size()));
        assertThat(rows).extracting(r -> r.getField(0))
                .containsExactlyElementsOf(catalogue.stream().map(IndicatorMetadata::id).toList());
        CsvRecord con02 = rows.stream().filter(r -> r.getField(0).equals("CON-02")).findFirst().orElseThrow();
        assertThat(con02.getField(HEADER.indexOf("unit"))).isEqualTo("per 10,000 children");
        assertThat(con02.getField(HEADER.indexOf("headline"))).isIn("true", "false");
    }

    @Test
    void aValueWithACommaAQuoteAndALineBreakRoundTrips() {
        String title = "Contacts, \"re-opened\"\nwithin a day";
        IndicatorMetadata awkward = new IndicatorMetadata("CON-99", title, "A definition, with \"quotes\".\r\nTwo lines.",
                "contacts", "", "six months ending on the period end", AnnexAList.CONTACTS, List.of(),
                List.of(Field.DATE_OF_CONTACT), Unit.RATE_PER_10000, Polarity.CONTEXTUAL, ChartType.KPI, List.of(),
                List.of());

        List<CsvRecord> records = parseStrictly(CatalogueDocument.csv(List.of(awkward)));

        assertThat(records).hasSize(2);
        CsvRecord row = records.get(1);
        assertThat(row.getFieldCount()).isEqualTo(HEADER.size());
        assertThat(row.getField(HEADER.indexOf("title"))).isEqualTo(title);
        assertThat(row.getField(HEADER.indexOf("definition"))).isEqualTo("A definition, with \"quotes\".\r\nTwo lines.");
        assertThat(row.getField(HEADER.indexOf("unit"))).isEqualTo("per 10,000 children");
        // nothing to say is an empty field, never the word null
        assertThat(row.getField(HEADER.indexOf("denominator"))).isEmpty();
        assertThat(row.getField(HEADER.indexOf("twin_id"))).isEmpty();
    }
}
