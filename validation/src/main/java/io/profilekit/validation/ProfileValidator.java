package io.profilekit.validation;

import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.Resolution;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import io.profilekit.validation.internal.DefaultRuleContext;
import io.profilekit.validation.internal.DependencyRule;
import io.profilekit.validation.internal.LayerStructureRule;
import io.profilekit.validation.internal.MacroRule;
import io.profilekit.validation.internal.ManifestRule;
import io.profilekit.validation.internal.PackSettingsRule;
import io.profilekit.validation.internal.StackChecks;
import io.profilekit.validation.internal.StackView;
import io.profilekit.validation.internal.VariableRule;
import io.profilekit.validation.internal.PackRule;
import io.profilekit.validation.internal.PresetRule;
import io.profilekit.validation.internal.ValueSchemaRule;
import io.profilekit.validation.internal.ResourceRule;
import io.profilekit.validation.internal.ProfileFieldsRule;
import io.profilekit.validation.internal.TagRule;
import io.profilekit.validation.internal.ValuesYamlRule;
import io.profilekit.validation.internal.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Checks cluster profiles against a pack registry and reports <em>every</em> problem at once: each
 * as a {@link Violation} with a property path, a {@link ViolationCode}, a severity, a message that
 * names the offending value, and a hint of what would be valid.
 *
 * <pre>{@code
 * ProfileValidator validator = ProfileValidator.of(PackRegistries.builtIn());
 * ValidationReport report = validator.validate(profile);
 * report.violations().forEach(System.out::println);
 * // ERROR layers[1].pack.version PACK_VERSION_NOT_FOUND: no version of 'kubernetes' matches '1.40.x' (hint: nearest versions: 1.34.0-rc.1, 1.33.6)
 * report.throwIfInvalid();
 * }</pre>
 *
 * <h2>Rules</h2>
 * The built-in rules, by id (each code they report is described in {@link ViolationCode}):
 * <ul>
 *   <li>{@code profilekit.profile} — name blank or padded with whitespace, version not strict SemVer,
 *       cloud {@code all} on a profile whose kind does not allow it, a type that does not fit the
 *       kind (an infrastructure profile is of type {@code infra}, or {@code cluster} — Palette's
 *       "Full" profile — when it also holds add-on layers);</li>
 *   <li>{@code profilekit.layers} — the layers the profile's {@link io.profilekit.ProfileKind}
 *       requires and allows: a core layer missing or doubled in an infrastructure profile, a core
 *       layer in an add-on or system profile, an add-on layer in a profile of type {@code infra}, a
 *       layer without a type whose pack no registry knows, and layers out of the order
 *       os → k8s → cni → csi → addon (a warning: Palette installs by layer whatever the order;
 *       reported with the order to use, never reordered);</li>
 *   <li>{@code profilekit.packs} — each pack against the registry: blank name, invalid selector,
 *       unknown registry, unknown pack (closest names), no matching version (nearest versions),
 *       pack made for another layer, cloud not supported (supported clouds), past end of life
 *       (a warning, compared with the {@linkplain Builder#clock(Clock) clock}'s date);</li>
 *   <li>{@code profilekit.dependencies} — pack constraints on the resolved versions of the whole
 *       profile: {@code required}, {@code optional} and {@code notSupported} dependencies
 *       ({@code upgrade} is not checked: Palette does not document what it demands);</li>
 *   <li>{@code profilekit.presets} — unknown preset, two presets of one group;</li>
 *   <li>{@code profilekit.value-schema} — values against the pack's {@code schema.yaml}: required,
 *       format, read-only;</li>
 *   <li>{@code profilekit.resources} — a request or replica-count parameter that a pack's
 *       {@code constraints.resources} read and the layer's values (with its presets) lack;</li>
 *   <li>{@code profilekit.manifests} — a manifest pack without manifests, two manifests of one name;</li>
 *   <li>{@code profilekit.tags} — empty or duplicate keys and the cloud's tag rules, as the
 *       {@link TagPolicy} says;</li>
 *   <li>{@code profilekit.values-yaml} — values that are not well-formed YAML;</li>
 *   <li>{@code profilekit.pack-settings} — an install priority that is not an integer, the same
 *       pack twice without distinct display names;</li>
 *   <li>{@code profilekit.variables} — variable names or display names used twice, a required or
 *       immutable variable without a default, a dropdown default that is no option, a default that
 *       breaks its format or regex, a regex that does not compile;</li>
 *   <li>{@code profilekit.macros} — {@code {{.spectro.var.X}}} with no variable X, a variable no
 *       values use (a warning), an undocumented {@code {{.spectro.system.X}}} (a warning),
 *       {@code {{.spectro.pack.P.…}}} with no pack P.</li>
 * </ul>
 * A problem hides the checks that depend on it, so one mistake gives one violation: a missing
 * pack is not also reported as being in the wrong layer, a pack in the wrong layer is not checked
 * for its cloud, presets or constraints. The profile's layers are resolved in the registry once per
 * validation, and every rule sees that one {@link Resolution}.
 *
 * <p>{@link #validate(ClusterStack)} validates a cluster stack as one (see there).
 *
 * <h2>Your own rules</h2>
 * Add {@link ProfileRule}s with {@link Builder#rule(ProfileRule)}, or register them in
 * {@code META-INF/services/io.profilekit.rules.ProfileRule} (or with {@code provides} in a module
 * descriptor) to have them discovered when the validator is built; {@link Builder#discoverRules(boolean)}
 * switches discovery off. Rule ids must be unique; ids starting with {@code profilekit.} are
 * reserved. A discovered rule whose id is already taken (for example, one you also added by hand)
 * is skipped.
 *
 * <h2>Guarantees</h2>
 * Immutable, thread-safe and reusable: one validator may serve any number of threads. {@link
 * #validate} never throws on a built profile, whatever text it holds: a rule that throws (or
 * returns null) gives a {@link ViolationCode#RULE_FAILED} violation naming the rule, and the other
 * rules still run. The report is a function of the profile, the registry, the rules and the date:
 * validating the same profile twice gives equal reports. Messages quote user text literally
 * (control characters escaped, very long text shortened) and never evaluate it.
 */
public final class ProfileValidator {
    private static final String RESOLUTION_ID = "profilekit.resolution";
    private static final String RESERVED_PREFIX = "profilekit.";

    private final PackRegistry registry;
    private final ProfileResolver resolver;
    private final List<ProfileRule> rules;
    private final TagPolicy tagPolicy;
    private final Map<String, Severity> severities;
    private final Clock clock;

    private ProfileValidator(Builder b, List<ProfileRule> rules) {
        this.registry = b.registry;
        this.resolver = ProfileResolver.of(b.registry);
        this.rules = List.copyOf(rules);
        this.tagPolicy = b.tagPolicy;
        this.severities = Map.copyOf(b.severities);
        this.clock = b.clock;
    }

    /**
     * A validator with the default settings: the built-in rules plus any discovered ones, the
     * default {@link TagPolicy#cloudDefault() tag policy}, default severities, the system clock.
     *
     * @param registry the registry profiles are checked against, e.g. {@code PackRegistries.builtIn()}
     * @return the validator
     * @throws NullPointerException if {@code registry} is null
     * @throws IllegalStateException if a discovered rule cannot be loaded
     */
    public static ProfileValidator of(PackRegistry registry) {
        return builder().registry(registry).build();
    }

    /**
     * A builder for a configured validator.
     *
     * <pre>{@code
     * ProfileValidator validator = ProfileValidator.builder()
     *     .registry(PackRegistries.builtIn())
     *     .rule(new OwnerTagRule())
     *     .tagPolicy(TagPolicy.cloudDefault().withKubernetesLabels(true))
     *     .severity(ViolationCode.PACK_END_OF_LIFE, Severity.ERROR)
     *     .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a profile.
     *
     * @param profile the profile
     * @return every problem found, in the report's stable order
     * @throws NullPointerException if {@code profile} is null
     */
    public ValidationReport validate(ClusterProfile profile) {
        Objects.requireNonNull(profile, "profile");
        List<Violation> found = new ArrayList<>();
        LocalDate today = today(found);
        Resolution resolution = resolve(profile, found);
        DefaultRuleContext context = new DefaultRuleContext(profile, registry, resolution, today);
        for (ProfileRule rule : rules) {
            found.addAll(run(rule, context));
        }
        return new ValidationReport(subject(profile), withOverrides(found));
    }

    /**
     * Validates a cluster stack as one: what a cluster is built from. Each profile gets its own
     * checks, with the paths of its violations starting with its {@linkplain ClusterStack#label(int)
     * label} ({@code [observability].layers[1].values}); and across the stack:
     * <ul>
     *   <li>an add-on profile's cloud is {@code all} or the base's cloud ({@code STACK_CLOUD_MISMATCH});</li>
     *   <li>the same pack twice across the stack needs distinct display names ({@code PACK_DUPLICATE});</li>
     *   <li>a variable name is declared by one profile only ({@code VARIABLE_NAME_DUPLICATE});</li>
     *   <li>pack constraints are checked across profiles: an add-on pack that requires
     *       {@code kubernetes >= 1.30} is checked against the base's Kubernetes ({@code DEPENDENCY_*});</li>
     *   <li>{@code {{.spectro.pack.P.…}}} may refer to a pack of any profile of the stack.</li>
     * </ul>
     * That a stack has exactly one infrastructure or Full base, and add-on or system profiles
     * beside it, {@link ClusterStack#of(ClusterProfile, ClusterProfile...)} already holds.
     *
     * <pre>{@code
     * ValidationReport report = validator.validate(ClusterStack.of(base, observability));
     * // ERROR [observability].layers[0].pack.version DEPENDENCY_VERSION_OUT_OF_RANGE: crossplane 2.3.0
     * //   requires kubernetes (k8s) >= 1.31, but the cluster stack has kubernetes 1.30.10 at [aws-prod-base].layers[1]
     * }</pre>
     *
     * @param stack the stack
     * @return every problem found, in the report's stable order; valid if no profile has an error
     * @throws NullPointerException if {@code stack} is null
     */
    public ValidationReport validate(ClusterStack stack) {
        Objects.requireNonNull(stack, "stack");
        List<Violation> found = new ArrayList<>();
        LocalDate today = today(found);
        List<ClusterProfile> profiles = stack.profiles();
        List<Resolution> resolutions = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            List<Violation> failures = new ArrayList<>();
            resolutions.add(resolve(profiles.get(i), failures));
            for (Violation v : failures) {
                found.add(StackChecks.prefixed(stack.label(i), v));
            }
        }
        for (int i = 0; i < profiles.size(); i++) {
            DefaultRuleContext context = new DefaultRuleContext(profiles.get(i), registry, resolutions.get(i), today,
                    new StackView(stack, i, resolutions));
            String prefix = stack.label(i);
            for (ProfileRule rule : rules) {
                for (Violation v : run(rule, context)) {
                    found.add(StackChecks.prefixed(prefix, v));
                }
            }
        }
        try {
            found.addAll(StackChecks.check(stack));
        } catch (RuntimeException | StackOverflowError e) {
            found.add(ruleFailed("profilekit.stack", e));
        }
        return new ValidationReport(subject(stack), withOverrides(found));
    }

    private Resolution resolve(ClusterProfile profile, List<Violation> found) {
        try {
            return resolver.attempt(profile);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            found.add(ruleFailed(RESOLUTION_ID, e));
            return new Resolution(profile, List.of(), List.of());
        }
    }

    private LocalDate today(List<Violation> found) {
        try {
            return LocalDate.now(clock);
        } catch (RuntimeException e) {
            found.add(ruleFailed("profilekit.clock", e));
            return LocalDate.MIN;
        }
    }

    private List<Violation> withOverrides(List<Violation> found) {
        List<Violation> out = new ArrayList<>(found.size());
        for (Violation v : found) {
            Severity override = severities.get(v.code());
            out.add(override == null || override == v.severity() ? v : v.withSeverity(override));
        }
        return out;
    }

    private static List<Violation> run(ProfileRule rule, DefaultRuleContext context) {
        String id = ruleId(rule);
        try {
            List<Violation> result = rule.check(context);
            if (result == null) {
                return List.of(ruleFailed(id, "returned null instead of a list"));
            }
            List<Violation> out = new ArrayList<>(result.size());
            boolean nulls = false;
            for (Violation v : result) {
                if (v == null) {
                    nulls = true;
                } else {
                    out.add(v);
                }
            }
            if (nulls) {
                // Keep what the rule did find, and say that it also returned nonsense.
                out.add(ruleFailed(id, "returned a null violation"));
            }
            return out;
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return List.of(ruleFailed(id, e));
        }
    }

    private static String ruleId(ProfileRule rule) {
        try {
            String id = rule.id();
            return id == null ? rule.getClass().getName() : id;
        } catch (RuntimeException e) {
            return rule.getClass().getName();
        }
    }

    private static Violation ruleFailed(String id, Throwable e) {
        String detail;
        try {
            detail = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + Texts.quote(e.getMessage()));
        } catch (RuntimeException ignored) {
            detail = e.getClass().getName();
        }
        return ruleFailed(id, "threw " + detail);
    }

    private static Violation ruleFailed(String id, String what) {
        return Violation.of(ViolationCode.RULE_FAILED, "", "rule " + Texts.quote(id) + " " + what
                        + "; the profile was not fully checked",
                "this is a bug in the rule (or the registry it reads), not in the profile; report it to the rule's author");
    }

    private static String subject(ClusterStack stack) {
        StringBuilder sb = new StringBuilder("cluster stack ");
        for (int i = 0; i < stack.profiles().size(); i++) {
            sb.append(i == 0 ? "" : " + ").append(subject(stack.profiles().get(i)).substring("profile ".length()));
        }
        return sb.toString();
    }

    private static String subject(ClusterProfile profile) {
        String name = profile.name().isBlank() ? "(unnamed profile)" : Texts.quote(profile.name());
        String version = profile.version().isValid() ? profile.version().text() : Texts.quote(profile.version().text());
        return "profile " + name + " " + version;
    }

    /**
     * The registry profiles are checked against.
     *
     * @return the registry
     */
    public PackRegistry registry() {
        return registry;
    }

    /**
     * The tag policy.
     *
     * @return the policy
     */
    public TagPolicy tagPolicy() {
        return tagPolicy;
    }

    /**
     * The ids of the rules this validator runs, in order: the built-in rules, the rules added with
     * {@link Builder#rule(ProfileRule)}, then the discovered rules sorted by id.
     *
     * @return an unmodifiable list
     */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>(rules.size());
        for (ProfileRule r : rules) {
            ids.add(ruleId(r));
        }
        return List.copyOf(ids);
    }

    /**
     * The configured severity overrides, by code.
     *
     * @return an unmodifiable map
     */
    public Map<String, Severity> severityOverrides() {
        return severities;
    }

    /**
     * A readable summary of the configuration.
     *
     * @return e.g. {@code "ProfileValidator[registry=builtin, rules=[…], TagPolicy[cloud rules]]"}
     */
    @Override
    public String toString() {
        return "ProfileValidator[registry=" + registry.id() + ", rules=" + ruleIds() + ", " + tagPolicy
                + (severities.isEmpty() ? "" : ", severities=" + severities) + "]";
    }

    /**
     * Builds a {@link ProfileValidator}. Setters reject null at once, naming the argument. Not
     * thread-safe; the validators it builds are.
     */
    public static final class Builder {
        private PackRegistry registry;
        private final List<ProfileRule> rules = new ArrayList<>();
        private boolean discover = true;
        private ClassLoader classLoader;
        private TagPolicy tagPolicy = TagPolicy.cloudDefault();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /**
         * Sets the registry profiles are checked against (required).
         *
         * @param packRegistry the registry, possibly {@linkplain io.profilekit.registry.PackRegistries#compose composed}
         * @return this builder
         */
        public Builder registry(PackRegistry packRegistry) {
            this.registry = Objects.requireNonNull(packRegistry, "registry");
            return this;
        }

        /**
         * Adds a rule, run after the built-in rules, in the order added.
         *
         * @param rule the rule; its id must be unique and must not start with {@code profilekit.}
         * @return this builder
         */
        public Builder rule(ProfileRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adds rules; see {@link #rule(ProfileRule)}.
         *
         * @param more the rules
         * @return this builder
         */
        public Builder rules(Collection<? extends ProfileRule> more) {
            Objects.requireNonNull(more, "rules");
            for (ProfileRule r : more) {
                rule(r);
            }
            return this;
        }

        /**
         * Whether to discover rules registered for {@link ServiceLoader} when the validator is built
         * (default true).
         *
         * @param enabled false to run only the built-in and added rules
         * @return this builder
         */
        public Builder discoverRules(boolean enabled) {
            this.discover = enabled;
            return this;
        }

        /**
         * The class loader rules are discovered with (default: the thread's context class loader,
         * or this library's own if there is none).
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder discoveryClassLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            return this;
        }

        /**
         * Sets which tag rules apply (default {@link TagPolicy#cloudDefault()}: the rules of the
         * profile's cloud, without Kubernetes label syntax).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder tagPolicy(TagPolicy policy) {
            this.tagPolicy = Objects.requireNonNull(policy, "tagPolicy");
            return this;
        }

        /**
         * Reports a built-in code at another severity, e.g. end of life as an error.
         *
         * @param code the code
         * @param severity the severity its violations get
         * @return this builder
         */
        public Builder severity(ViolationCode code, Severity severity) {
            return severity(Objects.requireNonNull(code, "code").name(), severity);
        }

        /**
         * Reports any code — also one of your own rules' — at another severity.
         *
         * @param code the code, e.g. {@code "OWNER_TAG_MISSING"}
         * @param severity the severity its violations get
         * @return this builder
         * @throws IllegalArgumentException if the code is blank
         */
        public Builder severity(String code, Severity severity) {
            Objects.requireNonNull(code, "code");
            if (code.isBlank()) {
                throw new IllegalArgumentException("code must not be blank");
            }
            severities.put(code, Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Sets the clock whose date end-of-life checks compare with (default: the system clock in
         * the default time zone). Tests pass a fixed clock.
         *
         * @param eolClock the clock
         * @return this builder
         */
        public Builder clock(Clock eolClock) {
            this.clock = Objects.requireNonNull(eolClock, "clock");
            return this;
        }

        /**
         * Builds the validator, discovering rules if enabled.
         *
         * @return a new immutable validator
         * @throws IllegalStateException if no registry was set, or a discovered rule cannot be loaded
         * @throws IllegalArgumentException if an added rule's id is blank, reserved or used twice
         */
        public ProfileValidator build() {
            if (registry == null) {
                throw new IllegalStateException("ProfileValidator needs a registry: registry(PackRegistries.builtIn())"
                        + " or your own PackRegistry");
            }
            List<ProfileRule> all = new ArrayList<>(List.of(new ProfileFieldsRule(), new LayerStructureRule(),
                    new PackRule(), new DependencyRule(), new PresetRule(), new ValueSchemaRule(), new ResourceRule(),
                    new ManifestRule(), new TagRule(tagPolicy),
                    new ValuesYamlRule(), new PackSettingsRule(), new VariableRule(), new MacroRule()));
            Set<String> ids = new HashSet<>();
            all.forEach(r -> ids.add(r.id()));
            for (ProfileRule r : rules) {
                String id = r.id();
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("rule " + r.getClass().getName() + " has a blank id");
                }
                if (id.startsWith(RESERVED_PREFIX)) {
                    throw new IllegalArgumentException("rule id '" + id + "' (" + r.getClass().getName()
                            + ") starts with '" + RESERVED_PREFIX + "', which is reserved for ProfileKit's own rules");
                }
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("two rules have the id '" + id + "'; rule ids must be unique");
                }
                all.add(r);
            }
            if (discover) {
                List<ProfileRule> found = discovered();
                found.sort(Comparator.comparing(ProfileValidator::ruleId));
                for (ProfileRule r : found) {
                    String id = ruleId(r);
                    if (!id.isBlank() && !id.startsWith(RESERVED_PREFIX) && ids.add(id)) {
                        all.add(r);
                    }
                }
            }
            return new ProfileValidator(this, all);
        }

        private List<ProfileRule> discovered() {
            ClassLoader loader = classLoader;
            if (loader == null) {
                loader = Thread.currentThread().getContextClassLoader();
            }
            if (loader == null) {
                loader = ProfileValidator.class.getClassLoader();
            }
            List<ProfileRule> found = new ArrayList<>();
            try {
                for (ProfileRule r : ServiceLoader.load(ProfileRule.class, loader)) {
                    found.add(r);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("A ProfileRule registered for ServiceLoader could not be loaded: "
                        + e.getMessage() + "; fix or remove its META-INF/services/io.profilekit.rules.ProfileRule"
                        + " entry, or build the validator with discoverRules(false)", e);
            }
            return found;
        }
    }
}
