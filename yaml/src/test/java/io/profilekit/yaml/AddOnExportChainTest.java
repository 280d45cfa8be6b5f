package io.profilekit.yaml;

import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.ProfileKind;
import io.profilekit.RegistryRef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's "done when": an add-on profile exported by Palette — a Helm chart from a named
 * registry with its kind, providerType and isPrivate, a pack, and a manifest pack, with about 60 KB
 * of values — goes export → model → export → model → ProfileKit YAML → model → export, and the two
 * exports are byte for byte the same.
 */
class AddOnExportChainTest {
    private static final ProfileFormat YAML = ProfileDocuments.yaml();
    private static final ProfileFormat EXPORT = ProfileDocuments.paletteExportJson();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BITNAMI_UID = "64eaff453040297344bcad5d";

    /** Values of about {@code size} characters: comments, nesting, lists, quotes, a variable. */
    private static String values(long seed, int size) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("# spectrocloud.com/enabled-presets: Ingress:nginx-ingress\n"
                + "pack:\n  namespace: \"web\"\n  spectrocloud.com/install-priority: \"-5\"\ncharts:\n  web:\n");
        int i = 0;
        while (sb.length() < size) {
            sb.append("    key").append(i).append(":   # comment ").append(i).append('\n')
                    .append("      replicas: '{{.spectro.var.replicas}}'\n")
                    .append("      image: \"ghcr.io/example/app:").append(r.nextInt(100)).append(".0\"\n")
                    .append("      args: [\"--flag=").append(Long.toHexString(r.nextLong())).append("\", x]\n")
                    .append("      note: |\n        line one\n          indented ☃ ").append(i).append("\n\n");
            i++;
        }
        return sb.append("  trailing: true   \n").toString();
    }

    private static String paletteExport() {
        ObjectNode doc = JSON.createObjectNode();
        doc.putObject("metadata").put("name", "web apps").put("description", "Apps for the web")
                .putObject("labels").put("team", "web").put("AI", "spectro__tag");
        ObjectNode spec = doc.putObject("spec").put("version", "1.4.0");
        ObjectNode template = spec.putObject("template").put("type", "add-on").put("cloudType", "all");
        ArrayNode packs = template.putArray("packs");
        ObjectNode helm = packs.addObject().put("name", "nginx").put("type", "helm").put("layer", "addon")
                .put("version", "15.14.0").put("tag", "15.x").put("values", values(1, 40_000));
        helm.putObject("registry").putObject("metadata").put("uid", BITNAMI_UID).put("name", "Bitnami")
                .put("kind", "helm").put("isPrivate", true).put("providerType", "helm");
        ObjectNode spectro = packs.addObject().put("name", "prometheus-operator").put("type", "spectro")
                .put("layer", "addon").put("version", "65.3.1").put("tag", "65.3.1").put("values", values(2, 15_000));
        spectro.putObject("registry").putObject("metadata").put("name", "Public Repo").put("kind", "pack")
                .put("isPrivate", false);
        ObjectNode manifest = packs.addObject().put("name", "web-rbac").put("type", "manifest").put("layer", "addon")
                .put("values", "pack:\n  namespace: web\n");
        ArrayNode manifests = manifest.putArray("manifests");
        manifests.addObject().put("name", "read-only").put("content", "apiVersion: rbac.authorization.k8s.io/v1\n"
                + "kind: ClusterRole\nmetadata:\n  name: read-only\nrules:\n  - apiGroups: [\"\"]\n"
                + "    resources: [\"pods\"]\n    verbs: [get, list]   \n");
        manifests.addObject().put("name", "binding").put("content", values(3, 5_000));
        spec.putArray("variables").addObject().put("name", "replicas").put("displayName", "Replicas")
                .put("format", "number").put("defaultValue", "2").put("required", true).put("isHidden", false)
                .put("immutable", false).put("isSensitive", false);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    @Test
    void exportToModelToExportToYamlToExportIsByteIdentical() {
        String palette = paletteExport();
        assertThat(palette.length()).isBetween(58_000, 66_000);

        ReadResult first = EXPORT.readWithWarnings(palette);
        String export1 = EXPORT.write(first.profile());
        ClusterProfile second = EXPORT.read(export1);
        String yaml = YAML.write(second);
        ClusterProfile third = YAML.read(yaml);
        String export2 = EXPORT.write(third);

        assertThat(first.warnings()).isEmpty();
        assertThat(export2).isEqualTo(export1);
        assertThat(third).isEqualTo(second).isEqualTo(first.profile());
        assertThat(PaletteOpenApi.importErrors(export1)).isEmpty();

        AddOnProfile p = (AddOnProfile) third;
        assertThat(p.kind()).isEqualTo(ProfileKind.ADD_ON);
        assertThat(p.layers()).extracting(Layer::type).containsOnly(LayerType.ADDON);
        Layer nginx = p.layers().get(0);
        assertThat(nginx.pack().type()).isEqualTo(PackType.HELM);
        assertThat(nginx.pack().version().toString()).isEqualTo("15.x");
        assertThat(nginx.pack().resolvedVersion()).contains("15.14.0");
        assertThat(nginx.pack().registry()).contains(RegistryRef.of(BITNAMI_UID, "Bitnami").withKind("helm")
                .withPrivate(true).withProviderType("helm"));
        assertThat(nginx.presets()).containsExactly("nginx-ingress");
        assertThat(nginx.presetGroup("nginx-ingress")).contains("Ingress");
        assertThat(nginx.values()).isEqualTo(values(1, 40_000).substring(values(1, 40_000).indexOf('\n') + 1));
        assertThat(nginx.installPriority()).hasValue(-5);
        assertThat(p.layers().get(1).values()).isEqualTo(values(2, 15_000).substring(
                values(2, 15_000).indexOf('\n') + 1));
        assertThat(p.layers().get(1).pack().registry().orElseThrow().providerType()).isEmpty();
        assertThat(p.layers().get(2).pack().type()).isEqualTo(PackType.MANIFEST);
        assertThat(p.layers().get(2).manifests().get(1).content()).isEqualTo(values(3, 5_000));
        assertThat(p.variables()).hasSize(1);
        assertThat(export1).contains("\"hidden\" : false").doesNotContain("isHidden");
        assertThat(export1).contains("\"version\" : \"15.14.0\"", "\"tag\" : \"15.x\"");
        assertThat(yaml).contains("kind: AddOnProfile");
    }
}
