package io.profilekit.registry;

import io.profilekit.LayerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ValueSchemaTest {

    private static ValueSchema.Parsed parse(String expression) {
        return ValueSchema.parseEntry("a.b", expression);
    }

    private static ValueSchema.Format format(String format) {
        ValueSchema.Parsed p = parse("{{ format \"" + format.replace("\\", "\\\\").replace("\"", "\\\"") + "\" }}");
        assertThat(p.errors()).as(format).isEmpty();
        return p.entry().orElseThrow().format().orElseThrow();
    }

    @Test
    void readsRealExpressions() {
        ValueSchema.Parsed p = parse("{{ required | format \"${list:[PreferNoSchedule,NoSchedule,NoExecute]}\"  |"
                + " hints \"Enter the effect.\" \"Second\"}}");
        assertThat(p.errors()).isEmpty();
        ValueSchema.Entry e = p.entry().orElseThrow();
        assertThat(e.required()).isTrue();
        assertThat(e.readonly()).isFalse();
        assertThat(e.hints()).containsExactly("Enter the effect.", "Second");
        ValueSchema.Part part = e.format().orElseThrow().parts().get(0);
        assertThat(part.type()).contains(ValueSchema.Type.LIST);
        assertThat(part.allowed()).containsExactly("PreferNoSchedule", "NoSchedule", "NoExecute");

        assertThat(parse("{{ readonly }}").entry().orElseThrow().readonly()).isTrue();
        assertThat(parse("{{ required }}").entry().orElseThrow().format()).isEmpty();
        assertThat(parse("{{ format \"${password}\" }}").entry().orElseThrow().format().orElseThrow().parts().get(0)
                .type()).contains(ValueSchema.Type.PASSWORD);
    }

    @Test
    void combinedFormatIsASequenceOfLiteralsAndTypedParts() {
        ValueSchema.Format f = format("${string}/${string}:${version}");
        assertThat(f.parts()).extracting(Object::toString).containsExactly("${string}", "/", "${string}", ":",
                "${version}");
        assertThat(f.parts().get(1).literal()).contains("/");
        assertThat(f.problem("ghcr.io/hello-universe:1.2.0")).isEmpty();
        assertThat(f.problem("registry:5000/team/app:v1.3")).isEmpty();
        assertThat(f.problem("hello-universe:1.2.0")).get().asString().contains("not of the form");
        assertThat(f.problem("ghcr.io/app:latest")).get().asString().contains("${version} is not a version");

        ValueSchema.Format range = format("${ipv4} - ${ipv4}");
        assertThat(range.problem("10.0.0.1 - 10.0.0.9")).isEmpty();
        assertThat(range.problem("10.0.0.1 - 10.0.0")).isPresent();
    }

    @ParameterizedTest(name = "{0} with {1}: valid={2}")
    @CsvSource(delimiter = '|', value = {
        "${number}                    | 3             | true",
        "${number}                    | -1.5e3        | true",
        "${number}                    | three         | false",
        "${number:[1-10]}             | 10            | true",
        "${number:[1-10]}             | 11            | false",
        "${number:[-5-5]}             | -5            | true",
        "${string:[2-4]}              | abc           | true",
        "${string:[2-4]}              | abcde         | false",
        "${boolean}                   | true          | true",
        "${boolean}                   | yes           | false",
        "${ipv4}                      | 10.1.2.3      | true",
        "${ipv4}                      | 10.1.2.300    | false",
        "${ipv4cidr}                  | 10.0.0.0/16   | true",
        "${ipv4cidr}                  | 10.0.0.0/33   | false",
        "${ipv6}                      | fd00::1       | true",
        "${ipv6}                      | fd00:::1      | false",
        "${base64}                    | aGVsbG8=      | true",
        "${base64}                    | aGVsbG8       | false",
        "${version}                   | v1.2.3-rc.1   | true",
        "${version}                   | latest        | false",
        "${list:[v1,v1beta1]}         | v1beta1       | true",
        "${list:[v1,v1beta1]}         | v2            | false",
        "${string:/^[a-z]+$/}         | abc           | true",
        "${string:/^[a-z]+$/}         | aBc           | false",
        "${string:/[0-9]/}            | ab1c          | true",
        "${string:/^\\d{3}-\\d{2}$/}  | 123-45        | true",
        "${string:/^a}b$/}            | a}b           | true",
    })
    void checksTypesRangesListsAndRegexes(String format, String value, boolean valid) {
        assertThat(format(format).check(value).outcome())
                .isEqualTo(valid ? ValueSchema.Outcome.VALID : ValueSchema.Outcome.INVALID);
    }

    @Test
    void rangeAndListAreModelled() {
        ValueSchema.Part p = format("${number:[1-10]}").parts().get(0);
        assertThat(p.min()).contains(BigDecimal.ONE);
        assertThat(p.max()).contains(BigDecimal.TEN);
        assertThat(p.allowed()).isEmpty();
        assertThat(format("${string:/^x$/}").parts().get(0).regex()).contains("^x$");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "required",                                     // not a template
        "{{ format \"${input}\" }}",                     // unknown type
        "{{ format \"${string\" }}",                     // unclosed part
        "{{ format \"plain\" }}",                        // no typed part
        "{{ format \"${list}\" }}",                      // list without values
        "{{ format \"${number:[9-1]}\" }}",              // empty range
        "{{ format \"${boolean:[1-2]}\" }}",             // range on a boolean
        "{{ format \"${string:bad}\" }}",                // neither regex, range nor list
        "{{ format \"${string}\" | unknown }}",          // unknown function
        "{{ format \"${string}\" \"${number}\" }}",     // two arguments
        "{{ format \"${string} }}",                     // unterminated string
        "{{ required | format \"${string:/(/}\" }}",     // regex does not compile
    })
    void reportsWhatItCannotRead(String expression) {
        assertThat(parse(expression).errors()).isNotEmpty();
    }

    @Test
    void keepsWhatCanBeReadBesideAnError() {
        ValueSchema.Parsed p = parse("{{ required | format \"${input}\" | hints \"Gridlight license\" }}");
        assertThat(p.errors()).singleElement().asString().contains("unknown type \"input\"");
        assertThat(p.entry().orElseThrow().required()).isTrue();
        assertThat(p.entry().orElseThrow().format()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$", "^(a*)*b", "(x+x+)+y", "(\\w+\\s?)*$", "(a|b+){2,}", "([a-z]-+)*$", "(?:a+)*", "(a)\\1", "a(?=b)",
        "(?<!a)b", "(?>a+)b", "a++b", "a*+", "\\k<n>"})
    void refusesPatternsThatBacktrackOrRe2Lacks(String regex) {
        ValueSchema.Parsed p = parse("{{ format `${string:/" + regex + "/}` }}");
        assertThat(p.errors()).as(regex).singleElement().asString().contains("the regex is not checked");
        // the part is kept, without its regex
        assertThat(p.entry().orElseThrow().format().orElseThrow().parts().get(0).regex()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[a-z]+(-[a-z]+)*$", "(?P<name>[a-z]+)", "^(ab)+$", "^(a?)+$", "^[(+]+$",
        "^\\d{1,3}(\\.\\d{1,3}){3}$", "(a{1})+", "(\\.[a-z]+)*", "(?:-[0-9]+)+"})
    void acceptsCommonPatterns(String regex) {
        assertThat(parse("{{ format `${string:/" + regex + "/}` }}").errors()).as(regex).isEmpty();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void hostileValuesFinishFast() {
        // Not caught by the pattern check; the budget stops it.
        ValueSchema.Format f = format("${string:/^(a|aa)*c$/}");
        assertThat(f.check("a".repeat(60) + "b").outcome()).isNotEqualTo(ValueSchema.Outcome.VALID);
        assertThat(f.check("aaac").outcome()).isEqualTo(ValueSchema.Outcome.VALID);
        // Bounded repetition of an unbounded one: polynomial of high degree; the budget stops it.
        ValueSchema.Format poly = format("${string:/^(.*a){12}$/}");
        assertThat(poly.check("a".repeat(80) + "b").outcome()).isEqualTo(ValueSchema.Outcome.UNDECIDED);
        assertThat(poly.check("a".repeat(12)).outcome()).isEqualTo(ValueSchema.Outcome.VALID);
        // Over the length cap: undecided, not matched.
        assertThat(f.check("a".repeat(100_000)).outcome()).isEqualTo(ValueSchema.Outcome.UNDECIDED);
        // Many adjacent typed parts: the split budget bounds the work.
        ValueSchema.Format parts = format("${string}${string}${string}${string}${string}${number}");
        assertThat(parts.check("x".repeat(200)).outcome()).isNotEqualTo(ValueSchema.Outcome.VALID);
        ValueSchema.Format slashes = format("${string}/${string}/${string}/${string}:${version}");
        assertThat(slashes.check("/".repeat(3000) + "x").outcome()).isNotEqualTo(ValueSchema.Outcome.VALID);
    }

    @Test
    void parsesAPacksSchemaListingProblems() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("pack.namespace", "{{ required | format \"${string}\" }}");
        raw.put("charts.x.license", "{{ format \"${input}\" }}");
        raw.put("charts.x.hosts.$[].name", "{{ readonly }}");
        PackDescriptor pack = PackDescriptor.builder("x", "1.0.0", LayerType.ADDON).valueSchema("pack.namespace",
                raw.get("pack.namespace")).build();
        ValueSchema schema = ValueSchema.parse(raw);
        assertThat(schema.entries().keySet()).containsExactly("pack.namespace", "charts.x.license",
                "charts.x.hosts.$[].name");
        assertThat(schema.problems()).extracting(ValueSchema.Problem::path).containsExactly("charts.x.license");
        assertThat(schema.entry("charts.x.hosts.$[].name").orElseThrow().readonly()).isTrue();
        assertThat(ValueSchema.of(pack).entry("pack.namespace").orElseThrow().required()).isTrue();
        assertThat(ValueSchema.of(PackDescriptor.builder("y", "1.0.0", LayerType.ADDON).build()))
                .isSameAs(ValueSchema.EMPTY);
        assertThat(schema.entries()).isUnmodifiable();
        assertThat(List.copyOf(schema.problems())).hasSize(1);
    }
}
