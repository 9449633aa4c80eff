package uk.chatbatch.report;

import java.util.List;

/**
 * A donut for a yes/no split: the parts (first is the one the indicator counts), and the text in the centre.
 * A withheld split draws an empty ring, since the angles would give the figure away.
 */
record DonutData(List<String> names, List<Long> values, List<String> labels, String centre, String centreNote,
                 boolean withheld) {

    DonutData {
        names = List.copyOf(names);
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }
}
