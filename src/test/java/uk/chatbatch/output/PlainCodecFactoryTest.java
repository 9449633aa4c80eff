package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlainCodecFactoryTest {

    private static final byte[] PAGE = "201,E09000001,2025-03-31,referral,".repeat(200)
            .getBytes(StandardCharsets.UTF_8);

    private final PlainCodecFactory factory = new PlainCodecFactory();

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"ZSTD", "SNAPPY", "UNCOMPRESSED"})
    void pagesSurviveCompressionAndDecompression(CompressionCodecName codec) throws Exception {
        BytesInputCompressor compressor = factory.getCompressor(codec);
        byte[] compressed = compressor.compress(BytesInput.from(PAGE)).toByteArray();

        byte[] restored = factory.getDecompressor(codec).decompress(BytesInput.from(compressed), PAGE.length)
                .toByteArray();

        assertThat(compressor.getCodecName()).isEqualTo(codec);
        assertThat(restored).isEqualTo(PAGE);
    }

    @Test
    void compressingCodecsShrinkARepetitivePage() throws Exception {
        int zstd = (int) factory.getCompressor(CompressionCodecName.ZSTD).compress(BytesInput.from(PAGE)).size();
        int snappy = (int) factory.getCompressor(CompressionCodecName.SNAPPY).compress(BytesInput.from(PAGE)).size();

        assertThat(PAGE.length).isEqualTo(6800);
        assertThat(zstd).isLessThan(200);
        assertThat(snappy).isLessThan(1000);
    }

    /** parquet calls this form when it reads into direct buffers; positions must move like parquet's own. */
    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"ZSTD", "SNAPPY", "UNCOMPRESSED"})
    void byteBufferDecompressionConsumesInputAndFillsOutput(CompressionCodecName codec) throws Exception {
        byte[] compressed = factory.getCompressor(codec).compress(BytesInput.from(PAGE)).toByteArray();
        ByteBuffer input = ByteBuffer.allocateDirect(compressed.length + 4);
        input.put(compressed).put(new byte[4]).flip();
        ByteBuffer output = ByteBuffer.allocateDirect(PAGE.length);

        factory.getDecompressor(codec).decompress(input, compressed.length, output, PAGE.length);

        assertThat(input.position()).isEqualTo(compressed.length);
        assertThat(output.position()).isEqualTo(PAGE.length);
        byte[] restored = new byte[PAGE.length];
        output.flip().get(restored);
        assertThat(restored).isEqualTo(PAGE);
    }

    @Test
    void aPageThatDecompressesToTheWrongSizeIsReportedAsDamaged() throws Exception {
        byte[] compressed = factory.getCompressor(CompressionCodecName.SNAPPY).compress(BytesInput.from(PAGE))
                .toByteArray();
        BytesInputDecompressor decompressor = factory.getDecompressor(CompressionCodecName.SNAPPY);

        assertThatThrownBy(() -> decompressor.decompress(BytesInput.from(compressed), PAGE.length + 1))
                .hasMessage("SNAPPY page decompressed to 6800 bytes, but its header says 6801: the file is damaged");
    }

    @Test
    void otherCodecsAreRefusedByName() {
        assertThatThrownBy(() -> factory.getCompressor(CompressionCodecName.GZIP))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Parquet compression codec GZIP is not supported here; "
                        + "chat-batch reads and writes ZSTD, SNAPPY or UNCOMPRESSED only");
        assertThatThrownBy(() -> factory.getDecompressor(CompressionCodecName.LZ4_RAW))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("Parquet compression codec LZ4_RAW is not supported here");
    }

    @Test
    void zstdLevelOutsideTheLibraryRangeIsRefused() {
        assertThatThrownBy(() -> new PlainCodecFactory(99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ZSTD level 99 is outside ");
    }
}
