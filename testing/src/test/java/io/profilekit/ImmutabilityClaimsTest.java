package io.profilekit;

import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackConstraints;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.Resolution;
import io.profilekit.resolve.ResolutionFailure;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.Fixtures;
import io.profilekit.testing.RegistryGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backs each immutability and thread-safety claim that core's Javadoc makes:
 * <ul>
 *   <li>"every type here is immutable and thread-safe" ({@code io.profilekit} package) —
 *       {@link InfrastructureProfile}, {@link Layer}, {@link PackRef}, {@link RegistryRef},
 *       {@link Manifest}, {@link Tag}, {@link Tags}, {@link ProfileVersion}, {@link PackVersion},
 *       {@link VersionSelector}, {@link CloudType} (and {@link ClusterProfile}'s implementations);</li>
 *   <li>{@link ResolvedProfile} (immutable, thread-safe), {@link ProfileResolver} (thread-safe),
 *       {@link ValidationReport} (immutable, thread-safe), {@link PackQuery} (immutable),
 *       {@link PackDescriptor} (immutable, thread-safe), {@link InMemoryPackRegistry} (immutable and
 *       thread-safe once built), {@link Fixtures#registry()} (immutable and shared), and the records
 *       they hand out.</li>
 * </ul>
 * Three kinds of proof: every field of these types is final (a lazily computed cache is volatile)
 * and of an immutable kind; no collection they return can be changed, and changing what was
 * passed in (or the builder) after construction changes nothing; and shared instances answer 8
 * threads as they answer one. {@code ConcurrentLookupTest} adds composed and generated registries
 * under 8 threads.
 */
class ImmutabilityClaimsTest {
    private static final List<Class<?>> IMMUTABLE = List.of(InfrastructureProfile.class, AddOnProfile.class,
            SystemProfile.class, ProfileVariable.class, VariableOption.class, ClusterStack.class,
            ClusterStack.Entry.class, Layer.class, PackRef.class,
            RegistryRef.class, Manifest.class, Tag.class, Tags.class, ProfileVersion.class, PackVersion.class,
            VersionSelector.class, CloudType.class, ResolvedProfile.class, ResolvedLayer.class, Resolution.class,
            ResolutionFailure.class, ProfileResolver.class, ValidationReport.class, Violation.class, PackQuery.class,
            PackDescriptor.class, PackDependency.class, PackPreset.class, PackConstraints.class,
            ResourceRequirement.class, ResourceComponent.class, InMemoryPackRegistry.class,
            io.profilekit.rules.SourceLocation.class);

    /**
     * Field types that are immutable (semver4j's Semver holds only final fields; a PackRegistry must be
     * thread-safe by its contract), or collections whose unmodifiability the tests below check.
     */
    private static final Set<Class<?>> IMMUTABLE_FIELD_TYPES = Set.of(String.class, Boolean.class, Optional.class,
            LocalDate.class,
            List.class, Set.class, Map.class, java.util.NavigableMap.class, org.semver4j.Semver.class,
            ClusterProfile.class, io.profilekit.registry.PackRegistry.class);

    /** Mutable-looking fields, each with the reason it is safe. */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "PackVersion.semver", "a cache computed on first use; volatile, and every thread computes the same value",
            "ProfileVersion.semver", "a cache computed on first use; volatile, and every thread computes the same value",
            "VersionSelector.range", "semver4j's RangeList, built once in the constructor, never exposed, only read");

    static Stream<Class<?>> immutableTypes() {
        return IMMUTABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("immutableTypes")
    void immutableTypesAreFinalAndHoldOnlyFinalFieldsOfImmutableKinds(Class<?> type) {
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
        List<Field> fields = new java.util.ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        for (Field f : fields) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            String name = f.getDeclaringClass().getSimpleName() + "." + f.getName();
            if (EXCEPTIONS.containsKey(name)) {
                if (!Modifier.isFinal(f.getModifiers())) {
                    assertThat(Modifier.isVolatile(f.getModifiers())).as("%s is volatile", name).isTrue();
                }
                continue;
            }
            assertThat(Modifier.isFinal(f.getModifiers())).as("%s is final", name).isTrue();
            Class<?> t = f.getType();
            boolean ok = t.isPrimitive() || t.isEnum() || IMMUTABLE.contains(t) || IMMUTABLE_FIELD_TYPES.contains(t);
            assertThat(ok).as("%s has an immutable kind (%s)", name, t.getName()).isTrue();
        }
    }

    /** One rich instance of each type, with every collection filled. */
    static Stream<Object> samples() {
        InMemoryPackRegistry registry = Fixtures.registry();
        InfrastructureProfile profile = rich();
        Resolution resolution = ProfileResolver.of(registry).attempt(profile);
        ResolvedProfile resolved = ProfileResolver.of(registry).resolve(Fixtures.profile());
        return Stream.of(profile, profile.layers().get(1), profile.layers().get(1).pack(),
                RegistryRef.of("5e2031962f090e2d3d8a3290", "Public Repo"), new Manifest("m", "kind: Namespace\n"),
                Tag.parse("env:prod"), profile.tags(), ProfileVersion.parse("1.2.3-rc.1"), PackVersion.parse("1.31.2-rev2"),
                VersionSelector.parse(">=1.29 <1.31"), VersionSelector.parse("LTS__1.30.x"), CloudType.of("nutanix"),
                resolved, resolved.layers().get(0), resolution, resolution.failures().get(0), ProfileResolver.of(registry),
                report(), Violation.of(ViolationCode.LAYER_ORDER, "layers[0]", "m", "h"),
                PackQuery.all().layer(LayerType.OS).cloud(CloudType.AWS).nameContains("ubuntu"), descriptor(),
                descriptor().constraints(), descriptor().constraints().dependencies().get(0), descriptor().presets().get(0),
                descriptor().constraints().resources().get(0), descriptor().constraints().resources().get(0).components().get(0),
                registry, new RegistryGenerator(7).registry());
    }

    private static InfrastructureProfile rich() {
        return Fixtures.profileBuilder()
                .network("cni-calico", "3.31.2", n -> n.preset("a").preset("b").manifest("m", "kind: X\n"))
                .storage("csi-aws-ebs", "9.9.9")
                .tag("team:core")
                .build();
    }

    private static ValidationReport report() {
        return new ValidationReport("profile 'p' 1.0.0", List.of(
                Violation.of(ViolationCode.LAYER_ORDER, "layers[0]", "m", "h"),
                Violation.of(ViolationCode.PACK_END_OF_LIFE, "layers[1]", "m", "h")));
    }

    private static PackDescriptor descriptor() {
        return PackDescriptor.builder("crossplane", "2.3.0", LayerType.ADDON).cloudTypes(CloudType.AWS, CloudType.GCP)
                .annotation("source", "community").valueSchema("charts.x", "{{ required }}")
                .preset(new PackPreset("p", "P", "g", "a: 1\n", List.of("x.y")))
                .constraints(new PackConstraints(List.of(PackDependency.of("kubernetes", LayerType.KUBERNETES,
                        DependencyType.OPTIONAL, PackVersion.parse("1.29"), null)),
                        List.of(new ResourceRequirement(ResourceType.CPU, 100,
                                List.of(new ResourceComponent("all", "charts.x.cpu", "charts.x.replicas"))))))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noReturnedCollectionCanBeChanged(Object sample) throws Exception {
        for (Method m : sample.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Class<?> r = m.getReturnType();
            if (!Collection.class.isAssignableFrom(r) && !Map.class.isAssignableFrom(r) && !Iterator.class.isAssignableFrom(r)) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(sample);
            } catch (InvocationTargetException e) {
                throw new AssertionError(m + " threw", e.getCause());
            }
            unmodifiable(value, sample.getClass().getSimpleName() + "." + m.getName() + "()");
        }
        if (sample instanceof Iterable) {
            Iterator<?> it = ((Iterable<?>) sample).iterator();
            if (it.hasNext()) {
                it.next();
                assertThatThrownBy(it::remove).as("%s.iterator().remove()", sample.getClass().getSimpleName())
                        .isInstanceOf(UnsupportedOperationException.class);
            }
        }
    }

    private static void unmodifiable(Object value, String where) {
        if (value instanceof Collection) {
            Collection<?> c = (Collection<?>) value;
            assertThatThrownBy(c::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
            Iterator<?> it = c.iterator();
            if (it.hasNext()) {
                it.next();
                assertThatThrownBy(it::remove).as(where + ".iterator().remove()")
                        .isInstanceOf(UnsupportedOperationException.class);
            }
        } else if (value instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) value;
            assertThatThrownBy(m::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
            for (Object entry : m.entrySet()) {
                assertThatThrownBy(() -> ((Map.Entry<?, ?>) entry).setValue(null)).as(where + " entry")
                        .isInstanceOf(UnsupportedOperationException.class);
            }
            unmodifiable(m.keySet(), where + ".keySet()");
            unmodifiable(m.values(), where + ".values()");
        }
    }

    @Test
    void changingWhatABuilderWasGivenOrTheBuilderItselfDoesNotChangeWhatItBuilt() {
        List<Layer> layers = new ArrayList<>(Fixtures.profile().layers());
        InfrastructureProfile.Builder b = Fixtures.profileBuilder().layers(layers);
        InfrastructureProfile profile = b.build();
        InfrastructureProfile copy = Fixtures.profileBuilder().layers(new ArrayList<>(layers)).build();

        layers.clear();
        b.name("changed").tag("added:1").layer(Layer.builder(LayerType.ADDON, "crossplane", "2.3.0").build());
        profile.toBuilder().name("other").description("x").tags(Tags.empty());

        assertThat(profile).isEqualTo(copy);
        assertThat(profile.layers()).hasSize(4);
        assertThat(profile.name()).isEqualTo("aws-prod-base");

        List<String> presets = new ArrayList<>(List.of("a", "b"));
        List<Manifest> manifests = new ArrayList<>(List.of(new Manifest("m", "x")));
        Layer.Builder lb = Layer.builder(LayerType.NETWORK, "cni-calico", "3.31.2").presets(presets).manifests(manifests);
        Layer layer = lb.build();
        presets.add("c");
        manifests.clear();
        lb.preset("d").values("changed: true\n");
        assertThat(layer.presets()).containsExactly("a", "b");
        assertThat(layer.manifests()).containsExactly(new Manifest("m", "x"));
        assertThat(layer.values()).isEmpty();

        List<Tag> tagList = new ArrayList<>(List.of(Tag.parse("a:1")));
        Tags tags = Tags.copyOf(tagList);
        tagList.add(Tag.parse("b:2"));
        assertThat(tags.asList()).containsExactly(Tag.parse("a:1"));
    }

    @Test
    void changingWhatValueTypesWereGivenDoesNotChangeThem() {
        List<CloudType> clouds = new ArrayList<>(List.of(CloudType.AWS));
        PackDescriptor.Builder db = PackDescriptor.builder("x", "1.0.0", LayerType.OS).cloudTypes(clouds);
        PackDescriptor d = db.build();
        clouds.add(CloudType.GCP);
        db.annotation("k", "v").cloudTypes(CloudType.AZURE).preset(new PackPreset("p", "P", "g", "", List.of()));
        assertThat(d.cloudTypes()).containsExactly(CloudType.AWS);
        assertThat(d.annotations()).isEmpty();
        assertThat(d.presets()).isEmpty();

        List<String> remove = new ArrayList<>(List.of("a.b"));
        PackPreset preset = new PackPreset("p", "P", "g", "", remove);
        remove.clear();
        assertThat(preset.remove()).containsExactly("a.b");

        List<PackDependency> deps = new ArrayList<>(List.of(PackDependency.of("k", LayerType.KUBERNETES,
                DependencyType.REQUIRED, null, null)));
        List<ResourceComponent> components = new ArrayList<>(List.of(new ResourceComponent("all", "a", "b")));
        ResourceRequirement requirement = new ResourceRequirement(ResourceType.MEMORY, 256, components);
        List<ResourceRequirement> resources = new ArrayList<>(List.of(requirement));
        PackConstraints constraints = new PackConstraints(deps, resources);
        deps.clear();
        resources.clear();
        components.clear();
        assertThat(constraints.dependencies()).hasSize(1);
        assertThat(constraints.resources()).containsExactly(requirement);
        assertThat(requirement.components()).hasSize(1);

        List<Violation> violations = new ArrayList<>(report().violations());
        ValidationReport report = new ValidationReport("s", violations);
        violations.clear();
        assertThat(report.violations()).hasSize(2);

        InfrastructureProfile profile = rich();
        Resolution attempt = ProfileResolver.of(Fixtures.registry()).attempt(profile);
        List<ResolvedLayer> resolved = new ArrayList<>(attempt.resolved());
        List<ResolutionFailure> failures = new ArrayList<>(attempt.failures());
        Resolution resolution = new Resolution(profile, resolved, failures);
        resolved.clear();
        failures.clear();
        assertThat(resolution).isEqualTo(attempt);
        List<String> suggestions = new ArrayList<>(List.of("1.46.0"));
        ResolutionFailure failure = new ResolutionFailure(3, LayerType.STORAGE, "csi-aws-ebs", "9.9.9",
                ResolutionFailure.Reason.NO_MATCHING_VERSION, "m", suggestions);
        suggestions.clear();
        assertThat(failure.suggestions()).containsExactly("1.46.0");

        List<ResolvedLayer> pinned = new ArrayList<>(ProfileResolver.of(Fixtures.registry()).attempt(Fixtures.profile())
                .resolved());
        ResolvedProfile locked = new ResolvedProfile(Fixtures.profile(), pinned);
        ResolvedProfile same = new ResolvedProfile(Fixtures.profile(), new ArrayList<>(pinned));
        pinned.clear();
        assertThat(locked).isEqualTo(same);
        assertThat(locked.layers()).hasSize(4);

        PackQuery all = PackQuery.all();
        PackQuery narrowed = all.layer(LayerType.OS).cloud(CloudType.AWS).nameContains("x");
        assertThat(all).isEqualTo(PackQuery.all());
        assertThat(all.layer()).isEmpty();
        assertThat(narrowed).isNotEqualTo(all);
    }

    @Test
    void addingToARegistryBuilderAfterBuildDoesNotChangeTheRegistry() {
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("r")
                .add(PackDescriptor.builder("p", "1.0.0", LayerType.OS).build());
        InMemoryPackRegistry registry = b.build();
        b.add(PackDescriptor.builder("p", "2.0.0", LayerType.OS).build())
                .add(PackDescriptor.builder("q", "1.0.0", LayerType.OS).build());

        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.packNames()).containsExactly("p");
        assertThat(registry.newest("p", VersionSelector.parse("2.x"))).isEmpty();
        assertThat(Fixtures.registry()).isSameAs(Fixtures.registry());
    }

    /** Runs the task on 8 threads at once, each over every input, and returns each thread's answers. */
    private static <T, R> List<List<R>> onEightThreads(List<T> inputs, java.util.function.Function<T, R> task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<R>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 17;
                Callable<List<R>> c = () -> {
                    start.await();
                    List<R> out = new ArrayList<>(inputs.size());
                    for (int i = 0; i < inputs.size(); i++) {
                        out.add(null);
                    }
                    for (int k = 0; k < inputs.size(); k++) {
                        int i = (k + offset) % inputs.size();
                        out.set(i, task.apply(inputs.get(i)));
                    }
                    return out;
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<List<R>> all = new ArrayList<>();
            for (Future<List<R>> f : futures) {
                all.add(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneResolverSharedByEightThreadsResolvesAsOneThreadDoes() throws Exception {
        RegistryGenerator gen = new RegistryGenerator(11);
        InMemoryPackRegistry registry = gen.registry();
        List<InfrastructureProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            profiles.add(gen.profileFor(registry));
        }
        List<Resolution> expected = new ArrayList<>();
        for (InfrastructureProfile p : profiles) {
            expected.add(ProfileResolver.of(registry).attempt(p));
        }
        ProfileResolver shared = ProfileResolver.of(registry);

        for (List<Resolution> answers : onEightThreads(profiles, shared::attempt)) {
            assertThat(answers).isEqualTo(expected);
        }
    }

    @Test
    void versionsSharedByEightThreadsMatchRangesAsInOneThread() throws Exception {
        // Fresh versions: the SemVer form each caches on first use is computed under contention.
        RegistryGenerator gen = new RegistryGenerator(5);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(gen.profiles().packVersionText());
        }
        List<VersionSelector> ranges = List.of(VersionSelector.parse(">=1.2 <3"), VersionSelector.parse("^1.0.0"),
                VersionSelector.parse("~2.3.1 || >=7"), VersionSelector.parse("1.x"));
        java.util.function.Function<PackVersion, String> answer = v -> {
            StringBuilder sb = new StringBuilder();
            for (VersionSelector s : ranges) {
                sb.append(s.matches(v) ? '1' : '0');
            }
            return sb.append(v.hashCode()).toString();
        };
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(answer.apply(PackVersion.parse(t)));
        }
        List<PackVersion> shared = new ArrayList<>();
        for (String t : texts) {
            shared.add(PackVersion.parse(t));
        }

        for (List<String> answers : onEightThreads(shared, answer)) {
            assertThat(answers).isEqualTo(expected);
        }
    }

    @Test
    void profilesSharedByEightThreadsLookTheSameToEach() throws Exception {
        List<InfrastructureProfile> profiles = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            profiles.add(new io.profilekit.testing.ProfileGenerator(seed).profile());
        }
        java.util.function.Function<InfrastructureProfile, String> look = p -> p.hashCode() + " " + p
                + p.equals(p.toBuilder().build()) + p.layers().stream().map(l -> l.pack().version().kind().name())
                .reduce("", String::concat);
        List<String> expected = new ArrayList<>();
        for (InfrastructureProfile p : profiles) {
            expected.add(look.apply(p));
        }

        for (List<String> answers : onEightThreads(profiles, look)) {
            assertThat(answers).isEqualTo(expected);
        }
    }
}
