package io.profilekit.testing.junit;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.SafeText;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileFormat;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadResult;

import java.io.StringReader;
import java.util.List;
import java.util.Objects;

/**
 * A profile document found by {@link ProfileFiles}: its name and text, read on demand in the
 * format its content shows (ProfileKit YAML, Palette API JSON or Palette export JSON). Immutable.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ProfileFiles("profiles/*.yaml")
 * void readsWithoutWarnings(ProfileFile file) {
 *     assertThat(file.readWithWarnings().warnings()).as(file.name()).isEmpty();
 * }
 * }</pre>
 */
public final class ProfileFile {
    private final String name;
    private final String text;

    /**
     * A document.
     *
     * @param name the file's path relative to where it was found, with {@code /} between folders
     * @param text the file's text
     */
    public ProfileFile(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * The file's path relative to the class path root or folder it was found in.
     *
     * @return e.g. {@code "profiles/aws-prod-base.yaml"}
     */
    public String name() {
        return name;
    }

    /**
     * The file's text, as read (UTF-8).
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The format the content shows.
     *
     * @return the format ({@link ProfileDocuments#detect(String)})
     */
    public ProfileFormat format() {
        return ProfileDocuments.detect(text);
    }

    /**
     * The file's one profile.
     *
     * @return the profile
     * @throws io.profilekit.yaml.ProfileParseException if the file does not read (with the file's
     *         name, line and column), or holds more than one profile
     */
    public ClusterProfile profile() {
        List<ClusterProfile> all = format().readWithWarnings(new StringReader(text), name).profiles();
        if (all.size() != 1) {
            throw new ProfileParseException(name, 0, 0, "", "the file holds " + all.size() + " profiles, not one",
                    "read it as a ProfileFile and call profiles() for every profile it holds", null);
        }
        return all.get(0);
    }

    /**
     * All profiles of the file (a YAML stream or a JSON array holds several).
     *
     * @return the profiles
     * @throws io.profilekit.yaml.ProfileParseException if the file does not read
     */
    public List<ClusterProfile> profiles() {
        return format().readAll(text);
    }

    /**
     * The file read with what the reader warns about (fields the model has no place for).
     *
     * @return the result, with the file's name in every location
     * @throws io.profilekit.yaml.ProfileParseException if the file does not read
     */
    public ReadResult readWithWarnings() {
        return format().readWithWarnings(new StringReader(text), name);
    }

    /**
     * The file's name, as the test's display name.
     *
     * @return the name, escaped
     */
    @Override
    public String toString() {
        return SafeText.escape(name);
    }
}
