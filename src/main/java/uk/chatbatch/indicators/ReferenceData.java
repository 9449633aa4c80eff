package uk.chatbatch.indicators;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import uk.chatbatch.input.PostcodeCentroids;
import uk.chatbatch.input.InputData;
import uk.chatbatch.model.table.TableRecord;
import uk.chatbatch.ssda903.Ssda903Field;
import uk.chatbatch.ssda903.Ssda903Table;

/**
 * Reference files the job file names, read once before any indicator is computed so every indicator stays a pure
 * function of the rows and its context. Today: the postcode centroids for placement distances, only those of the
 * postcodes the SSDA903 episodes hold (a national file is read in little memory). A file that cannot be read is
 * kept as its message, so only the indicators that need it fail.
 */
public record ReferenceData(Optional<PostcodeCentroids> postcodeCentroids, Optional<String> postcodeCentroidsFailure) {

    public static ReferenceData none() {
        return new ReferenceData(Optional.empty(), Optional.empty());
    }

    /** Reads the centroid file, if one is named, for the postcodes in the data's SSDA903 episodes. */
    static ReferenceData read(Optional<Path> centroidFile, InputData data) {
        if (centroidFile.isEmpty()) {
            return none();
        }
        Set<String> postcodes = new HashSet<>();
        for (TableRecord episode : data.returns().ssda903(Ssda903Table.EPISODES)) {
            for (Ssda903Field field : new Ssda903Field[] {Ssda903Field.HOME_POST, Ssda903Field.PL_POST}) {
                if (episode.text(field) != null) {
                    postcodes.add(episode.text(field));
                }
            }
        }
        try {
            return new ReferenceData(Optional.of(PostcodeCentroids.load(centroidFile.get(), postcodes)),
                    Optional.empty());
        } catch (RuntimeException e) {
            String message = e.getMessage();
            return new ReferenceData(Optional.empty(),
                    Optional.of(message == null || message.isBlank() ? e.getClass().getSimpleName() : message));
        }
    }
}
