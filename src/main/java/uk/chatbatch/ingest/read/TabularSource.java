package uk.chatbatch.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.chatbatch.ingest.InputException;

/** An Annex A input: a workbook (one list per sheet) or a folder of CSV files (one list per file). */
public interface TabularSource extends AutoCloseable {

    /** The file (or folder) name used in messages and in the issues dataset. */
    String fileName();

    List<SourceSheet> sheets();

    /**
     * A reader of the same input for another thread, its sheets in the same order. A workbook's sheets cannot be
     * read at once through one reader (fastexcel-reader fills the shared-strings table as sheets ask for it), so a
     * workbook opens again; CSV files are read independently, so a folder returns itself. The caller closes what
     * it opened.
     */
    TabularSource reopen();

    @Override
    void close() throws IOException;

    /** Opens a workbook, or a folder holding one CSV per list; fails with one sentence naming the path. */
    static TabularSource open(Path path) {
        if (!Files.exists(path)) {
            throw new InputException(path + ": the Annex A input does not exist.");
        }
        if (Files.isDirectory(path)) {
            return CsvFolderSource.open(path);
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvFolderSource.ofFiles(path.getFileName().toString(), List.of(path));
        }
        return XlsxWorkbookSource.open(path);
    }
}
