package uk.chatbatch.rollup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.chatbatch.localauthorities.LocalAuthorities;

/**
 * What a roll-up reads: the group's LAs and every period up to the latest, chosen from the partitions found.
 *
 * @param latestPeriod the newest period rolled up (an identifying job parameter with the group id)
 * @param partitions   the LA-period partitions to read, sorted by LA then period
 */
public record RollupSelection(Group group, LocalDate latestPeriod, List<IndicatorPartition> partitions) {

    public RollupSelection {
        partitions = List.copyOf(partitions);
    }

    /** The periods read, oldest first. */
    public List<LocalDate> periods() {
        return List.copyOf(new TreeSet<>(partitions.stream().map(p -> p.key().periodEnd()).toList()));
    }

    public List<IndicatorPartition> partitionsOf(LocalDate period) {
        return partitions.stream().filter(p -> p.key().periodEnd().equals(period)).toList();
    }

    /** Every LA and period of these LAs in the folders (all periods), as a plain call would want. */
    public static RollupSelection of(List<Path> from, Group group) {
        List<IndicatorPartition> found = ShareableIndicatorFolders.discover(from);
        return select(found, group.laCodes(), Optional.empty(), from);
    }

    /**
     * The command's choice: a region's LAs, listed LAs (DfE or ONS codes) or, with neither, every LA found; every
     * period up to {@code period} (default: the latest found).
     *
     * @throws RollupInputException naming the region, LA, period or folders when nothing matches
     */
    public static RollupSelection choose(List<Path> from, Optional<String> region, List<String> las,
                                         Optional<LocalDate> period) {
        List<IndicatorPartition> found = ShareableIndicatorFolders.discover(from);
        List<String> wanted;
        if (region.isPresent()) {
            String name = region.get().strip();
            List<String> regions = LocalAuthorities.bundled().liveWithDfeCode().stream()
                    .map(LocalAuthorities.LocalAuthority::region).distinct().sorted().toList();
            String matched = regions.stream().filter(r -> r.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new RollupInputException("--region '" + name + "' is not an English region;"
                            + " use one of: " + String.join(", ", regions) + "."));
            wanted = found.stream().map(p -> p.key().laCode()).distinct()
                    .filter(la -> LocalAuthorities.bundled().byDfeCode(la)
                            .map(a -> a.region().equals(matched)).orElse(false)).toList();
            if (wanted.isEmpty()) {
                throw new RollupInputException("No LA of the " + matched + " region has shareable indicators in "
                        + from + "; run those LAs first, or give the folders that hold them.");
            }
        } else if (!las.isEmpty()) {
            wanted = new ArrayList<>();
            for (String given : las) {
                try {
                    wanted.add(LocalAuthorities.bundled().dfeCode(given));
                } catch (IllegalArgumentException e) {
                    throw new RollupInputException("--las: " + e.getMessage());
                }
            }
        } else {
            wanted = found.stream().map(p -> p.key().laCode()).distinct().toList();
            if (wanted.isEmpty()) {
                throw new RollupInputException("No LA has shareable indicators in " + from
                        + "; run the LAs first (run writes shareable/indicators), then roll them up.");
            }
        }
        return select(found, wanted, period, from);
    }

    private static RollupSelection select(List<IndicatorPartition> found, List<String> laCodes,
                                          Optional<LocalDate> period, List<Path> from) {
        List<IndicatorPartition> chosen = found.stream().filter(p -> laCodes.contains(p.key().laCode()))
                .filter(p -> period.map(end -> !p.key().periodEnd().isAfter(end)).orElse(true)).toList();
        for (String la : new TreeSet<>(laCodes)) {
            if (chosen.stream().noneMatch(p -> p.key().laCode().equals(la))) {
                throw new RollupInputException("LA " + la + " has no shareable indicators"
                        + period.map(end -> " for a period ending on or before " + end).orElse("") + " in " + from
                        + "; run it first, give the folder that holds it, or leave it out of --las.");
            }
        }
        LocalDate latest = chosen.stream().map(p -> p.key().periodEnd()).max(LocalDate::compareTo).orElseThrow();
        if (period.isPresent() && !latest.equals(period.get())) {
            throw new RollupInputException("No LA of the group has shareable indicators for the period ending "
                    + period.get() + " in " + from + " (the latest found is " + latest + "); give that period or"
                    + " run the LAs for it first.");
        }
        return new RollupSelection(Group.of(laCodes), latest, chosen);
    }
}
