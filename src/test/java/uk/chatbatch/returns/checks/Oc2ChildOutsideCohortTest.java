package uk.chatbatch.returns.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.CollectionYear;

/**
 * DfE rule 190: OC2 rows only for children looked after continuously for at least 12 months at 31 March, here
 * 31 March 2021 (collection year 2020-21: 1 April 2020 to 31 March 2021).
 */
class Oc2ChildOutsideCohortTest {

    private final Oc2ChildOutsideCohort check = new Oc2ChildOutsideCohort();

    @Test
    void onlyOc2RowsOfChildrenOutsideTheCohortAreFound() {
        Rows rows = new Rows()
                .episode("A", "01/01/2019", "S", "C2", null, null)                 // in care throughout: in
                .episode("B", "01/04/2020", "S", "C2", null, null)                 // began on 1 April 2020: in
                .episode("C", "02/04/2020", "S", "C2", null, null)                 // began 2 April 2020: out
                .episode("D", "01/01/2019", "S", "C2", "31/03/2021", "E11")        // ceased on 31 March: out
                .episode("E", "01/01/2019", "S", "C2", "01/06/2020", "X1")
                .episode("E", "01/06/2020", "P", "C2", null, null)                 // episodes joined end to start: in
                .episode("F", "01/01/2019", "S", "C2", "01/06/2020", "E4A")
                .episode("F", "05/06/2020", "S", "V2", null, null)                 // left care and came back: out
                .episode("G", "01/01/2019", "S", "V3", null, null)                 // short breaks: out
                .oc2(Rows.Y2020_21, "A")   // oc2 row 2
                .oc2(Rows.Y2020_21, "B")   // row 3
                .oc2(Rows.Y2020_21, "C")   // row 4
                .oc2(Rows.Y2020_21, "D")   // row 5
                .oc2(Rows.Y2020_21, "E")   // row 6
                .oc2(Rows.Y2020_21, "F")   // row 7
                .oc2(Rows.Y2020_21, "G")   // row 8
                .oc2(Rows.Y2020_21, "H");  // row 9: no episodes at all: out
        assertThat(Rows.found(check, rows)).containsExactly(
                "2020/oc2.csv 4: CHILD [masked, 1 characters]",
                "2020/oc2.csv 5: CHILD [masked, 1 characters]",
                "2020/oc2.csv 7: CHILD [masked, 1 characters]",
                "2020/oc2.csv 8: CHILD [masked, 1 characters]",
                "2020/oc2.csv 9: CHILD [masked, 1 characters]");
    }

    @Test
    void aYearWhoseEpisodesWereNotSuppliedIsNotChecked() {
        CollectionYear y2019 = CollectionYear.parse("2019-20");
        Rows rows = new Rows()
                .episode("A", "01/05/2020", "S", "C2", null, null)                 // only 2020-21 episodes
                .oc2(y2019, "Z");                                                  // 2019-20 OC2: cannot be judged
        assertThat(Rows.found(check, rows)).isEmpty();
    }

    @Test
    void theCohortIsThatOfTheRowsOwnYear() {
        CollectionYear y2021 = CollectionYear.parse("2021-22");
        Rows rows = new Rows()
                .episode("A", "02/04/2020", "S", "C2", null, null)                 // 12 months by 31 March 2022
                .episode(y2021, "A", "02/04/2020", "S", "C2", null, null)
                .oc2(y2021, "A");
        assertThat(Rows.found(check, rows)).isEmpty();
    }
}
