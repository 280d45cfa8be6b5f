package io.profilekit.compat.jpms;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.constraints.ValidProfileName;
import io.profilekit.constraints.ValidTag;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.validation.ProfileKitValidation;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Uses ProfileKit from a named module on the module path — build, validate against the built-in
 * catalog, resolve, write and read every format, Jakarta bean validation with violations — and
 * checks every answer. Each check runs even when an earlier one failed; the program lists the
 * failures and exits with status 1 if there are any.
 */
public final class Main {
    static final String KUBE_VALUES = "# PXK settings\npack:\n  podCIDR: \"192.168.0.0/16\"\n";
    static final String HOSTILE_NAME = " {java.version} ";
    static final String HOSTILE_TAG_VALUE = "${1+1}";

    /** A request an application validates with ProfileKit's constraints. */
    record Request(@ValidProfileName String name, List<@ValidTag(cloud = "aws") String> tags) {
    }

    private final List<String> failures = new ArrayList<>();

    private Main() {
    }

    public static void main(String[] args) {
        Main main = new Main();
        main.run("everything runs as named modules", main::modules);
        main.run("every ProfileKit module carries its license", main::licenses);
        main.run("build, validate, resolve, and every format round-trips", main::lifecycle);
        main.run("the validator reports every problem, user text literal", main::report);
        main.run("Jakarta bean validation of a profile", main::jakartaProfile);
        main.run("Jakarta bean validation of the application's own record", main::jakartaRecord);
        if (!main.failures.isEmpty()) {
            System.err.println(main.failures.size() + " check(s) failed on the module path:");
            main.failures.forEach(f -> System.err.println("  - " + f));
            System.exit(1);
        }
        System.out.println("All checks passed on the module path.");
    }

    private void run(String name, Runnable check) {
        try {
            check.run();
            System.out.println("ok   " + name);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            System.out.println("FAIL " + name);
            e.printStackTrace(System.out);
            failures.add(name + ": " + e);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void equal(Object actual, Object expected, String what) {
        check(Objects.equals(actual, expected), what + ": expected <" + expected + "> but was <" + actual + ">");
    }

    void modules() {
        equal(Main.class.getModule().getName(), "io.profilekit.compat.jpms", "this program's module");
        equal(InfrastructureProfile.class.getModule().getName(), "io.profilekit.core", "ProfileKit core's module");
        equal(ProfileDocuments.class.getModule().getName(), "io.profilekit.yaml", "ProfileKit YAML's module");
        equal(ProfileValidator.class.getModule().getName(), "io.profilekit.validation", "ProfileKit validation's module");
        Module validator = ProfileKitValidation.factory().getClass().getModule();
        equal(validator.getName(), "org.hibernate.validator", "Hibernate Validator's module");
        Module jackson = ModuleLayer.boot().findModule("tools.jackson.core").orElseThrow();
        Module engine = ModuleLayer.boot().modules().stream().filter(m -> m.getName().startsWith("org.snakeyaml.engine"))
                .findFirst().orElseThrow(() -> new AssertionError("no snakeyaml-engine module"));
        System.out.printf("  modules: %s, %s, %s, %s%n", describe(jackson), describe(engine), describe(validator),
                describe(ProfileDocuments.class.getModule()));
        System.out.println("  io.profilekit.yaml from " + ModuleLayer.boot().configuration().findModule("io.profilekit.yaml")
                .flatMap(m -> m.reference().location()).map(Object::toString).orElse("?"));
    }

    void licenses() {
        for (Class<?> type : List.of(InfrastructureProfile.class, ProfileDocuments.class, ProfileValidator.class)) {
            try (InputStream in = type.getModule().getResourceAsStream("META-INF/LICENSE")) {
                check(in != null, type.getModule().getName() + " has no META-INF/LICENSE");
                check(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("Apache License"),
                        type.getModule().getName() + "'s META-INF/LICENSE is not the Apache License");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String describe(Module module) {
        ModuleDescriptor d = module.getDescriptor();
        return module.getName() + (d == null ? "" : d.rawVersion().map(v -> "@" + v).orElse(""))
                + (d != null && d.isAutomatic() ? " (automatic)" : "");
    }

    static InfrastructureProfile design() {
        return InfrastructureProfile.builder()
                .name("aws-prod-base")
                .version("1.2.0")
                .description("Production base for AWS")
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x", k -> k.values(KUBE_VALUES))
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();
    }

    static InfrastructureProfile broken() {
        return InfrastructureProfile.builder()
                .name(HOSTILE_NAME)
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("team:" + HOSTILE_TAG_VALUE).tag("cost#center:42")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.40.x")
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();
    }

    void lifecycle() {
        PackRegistry registry = PackRegistries.builtIn();
        InfrastructureProfile profile = design();

        ValidationReport report = ProfileValidator.of(registry).validate(profile);
        check(report.violations().isEmpty(), "the design profile is valid, but: " + report);

        ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);
        equal(locked.layers().stream().map(l -> l.layer().pack().name() + " " + l.version().orElseThrow())
                        .collect(Collectors.toList()),
                List.of("ubuntu-aws 22.04", "kubernetes 1.33.6", "cni-calico 3.31.2", "csi-aws-ebs 1.46.0"),
                "resolved versions");

        String yaml = ProfileDocuments.yaml().write(profile);
        check(yaml.contains("profilekit.io/v1") && yaml.contains("# PXK settings"), "ProfileKit YAML: " + yaml);
        equal(ProfileDocuments.yaml().read(yaml), profile, "ProfileKit YAML read back");

        String api = ProfileDocuments.paletteApiJson().write(locked);
        check(api.contains("\"1.33.6\""), "Palette API JSON pins 1.33.6: " + api);
        ClusterProfile fromApi = ProfileDocuments.paletteApiJson().read(api);
        equal(fromApi.tags(), profile.tags(), "Palette API JSON tags read back");
        equal(ProfileDocuments.paletteApiJson().write(fromApi), api, "Palette API JSON written again");

        String export = ProfileDocuments.paletteExportJson().write(profile);
        equal(ProfileDocuments.paletteExportJson().read(export), profile, "Palette export JSON read back");
    }

    void report() {
        ValidationReport report = ProfileValidator.of(PackRegistries.builtIn()).validate(broken());
        check(report.codes().containsAll(List.of("PROFILE_NAME_WHITESPACE", "TAG_VALUE_INVALID", "TAG_KEY_INVALID",
                "PACK_VERSION_NOT_FOUND")), "codes: " + report.codes());
        String text = report.toString();
        check(text.contains("'" + HOSTILE_NAME + "'") && text.contains("'" + HOSTILE_TAG_VALUE + "'"),
                "user text quoted literally: " + text);
    }

    void jakartaProfile() {
        InfrastructureProfile broken = broken();
        Map<String, String> messages = new TreeMap<>();
        ProfileKitValidation.validator().validate(broken)
                .forEach(v -> messages.put(v.getPropertyPath().toString(), v.getMessage()));

        ValidationReport fieldChecks = ProfileValidator.of(InMemoryPackRegistry.builder("empty").build()).validate(broken);
        Map<String, String> expected = new TreeMap<>();
        for (Violation v : fieldChecks.violations()) {
            if (!v.code().startsWith("PACK_")) {
                expected.put(v.path(), v.message() + " (hint: " + v.hint() + ")");
            }
        }
        equal(messages.keySet(), Set.of("name", "tags[1]", "tags[2]"), "violation paths");
        equal(messages, expected, "Jakarta messages are the validator's texts");
    }

    void jakartaRecord() {
        Validator validator = ProfileKitValidation.validator();
        List<ConstraintViolation<Request>> violations = new ArrayList<>(validator.validate(
                new Request(HOSTILE_NAME, List.of("env:prod", "team:" + HOSTILE_TAG_VALUE))));
        violations.sort((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()));

        equal(violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toList()),
                List.of("name", "tags[1].<list element>"), "violation paths");
        check(violations.get(0).getMessage().contains("'" + HOSTILE_NAME + "'"), "literal name: " + violations.get(0));
        check(violations.get(1).getMessage().contains("'" + HOSTILE_TAG_VALUE + "'"), "literal tag: " + violations.get(1));
    }
}
