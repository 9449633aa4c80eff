package uk.chatbatch.input;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A postcode-centroid reference file, as the job file names it ({@code reference: postcode_centroids: <file>}): a
 * CSV whose header names the columns {@code postcode}, {@code latitude} and {@code longitude} (any order, any case,
 * other columns ignored), latitude and longitude in decimal degrees (WGS84), such as the ONS Postcode Directory
 * gives. Postcodes are matched with spaces and case ignored. A row with a blank latitude or longitude, or one outside
 * -90 to 90 and -180 to 180 (the ONS files write 99.999999 for a postcode with no location), gives that postcode no
 * centroid; a value that is not a number stops the load with the file, row, column and value.
 */
public final class PostcodeCentroids {

    /** Mean radius of the Earth in miles (IUGG mean radius, 6,371.0088 km). */
    static final double EARTH_RADIUS_MILES = 3958.7613;
    public static final List<String> COLUMNS = List.of("postcode", "latitude", "longitude");

    public record Centroid(double latitude, double longitude) {
    }

    private final Map<String, Centroid> byPostcode;

    private PostcodeCentroids(Map<String, Centroid> byPostcode) {
        this.byPostcode = Map.copyOf(byPostcode);
    }

    /** Every centroid in the file. */
    public static PostcodeCentroids load(Path file) {
        return load(file, postcode -> true);
    }

    /** Only the centroids of these postcodes (in any spacing or case), so a national file is read in little memory. */
    public static PostcodeCentroids load(Path file, Set<String> postcodes) {
        Set<String> wanted = postcodes.stream().map(PostcodeCentroids::normalise)
                .collect(Collectors.toSet());
        return load(file, wanted::contains);
    }

    private static PostcodeCentroids load(Path file, Predicate<String> keep) {
        Map<String, Centroid> centroids = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(file)) {
            int[] columns = null;
            for (CsvRecord record : reader) {
                if (columns == null) {
                    columns = columns(file, record);
                    continue;
                }
                String postcode = normalise(field(record, columns[0]));
                if (postcode.isEmpty() || !keep.test(postcode)) {
                    continue;
                }
                Double latitude = number(file, record, columns[1], COLUMNS.get(1));
                Double longitude = number(file, record, columns[2], COLUMNS.get(2));
                if (latitude != null && longitude != null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    centroids.put(postcode, new Centroid(latitude, longitude));
                }
            }
            if (columns == null) {
                throw new IllegalArgumentException("postcode centroid file " + file + " is empty: it needs a header"
                        + " row naming the columns postcode, latitude and longitude, then one row per postcode");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("postcode centroid file " + file + " could not be read: " + e.getMessage(),
                    e);
        }
        return new PostcodeCentroids(centroids);
    }

    private static int[] columns(Path file, CsvRecord header) {
        int[] at = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            at[c] = -1;
            for (int i = 0; i < header.getFieldCount(); i++) {
                if (header.getField(i).strip().equalsIgnoreCase(COLUMNS.get(c))) {
                    at[c] = i;
                }
            }
            if (at[c] < 0) {
                throw new IllegalArgumentException("postcode centroid file " + file + " has no column "
                        + COLUMNS.get(c) + " in its header (row 1, which holds " + header.getFields()
                        + "); the header must name the columns postcode, latitude and longitude");
            }
        }
        return at;
    }

    private static String field(CsvRecord record, int column) {
        return column < record.getFieldCount() ? record.getField(column) : "";
    }

    private static Double number(Path file, CsvRecord record, int column, String name) {
        String text = field(record, column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("postcode centroid file " + file + " row "
                    + record.getStartingLineNumber() + " column " + name + ": '" + text + "' is not a number; "
                    + name + " must be in decimal degrees, e.g. " + (name.equals("latitude") ? "51.5014" : "-0.1419"));
        }
    }

    /** Upper case with every space removed: "sw1a 1aa" and "SW1A1AA" are the same postcode. */
    public static String normalise(String postcode) {
        return postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public Optional<Centroid> find(String postcode) {
        return Optional.ofNullable(byPostcode.get(normalise(postcode)));
    }

    public int size() {
        return byPostcode.size();
    }

    /** Straight-line (great-circle) distance in miles between two points, by the haversine formula. */
    public static double miles(Centroid from, Centroid to) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
