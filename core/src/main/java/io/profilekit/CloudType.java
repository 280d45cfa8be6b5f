package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cloud a profile targets ({@code cloudType} in Palette's API).
 *
 * <p>The known Palette cloud types are constants, but the set is <em>open</em>: Palette lets an
 * administrator register custom clouds (for example {@code nutanix}), so {@link #of(String)}
 * accepts any non-blank name. Two cloud types are equal when their wire names are equal; the
 * known constants are returned for their own names, so {@code CloudType.of("aws") == CloudType.AWS}.
 *
 * <pre>{@code
 * CloudType aws = CloudType.AWS;
 * CloudType nutanix = CloudType.of("nutanix");
 * nutanix.isKnown();   // false
 * }</pre>
 */
public final class CloudType implements Comparable<CloudType> {
    private static final Map<String, CloudType> KNOWN = new LinkedHashMap<>();

    /** Any cloud; only add-on profiles may use it. */
    public static final CloudType ALL = known("all");
    /** Amazon Web Services (IaaS). */
    public static final CloudType AWS = known("aws");
    /** Microsoft Azure (IaaS). */
    public static final CloudType AZURE = known("azure");
    /** Google Cloud (IaaS). */
    public static final CloudType GCP = known("gcp");
    /** VMware vSphere. */
    public static final CloudType VSPHERE = known("vsphere");
    /** Canonical MAAS (bare metal). */
    public static final CloudType MAAS = known("maas");
    /** OpenStack. */
    public static final CloudType OPENSTACK = known("openstack");
    /** Nested clusters. */
    public static final CloudType NESTED = known("nested");
    /** Bare metal. */
    public static final CloudType BAREMETAL = known("baremetal");
    /** Amazon EKS (managed Kubernetes). */
    public static final CloudType EKS = known("eks");
    /** Azure AKS (managed Kubernetes). */
    public static final CloudType AKS = known("aks");
    /** Google GKE (managed Kubernetes). */
    public static final CloudType GKE = known("gke");
    /** Tencent TKE (managed Kubernetes). */
    public static final CloudType TKE = known("tke");
    /** Edge (appliance mode). */
    public static final CloudType EDGE = known("edge");
    /** Edge native. */
    public static final CloudType EDGE_NATIVE = known("edge-native");
    /** Apache CloudStack. */
    public static final CloudType APACHE_CLOUDSTACK = known("apache-cloudstack");
    /** Generic (tech-preview) clouds. */
    public static final CloudType GENERIC = known("generic");
    /** Virtual clusters. */
    public static final CloudType VIRTUAL = known("virtual");
    /** libvirt. */
    public static final CloudType LIBVIRT = known("libvirt");
    /** Cox Edge. */
    public static final CloudType COXEDGE = known("coxedge");

    private final String wireName;
    private final boolean known;

    private CloudType(String wireName, boolean known) {
        this.wireName = wireName;
        this.known = known;
    }

    private static CloudType known(String name) {
        CloudType type = new CloudType(name, true);
        KNOWN.put(name, type);
        return type;
    }

    /**
     * Returns the cloud type with the given wire name: a known constant, or a custom cloud type.
     * Known names are matched regardless of case ({@code "AWS"} gives {@link #AWS}); a custom name
     * is kept as written.
     *
     * @param wireName the name, e.g. {@code "aws"} or {@code "nutanix"}; not blank
     * @return the cloud type
     * @throws NullPointerException if {@code wireName} is null
     * @throws IllegalArgumentException if {@code wireName} is blank
     */
    public static CloudType of(String wireName) {
        Checks.notBlank(wireName, "cloud");
        CloudType type = KNOWN.get(wireName.toLowerCase(java.util.Locale.ROOT));
        return type != null ? type : new CloudType(wireName, false);
    }

    /**
     * The known Palette cloud types, in declaration order.
     *
     * @return an unmodifiable set of the constants
     */
    public static Set<CloudType> knownTypes() {
        return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(KNOWN.values()));
    }

    /**
     * The name Palette's API uses.
     *
     * @return the wire name, e.g. {@code "edge-native"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Whether this is one of the cloud types ProfileKit knows (a constant of this class).
     *
     * @return false for custom clouds such as {@code nutanix}
     */
    public boolean isKnown() {
        return known;
    }

    @Override
    public int compareTo(CloudType other) {
        return wireName.compareTo(other.wireName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CloudType && ((CloudType) o).wireName.equals(wireName);
    }

    @Override
    public int hashCode() {
        return wireName.hashCode();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
