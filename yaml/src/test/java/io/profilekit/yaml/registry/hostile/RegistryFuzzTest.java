package io.profilekit.yaml.registry.hostile;

import io.profilekit.yaml.registry.HelmIndexRegistry;
import io.profilekit.yaml.registry.PackDirectoryRegistry;
import io.profilekit.yaml.registry.PackRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated registry files either load or fail with a {@link PackRegistryException}: no bare
 * {@link IllegalArgumentException}, {@link NullPointerException} or other runtime exception
 * escapes a registry load, whatever the files hold.
 */
class RegistryFuzzTest {
    private static final String PACK_JSON = "{\n"
            + "  \"name\": \"acme\",\n  \"displayName\": \"Acme\",\n  \"version\": \"1.2.3\",\n"
            + "  \"layer\": \"addon\",\n  \"cloudTypes\": [\"aws\", \"all\"],\n  \"cloudType\": \"aws\",\n"
            + "  \"group\": \"LTS\",\n  \"eol\": \"2027-01-01\",\n  \"addonType\": \"monitoring\",\n"
            + "  \"annotations\": {\"source\": \"community\"},\n"
            + "  \"constraints\": {\n"
            + "    \"dependencies\": [{\"packName\": \"k\", \"layer\": \"k8s\", \"type\": \"required\","
            + " \"minVersion\": \"1.29\", \"maxVersion\": \"1.31\"}],\n"
            + "    \"resources\": [{\"type\": \"cpu\", \"minLimit\": 2000, \"components\": [{\"scheduleType\": \"all\","
            + " \"resourceRequestParamRef\": \"a.b\", \"replicaCountParamRef\": \"a.c\"}]}]\n"
            + "  }\n}\n";
    private static final String PRESETS = "presets:\n- name: p1\n  displayName: P1\n  group: g\n"
            + "  remove: [a.b]\n  add: |\n    a:\n      b: 1\n- name: p2\n  displayName: P2\n  group: g\n";
    private static final String SCHEMA = "charts.a.b:\n  schema: '{{ required }}'\n";
    private static final String VALUES = "a:\n  b: &x 1\n  c: *x\n";
    private static final String INDEX = "apiVersion: v1\nentries:\n  nginx:\n  - name: nginx\n    version: 1.2.3\n"
            + "    appVersion: 1.25.0\n    urls: [https://x/nginx-1.2.3.tgz]\n    annotations:\n      category: web\n"
            + "  - name: nginx\n    version: v1.2.3\n  - version: 1.0\n    created: 2026-01-01\n"
            + "  redis:\n  - version: 19.0.0-rc.1\ngenerated: 2026-01-01T00:00:00Z\n";
    private static final String TOKENS = "{}[]:,\"' \n\t-#&*!|>%@`\\0vV.~+_=1.0.0v1.0.0nullture{{}}\u0000\u202e";

    @TempDir
    Path root;

    @Test
    void mutatedPackFoldersLoadOrFailWithAPackRegistryException() throws IOException {
        Random random = new Random(12);
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Path folder = root.resolve("run" + i);
            Path pack = folder.resolve("acme-1.2.3");
            Files.createDirectories(pack);
            int which = random.nextInt(4);
            write(pack.resolve("pack.json"), which == 0 ? mutate(PACK_JSON, random) : PACK_JSON);
            write(pack.resolve("values.yaml"), which == 1 ? mutate(VALUES, random) : VALUES);
            write(pack.resolve("presets.yaml"), which == 2 ? mutate(PRESETS, random) : PRESETS);
            write(pack.resolve("schema.yaml"), which == 3 ? mutate(SCHEMA, random) : SCHEMA);
            try {
                PackDirectoryRegistry.load(folder);
            } catch (PackRegistryException expected) {
                // a clean refusal
            } catch (RuntimeException | StackOverflowError e) {
                escaped.add(e + " from file " + which + " of run " + i);
            }
        }
        assertThat(escaped).isEmpty();
    }

    @Test
    void mutatedHelmIndexesLoadOrFailWithAPackRegistryException() {
        Random random = new Random(34);
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String text = mutate(INDEX, random);
            try {
                HelmIndexRegistry.parse(text);
            } catch (PackRegistryException expected) {
                // a clean refusal
            } catch (RuntimeException | StackOverflowError e) {
                escaped.add(e + " reading " + text);
            }
        }
        assertThat(escaped).isEmpty();
    }

    private static void write(Path p, String text) throws IOException {
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0:
                    sb.deleteCharAt(at);
                    break;
                case 1:
                    sb.insert(at, TOKENS.charAt(random.nextInt(TOKENS.length())));
                    break;
                case 2:
                    sb.setCharAt(at, TOKENS.charAt(random.nextInt(TOKENS.length())));
                    break;
                default:
                    int from = random.nextInt(sb.length());
                    int len = Math.min(random.nextInt(20), sb.length() - from);
                    sb.insert(at, sb.substring(from, from + len));
                    break;
            }
        }
        return sb.toString();
    }
}
