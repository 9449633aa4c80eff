package uk.chatbatch.indicators.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.Shapes;

/** The base's arithmetic: Excel's MEDIAN and QUARTILE.INC, as DfE and ChAT workbooks compute them. */
class MedianDaysOfRecordsTest {

    @ParameterizedTest(name = "{0}: median {1}, quartiles {2} and {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # durations, any order   | median | lower quartile | upper quartile
            7                        | 7.0    | 7.0            | 7.0
            3 1                      | 2.0    | 1.5            | 2.5
            5 1 3                    | 3.0    | 2.0            | 4.0
            0 10 11 45 46 61         | 28.0   | 10.25          | 45.75
            2 2 2 9                  | 2.0    | 2.0            | 3.75
            """)
    void medianAndQuartilesInterpolateLikeExcel(String durations, double median, double lower, double upper) {
        List<Integer> days = Arrays.stream(durations.split(" ")).map(Integer::valueOf).toList();

        assertThat(Shapes.percentile(days, 0.5)).isEqualTo(median);
        assertThat(Shapes.percentile(days, 0.25)).isEqualTo(lower);
        assertThat(Shapes.percentile(days, 0.75)).isEqualTo(upper);
    }

    @Test
    void noDurationsHaveNoMedian() {
        assertThat(Shapes.percentile(List.of(), 0.5)).isNull();
    }
}
