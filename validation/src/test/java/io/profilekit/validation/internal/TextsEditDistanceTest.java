package io.profilekit.validation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded edit distance behind "did you mean": exact up to the limit, limit + 1 beyond it. */
class TextsEditDistanceTest {

    @ParameterizedTest
    @CsvSource({"abcdef, abcdeg, 2, 1", "abcdef, abcdef, 0, 0", "abcdef, ab, 2, 3", "abcdef, abcd, 2, 2",
        "abcdef, xxxxxx, 2, 3", "abc, cab, 2, 2", "kitten, sitting, 3, 3", "kitten, sitting, 2, 3", "'', ab, 2, 2",
        "ab, '', 2, 2", "abcdefgh, abcdefgh, 0, 0", "abcdefgh, bcdefgha, 2, 2"})
    void theEditDistanceGivesUpJustPastItsLimit(String a, String b, int limit, int expected) {
        assertThat(Texts.editDistance(a, b, limit)).isEqualTo(expected);
    }

}
