package uk.chatbatch.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The job's command line, the same options as the product's {@code rollup} command: {@code --from} one or more output
 * folders (repeated, comma-separated or space-separated), {@code --output}, at most one of {@code --region} and
 * {@code --las}, {@code --period} (the latest period to roll up). {@code --master} is only for {@code java -jar}:
 * under {@code spark-submit} the master comes from spark-submit, and without either it is {@code local[*]}.
 * Paths are Hadoop paths, so {@code s3a://} and {@code abfss://} folders work as local ones do.
 */
record RollupArguments(List<String> from, String output, Optional<String> region, Set<String> las,
                       Optional<LocalDate> period, Optional<String> master) {

    static final String USAGE = "Usage: chat-rollup-spark --from <folder>[,<folder>...] --output <folder>"
            + " [--region <region name> | --las <LA code>[,<LA code>...]] [--period <yyyy-MM-dd>] [--master <URL>]";

    /** @throws IllegalArgumentException with one sentence saying what is wrong with the command line */
    static RollupArguments parse(String... args) {
        List<String> from = new ArrayList<>();
        Set<String> las = new LinkedHashSet<>();
        String output = null;
        String region = null;
        String master = null;
        LocalDate period = null;
        boolean lasGiven = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            List<String> values = new ArrayList<>();
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.add(args[++i]);
            }
            switch (option) {
                case "--from" -> from.addAll(items(option, values));
                case "--output" -> output = single(option, values);
                case "--region" -> region = single(option, values);
                case "--las" -> {
                    las.addAll(items(option, values));
                    lasGiven = true;
                }
                case "--period" -> period = date(single(option, values));
                case "--master" -> master = single(option, values);
                default -> throw new IllegalArgumentException("Unknown option '" + option + "'. " + USAGE);
            }
        }
        if (from.isEmpty()) {
            throw new IllegalArgumentException("--from is missing: give the output folders to roll up. " + USAGE);
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is missing: give the folder to write the benchmarking"
                    + " datasets to. " + USAGE);
        }
        if (region != null && lasGiven) {
            throw new IllegalArgumentException("Give either --region or --las, not both. " + USAGE);
        }
        return new RollupArguments(List.copyOf(from), output, Optional.ofNullable(region), Set.copyOf(las),
                Optional.ofNullable(period), Optional.ofNullable(master));
    }

    private static List<String> items(String option, List<String> values) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value. " + USAGE);
        }
        return items;
    }

    private static String single(String option, List<String> values) {
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException(option + " takes one value, got " + values.size() + ". " + USAGE);
        }
        return values.get(0).strip();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--period '" + text + "' is not a date as yyyy-MM-dd, e.g. 2026-03-31.");
        }
    }
}
