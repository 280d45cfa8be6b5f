package io.profilekit;

import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of profile: what each allows, its builder, and what all kinds share. */
class ProfileKindsTest {
    private static final String RBAC = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n";

    static InfrastructureProfile base() {
        return InfrastructureProfile.builder().name("aws-prod-base").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.x")
                .network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0").build();
    }

    static AddOnProfile observability() {
        return AddOnProfile.builder().name("observability").cloud(CloudType.ALL)
                .addOn("prometheus-operator", "65.x", a -> a.values("pack:\n  namespace: monitoring\n"))
                .helm("loki", "6.x", h -> h.registry("Grafana"))
                .oci("hello-universe", "1.3.0", o -> o.uid("64b6c2a1e3f0a9d8c7b6a5f4"))
                .manifest("rbac", m -> m.manifest("read-only", RBAC))
                .build();
    }

    @Nested
    class Kinds {
        @Test
        void eachKindStatesItsDocumentNameTypesLayersAndClouds() {
            assertThat(ProfileKind.INFRASTRUCTURE.documentKind()).isEqualTo("InfrastructureProfile");
            assertThat(ProfileKind.INFRASTRUCTURE.types()).containsExactly(ProfileType.INFRA, ProfileType.CLUSTER);
            assertThat(ProfileKind.INFRASTRUCTURE.requiredLayers()).containsExactly(LayerType.OS, LayerType.KUBERNETES,
                    LayerType.NETWORK, LayerType.STORAGE);
            assertThat(ProfileKind.INFRASTRUCTURE.allowedLayers()).contains(LayerType.ADDON, LayerType.OS);
            assertThat(ProfileKind.INFRASTRUCTURE.allowsCloudAll()).isFalse();
            for (ProfileKind k : List.of(ProfileKind.ADD_ON, ProfileKind.SYSTEM)) {
                assertThat(k.requiredLayers()).as(k.name()).isEmpty();
                assertThat(k.allowedLayers()).as(k.name()).containsExactly(LayerType.ADDON);
                assertThat(k.allowsCloudAll()).as(k.name()).isTrue();
            }
            assertThat(ProfileKind.ADD_ON.types()).containsExactly(ProfileType.ADD_ON);
            assertThat(ProfileKind.SYSTEM.types()).containsExactly(ProfileType.SYSTEM);
        }

        @Test
        void everyTypeBelongsToExactlyOneKindAndEveryDocumentNameNamesOne() {
            for (ProfileType t : ProfileType.values()) {
                assertThat(ProfileKind.of(t).types()).contains(t);
            }
            for (ProfileKind k : ProfileKind.values()) {
                assertThat(ProfileKind.fromDocumentKind(k.documentKind())).contains(k);
                assertThat(k.builder().name("p").buildLenient().kind()).isEqualTo(k);
            }
            assertThat(ProfileKind.fromDocumentKind("addonprofile")).isEmpty();
        }

        @Test
        void anInfrastructureProfileWithAddOnsIsFullUnlessATypeIsSet() {
            InfrastructureProfile full = base().toBuilder().addOn("prometheus-operator", "65.x").build();
            InfrastructureProfile declared = base().toBuilder().type(ProfileType.INFRA).addOn("x", "1.0.0").build();

            assertThat(base().type()).isEqualTo(ProfileType.INFRA);
            assertThat(full.type()).isEqualTo(ProfileType.CLUSTER);
            assertThat(full.addOns()).extracting(l -> l.pack().name()).containsExactly("prometheus-operator");
            assertThat(declared.type()).isEqualTo(ProfileType.INFRA);
            assertThat(full.toBuilder().layers(base().layers()).build().type()).isEqualTo(ProfileType.INFRA);
        }
    }

    @Nested
    class Builders {
        @Test
        void addOnBuildersMakeEachPackTypeInTheOrderAdded() {
            AddOnProfile p = observability();

            assertThat(p.kind()).isEqualTo(ProfileKind.ADD_ON);
            assertThat(p.type()).isEqualTo(ProfileType.ADD_ON);
            assertThat(p.layers()).extracting(Layer::type).containsOnly(LayerType.ADDON);
            assertThat(p.layers()).extracting(l -> l.pack().type())
                    .containsExactly(PackType.SPECTRO, PackType.HELM, PackType.OCI, PackType.MANIFEST);
            assertThat(p.layers().get(1).pack().registry()).contains(RegistryRef.byName("Grafana"));
            assertThat(p.layers().get(2).pack().uid()).contains("64b6c2a1e3f0a9d8c7b6a5f4");
            Layer rbac = p.layers().get(3);
            assertThat(rbac.pack().version().toString()).isEmpty();
            assertThat(rbac.manifests()).containsExactly(new Manifest("read-only", RBAC));
        }

        @Test
        void addOnAndSystemProfilesNeedOnlyAName() {
            assertThat(AddOnProfile.builder().name("a").build().layers()).isEmpty();
            assertThat(SystemProfile.builder().name("s").manifest("cfg", m -> m.manifest("c", "a: 1\n")).build().type())
                    .isEqualTo(ProfileType.SYSTEM);
            assertThatThrownBy(() -> AddOnProfile.builder().build()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot build AddOnProfile, missing: name (name(...))");
            assertThatThrownBy(() -> SystemProfile.builder().name(" ").build())
                    .hasMessage("Cannot build SystemProfile, missing: name (it is blank)");
            assertThat(AddOnProfile.builder().buildLenient().name()).isEmpty();
        }

        @Test
        void nothingIsCastToChangeAProfileOfAnyKind() {
            for (ClusterProfile p : List.of(base(), observability(), SystemProfile.builder().name("s").build())) {
                ClusterProfile next = p.toBuilder().version("2.0.0").tag("env:prod")
                        .variable("region", v -> v.defaultValue("eu-west-1")).build();

                assertThat(next.kind()).isEqualTo(p.kind());
                assertThat(next.getClass()).isEqualTo(p.getClass());
                assertThat(next.version().text()).isEqualTo("2.0.0");
                assertThat(next.variable("region")).map(v -> v.defaultValue().orElseThrow()).contains("eu-west-1");
                assertThat(next.layers()).isEqualTo(p.layers());
                assertThat(p.toBuilder().build()).isEqualTo(p);
            }
        }

        @Test
        void setterArgumentsAreCheckedForNullNamingTheField() {
            ClusterProfile.Builder b = AddOnProfile.builder();

            assertThatThrownBy(() -> b.uid(null)).hasMessage("uid must not be null");
            assertThatThrownBy(() -> b.addOn(null, "1.0.0")).hasMessage("layers[0].pack.name must not be null");
            assertThatThrownBy(() -> b.helm("a", null, h -> { })).hasMessage("layers[0].pack.version must not be null");
            assertThatThrownBy(() -> b.manifest("a", null)).hasMessage("layers[0].customizer must not be null");
            assertThatThrownBy(() -> b.variable(null)).hasMessage("variables[0] must not be null");
            assertThatThrownBy(() -> b.variable("v", null)).hasMessage("variables[0].customizer must not be null");
        }

        @Test
        void aCloudLeftOutIsAllButNotGiven() {
            AddOnProfile none = AddOnProfile.builder().name("a").build();
            AddOnProfile all = none.toBuilder().cloud(CloudType.ALL).build();

            assertThat(none.cloud()).isEqualTo(CloudType.ALL);
            assertThat(none.cloudGiven()).isFalse();
            assertThat(all.cloudGiven()).isTrue();
            assertThat(all).isNotEqualTo(none);
            assertThat(none.toString()).contains("cloud all (not given)");
            assertThat(all.toBuilder().build().cloudGiven()).isTrue();
        }

        @Test
        void profilesOfDifferentKindsAreNeverEqual() {
            AddOnProfile addOn = AddOnProfile.builder().name("p").build();
            SystemProfile system = SystemProfile.builder().name("p").type(ProfileType.ADD_ON).build();

            assertThat(addOn).isNotEqualTo(system);
            assertThat(addOn.toString()).startsWith("AddOnProfile p 1.0.0 (add-on, cloud all");
        }
    }

    @Nested
    class InstallOrder {
        private Layer addOn(String name, String priority) {
            return Layer.builder(LayerType.ADDON, name, "1.0.0").values(priority == null ? "pack:\n  namespace: x\n"
                    : "# comment\npack:\n  namespace: x\n  " + Layer.INSTALL_PRIORITY + ": \"" + priority + "\"\n")
                    .build();
        }

        @Test
        void coreLayersComeFirstThenAddOnsByPriorityEqualOnesTogether() {
            InfrastructureProfile p = base().toBuilder().layer(addOn("a", "10")).layer(addOn("b", null))
                    .layer(addOn("c", "-5")).layer(addOn("d", "0")).layer(addOn("e", "10")).build();

            List<List<String>> order = p.installOrder().stream()
                    .map(g -> g.stream().map(l -> l.pack().name()).toList()).toList();

            assertThat(order).containsExactly(List.of("ubuntu-aws"), List.of("kubernetes"), List.of("cni-calico"),
                    List.of("csi-aws-ebs"), List.of("c"), List.of("b", "d"), List.of("a", "e"));
        }

        @Test
        void aPriorityThatIsNotAnIntegerCountsAsNone() {
            assertThat(addOn("x", "soon").installPriority()).isEmpty();
            assertThat(addOn("x", " 7 ").installPriority()).hasValue(7);
            assertThat(addOn("x", null).installPriority()).isEmpty();
        }

        @Test
        void aStackInstallsTheBaseCoreLayersThenEveryAddOnByPriority() {
            AddOnProfile first = AddOnProfile.builder().name("first").layer(addOn("late", "5")).build();
            AddOnProfile second = AddOnProfile.builder().name("second").layer(addOn("early", "-1"))
                    .layer(addOn("late-too", "5")).build();
            ClusterStack stack = ClusterStack.of(base(), first, second);

            List<List<String>> order = stack.installOrder().stream()
                    .map(g -> g.stream().map(e -> e.profileIndex() + ":" + e.layer().pack().name()).toList()).toList();

            assertThat(order).containsExactly(List.of("0:ubuntu-aws"), List.of("0:kubernetes"), List.of("0:cni-calico"),
                    List.of("0:csi-aws-ebs"), List.of("2:early"), List.of("1:late", "2:late-too"));
        }
    }

    @Nested
    class Stacks {
        @Test
        void aStackIsOneBaseAndAddOnProfiles() {
            ClusterStack stack = ClusterStack.of(base(), observability());

            assertThat(stack.base()).isEqualTo(base());
            assertThat(stack.addOns()).containsExactly(observability());
            assertThat(stack.profiles()).hasSize(2);
            assertThat(stack.label(1)).isEqualTo("[observability]");
            assertThat(stack).isEqualTo(ClusterStack.of(base(), List.of(observability()))).hasToString(
                    "ClusterStack[aws-prod-base 1.0.0 + observability 1.0.0]");
        }

        @Test
        void labelsTellProfilesOfOneNameApart() {
            AddOnProfile a = AddOnProfile.builder().name("logging").build();
            ClusterStack stack = ClusterStack.of(base(), a, a.toBuilder().version("2.0.0").build());

            assertThat(stack.label(1)).isEqualTo("[logging#2]");
            assertThat(stack.label(2)).isEqualTo("[logging#3]");
        }

        @Test
        void theBaseMustBeAnInfrastructureProfileAndOnlyTheBase() {
            assertThatThrownBy(() -> ClusterStack.of(observability()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the base of a cluster is an infrastructure or Full profile; 'observability' is an"
                            + " add-on profile");
            assertThatThrownBy(() -> ClusterStack.of(base(), observability(), base()))
                    .hasMessageStartingWith("addOns[1]: a cluster takes exactly one infrastructure or Full profile");
            assertThatThrownBy(() -> ClusterStack.of(base(), (ClusterProfile) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("addOns[0] must not be null");
        }
    }

    @Nested
    class Variables {
        @Test
        void aVariableHoldsEveryFieldOfPalettesVariable() {
            ProfileVariable v = ProfileVariable.builder("app_replicas").displayName("Replicas").description("How many")
                    .format(VariableFormat.NUMBER).inputType(VariableInputType.DROPDOWN).defaultValue("1")
                    .regex("^[0-9]+$").required(true).hidden(true).immutable(true).sensitive(true)
                    .option("one", "1").option(new VariableOption("three", "3", "more", true)).build();

            assertThat(v.name()).isEqualTo("app_replicas");
            assertThat(v.displayName()).isEqualTo("Replicas");
            assertThat(v.description()).isEqualTo("How many");
            assertThat(v.format()).isEqualTo(VariableFormat.NUMBER);
            assertThat(v.inputType()).isEqualTo(VariableInputType.DROPDOWN);
            assertThat(v.defaultValue()).contains("1");
            assertThat(v.regex()).contains("^[0-9]+$");
            assertThat(List.of(v.required(), v.hidden(), v.immutable(), v.sensitive())).containsOnly(true);
            assertThat(v.options()).extracting(VariableOption::value).containsExactly("1", "3");
            assertThat(v.toBuilder().build()).isEqualTo(v).hasSameHashCodeAs(v);
            assertThat(v.toString()).isEqualTo("app_replicas (number, default ***, required, hidden)");
        }

        @Test
        void aPlainVariableIsTextWithNothingSet() {
            ProfileVariable v = ProfileVariable.builder("x").build();

            assertThat(v.format()).isEqualTo(VariableFormat.STRING);
            assertThat(v.inputType()).isEqualTo(VariableInputType.TEXT);
            assertThat(v.defaultValue()).isEmpty();
            assertThat(v.options()).isEmpty();
            assertThat(v).hasToString("x (string)");
        }

        @Test
        void formatsAndInputTypesHavePalettesWireNames() {
            assertThat(VariableFormat.values()).extracting(VariableFormat::wireName).containsExactly("string", "number",
                    "boolean", "ipv4", "ipv4cidr", "ipv6", "version", "base64");
            assertThat(VariableInputType.values()).extracting(Object::toString)
                    .containsExactly("text", "dropdown", "multiline");
            assertThat(VariableFormat.fromWireName("IPv4CIDR")).contains(VariableFormat.IPV4CIDR);
            assertThat(VariableInputType.fromWireName("slider")).isEmpty();
        }
    }

    @Nested
    class Identity {
        @Test
        void uidsAndRegistryMetadataAreKeptAndTakePartInEquality() {
            RegistryRef community = RegistryRef.byName("Palette Community Registry").withKind("oci")
                    .withProviderType("pack").withPrivate(true);
            PackRef pack = PackRef.of("hello-universe", "1.3.x").withRegistry(community).withUid("u1")
                    .withResolvedVersion("1.3.1");

            assertThat(community.kind()).contains("oci");
            assertThat(community.providerType()).contains("pack");
            assertThat(community.isPrivate()).contains(true);
            assertThat(community).isNotEqualTo(RegistryRef.byName("Palette Community Registry"));
            assertThat(community.withUid("5e20").uid()).contains("5e20");
            assertThat(community.withUid("5e20").kind()).contains("oci");
            assertThat(pack.uid()).contains("u1");
            assertThat(pack.resolvedVersion()).contains("1.3.1");
            assertThat(pack.withVersion(VersionSelector.parse("1.4.0")).uid()).contains("u1");
            assertThat(pack.withoutUid().uid()).isEmpty();
            assertThat(pack).isNotEqualTo(pack.withoutUid());
            assertThat(AddOnProfile.builder().name("a").uid("p1").build().uid()).contains("p1");
        }

        @Test
        void presetGroupsAreKeptAsRead() {
            Layer l = Layer.builder(LayerType.ADDON, "a", "1.0.0").preset("audit", "Audit").preset("plain").build();

            assertThat(l.presets()).containsExactly("audit", "plain");
            assertThat(l.presetGroup("audit")).contains("Audit");
            assertThat(l.presetGroup("plain")).isEmpty();
            assertThat(l.toBuilder().build()).isEqualTo(l);
            assertThat(l.toBuilder().presets(List.of("plain")).build().presetGroup("audit")).isEmpty();
            assertThat(l).isNotEqualTo(Layer.builder(LayerType.ADDON, "a", "1.0.0").preset("audit").preset("plain")
                    .build());
        }

        @Test
        void aLayerOfNoGivenTypeIsNoCoreLayer() {
            Layer unknown = Layer.of(LayerType.UNSPECIFIED, PackRef.of("cni-calico", "3.31.2"));
            InfrastructureProfile p = base().toBuilder().layer(unknown).buildLenient();

            assertThat(p.addOns()).containsExactly(unknown);
            assertThat(p.installOrder().get(p.installOrder().size() - 1)).containsExactly(unknown);
        }
    }

    static java.util.stream.Stream<Long> thousandSeeds() {
        return LongStream.range(0, 1_000).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("thousandSeeds")
    void everyGeneratedProfileOfAnyKindSurvivesToBuilderAndEquality(long seed) {
        ClusterProfile p = new ProfileGenerator(seed).anyProfile();
        ClusterProfile again = new ProfileGenerator(seed).anyProfile();

        assertThat(again).as("seed %d", seed).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.toBuilder().build()).as("seed %d", seed).isEqualTo(p);
        assertThat(p.kind().types()).as("seed %d", seed).contains(p.type());
        assertThat(p.layers()).as("seed %d", seed).allMatch(l -> p.kind().allowedLayers().contains(l.type()));
        assertThat(p.installOrder().stream().mapToInt(List::size).sum()).as("seed %d", seed)
                .isEqualTo(p.layers().size());
    }
}
