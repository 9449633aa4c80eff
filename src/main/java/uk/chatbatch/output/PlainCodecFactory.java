package uk.chatbatch.output;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page compression that calls zstd-jni and snappy-java directly.
 *
 * <p>Why not parquet's own {@code CodecFactory}: it goes through Hadoop's codec classes and builds
 * a Hadoop {@code Configuration}, which fails when only {@code hadoop-client-api} is on the class
 * path (missing shaded woodstox, missing zlib compressor classes). We have no Hadoop install and
 * want none. Both codecs here produce the raw blocks the Parquet format specifies, so Spark, DuckDB
 * and Arrow read the files like any other.
 *
 * <p>Only ZSTD (what we write), SNAPPY (what most other writers use) and UNCOMPRESSED are
 * supported; anything else fails with a message naming the codec rather than a linkage error
 * deep inside parquet. Compressors are stateless, so one factory can be shared.
 */
public final class PlainCodecFactory implements CompressionCodecFactory {

    /** parquet-java's own default ZSTD level; a good ratio at low CPU for data this size. */
    public static final int DEFAULT_ZSTD_LEVEL = 3;

    private final int zstdLevel;

    public PlainCodecFactory() {
        this(DEFAULT_ZSTD_LEVEL);
    }

    public PlainCodecFactory(int zstdLevel) {
        if (zstdLevel < Zstd.minCompressionLevel() || zstdLevel > Zstd.maxCompressionLevel()) {
            throw new IllegalArgumentException("ZSTD level " + zstdLevel + " is outside "
                    + Zstd.minCompressionLevel() + ".." + Zstd.maxCompressionLevel());
        }
        this.zstdLevel = zstdLevel;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return getCompressor(codec, zstdLevel);
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec, int level) {
        return switch (codec) {
            case ZSTD -> new Compressor(codec, bytes -> Zstd.compress(bytes, level));
            case SNAPPY -> new Compressor(codec, Snappy::compress);
            case UNCOMPRESSED -> new Compressor(codec, bytes -> bytes);
            default -> throw unsupported(codec);
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case ZSTD -> new Decompressor(codec, Zstd::decompress);
            case SNAPPY -> new Decompressor(codec, (bytes, size) -> Snappy.uncompress(bytes));
            case UNCOMPRESSED -> new Decompressor(codec, (bytes, size) -> bytes);
            default -> throw unsupported(codec);
        };
    }

    @Override
    public void release() {
        // nothing pooled: every call works on its own arrays
    }

    private static UnsupportedOperationException unsupported(CompressionCodecName codec) {
        return new UnsupportedOperationException("Parquet compression codec " + codec
                + " is not supported here; chat-batch reads and writes ZSTD, SNAPPY or UNCOMPRESSED only");
    }

    @FunctionalInterface
    private interface ByteTransform {
        byte[] apply(byte[] bytes) throws IOException;
    }

    @FunctionalInterface
    private interface SizedByteTransform {
        byte[] apply(byte[] bytes, int expectedSize) throws IOException;
    }

    private record Compressor(CompressionCodecName codec, ByteTransform transform) implements BytesInputCompressor {

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            return BytesInput.from(transform.apply(bytes.toByteArray()));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public void release() {
        }
    }

    private record Decompressor(CompressionCodecName codec, SizedByteTransform transform)
            implements BytesInputDecompressor {

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            return BytesInput.from(checkedDecompress(bytes.toByteArray(), decompressedSize));
        }

        /** Same contract as parquet's own: consume compressedSize bytes, append decompressedSize bytes. */
        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            if (input.remaining() < compressedSize) {
                throw new IOException("Parquet page claims " + compressedSize + " compressed bytes but only "
                        + input.remaining() + " are available");
            }
            byte[] compressed = new byte[compressedSize];
            input.get(compressed);
            output.put(checkedDecompress(compressed, decompressedSize));
        }

        private byte[] checkedDecompress(byte[] compressed, int decompressedSize) throws IOException {
            byte[] plain = transform.apply(compressed, decompressedSize);
            if (plain.length != decompressedSize) {
                throw new IOException(codec + " page decompressed to " + plain.length
                        + " bytes, but its header says " + decompressedSize + ": the file is damaged");
            }
            return plain;
        }

        @Override
        public void release() {
        }
    }
}
