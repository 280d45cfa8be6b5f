package io.profilekit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The layer a pack fills in a profile, with Palette's wire names ({@code V1PackLayer}).
 *
 * <p>The constants are declared in the fixed order in which the layers stack up in a profile:
 * operating system, Kubernetes, network (CNI), storage (CSI), then add-ons ({@link #UNSPECIFIED},
 * a layer not yet known, comes last). {@link #compareTo} therefore gives that order.
 *
 * <pre>{@code
 * LayerType.fromWireName("k8s");   // Optional[KUBERNETES]
 * LayerType.NETWORK.wireName();    // "cni"
 * LayerType.NETWORK.displayName(); // "Network"
 * }</pre>
 */
public enum LayerType {
    /** Operating system, wire name {@code os}. */
    OS("os", "Operating System"),
    /** Kubernetes distribution, wire name {@code k8s}. */
    KUBERNETES("k8s", "Kubernetes"),
    /** Container network interface, wire name {@code cni}. */
    NETWORK("cni", "Network"),
    /** Container storage interface, wire name {@code csi}. */
    STORAGE("csi", "Storage"),
    /** An add-on: packs, Helm charts or manifests installed on top, wire name {@code addon}. */
    ADDON("addon", "Add-on"),
    /**
     * Not given: Palette's API takes packs without a {@code layer} (its Terraform provider never
     * sends one), and the layer is then the pack's own, as its registry says. Resolution learns it
     * ({@link io.profilekit.resolve.ResolvedProfile#profile()} holds the learned type); the
     * validator reports a layer it cannot learn. Has no wire name: documents leave it out.
     */
    UNSPECIFIED("", "Unspecified");

    /** The layers a document or pack can name, in stacking order. */
    private static final List<LayerType> DECLARED = List.of(OS, KUBERNETES, NETWORK, STORAGE, ADDON);
    /** The four core layers, in stacking order. */
    private static final List<LayerType> CORE = List.of(OS, KUBERNETES, NETWORK, STORAGE);

    private final String wireName;
    private final String displayName;

    LayerType(String wireName, String displayName) {
        this.wireName = wireName;
        this.displayName = displayName;
    }

    /**
     * The name Palette's API, {@code pack.json} and documents use.
     *
     * @return the wire name, e.g. {@code "cni"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The name Palette's console shows.
     *
     * @return the display name, e.g. {@code "Network"}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether this is one of the four core layers.
     *
     * @return true for OS, Kubernetes, network and storage
     */
    public boolean isCore() {
        return CORE.contains(this);
    }

    /**
     * The four core layers, in stacking order.
     *
     * @return OS, Kubernetes, network, storage
     */
    public static List<LayerType> core() {
        return CORE;
    }

    /**
     * The layers a document, an API entity or a {@code pack.json} can name — all but
     * {@link #UNSPECIFIED} — in stacking order.
     *
     * @return OS, Kubernetes, network, storage, add-on
     */
    public static List<LayerType> declared() {
        return DECLARED;
    }

    /**
     * Finds the layer type with the given wire name (case-insensitive).
     *
     * @param wireName a wire name such as {@code "k8s"}
     * @return the layer type, or empty if none has that name ({@link #UNSPECIFIED} has none)
     * @throws NullPointerException if {@code wireName} is null
     */
    public static Optional<LayerType> fromWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        String lower = wireName.toLowerCase(Locale.ROOT);
        for (LayerType t : DECLARED) {
            if (t.wireName.equals(lower)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
