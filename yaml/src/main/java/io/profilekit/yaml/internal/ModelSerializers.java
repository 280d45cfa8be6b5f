package io.profilekit.yaml.internal;

import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.ProfileKind;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.ProfileVersion;
import io.profilekit.RegistryRef;
import io.profilekit.SystemProfile;
import io.profilekit.Tag;
import io.profilekit.Tags;
import io.profilekit.VersionSelector;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

import java.util.ArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Jackson serializers and deserializers for the model, in ProfileKit's YAML format, so that the
 * model itself stays free of Jackson. Serializers write the same tree the YAML format writes
 * ({@link Emit#write}); deserializers read the user's parser through {@link JsonEvents} and
 * {@link TreeReader} with the module's {@link ReadLimits} and report problems as Jackson
 * {@link DatabindException}s carrying the {@link ProfileParseException}.
 */
public final class ModelSerializers {
    private static final String DOCUMENT = "<jackson>";

    private ModelSerializers() {
    }

    /**
     * The serializers.
     *
     * @return a new set
     */
    public static SimpleSerializers serializers() {
        SimpleSerializers s = new SimpleSerializers();
        s.addSerializer(ClusterProfile.class, new Ser<>(ProfileKitCodec.INSTANCE::write));
        s.addSerializer(InfrastructureProfile.class, new Ser<>(ProfileKitCodec.INSTANCE::write));
        s.addSerializer(AddOnProfile.class, new Ser<>(ProfileKitCodec.INSTANCE::write));
        s.addSerializer(SystemProfile.class, new Ser<>(ProfileKitCodec.INSTANCE::write));
        s.addSerializer(ProfileVariable.class, new Ser<>(ProfileKitCodec::variable));
        s.addSerializer(ProfileKind.class, text(ProfileKind::documentKind));
        s.addSerializer(Layer.class, new Ser<>(ProfileKitCodec::layer));
        s.addSerializer(PackRef.class, new Ser<>(ProfileKitCodec::pack));
        s.addSerializer(RegistryRef.class, new Ser<>(ProfileKitCodec::registry));
        s.addSerializer(Manifest.class, new Ser<>(ProfileKitCodec::manifest));
        s.addSerializer(Tags.class, new Ser<>(ProfileKitCodec::tags));
        s.addSerializer(Tag.class, text(t -> ProfileKitCodec.tagText(t, "tag")));
        s.addSerializer(ProfileVersion.class, text(ProfileVersion::text));
        s.addSerializer(VersionSelector.class, text(VersionSelector::toString));
        s.addSerializer(PackVersion.class, text(PackVersion::toString));
        s.addSerializer(CloudType.class, text(CloudType::wireName));
        s.addSerializer(LayerType.class, text(LayerType::wireName));
        s.addSerializer(PackType.class, text(PackType::wireName));
        s.addSerializer(ProfileType.class, text(ProfileType::wireName));
        return s;
    }

    /**
     * The deserializers.
     *
     * @param limits the limits every read enforces
     * @return a new set
     */
    public static SimpleDeserializers deserializers(ReadLimits limits) {
        SimpleDeserializers d = new SimpleDeserializers();
        BiFunction<Node, Ctx, ClusterProfile> profile = (n, c) -> ProfileKitCodec.INSTANCE.bind(n, c, "");
        d.addDeserializer(ClusterProfile.class, new De<>(ClusterProfile.class, limits, profile));
        d.addDeserializer(InfrastructureProfile.class, new De<>(InfrastructureProfile.class, limits,
                (n, c) -> ofKind(InfrastructureProfile.class, profile.apply(n, c), n, c)));
        d.addDeserializer(AddOnProfile.class, new De<>(AddOnProfile.class, limits,
                (n, c) -> ofKind(AddOnProfile.class, profile.apply(n, c), n, c)));
        d.addDeserializer(SystemProfile.class, new De<>(SystemProfile.class, limits,
                (n, c) -> ofKind(SystemProfile.class, profile.apply(n, c), n, c)));
        d.addDeserializer(ProfileVariable.class, new De<>(ProfileVariable.class, limits,
                (n, c) -> ProfileKitCodec.variable(Obj.of(c, n, "", String.join(", ", Variables.FIELDS)))));
        d.addDeserializer(ProfileKind.class, new De<>(ProfileKind.class, limits, (n, c) -> {
            String text = c.text(n, "");
            return ProfileKind.fromDocumentKind(text).orElseThrow(() -> c.fail(n, "", "unknown kind '" + text + "'",
                    Ctx.didYouMean(text, java.util.Arrays.stream(ProfileKind.values()).map(ProfileKind::documentKind)
                            .collect(java.util.stream.Collectors.toList()), "kinds")));
        }));
        d.addDeserializer(Layer.class, new De<>(Layer.class, limits,
                (n, c) -> ProfileKitCodec.layer(Obj.of(c, n, "", "layer, pack, values, presets and manifests"))));
        d.addDeserializer(PackRef.class, new De<>(PackRef.class, limits,
                (n, c) -> ProfileKitCodec.pack(Obj.of(c, n, "", "name, version, type and registry"))));
        d.addDeserializer(RegistryRef.class, new De<>(RegistryRef.class, limits,
                (n, c) -> ProfileKitCodec.registry(Obj.of(c, n, "", "name and/or uid"))));
        d.addDeserializer(Manifest.class, new De<>(Manifest.class, limits,
                (n, c) -> ProfileKitCodec.manifest(Obj.of(c, n, "", "name and content"))));
        d.addDeserializer(Tags.class, new De<>(Tags.class, limits, (n, c) -> ProfileKitCodec.tags(c, n, "", true)));
        d.addDeserializer(Tag.class, new De<>(Tag.class, limits, (n, c) -> Tag.parse(c.text(n, ""))));
        d.addDeserializer(ProfileVersion.class, new De<>(ProfileVersion.class, limits,
                (n, c) -> ProfileVersion.of(c.text(n, ""))));
        d.addDeserializer(VersionSelector.class, new De<>(VersionSelector.class, limits,
                (n, c) -> VersionSelector.parse(c.text(n, ""))));
        d.addDeserializer(PackVersion.class, new De<>(PackVersion.class, limits, (n, c) -> {
            String text = c.text(n, "");
            return PackVersion.tryParse(text).orElseThrow(() -> c.fail(n, "", PackVersion.problem(text), ""));
        }));
        d.addDeserializer(CloudType.class, new De<>(CloudType.class, limits, (n, c) -> {
            String text = c.text(n, "");
            if (text.isBlank()) {
                throw c.fail(n, "", "cloud is blank", "name a cloud such as aws or vsphere");
            }
            return CloudType.of(text);
        }));
        d.addDeserializer(LayerType.class, new De<>(LayerType.class, limits,
                (n, c) -> ProfileKitCodec.layerType(c, n, "", c.text(n, ""))));
        d.addDeserializer(PackType.class, new De<>(PackType.class, limits,
                (n, c) -> ProfileKitCodec.packType(c, n, "", c.text(n, ""))));
        d.addDeserializer(ProfileType.class, new De<>(ProfileType.class, limits,
                (n, c) -> ProfileKitCodec.profileType(c, n, "", c.text(n, ""))));
        return d;
    }

    /** A profile read for a target of one kind: a document of another kind is a located error. */
    private static <T extends ClusterProfile> T ofKind(Class<T> type, ClusterProfile p, Node n, Ctx c) {
        if (type.isInstance(p)) {
            return type.cast(p);
        }
        Node at = ((Node.MapNode) n).entries().get("kind").value();
        throw c.fail(at, "kind", "expected kind '" + type.getSimpleName() + "', found '" + p.kind().documentKind()
                + "'", "read it as a ClusterProfile, or change the target type to " + p.getClass().getSimpleName());
    }

    private static <T> Ser<T> text(Function<T, String> f) {
        return new Ser<>(v -> new Out.OText(f.apply(v), false));
    }

    private static final class Ser<T> extends ValueSerializer<T> {
        private final Function<T, ? extends Out> writer;

        Ser(Function<T, ? extends Out> writer) {
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            Emit.write(writer.apply(value), gen);
        }
    }

    private static final class De<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final ReadLimits limits;
        private final BiFunction<Node, Ctx, T> binder;

        De(Class<T> type, ReadLimits limits, BiFunction<Node, Ctx, T> binder) {
            this.type = type;
            this.limits = limits;
            this.binder = binder;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                Node node = TreeReader.of(JsonEvents.ofCurrentValue(p, limits, DOCUMENT), limits).readValue();
                return binder.apply(node, new Ctx(DOCUMENT, true, false, new ArrayList<>()));
            } catch (ProfileParseException e) {
                throw DatabindException.from(p, "cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
