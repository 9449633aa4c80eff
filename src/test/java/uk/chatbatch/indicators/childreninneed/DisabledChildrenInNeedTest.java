package uk.chatbatch.indicators.childreninneed;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_NEED;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CIN_CLOSURE_DATE;
import static uk.chatbatch.annexa.Field.CIN_START_DATE;
import static uk.chatbatch.annexa.Field.DISABILITY;
import static uk.chatbatch.indicators.IndicatorTesting.assertRatio;
import static uk.chatbatch.indicators.IndicatorTesting.headline;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.model.table.TableRecord;

class DisabledChildrenInNeedTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 9, 30));

    private final DisabledChildrenInNeed indicator = new DisabledChildrenInNeed();

    @ParameterizedTest(name = "{0}: disabled {4} of {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | start      | closure    | disability | disabled | open
            disabled                                | 2025-01-01 |            | Yes        | 1        | 1
            not disabled                            | 2025-01-01 |            | No         | 0        | 1
            unknown stays in the denominator        | 2025-01-01 |            | Unknown    | 0        | 1
            blank stays in the denominator          | 2025-01-01 |            |            | 0        | 1
            closed on T: not open                   | 2025-01-01 | 2025-09-30 | Yes        | 0        | 0
            """)
    void measuresOpenEpisodes(String boundary, LocalDate start, LocalDate closure, String disability,
                              long disabled, long open) {
        assertRatio(disabled, open, indicator.compute(only(CHILDREN_IN_NEED, episode(start, closure, disability)), T));
    }

    @Test
    void percentageOfOpenEpisodes() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_NEED, episode(start, null, "Yes"),
                episode(start, null, "No"), episode(start, null, "No"), episode(start, null, "No")), T);

        assertRatio(1, 4, result);
        assertThat(headline(result).value()).isEqualTo(25.0);
    }

    @Test
    void noOpenEpisodesIsNoCases() {
        assertThat(indicator.compute(only(CHILDREN_IN_NEED), T).status()).isEqualTo(IndicatorStatus.NO_CASES);
    }

    private static TableRecord episode(LocalDate start, LocalDate closure, String disability) {
        return row(CHILDREN_IN_NEED).set(CHILD_ID, "C1").set(CIN_START_DATE, start).set(CIN_CLOSURE_DATE, closure)
                .set(DISABILITY, disability).build();
    }
}
