package io.profilekit.testing;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.ProfileType;
import io.profilekit.RegistryRef;
import io.profilekit.Tag;
import io.profilekit.VersionSelector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
