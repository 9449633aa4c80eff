package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginTest {

    private static final Optional<CollectionYear> Y2017 = Optional.of(CollectionYear.parse("2017-18"));

    @Test
    void itsPlaceIsTheLocationWhenGivenElseTheCollectionYearElseNothing() {
        assertThat(new Origin("cin.xml", 41, Y2017, "child 3, CINdetails 2").place())
                .as("CIN census: the place among the children").isEqualTo("child 3, CINdetails 2");
        assertThat(new Origin("2017/episodes.csv", 7, Y2017).place()).as("SSDA903: the year").isEqualTo("2017-18");
        assertThat(new Origin("episodes.csv", 7, Optional.empty()).place()).as("no year known").isEmpty();
    }

    @Test
    void withoutALocationItIsAFileRowAndYear() {
        assertThat(new Origin("2017/episodes.csv", 7, Y2017)).isEqualTo(new Origin("2017/episodes.csv", 7, Y2017, ""));
    }
}
