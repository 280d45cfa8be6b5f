package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a pack: its name, which versions are acceptable, the pack type, and optionally
 * the registry to take it from. Immutable; the {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * PackRef calico = PackRef.of("cni-calico", "3.31.x");
 * PackRef fromPublic = calico.withRegistry(RegistryRef.byName("Public Repo"));
 * }</pre>
 */
public final class PackRef {
    private final String name;
    private final VersionSelector version;
    private final PackType type;
    private final RegistryRef registry;
    private final String uid;
    private final String resolvedVersion;

    private PackRef(String name, VersionSelector version, PackType type, RegistryRef registry, String uid) {
        this(name, version, type, registry, uid, null);
    }

    private PackRef(String name, VersionSelector version, PackType type, RegistryRef registry, String uid,
                    String resolvedVersion) {
        this.name = name;
        this.version = version;
        this.type = type;
        this.registry = registry;
        this.uid = uid;
        this.resolvedVersion = resolvedVersion;
    }

    /**
     * A reference to a {@linkplain PackType#SPECTRO registry pack}.
     *
     * @param name the pack name, e.g. {@code "kubernetes"}
     * @param selector the versions, e.g. {@code "1.33.x"}; see {@link VersionSelector#parse(String)}
     * @return the reference
     * @throws NullPointerException if either argument is null
     */
    public static PackRef of(String name, String selector) {
        return of(name, VersionSelector.parse(Checks.notNull(selector, "pack.version")));
    }

    /**
     * A reference to a {@linkplain PackType#SPECTRO registry pack}.
     *
     * @param name the pack name
     * @param selector the versions
     * @return the reference
     * @throws NullPointerException if either argument is null
     */
    public static PackRef of(String name, VersionSelector selector) {
        return new PackRef(Checks.notNull(name, "pack.name"), Checks.notNull(selector, "pack.version"),
                PackType.SPECTRO, null, null);
    }

    /**
     * The pack's name.
     *
     * @return the name as given (the validator reports blank names)
     */
    public String name() {
        return name;
    }

    /**
     * Which versions are acceptable (Palette's {@code tag}).
     *
     * @return the selector
     */
    public VersionSelector version() {
        return version;
    }

    /**
     * The pack type.
     *
     * @return the type; {@link PackType#SPECTRO} unless set
     */
    public PackType type() {
        return type;
    }

    /**
     * The registry the pack must come from.
     *
     * @return the registry, or empty to let the registries in use decide
     */
    public Optional<RegistryRef> registry() {
        return Optional.ofNullable(registry);
    }

    /**
     * A copy with another version selector.
     *
     * @param selector the new selector
     * @return the copy
     * @throws NullPointerException if {@code selector} is null
     */
    public PackRef withVersion(VersionSelector selector) {
        return new PackRef(name, Checks.notNull(selector, "pack.version"), type, registry, uid, resolvedVersion);
    }

    /**
     * A copy with another pack type.
     *
     * @param packType the new type
     * @return the copy
     * @throws NullPointerException if {@code packType} is null
     */
    public PackRef withType(PackType packType) {
        return new PackRef(name, version, Checks.notNull(packType, "pack.type"), registry, uid, resolvedVersion);
    }

    /**
     * A copy that names a registry.
     *
     * @param registryRef the registry
     * @return the copy
     * @throws NullPointerException if {@code registryRef} is null
     */
    public PackRef withRegistry(RegistryRef registryRef) {
        return new PackRef(name, version, type, Checks.notNull(registryRef, "pack.registry"), uid, resolvedVersion);
    }

    /**
     * A copy that names no registry.
     *
     * @return the copy
     */
    public PackRef withoutRegistry() {
        return new PackRef(name, version, type, null, uid, resolvedVersion);
    }

    /**
     * The pack's uid in Palette, as documents carry it (each pack version has one).
     *
     * @return the uid, or empty if not known
     */
    public Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    /**
     * The same pack with its Palette uid.
     *
     * @param packUid the uid
     * @return a new reference
     */
    public PackRef withUid(String packUid) {
        return new PackRef(name, version, type, registry, Checks.notNull(packUid, "pack.uid"), resolvedVersion);
    }

    /**
     * The same pack without a uid (a uid names one exact version, so a changed version drops it).
     *
     * @return a new reference
     */
    public PackRef withoutUid() {
        return new PackRef(name, version, type, registry, null, resolvedVersion);
    }

    /**
     * The exact version the selector was found to name, as Palette's export records it beside the
     * selector ({@code "tag": "1.33.x", "version": "1.33.6"}), kept exactly as read.
     *
     * @return the version's text, or empty if not known
     */
    public Optional<String> resolvedVersion() {
        return Optional.ofNullable(resolvedVersion);
    }

    /**
     * The same pack with the exact version its selector was found to name.
     *
     * @param versionText e.g. {@code "1.33.6"}
     * @return a new reference
     */
    public PackRef withResolvedVersion(String versionText) {
        return new PackRef(name, version, type, registry, uid, Checks.notNull(versionText, "pack.resolvedVersion"));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PackRef)) {
            return false;
        }
        PackRef other = (PackRef) o;
        return name.equals(other.name) && version.equals(other.version) && type == other.type
                && Objects.equals(registry, other.registry) && Objects.equals(uid, other.uid)
                && Objects.equals(resolvedVersion, other.resolvedVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, type, registry, uid, resolvedVersion);
    }

    /**
     * {@code name version}, then the type unless {@code spectro}, then {@code @registry} if named.
     *
     * @return e.g. {@code "cni-calico 3.31.x"} or {@code "nginx 4.12.1 (helm) @Bitnami"}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(' ').append(version);
        if (type != PackType.SPECTRO) {
            sb.append(" (").append(type).append(')');
        }
        if (registry != null) {
            sb.append(" @").append(registry);
        }
        return sb.toString();
    }
}
