package uk.chatbatch.indicators.childrenincare;

import uk.chatbatch.indicators.Window;

import java.time.LocalDate;
import java.util.List;

/**
 * One placement with the same carers, traced through a child's episodes (see {@link CareHistory}): from the start
 * of its first episode to the end of its last, temporary moves within it included.
 */
public record Placement(List<CareEpisode> episodes) {

    public Placement {
        episodes = List.copyOf(episodes);
    }

    public LocalDate start() {
        return episodes.get(0).start();
    }

    /** The day it ended, or null while open. */
    public LocalDate end() {
        return episodes.get(episodes.size() - 1).end();
    }

    public boolean openOn(LocalDate day) {
        return !start().isAfter(day) && (end() == null || end().isAfter(day));
    }

    public boolean during(Window window) {
        return window.overlaps(start(), end());
    }

    public boolean contains(CareEpisode episode) {
        return episodes.stream().anyMatch(e -> e == episode);
    }
}
