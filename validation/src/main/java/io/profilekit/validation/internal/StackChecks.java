package io.profilekit.validation.internal;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.Layer;
import io.profilekit.ProfileVariable;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a {@link ClusterStack} that look across its profiles: an add-on profile's cloud,
 * the same pack in two profiles without distinct display names, one variable name in two
 * profiles. Paths start with the profile's {@linkplain ClusterStack#label(int) label}. Internal:
 * not part of ProfileKit's API.
 */
public final class StackChecks {
    private StackChecks() {
    }

    /**
     * A violation of one profile of a stack, its path starting with the profile's label.
     *
     * @param label e.g. {@code [observability]}
     * @param v the violation
     * @return the violation at {@code [observability].layers[1]…}
     */
    public static Violation prefixed(String label, Violation v) {
        String path = v.path().isEmpty() ? label : label + "." + v.path();
        return Violation.of(v.code(), v.severity(), path, v.message(), v.hint());
    }

    /**
     * The checks across the profiles of a stack.
     *
     * @param stack the stack
     * @return the violations found
     */
    public static List<Violation> check(ClusterStack stack) {
        List<Violation> out = new ArrayList<>();
        List<ClusterProfile> profiles = stack.profiles();
        CloudType baseCloud = stack.base().cloud();
        for (int i = 1; i < profiles.size(); i++) {
            CloudType cloud = profiles.get(i).cloud();
            if (!cloud.equals(CloudType.ALL) && !cloud.equals(baseCloud)) {
                out.add(Violation.of(ViolationCode.STACK_CLOUD_MISMATCH, stack.label(i) + ".cloud",
                        "add-on profile " + Texts.quote(profiles.get(i).name()) + " targets cloud "
                                + Texts.quote(cloud.wireName()) + ", but the stack's base "
                                + Texts.quote(stack.base().name()) + " targets " + Texts.quote(baseCloud.wireName()),
                        "set cloud: " + baseCloud.wireName() + " or cloud: all on the add-on profile"));
            }
        }
        // The non-core layers of the profiles before the one checked, by pack name, in stack order:
        // only layers of one pack name can clash.
        Map<String, List<int[]>> earlier = new HashMap<>();
        for (int b = 0; b < profiles.size(); b++) {
            List<Layer> layers = profiles.get(b).layers();
            for (int k = 0; b > 0 && k < layers.size(); k++) {
                Layer layer = layers.get(k);
                if (layer.type().isCore()) {
                    continue;
                }
                Optional<Clash> c = clash(stack, earlier.getOrDefault(layer.pack().name(), List.of()), layer);
                if (c.isPresent()) {
                    out.add(PackSettingsRule.duplicate(stack.label(b) + "." + Layers.path(k), layer, c.get().path,
                            c.get().reason));
                }
            }
            for (int k = 0; k < layers.size(); k++) {
                if (!layers.get(k).type().isCore()) {
                    earlier.computeIfAbsent(layers.get(k).pack().name(), n -> new ArrayList<>()).add(new int[] {b, k});
                }
            }
        }
        Map<String, String> declared = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            List<ProfileVariable> variables = profiles.get(i).variables();
            Map<String, String> own = new HashMap<>();
            for (int j = 0; j < variables.size(); j++) {
                String name = variables.get(j).name();
                String path = stack.label(i) + ".variables[" + j + "]";
                String first = declared.get(name);
                if (first != null) {
                    out.add(Violation.of(ViolationCode.VARIABLE_NAME_DUPLICATE, path + ".name",
                            "variable name " + Texts.quote(name) + " is also declared by " + first
                                    + "; a cluster takes one value per variable name",
                            "rename the variable in one of the profiles (and its {{.spectro.var.…}} uses)"));
                }
                own.putIfAbsent(name, path);
            }
            own.forEach(declared::putIfAbsent);
        }
        return out;
    }

    private record Clash(int profile, String path, String reason) {
    }

    /**
     * The first layer of an earlier profile of the stack that the layer clashes with.
     *
     * @param candidates the earlier profiles' non-core layers of the layer's pack name, as
     *        {profile, layer} indexes in stack order
     */
    private static Optional<Clash> clash(ClusterStack stack, List<int[]> candidates, Layer layer) {
        for (int[] at : candidates) {
            Layer other = stack.profiles().get(at[0]).layers().get(at[1]);
            Optional<String> reason = PackSettingsRule.clash(other, layer);
            if (reason.isPresent()) {
                return Optional.of(new Clash(at[0], stack.label(at[0]) + "." + Layers.path(at[1]), reason.get()));
            }
        }
        return Optional.empty();
    }
}
