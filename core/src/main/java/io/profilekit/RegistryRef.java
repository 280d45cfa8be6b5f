package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.Objects;
import java.util.Optional;

/**
 * Names the pack registry a layer's pack comes from: by uid (Palette's 24-hex id, the registry's
 * identity), by name (a label such as {@code "Public Repo"}), or both — with the registry metadata
 * Palette's export carries ({@code kind}, {@code providerType}, {@code isPrivate}) kept exactly as
 * read, so that writing a profile back never invents or changes it.
 *
 * <pre>{@code
 * RegistryRef.byName("Public Repo");
 * RegistryRef.byUid("5e2031962f090e2d3d8a3290");
 * RegistryRef.byName("Palette Community Registry").withKind(RegistryKind.OCI).withProviderType("pack").withPrivate(true);
 * }</pre>
 */
public final class RegistryRef {
    private final String uid;
    private final String name;
    private final String kind;
    private final String providerType;
    private final Boolean isPrivate;

    private RegistryRef(String uid, String name) {
        this(uid, name, null, null, null);
    }

    private RegistryRef(String uid, String name, String kind, String providerType, Boolean isPrivate) {
        this.uid = uid;
        this.name = name;
        this.kind = kind;
        this.providerType = providerType;
        this.isPrivate = isPrivate;
    }

    /**
     * A reference by registry name.
     *
     * @param name the registry's name, e.g. {@code "Public Repo"}
     * @return the reference
     * @throws NullPointerException if {@code name} is null
     */
    public static RegistryRef byName(String name) {
        return new RegistryRef(null, Checks.notNull(name, "registry.name"));
    }

    /**
     * A reference by registry uid.
     *
     * @param uid the registry's uid
     * @return the reference
     * @throws NullPointerException if {@code uid} is null
     */
    public static RegistryRef byUid(String uid) {
        return new RegistryRef(Checks.notNull(uid, "registry.uid"), null);
    }

    /**
     * A reference by both uid and name (as Palette's export format carries them).
     *
     * @param uid the registry's uid
     * @param name the registry's name
     * @return the reference
     * @throws NullPointerException if either is null
     */
    public static RegistryRef of(String uid, String name) {
        return new RegistryRef(Checks.notNull(uid, "registry.uid"), Checks.notNull(name, "registry.name"));
    }

    /**
     * The registry's uid.
     *
     * @return the uid, or empty if the reference is by name only
     */
    public Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    /**
     * The registry's name.
     *
     * @return the name, or empty if the reference is by uid only
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The registry's kind as Palette's export names it.
     *
     * @return e.g. {@code "oci"}, {@code "pack"} or {@code "helm"}; empty if not known
     */
    public Optional<String> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * The registry's kind, typed: {@link #kind()} when it names one of Palette's kinds. A kind
     * ProfileKit does not know is kept as text in {@link #kind()} (and written back) but gives
     * empty here.
     *
     * <pre>{@code
     * RegistryRef.byName("My Packs").withKind("oci").registryKind();   // Optional[OCI]
     * }</pre>
     *
     * @return the kind, or empty if not known
     */
    public Optional<RegistryKind> registryKind() {
        return kind == null ? Optional.empty() : RegistryKind.fromWireName(kind);
    }

    /**
     * The kind of content of an OCI registry, as Palette's export names it.
     *
     * @return e.g. {@code "pack"}, {@code "helm"} or {@code "zarf"}; empty if not known
     */
    public Optional<String> providerType() {
        return Optional.ofNullable(providerType);
    }

    /**
     * Whether the registry is private, as Palette's export says.
     *
     * @return the flag; empty if not known
     */
    public Optional<Boolean> isPrivate() {
        return Optional.ofNullable(isPrivate);
    }

    /**
     * The same reference with the registry's uid (name and metadata kept).
     *
     * @param registryUid the uid
     * @return a new reference
     */
    public RegistryRef withUid(String registryUid) {
        return new RegistryRef(Checks.notNull(registryUid, "registry.uid"), name, kind, providerType, isPrivate);
    }

    /**
     * The same reference with the registry's kind.
     *
     * @param registryKind e.g. {@code "oci"}
     * @return a new reference
     */
    public RegistryRef withKind(String registryKind) {
        return new RegistryRef(uid, name, Checks.notNull(registryKind, "registry.kind"), providerType, isPrivate);
    }

    /**
     * The same reference with the registry's kind, written as Palette's export writes it.
     *
     * <pre>{@code
     * RegistryRef.byName("My Packs").withKind(RegistryKind.OCI).kind();   // Optional["oci"]
     * }</pre>
     *
     * @param registryKind the kind
     * @return a new reference
     */
    public RegistryRef withKind(RegistryKind registryKind) {
        return withKind(Checks.notNull(registryKind, "registry.kind").wireName());
    }

    /**
     * The same reference with the registry's provider type.
     *
     * @param type e.g. {@code "pack"}
     * @return a new reference
     */
    public RegistryRef withProviderType(String type) {
        return new RegistryRef(uid, name, kind, Checks.notNull(type, "registry.providerType"), isPrivate);
    }

    /**
     * The same reference with the registry's private flag.
     *
     * @param flag whether the registry is private
     * @return a new reference
     */
    public RegistryRef withPrivate(boolean flag) {
        return new RegistryRef(uid, name, kind, providerType, flag);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegistryRef)) {
            return false;
        }
        RegistryRef other = (RegistryRef) o;
        return Objects.equals(uid, other.uid) && Objects.equals(name, other.name) && Objects.equals(kind, other.kind)
                && Objects.equals(providerType, other.providerType) && Objects.equals(isPrivate, other.isPrivate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, name, kind, providerType, isPrivate);
    }

    /**
     * The name, the uid, or {@code name (uid)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        if (uid == null) {
            return name;
        }
        return name == null ? uid : name + " (" + uid + ")";
    }
}
