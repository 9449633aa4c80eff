package uk.chatbatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's numbered caveats. Each note says what a reader must keep in mind and, where it applies to
 * particular indicators, which; tiles and tables carry the numbers of the notes that apply to them.
 */
final class Notes {

    record Note(int number, String title, String text, List<String> ids) {
        Note {
            ids = List.copyOf(ids);
        }
    }

    private final List<Note> notes = new ArrayList<>();
    private final Map<String, List<Integer>> byId = new LinkedHashMap<>();

    /** Adds a note (unless it applies to no indicator while {@code needsIds}); returns its number or 0. */
    int add(String title, String text, List<String> ids, boolean needsIds) {
        if (needsIds && ids.isEmpty()) {
            return 0;
        }
        int number = notes.size() + 1;
        notes.add(new Note(number, title, text, ids));
        for (String id : ids) {
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(number);
        }
        return number;
    }

    List<Note> all() {
        return List.copyOf(notes);
    }

    List<Integer> numbersFor(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** "notes 2, 5" or "note 3"; empty when none apply. */
    String markers(String id) {
        List<Integer> numbers = numbersFor(id);
        if (numbers.isEmpty()) {
            return "";
        }
        return (numbers.size() == 1 ? "note " : "notes ")
                + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
