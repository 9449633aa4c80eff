package uk.chatbatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public sample files the readers are tested against, in {@code ../shared/samples} beside the
 * project (they are other projects' files and are not copied here). Found, in order: the
 * {@code CHAT_SHARED_DIR} environment variable or system property; {@code ../shared}; and, for a clone
 * of a local repository made anywhere (e.g. a temporary folder), {@code shared} beside the repository
 * it was cloned from.
 */
public final class SharedSamples {

    private static final Path SAMPLES = locate();

    private SharedSamples() {
    }

    /** A path inside the samples folder, e.g. "liia-tools/liiatools". */
    public static Path path(String relative) {
        return SAMPLES.resolve(relative);
    }

    public static Path root() {
        return SAMPLES;
    }

    private static Path locate() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("CHAT_SHARED_DIR", System.getenv("CHAT_SHARED_DIR"));
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("..", "shared"));
        originSibling().ifPresent(candidates::add);
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate.resolve("samples"))) {
                return candidate.resolve("samples");
            }
        }
        throw new IllegalStateException("the public samples were not found (looked in " + candidates
                + "); set CHAT_SHARED_DIR to the folder holding samples/");
    }

    /** {@code <origin>/../shared} when this checkout was cloned from a repository on the same disk. */
    private static java.util.Optional<Path> originSibling() {
        Path config = Path.of(".git", "config");
        if (!Files.isRegularFile(config)) {
            return java.util.Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(config)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("url = ")) {
                    Path origin = Path.of(trimmed.substring("url = ".length()).replaceFirst("^file://", ""))
                            .toAbsolutePath().normalize();
                    if (origin.isAbsolute() && Files.isDirectory(origin)) {
                        return java.util.Optional.of(origin.resolveSibling("shared"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.empty();
    }
}
