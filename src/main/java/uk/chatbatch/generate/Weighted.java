package uk.chatbatch.generate;

import java.util.ArrayList;
import java.util.List;

/** A table of values with relative weights, read as a distribution. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, List<Double> weights) {
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.size()];
        double total = 0;
        for (int i = 0; i < weights.size(); i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
    }

    /** Pairs of value and weight: {@code of("6", 28, "2A", 18)}. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... valueWeightPairs) {
        if (valueWeightPairs.length == 0 || valueWeightPairs.length % 2 != 0) {
            throw new IllegalArgumentException("expected value, weight pairs");
        }
        List<T> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            values.add((T) valueWeightPairs[i]);
            double weight = ((Number) valueWeightPairs[i + 1]).doubleValue();
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight for " + valueWeightPairs[i]);
            }
            weights.add(weight);
        }
        return new Weighted<>(values, weights);
    }

    List<T> values() {
        return values;
    }

    T pick(double unit) {
        for (int i = 0; i < cumulative.length; i++) {
            if (unit < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
