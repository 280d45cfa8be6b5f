package io.profilekit.testing;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.RegistryRef;
import io.profilekit.SystemProfile;
import io.profilekit.Tag;
import io.profilekit.VariableFormat;
import io.profilekit.VariableInputType;
import io.profilekit.VersionSelector;

import io.profilekit.ProfileKind;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.internal.BrokenProfiles;
import io.profilekit.testing.internal.ValidProfiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of random profiles, pack versions, selectors and text, for property-style tests
 * and fixtures. The same seed always gives the same sequence, so a failing case can be repeated by
 * its seed.
 *
 * <p>{@link #profile()} gives structurally valid profiles (a name, the four layers) with random
 * content that need not exist in any registry; {@link #hostileText()} gives strings meant to
 * break things (control characters, expression syntax, very long text). Not thread-safe: use one
 * generator per thread.
 *
 * <pre>{@code
 * ProfileGenerator gen = new ProfileGenerator(42);
 * InfrastructureProfile p = gen.profile();
 * PackVersion v = gen.packVersion();   // e.g. "1.31.2-rev2" or "22.04"
 * }</pre>
 *
 * <p>For profiles that fit a registry, use the sources: {@link #validFor(PackRegistry)} gives
 * profiles of every kind that validate with no error against the registry, and
 * {@link #breaking(PackRegistry, ViolationCode...)} profiles whose report holds exactly the chosen
 * violations, for testing error paths:
 *
 * <pre>{@code
 * PackRegistry registry = Fixtures.registry();
 * ClusterProfile ok = ProfileGenerator.validFor(registry).generate(7);
 * ClusterProfile bad = ProfileGenerator.breaking(registry, ViolationCode.PACK_VERSION_NOT_FOUND).generate(7);
 * assertThat(ProfileValidator.of(registry).validate(bad)).hasExactlyViolations(ViolationCode.PACK_VERSION_NOT_FOUND);
 * }</pre>
 */
public final class ProfileGenerator {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String NAME_CHARS = LOWER + "0123456789-";
    private static final String[] WORDS = {"aws", "prod", "base", "edge", "ml", "ops", "dev", "eu", "us", "core",
        "gpu", "web", "data", "blue", "green"};
    private static final String[] PRE_RELEASE = {"rc", "alpha", "beta", "pre", "dev"};
    private static final String[] POST_RELEASE = {"rev", "up.", "build.", "p"};
    private static final String[] HOSTILE = {"${''.getClass()}", "{java.version}", "#{1+1}", "%s%n", "\u0000",
        "\n", "\t", "  ", "", " leading", "trailing ", "\u202Eevil", "名前", "emoji-\uD83D\uDE00", "a:b:c", ":", "'",
        "\"", "\\", "<script>", "../../etc/passwd", "${jndi:ldap://x}", "null", "~", "*", "&a", "!!java.io.File"};

    private final Random random;
    private final long seed;

    /**
     * Profiles of every kind (infrastructure, Full, add-on and system) that validate with no error
     * against the registry: built from the registry's own packs and versions, on a cloud they
     * support, with the packs' default values and now and then a preset, each checked by
     * {@link io.profilekit.validation.ProfileValidator} with the registry before it is given out.
     * Kinds the registry cannot give (no add-on pack; no cloud all core layers support) are left
     * out; {@link ProfileSource#generate(long)} says why when none is left.
     *
     * @param registry the registry the profiles must be valid for
     * @return a seeded source of valid profiles
     */
    public static ProfileSource validFor(PackRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        ValidProfiles valid = new ValidProfiles(registry);
        return new ProfileSource("profiles valid for registry '" + registry.id() + "'",
                EnumSet.allOf(ProfileKind.class), valid::generate);
    }

    /**
     * Stacks that validate as one cluster with no error against the registry: a profile as
     * {@link #validFor(PackRegistry)} gives of the infrastructure kind, and one to three add-on
     * profiles on its cloud (or on {@code all}), checked with
     * {@link io.profilekit.validation.ProfileValidator#validate(io.profilekit.ClusterStack)}.
     *
     * <pre>{@code
     * LongFunction<ClusterStack> stacks = ProfileGenerator.validStacksFor(PackRegistries.builtIn());
     * ClusterStack cluster = stacks.apply(42);   // the same stack for the same seed
     * }</pre>
     *
     * @param registry the registry the stacks must be valid for
     * @return the stack for a seed; it throws {@link IllegalArgumentException} when the registry
     *         cannot give one (no infrastructure profile, no add-on pack)
     */
    public static java.util.function.LongFunction<io.profilekit.ClusterStack> validStacksFor(PackRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return new ValidProfiles(registry)::stack;
    }

    /**
     * Profiles whose validation against the registry reports exactly the chosen codes and no
     * other (not even a warning): a valid profile with one mistake per code, such as a pack name
     * that does not exist or a core layer left out. For the codes that can be generated see
     * {@link #breakableCodes()}; a code whose mistake the registry cannot give (e.g.
     * {@code PACK_CLOUD_UNSUPPORTED} when every pack supports every cloud) makes
     * {@link ProfileSource#generate(long)} fail with the reason.
     *
     * @param registry the registry to validate against
     * @param codes one or more codes from {@link #breakableCodes()}
     * @return a seeded source of broken profiles
     * @throws IllegalArgumentException if no code is given or a code cannot be generated (the
     *         message lists those that can)
     */
    public static ProfileSource breaking(PackRegistry registry, ViolationCode... codes) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(codes, "codes");
        Set<ViolationCode> chosen = EnumSet.noneOf(ViolationCode.class);
        for (ViolationCode c : codes) {
            chosen.add(Objects.requireNonNull(c, "codes[]"));
        }
        BrokenProfiles broken = new BrokenProfiles(registry, chosen);
        return new ProfileSource("profiles with exactly " + Arrays.toString(chosen.toArray()) + " for registry '"
                + registry.id() + "'", EnumSet.allOf(ProfileKind.class), broken::generate);
    }

    /**
     * The violation codes {@link #breaking(PackRegistry, ViolationCode...)} can generate.
     *
     * @return the codes
     */
    public static Set<ViolationCode> breakableCodes() {
        return BrokenProfiles.supported();
    }

    /**
     * A generator with the given seed.
     *
     * @param seed the seed; print it when a test fails so the case can be repeated
     */
    public ProfileGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * The seed this generator started from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The underlying random source (for tests that need more choices).
     *
     * @return the random source
     */
    public Random random() {
        return random;
    }

    /**
     * A random structurally valid infrastructure profile: non-blank name, strict SemVer version,
     * a known or custom cloud, unique tag keys, the four layers with random packs, selectors of
     * every kind, values YAML with comments, presets, manifests and registry references.
     *
     * @return the profile
     */
    public InfrastructureProfile profile() {
        InfrastructureProfile.Builder b = InfrastructureProfile.builder()
                .name(profileName())
                .version(profileVersion())
                .description(random.nextInt(3) == 0 ? "" : sentence())
                .type(random.nextInt(5) == 0 ? ProfileType.CLUSTER : ProfileType.INFRA)
                .cloud(cloud());
        int tags = random.nextInt(5);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < tags; i++) {
            String key = word() + (keys.size() > 0 ? "-" + i : "");
            if (keys.contains(key)) {
                continue;
            }
            keys.add(key);
            b.tag(random.nextBoolean() ? Tag.of(key, word()) : Tag.of(key));
        }
        for (LayerType t : List.of(LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK, LayerType.STORAGE)) {
            b.layer(layer(t));
        }
        return b.build();
    }

    /**
     * A random profile of any kind: infrastructure, Full (infrastructure with add-ons), add-on or
     * system, with variables, uids and registry metadata now and then.
     *
     * @return a new profile, always buildable
     */
    public ClusterProfile anyProfile() {
        int r = random.nextInt(10);
        if (r < 3) {
            return profile();
        }
        if (r < 5) {
            return fullProfile();
        }
        return r < 9 ? addOnProfile() : systemProfile();
    }

    /**
     * A random Full profile: an infrastructure profile (as {@link #profile()}) with one to three
     * add-on layers of any pack type, its type following from them ({@code cluster}), and
     * sometimes variables and a uid.
     *
     * @return a new profile
     */
    public InfrastructureProfile fullProfile() {
        InfrastructureProfile.Builder b = profile().toBuilder().type(ProfileType.CLUSTER);
        int addOns = 1 + random.nextInt(3);
        for (int i = 0; i < addOns; i++) {
            b.layer(addOnLayer());
        }
        extras(b);
        return b.build();
    }

    /**
     * A random add-on profile: one to four add-on layers of any pack type (spectro, helm, oci,
     * manifest), a cloud or {@code all} or none given, and sometimes variables and a uid.
     *
     * @return a new profile
     */
    public AddOnProfile addOnProfile() {
        AddOnProfile.Builder b = AddOnProfile.builder();
        common(b);
        int addOns = 1 + random.nextInt(4);
        for (int i = 0; i < addOns; i++) {
            b.layer(addOnLayer());
        }
        extras(b);
        return b.build();
    }

    /**
     * A random system profile: one to three add-on layers, mostly manifests.
     *
     * @return a new profile
     */
    public SystemProfile systemProfile() {
        SystemProfile.Builder b = SystemProfile.builder();
        common(b);
        int layers = 1 + random.nextInt(3);
        for (int i = 0; i < layers; i++) {
            b.layer(random.nextInt(3) == 0 ? addOnLayer() : manifestLayer());
        }
        extras(b);
        return b.build();
    }

    private void common(ClusterProfile.Builder b) {
        b.name(profileName()).version(profileVersion()).description(random.nextInt(3) == 0 ? "" : sentence());
        int cloud = random.nextInt(4);
        if (cloud == 0) {
            b.cloud(cloud());
        } else if (cloud == 1) {
            b.cloud(CloudType.ALL);
        }
        int tags = random.nextInt(4);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < tags; i++) {
            String key = word() + "-t" + i;
            if (!keys.contains(key)) {
                keys.add(key);
                b.tag(random.nextBoolean() ? Tag.of(key, word()) : Tag.of(key));
            }
        }
    }

    private void extras(ClusterProfile.Builder b) {
        if (random.nextInt(3) == 0) {
            b.uid(hex(24));
        }
        int variables = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < variables; i++) {
            b.variable(variable(word().replace('-', '_') + "_" + i));
        }
    }

    /**
     * A random add-on layer of any pack type: a pack ({@code spectro} or {@code oci}) or Helm chart
     * with values (sometimes an install priority and a display name), presets, a registry with
     * metadata and a uid now and then; or a manifest layer.
     *
     * @return a new layer
     */
    public Layer addOnLayer() {
        int kind = random.nextInt(8);
        if (kind == 0) {
            return manifestLayer();
        }
        PackType type = kind == 1 ? PackType.HELM : kind == 2 ? PackType.OCI : PackType.SPECTRO;
        PackRef ref = PackRef.of("addon-" + word(), selector()).withType(type);
        if (random.nextInt(3) == 0) {
            ref = ref.withRegistry(registryRef());
        }
        if (random.nextInt(5) == 0) {
            ref = ref.withUid(hex(24));
        }
        Layer.Builder lb = Layer.builder(LayerType.ADDON, ref);
        String values = valuesYaml();
        if (random.nextInt(3) == 0) {
            String settings = "  " + Layer.INSTALL_PRIORITY + ": \"" + (random.nextInt(21) - 10) + "\"\n"
                    + (random.nextBoolean() ? "  " + Layer.DISPLAY_NAME + ": " + word() + "-copy\n" : "");
            int pack = values.startsWith("pack:\n") ? 0 : values.indexOf("\npack:\n") + 1;
            values = pack > 0 || values.startsWith("pack:\n")
                    ? values.substring(0, pack + "pack:\n".length()) + settings + values.substring(pack + "pack:\n".length())
                    : "pack:\n" + settings + values;
        }
        lb.values(values);
        if (random.nextInt(4) == 0) {
            lb.preset(word() + "-p");
        }
        return lb.build();
    }

    /**
     * A random manifest layer: no version, no registry, one to three named manifests.
     *
     * @return a new layer
     */
    public Layer manifestLayer() {
        Layer.Builder lb = Layer.builder(LayerType.ADDON, PackRef.of("manifest-" + word(), "")
                .withType(PackType.MANIFEST));
        int manifests = 1 + random.nextInt(3);
        for (int i = 0; i < manifests; i++) {
            lb.manifest(word() + "-" + i, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + word() + "\n");
        }
        if (random.nextInt(3) == 0) {
            lb.values("pack:\n  namespace: " + word() + "\n");
        }
        return lb.build();
    }

    /**
     * A random registry reference: by name, uid or both, with Palette's export metadata sometimes.
     *
     * @return a new reference
     */
    public RegistryRef registryRef() {
        String[] names = {"Public Repo", "Palette Registry", "Palette Community Registry", "Bitnami"};
        RegistryRef ref;
        int r = random.nextInt(3);
        if (r == 0) {
            ref = RegistryRef.byName(names[random.nextInt(names.length)]);
        } else if (r == 1) {
            ref = RegistryRef.byUid(hex(24));
        } else {
            ref = RegistryRef.of(hex(24), names[random.nextInt(names.length)]);
        }
        if (random.nextBoolean()) {
            ref = ref.withKind(random.nextBoolean() ? "oci" : "pack").withPrivate(random.nextBoolean());
            if (random.nextBoolean()) {
                ref = ref.withProviderType(random.nextBoolean() ? "pack" : "helm");
            }
        }
        return ref;
    }

    /**
     * A random profile variable with the given name: any format and input type, a default that
     * fits the format (always one when the variable is required or immutable, as Palette demands),
     * sometimes a regex, flags and dropdown options.
     *
     * @param name the variable's name
     * @return a new variable
     */
    public ProfileVariable variable(String name) {
        VariableFormat format = VariableFormat.values()[random.nextInt(VariableFormat.values().length)];
        ProfileVariable.Builder b = ProfileVariable.builder(name).format(format)
                .displayName(random.nextBoolean() ? name.toUpperCase(java.util.Locale.ROOT) : "")
                .description(random.nextInt(3) == 0 ? sentence() : "");
        String value;
        switch (format) {
            case NUMBER:
                value = Integer.toString(random.nextInt(100));
                break;
            case BOOLEAN:
                value = Boolean.toString(random.nextBoolean());
                break;
            case IPV4:
                value = "10.0." + random.nextInt(256) + "." + random.nextInt(256);
                break;
            case IPV4CIDR:
                value = "10." + random.nextInt(256) + ".0.0/16";
                break;
            case IPV6:
                value = "fd00::" + Integer.toHexString(random.nextInt(0xffff));
                break;
            case VERSION:
                value = "1." + random.nextInt(40) + "." + random.nextInt(10);
                break;
            case BASE64:
                value = "aGVsbG8=";
                break;
            default:
                value = word();
        }
        boolean withDefault = random.nextInt(4) != 0;
        if (random.nextInt(5) == 0) {
            b.inputType(VariableInputType.DROPDOWN).option(value, value).option(word(), word() + "2");
        } else if (random.nextInt(6) == 0) {
            b.inputType(VariableInputType.MULTILINE);
        }
        if (format == VariableFormat.STRING && random.nextInt(4) == 0) {
            b.regex("^[a-z0-9-]+$");
        }
        boolean required = random.nextInt(3) == 0;
        boolean immutable = random.nextInt(8) == 0;
        if (withDefault || required || immutable) {
            // Palette wants a default for a required or immutable variable.
            b.defaultValue(value);
        }
        return b.required(required).hidden(random.nextInt(8) == 0).immutable(immutable)
                .sensitive(random.nextInt(8) == 0).build();
    }

    /**
     * A random layer of the given type.
     *
     * @param type the layer type
     * @return the layer
     */
    public Layer layer(LayerType type) {
        PackRef ref = PackRef.of(type.wireName() + "-" + word(), selector());
        int kind = random.nextInt(10);
        if (kind == 0) {
            ref = ref.withType(PackType.HELM);
        } else if (kind == 1) {
            ref = ref.withType(PackType.OCI);
        }
        int registry = random.nextInt(4);
        if (registry == 0) {
            ref = ref.withRegistry(RegistryRef.byName(random.nextBoolean() ? "Public Repo" : "Palette Registry"));
        } else if (registry == 1) {
            ref = ref.withRegistry(RegistryRef.of(hex(24), "Palette Community Registry"));
        }
        Layer.Builder lb = Layer.builder(type, ref).values(valuesYaml());
        int presets = random.nextInt(3);
        for (int i = 0; i < presets; i++) {
            lb.preset(word() + "-" + i);
        }
        if (random.nextInt(6) == 0) {
            lb.manifest(word() + "-manifest", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + word() + "\n");
        }
        return lb.build();
    }

    /**
     * A random profile name: lower-case words joined by dashes, sometimes with capitals or a space
     * as Palette allows ({@code ML Ops}).
     *
     * @return the name
     */
    public String profileName() {
        String name = word() + "-" + word();
        int r = random.nextInt(8);
        if (r == 0) {
            return name.toUpperCase(java.util.Locale.ROOT).charAt(0) + name.substring(1) + " " + word();
        }
        return r == 1 ? name + "-" + random.nextInt(100) : name;
    }

    /**
     * A random strict SemVer version, sometimes with a pre-release.
     *
     * @return the version text
     */
    public String profileVersion() {
        String v = random.nextInt(5) + "." + random.nextInt(20) + "." + random.nextInt(30);
        return random.nextInt(5) == 0 ? v + "-" + PRE_RELEASE[random.nextInt(PRE_RELEASE.length)] + "."
                + random.nextInt(5) : v;
    }

    /**
     * A random cloud: usually a known one, sometimes a custom one.
     *
     * @return the cloud
     */
    public CloudType cloud() {
        List<CloudType> known = new ArrayList<>(CloudType.knownTypes());
        known.remove(CloudType.ALL);
        return random.nextInt(10) == 0 ? CloudType.of("custom-" + word()) : known.get(random.nextInt(known.size()));
    }

    /**
     * A random pack version, in every shape seen in the wild: SemVer, two-part ({@code 22.04}),
     * four-part, with a leading {@code v}, pre-releases, revisions ({@code -rev2}), upstream
     * builds ({@code -up.4}), dates ({@code -5.5.2026}) and leading zeros.
     *
     * @return the version
     */
    public PackVersion packVersion() {
        return PackVersion.parse(packVersionText());
    }

    /**
     * The text of a random pack version; see {@link #packVersion()}.
     *
     * @return the text
     */
    public String packVersionText() {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(10) == 0) {
            sb.append('v');
        }
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                sb.append('.');
            }
            int n = random.nextInt(4) == 0 ? random.nextInt(3000) : random.nextInt(12);
            sb.append(random.nextInt(15) == 0 ? "0" + n : Integer.toString(n));
        }
        switch (random.nextInt(8)) {
            case 0:
                sb.append('-').append(PRE_RELEASE[random.nextInt(PRE_RELEASE.length)]);
                if (random.nextBoolean()) {
                    sb.append('.').append(random.nextInt(4));
                }
                break;
            case 1:
                sb.append('-').append(POST_RELEASE[random.nextInt(POST_RELEASE.length)]).append(random.nextInt(5));
                break;
            case 2:
                sb.append('-').append(1 + random.nextInt(28)).append('.').append(1 + random.nextInt(12)).append('.')
                        .append(2020 + random.nextInt(8));
                break;
            case 3:
                sb.append('+').append("b").append(random.nextInt(9));
                break;
            default:
                break;
        }
        return sb.toString();
    }

    /**
     * A random valid version selector: exact, train, group-prefixed or a SemVer range.
     *
     * @return the selector
     */
    public VersionSelector selector() {
        int major = 1 + random.nextInt(3);
        int minor = random.nextInt(35);
        switch (random.nextInt(6)) {
            case 0:
                return VersionSelector.parse(major + "." + minor + ".x");
            case 1:
                return VersionSelector.parse(major + ".x");
            case 2:
                return VersionSelector.parse("LTS__" + (18 + random.nextInt(7)) + ".04");
            case 3:
                return VersionSelector.parse(">=" + major + "." + minor + " <" + major + "." + (minor + 2));
            case 4:
                return VersionSelector.parse((random.nextBoolean() ? "^" : "~") + major + "." + minor + "."
                        + random.nextInt(10));
            default:
                return VersionSelector.exact(packVersion());
        }
    }

    /**
     * Random values YAML with comments, nested maps, lists and a trailing blank line now and then.
     *
     * @return the YAML text, sometimes empty
     */
    public String valuesYaml() {
        int r = random.nextInt(6);
        if (r == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (random.nextBoolean()) {
            sb.append("# ").append(sentence()).append('\n');
        }
        sb.append("pack:\n  namespace: ").append(word()).append('\n');
        if (random.nextBoolean()) {
            sb.append("  podCIDR: \"192.168.").append(random.nextInt(256)).append(".0/16\"\n");
        }
        sb.append("charts:\n  ").append(word()).append(":\n    replicas: ").append(random.nextInt(5))
                .append("   # inline comment\n    image:\n      - repo: ghcr.io/").append(word()).append('\n');
        if (r == 1) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * A random string meant to break things: expression-language and format syntax, control
     * characters, right-to-left marks, blank and padded text, non-Latin text, or random characters.
     *
     * @return the text (never null)
     */
    public String hostileText() {
        if (random.nextBoolean()) {
            return HOSTILE[random.nextInt(HOSTILE.length)];
        }
        int length = random.nextInt(10) == 0 ? 300 + random.nextInt(2000) : random.nextInt(20);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                sb.append((char) random.nextInt(0x20));
            } else if (kind == 1) {
                sb.append((char) (0x80 + random.nextInt(0x3000)));
            } else {
                sb.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return sb.toString();
    }

    /**
     * A lower-case word.
     *
     * @return the word
     */
    public String word() {
        return random.nextInt(4) == 0 ? randomWord() : WORDS[random.nextInt(WORDS.length)];
    }

    private String randomWord() {
        int length = 2 + random.nextInt(8);
        StringBuilder sb = new StringBuilder().append(LOWER.charAt(random.nextInt(LOWER.length())));
        for (int i = 1; i < length; i++) {
            sb.append(NAME_CHARS.charAt(random.nextInt(LOWER.length() + 10)));
        }
        return sb.toString();
    }

    private String sentence() {
        return word() + " " + word() + " " + word();
    }

    private String hex(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return sb.toString();
    }
}
