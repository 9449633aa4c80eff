package uk.chatbatch.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What reaches the log file of an exception message: no value that could identify a child. */
class MaskedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # message as thrown                                          | as logged
            Bad date 31/02/2026 in row 14                                 | Bad date # in row #
            child id 'AB12345' is not unique                              | child id '#' is not unique
            value "Jane Doe" quoted                                       | value '#' quoted
            postcode SW1A 1AA, dob 2015-03-01                             | postcode # #, dob #
            typographic ‘X9’ quotes                                       | typographic '#' quotes
            writing /tmp/out-2026/parquet/part-00000.parquet failed       | writing /tmp/out-2026/parquet/part-00000.parquet failed
            Step failed: NullPointerException                             | Step failed: NullPointerException
            """)
    void quotedStretchesAndWordsWithDigitsAreMaskedPathsAndWordsAreKept(String thrown, String logged) {
        assertThat(MaskedText.of(thrown)).isEqualTo(logged);
    }
}
