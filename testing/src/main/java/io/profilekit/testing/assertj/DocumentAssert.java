package io.profilekit.testing.assertj;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.SafeText;
import io.profilekit.testing.internal.Semantics;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileFormat;
import io.profilekit.yaml.ReadException;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions on the text of a profile document: ProfileKit YAML, Palette API JSON or Palette
 * export JSON, each recognised by its content ({@link ProfileDocuments#detect(String)}). Get one
 * from {@link ProfileKitAssertions#assertThatDocument(String)}.
 *
 * <pre>{@code
 * assertThatDocument(ProfileDocuments.yaml().write(profile)).isEquivalentTo(Files.readString(expectedYaml));
 * assertThatDocument(apiJson).isEquivalentTo(otherApiJsonWithKeysInAnotherOrder);
 * }</pre>
 */
public final class DocumentAssert extends AbstractAssert<DocumentAssert, String> {
    DocumentAssert(String actual) {
        super(actual, DocumentAssert.class);
    }

    /**
     * The document holds the same profiles as the other, in the same order: each read in its own
     * format, then compared as {@link ProfileAssert#isSemanticallyEqualTo(ClusterProfile)} does
     * (formatting, key order, comments and core layer order do not count). A document that does not
     * read fails with its located parse error.
     *
     * @param expected the other document's text
     * @return this
     */
    public DocumentAssert isEquivalentTo(String expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        List<ClusterProfile> want = read(expected, "expected");
        List<ClusterProfile> got = read(actual, "actual");
        if (want.size() != got.size()) {
            failWithMessage("Expecting the document to hold %d profile(s) like the expected one, but it holds %d",
                    want.size(), got.size());
        }
        for (int i = 0; i < want.size(); i++) {
            List<String> differences = Semantics.differences(want.get(i), got.get(i));
            if (!differences.isEmpty()) {
                failWithMessage("Expecting the document to be equivalent to the expected one, but profile %d (%s) "
                        + "differs:%n%s", i + 1, SafeText.quote(got.get(i).name()),
                        differences.stream().map(d -> "  " + d).collect(Collectors.joining(System.lineSeparator())));
            }
        }
        return this;
    }

    private List<ClusterProfile> read(String text, String which) {
        ProfileFormat format = ProfileDocuments.detect(text);
        try {
            return format.readAll(text);
        } catch (ReadException e) {
            failWithMessage("Expecting the %s document to read as %s, but: %s", which, format.name(), e.getMessage());
            return List.of();
        }
    }
}
