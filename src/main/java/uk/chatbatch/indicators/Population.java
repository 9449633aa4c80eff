package uk.chatbatch.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The LA's population aged 0 to 17 (ONS mid-year estimate), and optionally by DfE age band, for rates
 * per 10,000 children. Given in the job file or by {@code run --population}; without it, rate indicators say "population not configured".
 */
public record Population(OptionalLong aged0to17, Map<String, Long> byAgeBand, Map<String, Long> byEthnicGroup) {

    private static final String ETHNIC = "ethnic group:";

    public Population {
        byAgeBand = Map.copyOf(byAgeBand);
        byEthnicGroup = Map.copyOf(byEthnicGroup);
    }

    public Population(OptionalLong aged0to17, Map<String, Long> byAgeBand) {
        this(aged0to17, byAgeBand, Map.of());
    }

    public static Population notConfigured() {
        return new Population(OptionalLong.empty(), Map.of(), Map.of());
    }

    /** Only the total, as {@code run --population} gives it. */
    public static Population ofAged0to17(long children) {
        return new Population(OptionalLong.of(children), Map.of(), Map.of());
    }

    public boolean isConfigured() {
        return aged0to17.isPresent();
    }

    /** "aged_0_to_17=63000;under 1=3000;ethnic group:White=50000;..." for job parameters. */
    public String encode() {
        if (aged0to17.isEmpty()) {
            return "";
        }
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("aged_0_to_17", aged0to17.getAsLong());
        all.putAll(byAgeBand);
        byEthnicGroup.forEach((group, n) -> all.put(ETHNIC + group, n));
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    public static Population decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return notConfigured();
        }
        Map<String, Long> bands = new LinkedHashMap<>();
        Map<String, Long> groups = new LinkedHashMap<>();
        long total = 0;
        for (String pair : encoded.split(";")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("aged_0_to_17")) {
                total = Long.parseLong(kv[1]);
            } else if (kv[0].startsWith(ETHNIC)) {
                groups.put(kv[0].substring(ETHNIC.length()), Long.parseLong(kv[1]));
            } else {
                bands.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return new Population(OptionalLong.of(total), bands, groups);
    }
}
