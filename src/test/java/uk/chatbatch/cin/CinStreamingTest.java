package uk.chatbatch.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.model.table.QuarantinedRecord;
import uk.chatbatch.model.table.TableRecord;

/** The reader streams: a child reaches the sink long before the file has been read, and progress is told. */
class CinStreamingTest {

    /** Counts the bytes the parser has taken from the file so far. */
    private static final class CountingStream extends FilterInputStream {
        long bytes;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytes += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            bytes += Math.max(n, 0);
            return n;
        }
    }

    @Test
    void theFirstChildArrivesAfterReadingOnlyTheStartOfTheFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticCinCensus.write(SyntheticCinCensus.Options.clean(3, 10_000, 2025), out);
        byte[] xml = out.toByteArray();
        CountingStream stream = new CountingStream(new ByteArrayInputStream(xml));
        long[] readWhenFirstChildArrived = {-1};
        List<String> progress = new ArrayList<>();
        CinSink sink = new CinSink() {
            @Override
            public void clean(TableRecord record) {
                if (readWhenFirstChildArrived[0] < 0) {
                    readWhenFirstChildArrived[0] = stream.bytes;
                }
            }

            @Override
            public void quarantined(QuarantinedRecord record) {
            }

            @Override
            public void issue(Issue issue) {
            }
        };

        CinFileResult result = new CinCensusIngest(progress::add).ingest(stream, "big.xml", sink);

        assertThat(result.children()).isEqualTo(10_000);
        assertThat(xml.length).isGreaterThan(10_000_000);
        assertThat(readWhenFirstChildArrived[0]).as("bytes read before child 1 reached the sink")
                .isPositive().isLessThan(100_000);
        assertThat(progress).containsExactly("big.xml: 10,000 children read");
    }
}
