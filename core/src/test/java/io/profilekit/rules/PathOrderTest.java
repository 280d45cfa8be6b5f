package io.profilekit.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A report lists violations by path, numbers inside paths compared as numbers. */
class PathOrderTest {

    @ParameterizedTest
    @CsvSource({"layers[2], layers[10], -1", "layers[10], layers[2], 1", "layers[1], layers[1], 0",
        "layers[1], layers[1].values, -1", "layers[1].values, layers[1], 1", "a, ab, -1", "ab, a, 1", "'', a, -1",
        "tags[007], tags[7], 0", "tags[9], tags[09], 0", "layers[1].pack, layers[1].values, -1", "a1b, a1c, -1",
        "a12, a2, 1", "x, y, -1"})
    void pathsCompareWithNumbersAsNumbers(String a, String b, int sign) {
        assertThat(Integer.signum(ValidationReport.comparePaths(a, b))).isEqualTo(sign);
    }

    @ParameterizedTest
    @CsvSource({"layers[10], layers[9]", "tags[2], layers[3]"})
    void aReportSortsItsViolationsByPath(String later, String earlier) {
        ValidationReport r = new ValidationReport("s", List.of(
                Violation.of(ViolationCode.LAYER_ORDER, later, "m", "h"),
                Violation.of(ViolationCode.LAYER_ORDER, earlier, "m", "h")));
        assertThat(r.violations()).extracting(Violation::path).containsExactly(earlier, later);
    }
}
