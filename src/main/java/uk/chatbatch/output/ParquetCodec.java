package uk.chatbatch.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The compression of the datasets' pages. ZSTD by default (smallest files); SNAPPY for readers that may not take
 * ZSTD: it is the codec every Parquet reader is known to accept (Power BI's ZSTD support is unverified).
 */
public enum ParquetCodec {
    ZSTD(CompressionCodecName.ZSTD),
    SNAPPY(CompressionCodecName.SNAPPY);

    public static final ParquetCodec DEFAULT = ZSTD;

    private final CompressionCodecName parquet;

    ParquetCodec(CompressionCodecName parquet) {
        this.parquet = parquet;
    }

    CompressionCodecName parquet() {
        return parquet;
    }

    /** The word used in job files and on the command line: {@code zstd} or {@code snappy}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParquetCodec> parse(String label) {
        return Arrays.stream(values()).filter(c -> c.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    /** The one sentence for a value that is not a codec; {@code where} names the option or job file key. */
    public static String refusal(String where, String value) {
        return where + " is '" + value + "', which is not a Parquet codec chat-batch writes: use zstd (the default)"
                + " or snappy.";
    }
}
