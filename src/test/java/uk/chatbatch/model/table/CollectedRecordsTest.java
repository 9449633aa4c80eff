package uk.chatbatch.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a collection keeps of what a reader sends. */
class CollectedRecordsTest {

    @Test
    void keepsEverythingInTheOrderItCame() {
        CollectedRecords<String> all = new CollectedRecords<>();
        all.clean("b");
        all.clean("a");
        all.superseded("old a", CollectionYear.endingIn(2023));

        assertThat(all.clean()).containsExactly("b", "a");
        assertThat(all.clean(r -> r.startsWith("a"))).containsExactly("a");
        assertThat(all.superseded()).containsExactly("old a");
        assertThat(all.supersededBy()).containsExactly(CollectionYear.endingIn(2023));
    }

    @Test
    void keepsOnlyTheCleanRecordsAskedForAndNoFindingsWhenToldNot() {
        CollectedRecords<String> episodes = new CollectedRecords<>(r -> r.startsWith("episode"), false);
        for (String record : List.of("episode 1", "header 1", "episode 2")) {
            episodes.clean(record);
        }
        episodes.superseded("episode 0", CollectionYear.endingIn(2022));

        assertThat(episodes.clean()).containsExactly("episode 1", "episode 2");
        assertThat(episodes.superseded()).as("findings are not kept").isEmpty();
        assertThat(episodes.supersededBy()).isEmpty();
    }
}
