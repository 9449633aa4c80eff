package uk.chatbatch.rollup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.chatbatch.model.LaPeriod;
import uk.chatbatch.output.OutputLayout;
import uk.chatbatch.shareable.ShareableIndicatorsDataset;

/**
 * Finds the shareable indicators partitions in output folders (only {@code shareable/indicators}: a roll-up never
 * reads an LA's internal datasets). Hidden folders (staging, a partition set aside while publishing) are skipped.
 */
public final class ShareableIndicatorFolders {

    private ShareableIndicatorFolders() {
    }

    /**
     * Every LA and period found, sorted by LA then period.
     *
     * @throws RollupInputException when a folder has no shareable indicators dataset, or one LA and period is in two
     *                              folders
     */
    public static List<IndicatorPartition> discover(List<Path> folders) {
        if (folders.isEmpty()) {
            throw new RollupInputException("No output folder given: pass --from <output folder> (one or more).");
        }
        Map<LaPeriod, IndicatorPartition> seen = new HashMap<>();
        List<IndicatorPartition> all = new ArrayList<>();
        for (Path folder : folders.stream().map(f -> f.toAbsolutePath().normalize()).distinct().toList()) {
            Path dataset = folder.resolve(OutputLayout.SHAREABLE_DIR).resolve(ShareableIndicatorsDataset.NAME);
            if (!Files.isDirectory(dataset)) {
                throw new RollupInputException(folder + ": has no shareable indicators dataset (" + dataset
                        + " is missing); give the output folder of a run (its --output), which holds shareable/.");
            }
            for (IndicatorPartition p : partitions(folder, dataset)) {
                IndicatorPartition earlier = seen.putIfAbsent(p.key(), p);
                if (earlier != null) {
                    throw new RollupInputException(p.key() + " is in two output folders, " + earlier.folder() + " and " + folder
                            + "; give only one of them, so no LA is counted twice.");
                }
                all.add(p);
            }
        }
        all.sort(Comparator.comparing((IndicatorPartition p) -> p.key().laCode())
                .thenComparing(p -> p.key().periodEnd()));
        return all;
    }

    private static List<IndicatorPartition> partitions(Path folder, Path dataset) {
        List<IndicatorPartition> found = new ArrayList<>();
        for (Path la : visibleDirs(dataset)) {
            String laName = la.getFileName().toString();
            if (!laName.startsWith("la=")) {
                continue;
            }
            String laCode = laName.substring("la=".length());
            for (Path period : visibleDirs(la)) {
                String name = period.getFileName().toString();
                if (!name.startsWith("period=")) {
                    continue;
                }
                LocalDate periodEnd;
                try {
                    periodEnd = LocalDate.parse(name.substring("period=".length()));
                } catch (DateTimeParseException e) {
                    throw new RollupInputException(period + ": the folder name is not period=<yyyy-MM-dd>, as the"
                            + " product writes it; move it out of the dataset.");
                }
                if (!LaPeriod.DFE_CODE.matcher(laCode).matches()) {
                    throw new RollupInputException(la + ": the folder name is not la=<three-digit DfE code>, as the"
                            + " product writes it; move it out of the dataset.");
                }
                found.add(new IndicatorPartition(folder, new LaPeriod(laCode, periodEnd), period));
            }
        }
        return found;
    }

    private static List<Path> visibleDirs(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
