package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.CollectionYear;

class YearLabelsTest {

    private static Optional<CollectionYear> start(String name) {
        return YearLabels.inName(name, BareYear.START_YEAR).year();
    }

    private static Optional<CollectionYear> end(String name) {
        return YearLabels.inName(name, BareYear.END_YEAR).year();
    }

    private static final Optional<CollectionYear> Y2016 = Optional.of(CollectionYear.startingIn(2016));
    private static final Optional<CollectionYear> Y2017 = Optional.of(CollectionYear.startingIn(2017));

    @Test
    void aSpanOfTwoYearsIsTheCollectionStartingInTheFirstWhateverTheConvention() {
        for (String name : new String[] {"2017-18", "2017-18-episodes", "episodes_2017_18", "201718", "SSDA903_201718",
                "2017-2018", "17-18", "903 17_18 header"}) {
            assertThat(start(name)).as(name).isEqualTo(Y2017);
            assertThat(end(name)).as(name).isEqualTo(Y2017);
        }
    }

    @Test
    void aBareYearFollowsTheConvention() {
        assertThat(start("2017-episodes")).as("cs-demand-model: 2017 covers April 2017 to March 2018").isEqualTo(Y2017);
        assertThat(end("2017-episodes")).as("liia-tools: 2017 is the year ending March 2017").isEqualTo(Y2016);
        assertThat(start("2017")).isEqualTo(Y2017);
        assertThat(start("SSDA903_2020_episodes")).isEqualTo(Optional.of(CollectionYear.startingIn(2020)));
    }

    @Test
    void whatIsNotALabel() {
        assertThat(start("episodes")).isEmpty();
        assertThat(start("1718")).as("a compact four-digit span reads too easily as something else").isEmpty();
        assertThat(start("14032021")).as("a date").isEmpty();
        assertThat(start("2017-19")).as("not consecutive: 2017 alone would be read, but 19 is no year")
                .isEqualTo(Y2017);
        assertThat(start("ssda903")).as("903 is not a year").isEmpty();
        assertThat(start("20170")).isEmpty();
    }

    @Test
    void twoDifferentLabelsInOneNameAreAConflictNotAGuess() {
        YearLabels.Found found = YearLabels.inName("2017-episodes-2018", BareYear.START_YEAR);
        assertThat(found.year()).isEmpty();
        assertThat(found.isConflict()).isTrue();
        assertThat(YearLabels.inName("2017-18_2017", BareYear.START_YEAR).year()).as("the same year twice").isEqualTo(Y2017);
    }
}
