package uk.chatbatch.compact;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SortingColumn;
import org.apache.parquet.format.Util;

/**
 * Declares a file's sort order in the place the Parquet format gives it, each row group's {@code sorting_columns}
 * (which pyarrow, Arrow's C++ reader and query planners read), by rewriting the footer of a file just written:
 * parquet-java 1.18 has no writer option for it. Only the footer at the end of the file changes; pages, the column
 * and offset indexes before it keep their offsets.
 */
final class SortingColumns {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private SortingColumns() {
    }

    /** Each row group's declared sorting columns (their positions), as a reader finds them. */
    static List<List<Integer>> declared(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(footerBytes(channel)));
            return footer.getRow_groups().stream().map(g -> g.isSetSorting_columns()
                    ? g.getSorting_columns().stream().map(SortingColumn::getColumn_idx).toList()
                    : List.<Integer>of()).toList();
        }
    }

    private static byte[] footerBytes(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(tail, size - 8);
        int footerLength = tail.getInt(0);
        ByteBuffer footerBytes = ByteBuffer.allocate(footerLength);
        channel.read(footerBytes, size - 8 - footerLength);
        return footerBytes.array();
    }

    /** Every row group of the file sorted ascending, nulls first, by these top-level columns (their positions). */
    static void declare(Path file, List<Integer> columns) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            byte[] footerBytes = footerBytes(channel);
            long footerStart = channel.size() - 8 - footerBytes.length;
            FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(footerBytes));
            List<SortingColumn> order = columns.stream().map(c -> new SortingColumn(c, false, true)).toList();
            for (RowGroup group : footer.getRow_groups()) {
                group.setSorting_columns(order);
            }
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
            Util.writeFileMetaData(footer, rewritten);
            ByteBuffer out = ByteBuffer.allocate(rewritten.size() + 8).order(ByteOrder.LITTLE_ENDIAN);
            out.put(rewritten.toByteArray()).putInt(rewritten.size()).put(MAGIC).flip();
            channel.truncate(footerStart);
            channel.write(out, footerStart);
            channel.force(true);
        }
    }
}
