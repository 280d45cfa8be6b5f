package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backs the immutability and thread-safety claims of the document API: {@link ProfileFormat} and
 * the formats of {@link ProfileDocuments} ("immutable, thread-safe and cheap to reuse; the default
 * ones are shared"), {@link ReadLimits} ("immutable and thread-safe"), {@link ReadResult}
 * ("immutable"), and, inside them, the parser factories built on first use and the values rule's
 * memory of values it has checked ("a bounded, thread-safe map").
 */
class FormatClaimsTest {

    @Test
    void limitsAndResultsAreImmutable() {
        Claims.finalWithFinalFields(ReadLimits.class);
        Claims.finalWithFinalFields(ReadResult.class);
        Claims.finalWithFinalFields(ProfileFormat.class);

        ReadLimits.Builder b = ReadLimits.builder().maxNestingDepth(50);
        ReadLimits limits = b.build();
        b.maxNestingDepth(20).maxAliases(5);
        limits.toBuilder().maxDocumentChars(10);
        assertThat(limits.maxNestingDepth()).isEqualTo(50);
        assertThat(limits.maxAliases()).isEqualTo(ReadLimits.DEFAULT_MAX_ALIASES);
        assertThat(limits.maxDocumentChars()).isEqualTo(ReadLimits.DEFAULT_MAX_DOCUMENT_CHARS);

        List<ClusterProfile> profiles = new ArrayList<>(List.of(new ProfileGenerator(1).profile()));
        List<ReadWarning> warnings = new ArrayList<>(ProfileDocuments.paletteExportJson()
                .readWithWarnings(Fixtures.resource("palette/domain-export-example.json")
                        .replace("\"labels\":{}", "\"labels\":{},\"owner\":\"me\"")).warnings());
        ReadResult result = new ReadResult(profiles, warnings);
        int warned = warnings.size();
        profiles.clear();
        warnings.clear();
        assertThat(result.profiles()).hasSize(1);
        assertThat(result.warnings()).hasSize(warned).isNotEmpty();
        Claims.returnsOnlyUnmodifiableCollections(result);
    }

    @Test
    void formatsAreSharedAndOtherLimitsGiveAnotherFormatLeavingTheFirstAsItWas() {
        assertThat(ProfileDocuments.yaml()).isSameAs(ProfileDocuments.yaml());
        assertThat(ProfileDocuments.paletteApiJson()).isSameAs(ProfileDocuments.paletteApiJson());
        assertThat(ProfileDocuments.paletteExportJson()).isSameAs(ProfileDocuments.paletteExportJson());

        ProfileFormat yaml = ProfileDocuments.yaml();
        ProfileFormat tight = yaml.withLimits(ReadLimits.builder().maxNestingDepth(3).build());
        assertThat(tight).isNotSameAs(yaml);
        assertThat(yaml.limits()).isEqualTo(ReadLimits.defaults());
        assertThat(yaml.withLimits(ReadLimits.defaults())).isSameAs(yaml);
    }

    /** What a read gives, as text: the profiles written back, or the parse error. */
    private static Function<String, String> outcome(ProfileFormat format) {
        return text -> {
            try {
                ReadResult r = format.readWithWarnings(text);
                return format.writeAll(r.profiles()) + r.warnings();
            } catch (ProfileParseException e) {
                return "error: " + e.getMessage();
            }
        };
    }

    @Test
    void freshFormatsSharedByEightThreadsReadAndWriteAsOneThreadDoes() throws Exception {
        List<String> yamlDocs = new ArrayList<>();
        List<String> apiDocs = new ArrayList<>();
        List<String> exportDocs = new ArrayList<>();
        for (long seed = 0; seed < 120; seed++) {
            InfrastructureProfile p = new ProfileGenerator(seed).profile();
            String yaml = ProfileDocuments.yaml().write(p);
            String api = ProfileDocuments.paletteApiJson().write(Fixtures.resolve(p));
            String export = ProfileDocuments.paletteExportJson().write(Fixtures.resolve(p));
            // Every tenth document broken, so parse errors are shared too.
            boolean broken = seed % 10 == 0;
            yamlDocs.add(broken ? yaml.replace("layers:", "layers: [") : yaml);
            apiDocs.add(broken ? api.substring(0, api.length() / 2) : api);
            exportDocs.add(broken ? export.substring(0, export.length() / 2) : export);
        }
        // New formats (other limits): their parser factories are built under contention, on first use.
        ReadLimits limits = ReadLimits.builder().maxNestingDepth(64).build();
        List<Object[]> cases = List.of(
                new Object[] {ProfileDocuments.yaml(), ProfileDocuments.yaml(limits), yamlDocs},
                new Object[] {ProfileDocuments.paletteApiJson(), ProfileDocuments.paletteApiJson(limits), apiDocs},
                new Object[] {ProfileDocuments.paletteExportJson(), ProfileDocuments.paletteExportJson(limits), exportDocs});
        for (Object[] c : cases) {
            ProfileFormat alone = (ProfileFormat) c[0];
            ProfileFormat shared = (ProfileFormat) c[1];
            @SuppressWarnings("unchecked")
            List<String> docs = (List<String>) c[2];
            List<String> expected = new ArrayList<>();
            for (String d : docs) {
                expected.add(outcome(alone).apply(d));
            }
            assertThat(expected).anyMatch(o -> o.startsWith("error:")).anyMatch(o -> !o.startsWith("error:"));
            for (List<String> answers : Claims.onEightThreads(docs, outcome(shared))) {
                assertThat(answers).as(shared.name()).isEqualTo(expected);
            }
        }
    }
}
