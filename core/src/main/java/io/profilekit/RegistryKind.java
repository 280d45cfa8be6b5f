package io.profilekit;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of pack registry Palette knows, as its export names them in a registry's
 * {@code kind}: a legacy pack registry ({@code "pack"}), a Helm repository ({@code "helm"}) or an
 * OCI registry ({@code "oci"}, Palette's recommended kind; DOMAIN §5).
 *
 * <pre>{@code
 * RegistryRef ref = RegistryRef.byName("My Packs").withKind(RegistryKind.OCI);
 * ref.kind();          // Optional["oci"]          — the text, written back exactly
 * ref.registryKind();  // Optional[OCI]
 * RegistryKind.fromWireName("Helm");   // Optional[HELM]
 * }</pre>
 */
public enum RegistryKind {
    /** A legacy pack registry ("spectro" packs), e.g. Palette's {@code Public Repo}. */
    PACK("pack"),
    /** A Helm chart repository. */
    HELM("helm"),
    /** An OCI registry holding packs, Helm charts or Zarf packages. */
    OCI("oci");

    private final String wireName;

    RegistryKind(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name Palette's export writes.
     *
     * @return {@code "pack"}, {@code "helm"} or {@code "oci"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The kind a registry's {@code kind} text names, ignoring case.
     *
     * @param text e.g. {@code "oci"}
     * @return the kind, or empty if the text names none of these
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<RegistryKind> fromWireName(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (RegistryKind k : values()) {
            if (k.wireName.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
