package uk.chatbatch.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.chatbatch.ssda903.Ssda903CodeList.Lookup.Status.NOT_IN_YEAR;
import static uk.chatbatch.ssda903.Ssda903CodeList.Lookup.Status.OTHER_YEAR_SPELLING;
import static uk.chatbatch.ssda903.Ssda903CodeList.Lookup.Status.UNKNOWN;
import static uk.chatbatch.ssda903.Ssda903CodeList.Lookup.Status.VALID;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.chatbatch.model.table.CollectionYear;

class Ssda903CodeListTest {

    private static Optional<CollectionYear> year(int start) {
        return Optional.of(CollectionYear.startingIn(start));
    }

    private static Ssda903CodeList.Lookup sex(String text, int start) {
        return Ssda903CodeList.SEX.lookup(text, year(start));
    }

    private static Ssda903CodeList.Lookup.Status place(String text, int start) {
        return Ssda903CodeList.PLACEMENT_TYPE.lookup(text, year(start)).status();
    }

    @Test
    void sexIsWritten1And2UpTo2023To24AndMFUFrom2024To25AndAlwaysHeldAsMFU() {
        assertThat(sex("1", 2023).status()).isEqualTo(VALID);
        assertThat(sex("1", 2023).code().code()).isEqualTo("M");
        assertThat(sex("2", 2023).code().code()).isEqualTo("F");
        assertThat(sex("M", 2023).status()).as("the later form in an earlier year").isEqualTo(OTHER_YEAR_SPELLING);
        assertThat(sex("M", 2023).code().code()).isEqualTo("M");

        assertThat(sex("M", 2024).status()).isEqualTo(VALID);
        assertThat(sex("F", 2024).code().code()).isEqualTo("F");
        assertThat(sex("1", 2024).status()).as("the earlier form in a later year").isEqualTo(OTHER_YEAR_SPELLING);
        assertThat(sex("1", 2024).code().code()).isEqualTo("M");

        assertThat(sex("U", 2024).status()).isEqualTo(VALID);
        assertThat(sex("U", 2023).status()).as("U is new in 2024-25").isEqualTo(NOT_IN_YEAR);
        assertThat(sex("3", 2024).status()).isEqualTo(UNKNOWN);
        assertThat(sex("Monkey", 2024).status()).isEqualTo(UNKNOWN);
        assertThat(Ssda903CodeList.SEX.lookup("2", Optional.empty()).code().code())
                .as("year unknown: any year's form").isEqualTo("F");
    }

    @Test
    void placementTypesFollowThe2023SupportedAccommodationChanges() {
        assertThat(place("K3", 2023)).isEqualTo(NOT_IN_YEAR);
        assertThat(place("K3", 2024)).isEqualTo(VALID);
        assertThat(place("k3", 2025)).as("codes are upper-cased, not spelt k3").isEqualTo(VALID);
        assertThat(place("H5", 2024)).isEqualTo(VALID);
        assertThat(place("H5", 2025)).isEqualTo(NOT_IN_YEAR);
        assertThat(place("P2", 2024)).isEqualTo(VALID);
        assertThat(place("P2", 2025)).isEqualTo(NOT_IN_YEAR);
        assertThat(place("Z1", 2024)).isEqualTo(VALID);
        assertThat(place("Z1", 2025)).isEqualTo(NOT_IN_YEAR);
        for (String z : new String[] {"Z11", "Z12", "Z13", "Z14"}) {
            assertThat(place(z, 2024)).as(z).isEqualTo(NOT_IN_YEAR);
            assertThat(place(z, 2025)).as(z).isEqualTo(VALID);
        }
        assertThat(place("U4", 2017)).isEqualTo(VALID);
        assertThat(place("U4", 2025)).isEqualTo(VALID);
        assertThat(place("K3X", 2025)).as("never by substring").isEqualTo(UNKNOWN);
        assertThat(Ssda903CodeList.PLACEMENT_TYPE.code("P2").orElseThrow().withdrawnForEventsFrom())
                .contains(LocalDate.of(2023, 10, 28));
    }

    @Test
    void otherYearDependentCodes() {
        Ssda903CodeList rec = Ssda903CodeList.REASON_EPISODE_CEASED;
        assertThat(rec.lookup("E45", year(2017)).status()).isEqualTo(VALID);
        assertThat(rec.lookup("E45", year(2016)).status()).isEqualTo(NOT_IN_YEAR);
        assertThat(rec.lookup("E43", year(2016)).status()).isEqualTo(VALID);
        assertThat(rec.lookup("E43", year(2017)).status()).isEqualTo(NOT_IN_YEAR);
        assertThat(Ssda903CodeList.ACTIVITY.lookup("F3", year(2020)).status()).isEqualTo(VALID);
        assertThat(Ssda903CodeList.ACTIVITY.lookup("F3", year(2021)).status()).isEqualTo(NOT_IN_YEAR);
        assertThat(Ssda903CodeList.ACTIVITY.lookup("F5", year(2021)).status()).isEqualTo(VALID);
        assertThat(Ssda903CodeList.SW_REASON.lookup("PCCHAN ", year(2023)).status())
                .as("liia-tools' schema has a trailing space; values are trimmed").isEqualTo(VALID);
    }

    @Test
    void aWholeNumberThroughASpreadsheetIsReadAsItselfButNotOtherNumbers() {
        assertThat(Ssda903CodeList.FLAG.lookup("1.0", year(2017)).code().code()).isEqualTo("1");
        assertThat(Ssda903CodeList.FLAG.lookup("TRUE", year(2017)).code().code()).isEqualTo("1");
        assertThat(Ssda903CodeList.FLAG.lookup("1.5", year(2017)).status()).isEqualTo(UNKNOWN);
        assertThat(Ssda903CodeList.ACCOMMODATION.lookup("01", year(2017)).status())
                .as("ACCOM 0 written as 01 is not 0").isEqualTo(UNKNOWN);
        assertThat(Ssda903CodeList.ACCOMMODATION.lookup("0", year(2017)).status()).isEqualTo(VALID);
    }

    @Test
    void homelessAndCustodyAreNeverSuitableAccommodation() {
        assertThat(Ssda903CodeList.ACCOMMODATION.lookup("S1", year(2020)).status()).isEqualTo(UNKNOWN);
        assertThat(Ssda903CodeList.ACCOMMODATION.lookup("S2", year(2020)).status()).isEqualTo(VALID);
        assertThat(Ssda903CodeList.ACCOMMODATION.lookup("X1", year(2020)).status()).isEqualTo(UNKNOWN);
        assertThat(Ssda903CodeList.ACCOMMODATION.lookup("U1", year(2020)).status()).isEqualTo(VALID);
    }

    @Test
    void messagesListWhatTheYearAcceptsAsTheYearWritesIt() {
        assertThat(Ssda903CodeList.SEX.describeAccepted(year(2023))).isEqualTo("1, 2");
        assertThat(Ssda903CodeList.SEX.describeAccepted(year(2024))).isEqualTo("M, F, U");
        assertThat(Ssda903CodeList.PLACEMENT_TYPE.describeAccepted(year(2025))).doesNotContain("H5").endsWith("...");
    }
}
