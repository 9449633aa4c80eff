package uk.chatbatch.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The LA's population aged 0 to 17 (ONS mid-year estimate), and optionally by DfE age band, for rates
 * per 10,000 children. Given in the job file; without it, rate indicators say "population not configured".
 */
public record Population(OptionalLong aged0to17, Map<String, Long> byAgeBand) {

    public Population {
        byAgeBand = Map.copyOf(byAgeBand);
    }

    public static Population notConfigured() {
        return new Population(OptionalLong.empty(), Map.of());
    }

    public boolean isConfigured() {
        return aged0to17.isPresent();
    }

    /** "aged_0_to_17=63000;under 1=3000;..." for job parameters. */
    public String encode() {
        if (aged0to17.isEmpty()) {
            return "";
        }
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("aged_0_to_17", aged0to17.getAsLong());
        all.putAll(byAgeBand);
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    public static Population decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return notConfigured();
        }
        Map<String, Long> bands = new LinkedHashMap<>();
        long total = 0;
        for (String pair : encoded.split(";")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("aged_0_to_17")) {
                total = Long.parseLong(kv[1]);
            } else {
                bands.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return new Population(OptionalLong.of(total), bands);
    }
}
