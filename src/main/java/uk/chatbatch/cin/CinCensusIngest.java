package uk.chatbatch.cin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import uk.chatbatch.ingest.InputException;
import uk.chatbatch.model.SafeXml;

/**
 * Reads CIN census XML (any census year from 2016-17 to the 2024-25 shape) into the flat
 * {@link CinTable} tables, child by child, sending each record to the sink as clean or quarantined
 * with every problem as a located issue.
 *
 * <p>Policy, as for Annex A: a record whose child identifier or own key (see {@link CinTable}) is
 * missing or unusable is quarantined with everything under it; any other bad value is an issue, the
 * value is left empty and the record stays. For every table of every file, rows read = rows clean +
 * rows quarantined. A file that is not XML, or not a CIN census, stops the read with an
 * {@link InputException} whose message is one sentence naming the file and what is wrong; records
 * of a file that turns out to be broken part-way have already reached the sink, so a caller
 * publishes nothing from a read that threw.
 */
public final class CinCensusIngest {

    private final Consumer<String> progress;

    /** @param progress told "file: 10,000 children read" as a large file goes; never given child data */
    public CinCensusIngest(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Reads a CIN census file, or every {@code *.xml} file of a folder in name order, without progress. */
    public static CinIngestResult read(Path fileOrFolder, CinSink sink) {
        return new CinCensusIngest(message -> { }).ingest(fileOrFolder, sink);
    }

    /** Reads a CIN census file, or every {@code *.xml} file of a folder (not its sub-folders) in name order. */
    public CinIngestResult ingest(Path fileOrFolder, CinSink sink) {
        Objects.requireNonNull(sink, "sink");
        List<Path> files = files(fileOrFolder);
        XMLInputFactory factory = SafeXml.coalescingFactory();
        List<CinFileResult> results = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) == 0) {
                    throw new InputException(name + ": the file is empty, so it is not a CIN census.");
                }
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    results.add(CinFileReader.read(factory, in, name, sink, progress));
                }
            } catch (IOException e) {
                throw new InputException(name + ": cannot be read (" + e.getMessage() + ").");
            }
        }
        return new CinIngestResult(results);
    }

    /** Reads one CIN census from a stream, which is left open; {@code fileName} is how issues name it. */
    public CinFileResult ingest(InputStream in, String fileName, CinSink sink) {
        return CinFileReader.read(SafeXml.coalescingFactory(), in, fileName, sink, progress);
    }

    private static List<Path> files(Path fileOrFolder) {
        String shown = fileOrFolder.getFileName() == null ? fileOrFolder.toString()
                : fileOrFolder.getFileName().toString();
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new InputException(shown + ": no such file or folder.");
        }
        try (Stream<Path> entries = Files.list(fileOrFolder)) {
            List<Path> xml = entries
                    .filter(p -> Files.isRegularFile(p)
                            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .sorted()
                    .toList();
            if (xml.isEmpty()) {
                throw new InputException(shown + ": the folder has no .xml file, so there is no CIN census to read.");
            }
            return xml;
        } catch (NoSuchFileException e) {
            throw new InputException(shown + ": no such file or folder.");
        } catch (IOException e) {
            throw new InputException(shown + ": the folder cannot be listed (" + e.getMessage() + ").");
        }
    }
}
