package uk.chatbatch.indicators;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The value of every {@link IndicatorSetting} for one run: the job file's, or the catalogue default. */
public final class IndicatorSettings {

    private final Map<IndicatorSetting, Integer> values;

    private IndicatorSettings(Map<IndicatorSetting, Integer> values) {
        this.values = values;
    }

    public static IndicatorSettings defaults() {
        return new IndicatorSettings(new EnumMap<>(IndicatorSetting.class));
    }

    /**
     * Settings from key = value pairs (a job file's {@code settings:}); unknown keys and values that are not
     * whole numbers of zero or more are rejected with a message naming them.
     */
    public static IndicatorSettings of(Map<String, ?> given, String where) {
        Map<IndicatorSetting, Integer> values = new EnumMap<>(IndicatorSetting.class);
        for (Map.Entry<String, ?> entry : given.entrySet()) {
            IndicatorSetting setting = IndicatorSetting.byKey(entry.getKey());
            if (setting == null) {
                throw new IllegalArgumentException(where + ": unknown setting '" + entry.getKey() + "' (known: "
                        + Arrays.stream(IndicatorSetting.values()).map(IndicatorSetting::key)
                        .collect(Collectors.joining(", ")) + ").");
            }
            String raw = String.valueOf(entry.getValue()).strip();
            if (!raw.matches("\\d{1,4}")) {
                throw new IllegalArgumentException(where + ": setting " + setting.key() + " = '" + raw
                        + "' is not a whole number of " + setting.unit() + ".");
            }
            values.put(setting, Integer.parseInt(raw));
        }
        return new IndicatorSettings(values);
    }

    public int value(IndicatorSetting setting) {
        return values.getOrDefault(setting, setting.defaultValue());
    }

    public boolean isDefault(IndicatorSetting setting) {
        return value(setting) == setting.defaultValue();
    }

    /** "cp_visit_within_working_days=15 (default 10); ..." for the given settings, as the dataset records them. */
    public String describe(List<IndicatorSetting> settings) {
        return settings.stream().map(s -> s.key() + "=" + value(s)
                        + (isDefault(s) ? " (default)" : " (default " + s.defaultValue() + ")"))
                .collect(Collectors.joining("; "));
    }

    /** The settings that differ from their default, as "key=value" pairs joined by commas (for job parameters). */
    public String encode() {
        return values.entrySet().stream().filter(e -> !isDefault(e.getKey()))
                .map(e -> e.getKey().key() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    public static IndicatorSettings decode(String encoded) {
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split(",")) {
                String[] kv = pair.split("=", 2);
                pairs.put(kv[0], kv[1]);
            }
        }
        return of(pairs, "settings");
    }
}
