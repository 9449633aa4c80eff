package uk.chatbatch.indicators.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.indicators.ssda903.Ssda903Testing.episodes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.ssda903.CollectionYear;

class LookedAfterContinuouslyFor12MonthsTest {

    /** 2024-25: 1 April 2024 to 31 March 2025. */
    private static final CollectionYear YEAR = CollectionYear.startingIn(2024);

    /** Each case is child C1's episodes (CHILD,DECOM,RNE,LS,PLACE,DEC,REC; between episodes). */
    @ParameterizedTest(name = "{0}: in the cohort {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                 | episodes                                                                                   | in
            started on 1 April, the year's first day               | C1,2024-04-01,S,C2,U4,,                                                                    | true
            started on 2 April: 12 months less a day               | C1,2024-04-02,S,C2,U4,,                                                                    | false
            ceased on 31 March: not looked after at its end        | C1,2023-01-01,S,C2,U4,2025-03-31,E4A                                                       | false
            ceased after 31 March: looked after all year           | C1,2023-01-01,S,C2,U4,2025-04-15,E4A                                                       | true
            a change of placement keeps care continuous            | C1,2023-01-01,S,C2,U4,2024-09-01,X1; C1,2024-09-01,P,C2,U1,,                               | true
            ceased and started again in the year: a gap            | C1,2023-01-01,S,C2,U4,2024-06-01,E4A; C1,2024-06-10,S,C2,U4,,                              | false
            a new start on the day the last ended is a new period  | C1,2023-01-01,S,C2,U4,2024-06-01,E4A; C1,2024-06-01,S,C2,U4,,                              | false
            short breaks (V4) into the year's first day            | C1,2024-01-01,S,V4,U4,2024-04-01,X1; C1,2024-04-01,L,C2,U4,,                               | false
            short breaks (V4) ended before the year                | C1,2024-01-01,S,V4,U4,2024-03-31,X1; C1,2024-03-31,L,C2,U4,,                               | true
            still under short breaks (V3) at 31 March              | C1,2023-01-01,S,V3,U4,,                                                                    | false
            """)
    void childrenLookedAfterAllYearWithoutShortBreaks(String scenario, String episodes, boolean in) {
        assertThat(LookedAfterContinuouslyFor12Months.children(
                episodes(episodes.replace(";", "\n").replace(",", "|")), YEAR)).hasSize(in ? 1 : 0);
    }
}
