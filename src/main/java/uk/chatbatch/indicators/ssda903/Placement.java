package uk.chatbatch.indicators.ssda903;

import java.time.LocalDate;
import java.util.List;

/**
 * One placement with the same carers, traced through a child's episodes (see {@link CareHistory}): from the start
 * of its first episode to the end of its last, temporary moves within it included.
 */
record Placement(List<CareEpisode> episodes) {

    Placement {
        episodes = List.copyOf(episodes);
    }

    LocalDate start() {
        return episodes.get(0).start();
    }

    /** The day it ended, or null while open. */
    LocalDate end() {
        return episodes.get(episodes.size() - 1).end();
    }

    boolean openOn(LocalDate day) {
        return !start().isAfter(day) && (end() == null || end().isAfter(day));
    }

    boolean during(Window window) {
        return window.overlaps(start(), end());
    }

    boolean contains(CareEpisode episode) {
        return episodes.stream().anyMatch(e -> e == episode);
    }
}
