package uk.chatbatch.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness. Each child gets its own stream derived from the seed and
 * the child's position, so one child's journey does not shift when another's changes.
 */
final class Dice {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for one member of a family of streams (a child, a list, a household). */
    static Dice forMember(long seed, long stream, long member) {
        long mixed = new SplittableRandom(seed ^ (stream * GOLDEN)).nextLong() ^ (member * GOLDEN + stream);
        return new Dice(new SplittableRandom(mixed).nextLong());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from low to high, both included. */
    int between(int low, int high) {
        if (high <= low) {
            return low;
        }
        return low + random.nextInt(high - low + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    /** A day from first to last, both included; first when last is before it. */
    LocalDate dateBetween(LocalDate first, LocalDate last) {
        long span = ChronoUnit.DAYS.between(first, last);
        if (span <= 0) {
            return first;
        }
        return first.plusDays(random.nextLong(span + 1));
    }

    <T> T pick(Weighted<T> table) {
        return table.pick(random.nextDouble());
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
