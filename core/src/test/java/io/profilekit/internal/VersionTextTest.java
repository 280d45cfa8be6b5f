package io.profilekit.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text helpers behind version order. */
class VersionTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"v1.2.3|1,2,3", "V1|1", "1.2.|1,2", "1..2|1", "01.002|1,2", "1.2-3.4|1,2",
        "''|''", "v|''", "1.30.0-rev2|1,30,0", "10|10", "1.2.3.4.5|1,2,3,4,5", "x1.2|''"})
    void writtenReleaseNumbersAreTheLeadingNumbersAsWritten(String text, String numbers) {
        List<String> expected = numbers.isEmpty() ? List.of() : List.of(numbers.split(","));
        assertThat(VersionText.writtenReleaseNumbers(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2, 10, -1", "10, 9, 1", "7, 7, 0", "1, a, -1", "a, 1, 1", "a, b, -1", "'', 1, 1", "'', a, -1"})
    void identifiersCompareNumbersByValueAndBeforeWords(String a, String b, int sign) {
        assertThat(Integer.signum(VersionText.compareIdentifiers(a, b))).isEqualTo(sign);
    }
}
