package uk.chatbatch.ssda903;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.chatbatch.model.table.CollectionYear;

/**
 * Finds the collection year in one file or folder name.
 *
 * <p>Accepted, each standing apart from other digits: a span of two consecutive years
 * ("2017-18", "2017_18", "2017-2018", "201718", "17-18", "17_18"), always the collection
 * starting in the first year; or a lone year from 1990 to 2099 ("2017"), read by the
 * {@link BareYear} convention. A compact four-digit span ("1718") and dates ("14032021") are not
 * labels: they are too easily something else. A name with two different labels has none.
 */
final class YearLabels {

    private static final Pattern SPAN = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2}|\\d{2})[-_]?((?:19|20)\\d{2}|\\d{2})(?![0-9])");
    private static final Pattern BARE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");

    private YearLabels() {
    }

    /** The result of looking at one name: no label, one label, or conflicting labels. */
    record Found(Optional<CollectionYear> year, Set<CollectionYear> conflicting, String text) {
        boolean isConflict() {
            return conflicting.size() > 1;
        }
    }

    static Found inName(String name, BareYear bareYear) {
        Set<CollectionYear> years = new LinkedHashSet<>();
        StringBuilder texts = new StringBuilder();
        Matcher span = SPAN.matcher(name);
        StringBuilder rest = new StringBuilder(name);
        while (span.find()) {
            Optional<CollectionYear> year = span(span.group(1), span.group(2), span.group());
            if (year.isPresent()) {
                years.add(year.get());
                append(texts, span.group());
                for (int i = span.start(); i < span.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        Matcher bare = BARE.matcher(rest);
        while (bare.find()) {
            years.add(bareYear.toCollectionYear(Integer.parseInt(bare.group(1))));
            append(texts, bare.group(1));
        }
        if (years.size() == 1) {
            return new Found(Optional.of(years.iterator().next()), Set.of(), texts.toString());
        }
        return new Found(Optional.empty(), Set.copyOf(years), texts.toString());
    }

    private static Optional<CollectionYear> span(String first, String second, String whole) {
        boolean separated = whole.length() != first.length() + second.length();
        if (first.length() == 2 && !separated) {
            return Optional.empty();
        }
        int start = first.length() == 4 ? Integer.parseInt(first) : 2000 + Integer.parseInt(first);
        int end = second.length() == 4 ? Integer.parseInt(second) : (start / 100) * 100 + Integer.parseInt(second);
        if (second.length() == 2 && end < start) {
            end += 100;
        }
        if (end != start + 1 || start < 1990 || start > 2098) {
            return Optional.empty();
        }
        return Optional.of(CollectionYear.startingIn(start));
    }

    private static void append(StringBuilder texts, String text) {
        if (texts.length() > 0) {
            texts.append(", ");
        }
        texts.append('\'').append(text).append('\'');
    }
}
