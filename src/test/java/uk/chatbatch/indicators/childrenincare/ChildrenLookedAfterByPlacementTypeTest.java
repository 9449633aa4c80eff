package uk.chatbatch.indicators.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.annexa.AnnexAList.CHILDREN_IN_CARE;
import static uk.chatbatch.annexa.Field.CHILD_ID;
import static uk.chatbatch.annexa.Field.CLA_CEASED_DATE;
import static uk.chatbatch.annexa.Field.CLA_START_DATE;
import static uk.chatbatch.annexa.Field.PLACEMENT_PROVIDER;
import static uk.chatbatch.annexa.Field.PLACEMENT_TYPE;
import static uk.chatbatch.indicators.IndicatorTesting.assertCount;
import static uk.chatbatch.indicators.IndicatorTesting.only;
import static uk.chatbatch.indicators.IndicatorTesting.periodEnding;
import static uk.chatbatch.indicators.IndicatorTesting.row;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.model.table.AnnexACodeList;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.indicators.IndicatorResult;
import uk.chatbatch.indicators.IndicatorValue;
import uk.chatbatch.model.table.TableRecord;

class ChildrenLookedAfterByPlacementTypeTest {

    private static final IndicatorContext T = periodEnding(LocalDate.of(2025, 3, 31));
    private static final LocalDate STARTED = LocalDate.of(2024, 1, 1);

    private final ChildrenLookedAfterByPlacementType indicator = new ChildrenLookedAfterByPlacementType();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # placement type | group
            U1               | foster (including kinship)
            U3               | foster (including kinship)
            U6               | foster (including kinship)
            A3               | placed for adoption
            A6               | placed for adoption
            P1               | placed with parents
            K1               | children's homes
            K2               | children's homes
            R1               | children's homes
            H5               | semi-independent or supported accommodation
            K3               | semi-independent or supported accommodation
            P2               | semi-independent or supported accommodation
            P3               | other
            R2               | other
            R5               | other
            S1               | other
            T4               | other
            Z1               | other
            Z12              | other
            """)
    void groupsPlacementTypesAsTheCatalogueDoes(String placementType, String group) {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE, child(null, placementType, "PR1")), T);

        assertThat(result.values()).contains(IndicatorValue.count("placement group", group, 1));
    }

    @Test
    void everyPlacementTypeCodeHasAGroupAndOnlyNoCodeHasNone() {
        for (String code : AnnexACodeList.PLACEMENT_TYPE.codes()) {
            assertThat(uk.chatbatch.model.PlacementGroups.group(code)).as(code).isNotNull();
        }
        assertThat(uk.chatbatch.model.PlacementGroups.group(null)).isNull();
    }

    @ParameterizedTest(name = "{0}: counted {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                       | ceased     | counted
            looked after                 |            | 1
            ceased on T                  | 2025-03-31 | 0
            ceases the day after T       | 2025-04-01 | 1
            """)
    void countsChildrenLookedAfterAtThePeriodEnd(String boundary, LocalDate ceased, long counted) {
        assertCount(counted, indicator.compute(only(CHILDREN_IN_CARE, child(ceased, "U4", "PR1")), T));
    }

    @Test
    void countsByGroupAndProviderEveryGroupShown() {
        IndicatorResult result = indicator.compute(only(CHILDREN_IN_CARE, child(null, "U4", "PR1"),
                child(null, "U1", "PR1"), child(null, "K2", "PR4"), child(null, null, null)), T);

        assertThat(result.values()).containsExactly(
                IndicatorValue.count("all", "all", 4),
                IndicatorValue.count("placement group", "foster (including kinship)", 2),
                IndicatorValue.count("placement group", "placed for adoption", 0),
                IndicatorValue.count("placement group", "placed with parents", 0),
                IndicatorValue.count("placement group", "children's homes", 1),
                IndicatorValue.count("placement group", "semi-independent or supported accommodation", 0),
                IndicatorValue.count("placement group", "other", 0),
                IndicatorValue.count("placement group", "unknown", 1),
                IndicatorValue.count("provider", "PR0", 0),
                IndicatorValue.count("provider", "PR1", 2),
                IndicatorValue.count("provider", "PR2", 0),
                IndicatorValue.count("provider", "PR3", 0),
                IndicatorValue.count("provider", "PR4", 1),
                IndicatorValue.count("provider", "PR5", 0),
                IndicatorValue.count("provider", "unknown", 1));
    }

    private static TableRecord child(LocalDate ceased, String placementType, String provider) {
        return row(CHILDREN_IN_CARE).set(CHILD_ID, "C1").set(CLA_START_DATE, STARTED).set(CLA_CEASED_DATE, ceased)
                .set(PLACEMENT_TYPE, placementType).set(PLACEMENT_PROVIDER, provider).build();
    }
}
