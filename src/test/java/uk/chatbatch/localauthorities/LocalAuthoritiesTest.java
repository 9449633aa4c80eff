package uk.chatbatch.localauthorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bundled table of English LAs (DfE las.csv, April 2026) answers either code. */
class LocalAuthoritiesTest {

    private final LocalAuthorities table = LocalAuthorities.bundled();

    @Test
    void anOnsCodeGivesTheDfeThreeDigitCode() {
        assertThat(table.dfeCode("E08000021")).as("Newcastle upon Tyne").isEqualTo("391");
        assertThat(table.dfeCode("E09000001")).as("City of London").isEqualTo("201");
        assertThat(table.dfeCode(" E06000010 ")).as("Kingston upon Hull, a name with a comma; blanks ignored")
                .isEqualTo("810");
        assertThat(table.dfeCode("E08000016")).as("Barnsley's ONS code replaced on 2025-05-01 still names 370")
                .isEqualTo("370");
    }

    @Test
    void threeDigitsAreTakenAsTheyAreEvenWhenNotInTheTable() {
        assertThat(table.dfeCode("391")).isEqualTo("391");
        assertThat(table.dfeCode("999")).as("the synthetic sample LA").isEqualTo("999");
        assertThat(table.byDfeCode("999")).isEmpty();
    }

    @Test
    void aDfeCodeGivesNameAndRegionFromItsLiveRow() {
        assertThat(table.byDfeCode("391")).get().extracting(LocalAuthorities.LocalAuthority::name,
                LocalAuthorities.LocalAuthority::region).containsExactly("Newcastle upon Tyne", "North East");
        assertThat(table.byDfeCode("370")).as("Barnsley: a terminated and a live row").get()
                .extracting(LocalAuthorities.LocalAuthority::live).isEqualTo(true);
        assertThat(table.byDfeCode("837")).as("Bournemouth, only terminated rows (became 839 in 2019)").get()
                .extracting(LocalAuthorities.LocalAuthority::region).isEqualTo("South West");
    }

    @Test
    void anUnknownOnsCodeOrAnythingElseIsOneSentenceNamingIt() {
        assertThatThrownBy(() -> table.dfeCode("E08000099")).hasMessage("LA code 'E08000099' is not the ONS code of"
                + " an English local authority with a DfE code in the bundled table (DfE las.csv, April 2026).");
        assertThatThrownBy(() -> table.dfeCode("E10000005")).as("Cornwall 2009: in the table with no DfE code")
                .hasMessageStartingWith("LA code 'E10000005' is not the ONS code of an English local authority");
        assertThatThrownBy(() -> table.dfeCode("39")).hasMessage("LA code '39' is neither a DfE three-digit LA"
                + " code such as 391 nor an ONS code such as E08000021 (or 990 to 999 for a synthetic LA).");
    }

    @Test
    void aLondonBoroughIsFoundByItsOnsCode() {
        assertThat(table.byOnsCode("E09000033")).as("Westminster").get()
                .extracting(LocalAuthorities.LocalAuthority::dfeCode).isEqualTo("213");
    }

    @Test
    void theRowInForceAtAPeriodEndGivesTheOnsCodeAndRegionOfThatTime() {
        assertThat(table.inForceOn("370", java.time.LocalDate.of(2025, 3, 31))).as("Barnsley before May 2025").get()
                .extracting(LocalAuthorities.LocalAuthority::onsCode).isEqualTo("E08000016");
        assertThat(table.inForceOn("370", java.time.LocalDate.of(2025, 5, 1))).as("Barnsley from its first day").get()
                .extracting(LocalAuthorities.LocalAuthority::onsCode).isEqualTo("E08000038");
        assertThat(table.inForceOn("391", java.time.LocalDate.of(2026, 9, 30))).get()
                .extracting(LocalAuthorities.LocalAuthority::regionCode).isEqualTo("E12000001");
        assertThat(table.inForceOn("928", java.time.LocalDate.of(2021, 3, 31))).as("Northamptonshire's last day")
                .isPresent();
        assertThat(table.inForceOn("928", java.time.LocalDate.of(2021, 4, 1))).as("split into 940 and 941").isEmpty();
        assertThat(table.inForceOn("051", java.time.LocalDate.of(2026, 9, 30))).as("no English LA").isEmpty();
    }

    @Test
    void onlyCodes990To999AreKeptForSyntheticLas() {
        assertThat(LocalAuthorities.isSynthetic("990")).isTrue();
        assertThat(LocalAuthorities.isSynthetic("999")).isTrue();
        assertThat(LocalAuthorities.isSynthetic("989")).isFalse();
        assertThat(LocalAuthorities.isSynthetic("051")).isFalse();
        assertThat(LocalAuthorities.isSynthetic("99")).isFalse();
    }
}
