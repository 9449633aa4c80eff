package uk.chatbatch.generate;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook byte-for-byte reproducible. fastexcel stamps docProps/core.xml with the time of
 * writing (dcterms:created, from Instant.now(), with no setting to override it), so the package is
 * copied entry by entry with that stamp replaced by a fixed one and every zip entry given the same
 * local time (set as local time, so the bytes do not depend on the machine's time zone).
 *
 * <p>The package is read through its central directory: fastexcel streams entries with Zip64 data
 * descriptors, which {@code ZipInputStream} rejects.
 */
final class ReproducibleZip {

    static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2019, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    /**
     * Copies the package to the stream, stamping core properties with the given W3C date-time
     * (e.g. "2026-09-30T00:00:00Z"). The stream is flushed, not closed.
     */
    static void copy(Path workbook, String created, OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the caller's stream stays open
                    }
                })) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            byte[] buffer = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    if (CORE_PROPERTIES.equals(entry.getName())) {
                        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        Matcher m = CREATED.matcher(xml);
                        xml = m.replaceFirst("$1" + Matcher.quoteReplacement(created) + "$2");
                        zip.write(xml.getBytes(StandardCharsets.UTF_8));
                    } else {
                        copyEntry(data, zip, buffer);
                    }
                }
                zip.closeEntry();
            }
        }
    }

    private static void copyEntry(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }
}
