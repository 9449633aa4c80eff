package uk.chatbatch.ingest.read;

import java.io.IOException;
import java.util.stream.Stream;

/** One sheet of a workbook, or one CSV file. Rows are streamed, never held in memory all at once. */
public interface SourceSheet {

    String name();

    /** The rows in file order; the caller closes the stream. */
    Stream<RawRow> rows() throws IOException;
}
