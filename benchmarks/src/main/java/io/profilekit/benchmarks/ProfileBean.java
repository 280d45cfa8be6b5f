package io.profilekit.benchmarks;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hibernate Validator baseline: a plain bean holding what a cluster profile holds, checked by
 * ordinary Jakarta constraints (blank, length, patterns for the SemVer version, the cloud, AWS tag
 * text and version selectors, four to a hundred layers). No registry and no cross-field rules:
 * this is the price of syntax checks on a bean.
 */
public final class ProfileBean {
    /** Strict SemVer, as Palette takes a profile version. */
    static final String SEMVER = "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-((0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(\\+([0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*))?";

    @NotBlank
    @Size(max = 255)
    @Pattern(regexp = "\\S(.*\\S)?")
    private final String name;

    @NotNull
    @Pattern(regexp = SEMVER)
    private final String version;

    @NotNull
    @Size(max = 1024)
    private final String description;

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9-]*")
    private final String cloud;

    @NotNull
    @Pattern(regexp = "infra|cluster|add-on|system")
    private final String type;

    @NotNull
    @Size(max = 50)
    private final List<@NotBlank @Size(max = 128) @Pattern(regexp = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+") String> tags;

    @NotNull
    @Size(min = 4, max = 100)
    private final List<@Valid @NotNull LayerBean> layers;

    private ProfileBean(ClusterProfile p) {
        name = p.name();
        version = p.version().text();
        description = p.description();
        cloud = p.cloud().wireName();
        type = p.type().wireName();
        List<String> t = new ArrayList<>();
        for (Tag tag : p.tags().asList()) {
            t.add(tag.toString());
        }
        tags = t;
        List<LayerBean> l = new ArrayList<>();
        for (Layer layer : p.layers()) {
            l.add(new LayerBean(layer));
        }
        layers = l;
    }

    /**
     * The bean equivalent of a profile.
     *
     * @param profile the profile
     * @return the bean
     */
    public static ProfileBean of(ClusterProfile profile) {
        return new ProfileBean(profile);
    }

    /** One layer of {@link ProfileBean}. */
    public static final class LayerBean {
        @NotNull
        @Pattern(regexp = "kernel|os|k8s|cni|csi|addon")
        private final String layer;

        @NotBlank
        @Size(max = 255)
        private final String packName;

        @NotBlank
        @Size(max = 128)
        @Pattern(regexp = "([A-Za-z0-9]+__)?v?[0-9][0-9A-Za-z.+~-]*|[0-9]+(\\.[0-9]+)*\\.x|[<>=^~0-9 .|x*-]+")
        private final String packVersion;

        @NotNull
        @Size(max = 1_000_000)
        private final String values;

        LayerBean(Layer l) {
            layer = l.type().wireName();
            packName = l.pack().name();
            packVersion = l.pack().version().toString();
            values = l.values();
        }
    }
}
