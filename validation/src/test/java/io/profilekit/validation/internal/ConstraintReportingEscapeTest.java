package io.profilekit.validation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escaping behind Jakarta messages: exactly the four characters message interpolation gives a
 * meaning to get a backslash, and the value handed to Hibernate Validator is a {@link Number} (so
 * no release escapes it a second time) whose text is the escaped text. The messages themselves are
 * tested end to end in {@code ConstraintReportingTest}.
 */
class ConstraintReportingEscapeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "plain text              | plain text",
        "''                      | ''",
        "${1+1}                  | \\$\\{1+1\\}",
        "{java.version}          | \\{java.version\\}",
        "\\                      | \\\\",
        "a\\{b                   | a\\\\\\{b",
        "#{x} % ' \" ü 😀         | #\\{x\\} % ' \" ü 😀",
    })
    void escapesBackslashBracesAndDollarOnly(String text, String escaped) {
        assertThat(ConstraintReporting.escape(text)).isEqualTo(escaped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "aws-prod-base", "tag value with spaces: and colons"})
    void textWithoutSpecialCharactersIsReturnedAsItIs(String text) {
        assertThat(ConstraintReporting.escape(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${1+1}", "plain"})
    void theValueIsANumberWithoutNumericMeaningWhoseTextIsTheEscapedText(String text) {
        Object value = ConstraintReporting.literal(text);

        assertThat(value).isInstanceOf(Number.class).hasToString(ConstraintReporting.escape(text));
        Number number = (Number) value;
        assertThat(number.intValue()).isZero();
        assertThat(number.longValue()).isZero();
        assertThat(number.floatValue()).isZero();
        assertThat(number.doubleValue()).isZero();
    }
}
