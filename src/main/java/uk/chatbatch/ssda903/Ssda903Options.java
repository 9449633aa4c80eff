package uk.chatbatch.ssda903;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import uk.chatbatch.model.table.CollectionYear;

/**
 * How an SSDA903 input is read.
 *
 * @param bareYear  what a lone year such as "2017" in a file or folder name means (default: the
 *                  collection starting 1 April 2017)
 * @param fixedYear when present, every file is this collection year whatever its name says
 * @param progress  receives a line now and then on long files; never a child's identifier
 */
public record Ssda903Options(BareYear bareYear, Optional<CollectionYear> fixedYear, Consumer<String> progress) {

    public Ssda903Options {
        Objects.requireNonNull(bareYear, "bareYear");
        Objects.requireNonNull(fixedYear, "fixedYear");
        Objects.requireNonNull(progress, "progress");
    }

    public static Ssda903Options defaults() {
        return new Ssda903Options(BareYear.START_YEAR, Optional.empty(), line -> { });
    }

    public Ssda903Options withBareYear(BareYear convention) {
        return new Ssda903Options(convention, fixedYear, progress);
    }

    public Ssda903Options withFixedYear(CollectionYear year) {
        return new Ssda903Options(bareYear, Optional.of(year), progress);
    }

    public Ssda903Options withProgress(Consumer<String> sink) {
        return new Ssda903Options(bareYear, fixedYear, sink);
    }
}
