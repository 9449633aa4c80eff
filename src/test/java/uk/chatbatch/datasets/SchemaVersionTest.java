package uk.chatbatch.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import uk.chatbatch.output.ColumnDef;
import uk.chatbatch.output.DatasetProvenance;

/**
 * The schema version written in every footer moves with the schemas: every dataset's name, classification, key and
 * columns (name, type, REQUIRED) are fingerprinted, and the fingerprint is pinned to the version. A schema change
 * fails here until someone bumps {@link DatasetProvenance#SCHEMA_VERSION} by the README's rule ("When the schema
 * version changes") and records the new fingerprint beside it. Descriptions and units are left out: rewording one
 * breaks no reader.
 */
class SchemaVersionTest {

    /**
     * The fingerprint of the schemas that version {@code 1.1} names: the same as 1.0's, the minor part raised for the
     * roll-up's new footer keys ({@code chat_batch.group}, {@code chat_batch.la_codes}).
     */
    private static final String VERSION = "1.1";
    private static final String FINGERPRINT = "fdca4632b5ad470863161ff73d18c9ab170597351f1f30772f148bd386f268a0";

    @Test
    void theSchemaVersionIsBumpedWhenTheSchemasChange() throws NoSuchAlgorithmException {
        StringBuilder schemas = new StringBuilder();
        for (DatasetRegistry.Entry entry : DatasetRegistry.all()) {
            schemas.append(entry.classification().label()).append(' ').append(entry.name()).append(" key ")
                    .append(entry.key()).append('\n');
            for (ColumnDef column : entry.schema().columns()) {
                schemas.append("  ").append(column.name()).append(' ').append(column.type())
                        .append(column.required() ? " REQUIRED" : "").append('\n');
            }
        }
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(schemas.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(DatasetProvenance.SCHEMA_VERSION + " " + fingerprint)
                .as("the datasets' schemas changed: bump DatasetProvenance.SCHEMA_VERSION (README, \"When the schema"
                        + " version changes\") and record the new version and fingerprint in this test")
                .isEqualTo(VERSION + " " + FINGERPRINT);
    }
}
