package io.profilekit.yaml;

import io.profilekit.yaml.internal.ModelSerializers;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

/**
 * A Jackson 3 module that lets your own mappers read and write ProfileKit's model — profiles of
 * every kind ({@link io.profilekit.InfrastructureProfile}, {@link io.profilekit.AddOnProfile},
 * {@link io.profilekit.SystemProfile}, or any as {@link io.profilekit.ClusterProfile}), profile
 * variables, layers, pack and registry references, manifests, tags, versions, selectors, clouds,
 * kinds and the layer, pack and profile types — in ProfileKit's document format (the shape of
 * {@link ProfileDocuments#yaml()}), while the model itself stays free of Jackson.
 *
 * <p>Registered through {@link java.util.ServiceLoader}, so {@code findAndAddModules()} picks it
 * up; {@link #version()} is the version of {@code profilekit-yaml}. Reading is as strict and as guarded as {@link ProfileDocuments#yaml()}: unknown fields,
 * duplicate keys, YAML tags and (by default) anchors and aliases are rejected, versions stay text;
 * a problem surfaces as a Jackson {@link tools.jackson.databind.DatabindException} whose cause is
 * the {@link ProfileParseException}. Depth and size limits of the input are those of your
 * mapper's parser. With aliases allowed, note that Jackson's own YAML parser reports anchors on
 * mappings and lists only: an alias to an anchored single value ({@code name: &n text}) fails
 * through your mapper, while {@link ProfileDocuments#yaml(ReadLimits)} reads it.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ProfileKitModule()).build();
 * String json = mapper.writeValueAsString(profile);
 * ClusterProfile back = mapper.readValue(json, ClusterProfile.class);      // any kind
 * AddOnProfile addOn = mapper.readValue(addOnJson, AddOnProfile.class);  // another kind fails, located
 *
 * YAMLMapper yaml = YAMLMapper.builder().findAndAddModules().build();
 * Layer layer = yaml.readValue("layer: k8s\npack: {name: kubernetes, version: 1.33.x}\n", Layer.class);
 * }</pre>
 */
public final class ProfileKitModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name. */
    public static final String NAME = "ProfileKitModule";

    /** The version of profilekit-yaml, as the build recorded it. */
    private static final Version VERSION = readVersion();

    /** A module that reads with {@link ReadLimits#defaults()}. */
    public ProfileKitModule() {
        this(ReadLimits.defaults());
    }

    /**
     * A module that reads with the given limits (anchors and aliases; numbers; nesting).
     *
     * @param limits the limits
     */
    public ProfileKitModule(ReadLimits limits) {
        super(NAME, VERSION);
        Objects.requireNonNull(limits, "limits must not be null");
        setSerializers(ModelSerializers.serializers());
        setDeserializers(ModelSerializers.deserializers(limits));
    }

    private static Version readVersion() {
        Properties p = new Properties();
        try (InputStream in = ProfileKitModule.class.getResourceAsStream("profilekit-yaml.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            p.load(in);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
        return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"),
                p.getProperty("artifactId"));
    }

    /**
     * The registration id: one ProfileKit module per mapper, whatever its limits.
     *
     * @return the module's name
     */
    @Override
    public Object getRegistrationId() {
        return NAME;
    }
}
