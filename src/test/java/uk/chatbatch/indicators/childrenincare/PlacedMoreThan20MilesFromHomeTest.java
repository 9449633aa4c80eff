package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.Ssda903Testing.episodes;
import static uk.chatbatch.indicators.Ssda903Testing.returnHolding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.CountedRecord;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Ssda903Testing;
import uk.chatbatch.input.InputData;

class PlacedMoreThan20MilesFromHomeTest {

    /**
     * Points due north of HOME on the Greenwich meridian: 0.288 degrees of latitude is 19.90 miles, 0.291 degrees
     * 20.11 miles.
     */
    private static final String CENTROIDS = """
            postcode,latitude,longitude
            HO1 1ME,51.000,0.000
            NE1 1AR,51.288,0.000
            FA1 1AR,51.291,0.000
            """;

    @TempDir
    Path dir;

    private IndicatorContext t;

    private final PlacedMoreThan20MilesFromHome indicator = new PlacedMoreThan20MilesFromHome();

    @BeforeEach
    void centroids() throws Exception {
        Path file = Files.writeString(dir.resolve("centroids.csv"), CENTROIDS);
        t = periodEnding(LocalDate.of(2025, 3, 31)).withPostcodeCentroids(Optional.of(file));
    }

    @ParameterizedTest(name = "{0}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | HOME_POST | PL_POST  | far | known
            placed 19.9 miles away                       | HO1 1ME   | NE1 1AR  | 0   | 1
            placed 20.1 miles away                       | HO1 1ME   | FA1 1AR  | 1   | 1
            spaces and case do not matter                | ho11me    | fa1 1ar  | 1   | 1
            placed at home                               | HO1 1ME   | HO1 1ME  | 0   | 1
            placement postcode blank: not known          | HO1 1ME   |          | 0   | 0
            postcode not in the file: not known          | HO1 1ME   | ZZ9 9ZZ  | 0   | 0
            """)
    void measuresTheStraightLineFromHomeToPlacement(String scenario, String home, String placement, long far,
                                                    long known) {
        assertRatio(far, known, compute(returnHolding(episodes("C1 | 2024-01-01 | S | C2 | U4 |  |  | "
                + (placement == null ? "" : placement) + " | SC1 | " + home))));
    }

    @Test
    void childrenWithNoKnownDistanceAreInTheDrillDownButNotCounted() {
        IndicatorResult result = compute(returnHolding(episodes("""
                C1 | 2024-01-01 | S | C2 | U4 |            |     | FA1 1AR | SC1 | HO1 1ME
                C2 | 2024-01-01 | S | C2 | K2 |            |     |         |     | HO1 1ME   # confidential
                C3 | 2024-01-01 | S | C2 | U4 | 2025-01-01 | E4A | FA1 1AR | SC1 | HO1 1ME   # not looked after at T
                """)));

        assertRatio(1, 1, result);
        assertThat(result.counted()).extracting(CountedRecord::childId, CountedRecord::inNumerator,
                CountedRecord::inDenominator).containsExactly(
                        tuple("C1", true, true),
                        tuple("C2", false, false));
    }

    @Test
    void withoutACentroidFileItSaysWhichJobFileKeyToSet() {
        IndicatorResult result = indicator.compute(returnHolding(episodes(
                "C1 | 2024-01-01 | S | C2 | U4 |  |  | FA1 1AR | SC1 | HO1 1ME")),
                periodEnding(LocalDate.of(2025, 3, 31)));

        assertThat(result.status()).isEqualTo(IndicatorStatus.REFERENCE_NOT_CONFIGURED);
        assertThat(result.message()).contains("reference: postcode_centroids: <file>");
    }

    @Test
    void anUnreadableCentroidFileIsReadBeforeComputingAndFailsOnlyThisIndicator() {
        IndicatorContext missingFile = periodEnding(LocalDate.of(2025, 3, 31))
                .withPostcodeCentroids(Optional.of(dir.resolve("no-such-centroids.csv")));
        InputData data = returnHolding(episodes("C1 | 2024-01-01 | S | C2 | U4 |  |  | FA1 1AR | SC1 | HO1 1ME"));

        IndicatorContext read = missingFile.withReferenceFor(data);          // the engine reads it, once
        assertThat(read.referenceData().postcodeCentroidsFailure()).get().asString()
                .contains("no-such-centroids.csv could not be read");
        IndicatorResult result = indicator.compute(data, read);
        assertThat(result.status()).isEqualTo(IndicatorStatus.FAILED);
        assertThat(result.message()).contains("could not be read");
    }

    /** As the engine does: the reference files are read for the data before the indicator computes. */
    private IndicatorResult compute(InputData data) {
        return indicator.compute(data, t.withReferenceFor(data));
    }
}
