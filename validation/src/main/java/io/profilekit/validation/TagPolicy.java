package io.profilekit.validation;

import io.profilekit.CloudType;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@linkplain TagRules tag rules} the validator applies to a profile's tags. Immutable.
 *
 * <p>Whatever the policy, the validator always reports an empty key and a duplicate key (keys
 * that differ only in case count as duplicates when {@link TagRules#AZURE} applies). On top of
 * that:
 * <ul>
 *   <li>{@link #cloudDefault()} (the default): the rules of the profile's own cloud —
 *       {@code aws}/{@code eks} → AWS, {@code azure}/{@code aks} → Azure, {@code gcp}/{@code gke}
 *       → GCP; other clouds get no cloud rules, since theirs are not documented;</li>
 *   <li>{@link #of(TagRules...)}: a fixed set of rules whatever the cloud (for example when the same
 *       tags are used across clouds);</li>
 *   <li>{@link #basic()}: no cloud rules.</li>
 * </ul>
 * <b>Kubernetes label syntax is off by default.</b> Palette stores tags as {@code metadata.labels},
 * but no public source says Palette enforces label syntax on profile tags, and Palette documents no
 * tag syntax of its own; so it is a choice: switch it on with {@link #withKubernetesLabels(boolean)}.
 *
 * <pre>{@code
 * ProfileValidator strict = ProfileValidator.builder()
 *     .registry(registry)
 *     .tagPolicy(TagPolicy.cloudDefault().withKubernetesLabels(true))
 *     .build();
 * }</pre>
 */
public final class TagPolicy {
    private static final TagPolicy CLOUD_DEFAULT = new TagPolicy(true, EnumSet.noneOf(TagRules.class));

    private final boolean followCloud;
    private final Set<TagRules> rules;

    private TagPolicy(boolean followCloud, Set<TagRules> rules) {
        this.followCloud = followCloud;
        this.rules = Collections.unmodifiableSet(EnumSet.copyOf(rules.isEmpty() ? EnumSet.noneOf(TagRules.class) : rules));
    }

    /**
     * The default policy: the tag rules of the profile's cloud, no Kubernetes label syntax.
     *
     * @return the policy
     */
    public static TagPolicy cloudDefault() {
        return CLOUD_DEFAULT;
    }

    /**
     * No cloud rules: only empty and duplicate keys are reported.
     *
     * @return the policy
     */
    public static TagPolicy basic() {
        return new TagPolicy(false, EnumSet.noneOf(TagRules.class));
    }

    /**
     * Exactly the given rules, whatever the profile's cloud.
     *
     * @param tagRules the rules, e.g. {@code TagRules.AWS, TagRules.GCP}
     * @return the policy
     * @throws NullPointerException if an argument is null
     */
    public static TagPolicy of(TagRules... tagRules) {
        Objects.requireNonNull(tagRules, "tagRules");
        EnumSet<TagRules> set = EnumSet.noneOf(TagRules.class);
        for (TagRules r : Arrays.asList(tagRules)) {
            set.add(Objects.requireNonNull(r, "tagRules element"));
        }
        return new TagPolicy(false, set);
    }

    /**
     * This policy, with Kubernetes label syntax switched on or off.
     *
     * @param enabled whether tags must be valid Kubernetes labels
     * @return a new policy
     */
    public TagPolicy withKubernetesLabels(boolean enabled) {
        EnumSet<TagRules> set = rules.isEmpty() ? EnumSet.noneOf(TagRules.class) : EnumSet.copyOf(rules);
        if (enabled) {
            set.add(TagRules.KUBERNETES_LABELS);
        } else {
            set.remove(TagRules.KUBERNETES_LABELS);
        }
        return new TagPolicy(followCloud, set);
    }

    /**
     * Whether this policy applies the rules of the profile's own cloud.
     *
     * @return true for {@link #cloudDefault()} and policies derived from it
     */
    public boolean followsCloud() {
        return followCloud;
    }

    /**
     * Whether Kubernetes label syntax is checked.
     *
     * @return true if switched on
     */
    public boolean kubernetesLabels() {
        return rules.contains(TagRules.KUBERNETES_LABELS);
    }

    /**
     * The rules that apply to a profile for the given cloud.
     *
     * @param cloud the profile's cloud
     * @return an unmodifiable set, possibly empty
     * @throws NullPointerException if {@code cloud} is null
     */
    public Set<TagRules> rulesFor(CloudType cloud) {
        Objects.requireNonNull(cloud, "cloud");
        EnumSet<TagRules> set = rules.isEmpty() ? EnumSet.noneOf(TagRules.class) : EnumSet.copyOf(rules);
        if (followCloud) {
            TagRules.forCloud(cloud).ifPresent(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagPolicy && ((TagPolicy) o).followCloud == followCloud && ((TagPolicy) o).rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(followCloud, rules);
    }

    /**
     * A readable form.
     *
     * @return e.g. {@code "TagPolicy[cloud rules + KUBERNETES_LABELS]"}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TagPolicy[");
        sb.append(followCloud ? "cloud rules" : "fixed");
        for (TagRules r : rules) {
            sb.append(" + ").append(r.name());
        }
        return sb.append(']').toString();
    }
}
