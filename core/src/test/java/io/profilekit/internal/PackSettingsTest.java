package io.profilekit.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings of a layer's {@code pack:} mapping are read from block-style values. */
class PackSettingsTest {
    private static final String KEY = "spectrocloud.com/install-priority";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain                       | `pack:\n  spectrocloud.com/install-priority: 10\n`                      | 10",
        "double-quoted               | `pack:\n  spectrocloud.com/install-priority: \"-5\"\n`                  | -5",
        "single-quoted with comment  | `pack:\n  spectrocloud.com/install-priority: '3' # first\n`            | 3",
        "quoted key                  | `pack:\n  \"spectrocloud.com/install-priority\": 2\n`                   | 2",
        "after other keys and a map  | `# c\npack:\n  namespace: x\n  content:\n    a: 1\n  spectrocloud.com/install-priority: 4\n` | 4",
        "four-space indent           | `pack:\n    namespace: x\n    spectrocloud.com/install-priority: 6\n` | 6",
        "CRLF line breaks            | `pack:\r\n  spectrocloud.com/install-priority: 7\r\n`                   | 7",
        "not an integer kept as text | `pack:\n  spectrocloud.com/install-priority: soon\n`                    | soon",
    })
    void aSettingUnderPackIsFound(String why, String values, String expected) {
        assertThat(PackSettings.find(values, KEY)).as(why).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "no pack mapping          | `charts:\n  spectrocloud.com/install-priority: 1\n`",
        "nested deeper            | `pack:\n  content:\n    spectrocloud.com/install-priority: 1\n`",
        "a top-level key          | `spectrocloud.com/install-priority: 1\n`",
        "a commented-out setting  | `pack:\n  # spectrocloud.com/install-priority: 1\n  namespace: x\n`",
        "after pack ends          | `pack:\n  namespace: x\ncharts:\n  spectrocloud.com/install-priority: 1\n`",
        "flow style, not read     | `pack: {spectrocloud.com/install-priority: 1}\n`",
        "empty value              | `pack:\n  spectrocloud.com/install-priority:\n`",
        "empty values             | ``",
    })
    void otherwiseNothingIsFound(String why, String values) {
        assertThat(PackSettings.find(values, KEY)).as(why).isEmpty();
    }
}
