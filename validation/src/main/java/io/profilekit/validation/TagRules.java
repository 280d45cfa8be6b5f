package io.profilekit.validation;

import io.profilekit.CloudType;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A set of tag rules that the validator can apply to a profile's tags. Palette copies a profile's
 * tags onto the VMs it creates in the cloud, so a tag the cloud refuses breaks the cluster later;
 * these are the clouds' own documented rules:
 *
 * <table>
 *   <caption>Tag rules</caption>
 *   <tr><th>rules</th><th>key</th><th>value</th><th>other</th></tr>
 *   <tr><td>{@link #AWS}</td><td>1–128 characters: letters, digits, spaces and {@code + - = . _ : / @}</td>
 *       <td>0–256 characters, same set</td><td>{@code aws:} prefix (any case) reserved; at most 50 tags</td></tr>
 *   <tr><td>{@link #AZURE}</td><td>1–512 characters, none of {@code < > % & \ ? /}</td><td>0–256 characters</td>
 *       <td>keys compare case-insensitively; prefixes {@code azure}, {@code microsoft}, {@code windows}
 *       (any case) reserved; at most 50 tags</td></tr>
 *   <tr><td>{@link #GCP}</td><td>1–63 characters: lowercase letters (international ones too), digits,
 *       {@code _}, {@code -}; starts with a lowercase letter</td><td>0–63 characters, same set</td>
 *       <td>at most 64 labels</td></tr>
 *   <tr><td>{@link #KUBERNETES_LABELS}</td><td>optional DNS-subdomain prefix (≤ 253) and {@code /}, then a
 *       name of ≤ 63 characters {@code [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?}</td>
 *       <td>empty, or ≤ 63 characters of the same pattern</td>
 *       <td>prefixes {@code kubernetes.io/} and {@code k8s.io/} reserved</td></tr>
 * </table>
 *
 * <p>Characters are counted as Unicode code points. Azure's lower limit of 128 characters for keys
 * on storage accounts is not applied (a profile's VMs are not storage accounts). A bare tag
 * ({@code "dev"}) has no value, so only its key is checked. Sources: AWS "Tag restrictions", Azure
 * "Use tags to organize your Azure resources", Google Cloud "Requirements for labels", Kubernetes
 * "Labels and Selectors".
 *
 * @see TagPolicy
 */
public enum TagRules {
    /** Amazon Web Services tags (clouds {@code aws} and {@code eks}). */
    AWS("AWS tag", 50, false),
    /** Microsoft Azure tags (clouds {@code azure} and {@code aks}). */
    AZURE("Azure tag", 50, true),
    /** Google Cloud labels (clouds {@code gcp} and {@code gke}). */
    GCP("GCP label", 64, false),
    /** Kubernetes label syntax ({@code metadata.labels}), which Palette stores tags as. */
    KUBERNETES_LABELS("Kubernetes label", 0, false);

    private final String displayName;
    private final int maxTags;
    private final boolean caseInsensitiveKeys;

    TagRules(String displayName, int maxTags, boolean caseInsensitiveKeys) {
        this.displayName = displayName;
        this.maxTags = maxTags;
        this.caseInsensitiveKeys = caseInsensitiveKeys;
    }

    /**
     * What the rules are called in messages.
     *
     * @return e.g. {@code "GCP label"}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The most tags these rules allow on one resource.
     *
     * @return the limit, or empty if there is none
     */
    public OptionalInt maxTags() {
        return maxTags == 0 ? OptionalInt.empty() : OptionalInt.of(maxTags);
    }

    /**
     * Whether keys that differ only in case are the same key under these rules.
     *
     * @return true for Azure
     */
    public boolean caseInsensitiveKeys() {
        return caseInsensitiveKeys;
    }

    /**
     * The cloud tag rules for a profile's cloud: {@code aws}/{@code eks} → {@link #AWS},
     * {@code azure}/{@code aks} → {@link #AZURE}, {@code gcp}/{@code gke} → {@link #GCP}.
     *
     * @param cloud the profile's cloud
     * @return the rules, or empty for other clouds (vSphere, MAAS, edge, custom clouds…), whose tag
     *     rules are not documented
     */
    public static Optional<TagRules> forCloud(CloudType cloud) {
        if (cloud.equals(CloudType.AWS) || cloud.equals(CloudType.EKS)) {
            return Optional.of(AWS);
        }
        if (cloud.equals(CloudType.AZURE) || cloud.equals(CloudType.AKS)) {
            return Optional.of(AZURE);
        }
        if (cloud.equals(CloudType.GCP) || cloud.equals(CloudType.GKE)) {
            return Optional.of(GCP);
        }
        return Optional.empty();
    }
}
