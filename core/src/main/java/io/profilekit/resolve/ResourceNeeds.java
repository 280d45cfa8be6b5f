package io.profilekit.resolve;

import io.profilekit.internal.Checks;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;
import io.profilekit.registry.ScheduleType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the packs of a resolved profile need at least, from their {@code constraints.resources}:
 * cpu in millicores, memory in MiB and disk in GB, per schedule type (control-plane, worker, all).
 *
 * <p>A requirement with components is the sum, over its components, of the request read from the
 * values at {@code resourceRequestParamRef} times the replica count read at
 * {@code replicaCountParamRef} (1 when the component names none), on the component's schedule type;
 * its {@code minLimit} is then ignored, as Palette ignores it. A requirement without components
 * needs its {@code minLimit}, counted under {@link ScheduleType#ALL}. Requests are Kubernetes
 * quantities ({@code 250m}, {@code 0.5}, {@code 512Mi}, {@code 1G}); a memory request without a
 * suffix is bytes, a disk request without a suffix is GB already. Amounts are rounded up.
 *
 * <p>Core reads no YAML: the caller says how a parameter is found in a layer's values with a
 * {@link ValuesLookup}. {@code io.profilekit.yaml.EffectiveValues.resourceNeeds(profile)} reads
 * them from each layer's values with its presets applied:
 *
 * <pre>{@code
 * ResourceNeeds needs = EffectiveValues.resourceNeeds(ProfileResolver.of(registry).resolve(profile));
 * long workerCpu = needs.total(ScheduleType.WORKER, ResourceType.CPU);   // millicores
 * needs.problems().forEach(p -> System.err.println(p.message()));      // references the values lack
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ResourceNeeds {
    private static final Pattern QUANTITY = Pattern.compile("([+]?[0-9]+(?:\\.[0-9]+)?|[+]?\\.[0-9]+)([a-zA-Z]*)");
    private static final BigDecimal MIB = BigDecimal.valueOf(1L << 20);
    private static final BigDecimal GB = BigDecimal.valueOf(1_000_000_000L);

    private final List<Need> needs;
    private final List<Problem> problems;

    private ResourceNeeds(List<Need> needs, List<Problem> problems) {
        this.needs = Collections.unmodifiableList(needs);
        this.problems = Collections.unmodifiableList(problems);
    }

    /** Finds a parameter in the values of a layer. */
    @FunctionalInterface
    public interface ValuesLookup {
        /**
         * The scalar at a dotted path of the layer's values.
         *
         * @param layer a resolved layer
         * @param path a dotted path, e.g. {@code charts.app.resources.requests.cpu}
         * @return its text, or empty if the values have nothing (or null) there
         */
        Optional<String> find(ResolvedLayer layer, String path);
    }

    /**
     * One pack's need of one resource on one schedule type.
     *
     * @param layerIndex the layer's index in the profile
     * @param pack the pack's name
     * @param type the resource
     * @param schedule where it is needed
     * @param amount in the resource's unit ({@link ResourceType#unit()})
     * @param source {@code minLimit}, or the request's parameter (with {@code × replicas} and the
     *     replica parameter when it has one)
     */
    public record Need(int layerIndex, String pack, ResourceType type, ScheduleType schedule, long amount,
                       String source) {
        /**
         * Creates a need.
         *
         * @param layerIndex the layer's index
         * @param pack the pack's name
         * @param type the resource
         * @param schedule where it is needed
         * @param amount in the resource's unit
         * @param source where it was read
         * @throws NullPointerException if an object component is null
         */
        public Need {
            Checks.notNull(pack, "pack");
            Checks.notNull(type, "type");
            Checks.notNull(schedule, "schedule");
            Checks.notNull(source, "source");
        }
    }

    /**
     * A parameter reference that could not be read.
     *
     * @param layerIndex the layer's index in the profile
     * @param pack the pack's name and version
     * @param field where the reference is in {@code pack.json}, e.g.
     *     {@code constraints.resources[0].components[2].replicaCountParamRef}
     * @param path the referenced dotted path of the values
     * @param found what the values hold there; empty if they hold nothing, which is what
     *     validation reports as {@code RESOURCE_PARAM_NOT_FOUND}
     */
    public record Problem(int layerIndex, String pack, String field, String path, Optional<String> found) {
        /**
         * Creates a problem.
         *
         * @param layerIndex the layer's index
         * @param pack the pack's name and version
         * @param field the reference's place in {@code pack.json}
         * @param path the referenced path
         * @param found what is there, if anything
         * @throws NullPointerException if an object component is null
         */
        public Problem {
            Checks.notNull(pack, "pack");
            Checks.notNull(field, "field");
            Checks.notNull(path, "path");
            Checks.notNull(found, "found");
        }

        /**
         * Whether the values hold nothing at the path.
         *
         * @return true if the reference is missing, false if its value is not a quantity
         */
        public boolean missing() {
            return found.isEmpty();
        }

        /**
         * One line for people.
         *
         * @return e.g. {@code kubevious 1.0.10: the values have no charts.kubevious.ui.replicaCount (…)}
         */
        public String message() {
            return pack + ": " + found.map(f -> "the value '" + f + "' at " + path + " is not "
                    + (field.endsWith("replicaCountParamRef") ? "a replica count" : "a quantity"))
                    .orElse("the values have no " + path) + " (" + field + ")";
        }
    }

    /**
     * Computes the needs of a resolved profile.
     *
     * @param profile a resolved profile
     * @param lookup how a parameter is read from a layer's values
     * @return the needs
     * @throws NullPointerException if an argument is null
     */
    public static ResourceNeeds of(ResolvedProfile profile, ValuesLookup lookup) {
        Checks.notNull(profile, "profile");
        return of(profile.layers(), lookup);
    }

    /**
     * Computes the needs of some resolved layers, for example those of a
     * {@linkplain Resolution#resolved() partial resolution}.
     *
     * @param layers resolved layers
     * @param lookup how a parameter is read from a layer's values
     * @return the needs
     * @throws NullPointerException if an argument (or a layer) is null
     */
    public static ResourceNeeds of(List<ResolvedLayer> layers, ValuesLookup lookup) {
        Checks.notNull(layers, "layers");
        Checks.notNull(lookup, "lookup");
        List<Need> needs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ResolvedLayer layer : layers) {
            Optional<PackDescriptor> pack = layer.pack();
            if (pack.isEmpty()) {
                continue;
            }
            String packName = pack.get().name();
            String packText = packName + " " + pack.get().version();
            List<ResourceRequirement> reqs = pack.get().constraints().resources();
            for (int r = 0; r < reqs.size(); r++) {
                ResourceRequirement req = reqs.get(r);
                if (req.components().isEmpty()) {
                    needs.add(new Need(layer.index(), packName, req.type(), ScheduleType.ALL, req.minLimit(), "minLimit"));
                    continue;
                }
                for (int c = 0; c < req.components().size(); c++) {
                    ResourceComponent comp = req.components().get(c);
                    String field = "constraints.resources[" + r + "].components[" + c + "].";
                    ScheduleType schedule = ScheduleType.fromWireName(comp.scheduleType()).orElse(ScheduleType.ALL);
                    if (comp.resourceRequestParamRef().isBlank()) {
                        continue;
                    }
                    String ref = comp.resourceRequestParamRef();
                    Optional<String> request = lookup.find(layer, ref);
                    OptionalLong amount = request.isPresent() ? quantity(req.type(), request.get()) : OptionalLong.empty();
                    if (amount.isEmpty()) {
                        problems.add(new Problem(layer.index(), packText, field + "resourceRequestParamRef", ref, request));
                    }
                    long replicas = 1;
                    String source = ref;
                    String replicaRef = comp.replicaCountParamRef();
                    if (!replicaRef.isBlank()) {
                        Optional<String> count = lookup.find(layer, replicaRef);
                        OptionalLong n = count.isPresent() ? replicas(count.get()) : OptionalLong.empty();
                        if (n.isEmpty()) {
                            problems.add(new Problem(layer.index(), packText, field + "replicaCountParamRef", replicaRef,
                                    count));
                        } else {
                            replicas = n.getAsLong();
                        }
                        source = ref + " × " + replicaRef;
                    }
                    if (amount.isPresent()) {
                        needs.add(new Need(layer.index(), packName, req.type(), schedule,
                                Math.multiplyExact(amount.getAsLong(), replicas), source));
                    }
                }
            }
        }
        return new ResourceNeeds(needs, problems);
    }

    /**
     * Each pack's needs, in layer order.
     *
     * @return an unmodifiable list
     */
    public List<Need> needs() {
        return needs;
    }

    /**
     * The parameter references that could not be read: missing from the values, or not a quantity
     * (or replica count) there. Their needs are left out of the totals.
     *
     * @return an unmodifiable list
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The total need of a resource on a schedule type.
     *
     * @param schedule control-plane, worker or all
     * @param type the resource
     * @return the sum in the resource's unit; 0 if nothing needs it
     */
    public long total(ScheduleType schedule, ResourceType type) {
        long sum = 0;
        for (Need n : needs) {
            if (n.schedule() == schedule && n.type() == type) {
                sum = Math.addExact(sum, n.amount());
            }
        }
        return sum;
    }

    /**
     * All totals, every schedule type and resource present (zeros included).
     *
     * @return schedule type → resource → total
     */
    public Map<ScheduleType, Map<ResourceType, Long>> totals() {
        Map<ScheduleType, Map<ResourceType, Long>> out = new EnumMap<>(ScheduleType.class);
        for (ScheduleType s : ScheduleType.values()) {
            Map<ResourceType, Long> row = new EnumMap<>(ResourceType.class);
            for (ResourceType t : ResourceType.values()) {
                row.put(t, total(s, t));
            }
            out.put(s, Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Whether no pack needs anything.
     *
     * @return true if there are no needs
     */
    public boolean isEmpty() {
        return needs.isEmpty();
    }

    /**
     * A Kubernetes quantity in a resource's unit, rounded up.
     *
     * @param type the resource
     * @param text e.g. {@code 250m}, {@code "1.5"}, {@code 512Mi}, {@code 20Gi}
     * @return millicores, MiB or GB; empty if the text is not a quantity
     */
    public static OptionalLong quantity(ResourceType type, String text) {
        Matcher m = QUANTITY.matcher(unquote(text));
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String suffix = m.group(2);
        if (type == ResourceType.DISK_SIZE && suffix.isEmpty()) {
            return whole(number);
        }
        BigDecimal factor = factor(suffix);
        if (factor == null) {
            return OptionalLong.empty();
        }
        BigDecimal base = number.multiply(factor);
        switch (type) {
            case CPU:
                return whole(base.multiply(BigDecimal.valueOf(1000)));
            case MEMORY:
                return whole(base.divide(MIB, 9, RoundingMode.UP));
            default:
                return whole(base.divide(GB, 9, RoundingMode.UP));
        }
    }

    private static OptionalLong replicas(String text) {
        try {
            BigDecimal n = new BigDecimal(unquote(text));
            return n.signum() < 0 ? OptionalLong.empty() : OptionalLong.of(n.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static String unquote(String text) {
        String t = text.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static OptionalLong whole(BigDecimal amount) {
        try {
            return OptionalLong.of(amount.setScale(0, RoundingMode.CEILING).longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static BigDecimal factor(String suffix) {
        switch (suffix) {
            case "": return BigDecimal.ONE;
            case "m": return new BigDecimal("0.001");
            case "k": return BigDecimal.valueOf(1_000L);
            case "M": return BigDecimal.valueOf(1_000_000L);
            case "G": return BigDecimal.valueOf(1_000_000_000L);
            case "T": return BigDecimal.valueOf(1_000_000_000_000L);
            case "P": return BigDecimal.valueOf(1_000_000_000_000_000L);
            case "Ki": return BigDecimal.valueOf(1L << 10);
            case "Mi": return BigDecimal.valueOf(1L << 20);
            case "Gi": return BigDecimal.valueOf(1L << 30);
            case "Ti": return BigDecimal.valueOf(1L << 40);
            case "Pi": return BigDecimal.valueOf(1L << 50);
            default: return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceNeeds && needs.equals(((ResourceNeeds) o).needs)
                && problems.equals(((ResourceNeeds) o).problems);
    }

    @Override
    public int hashCode() {
        return needs.hashCode() * 31 + problems.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ResourceNeeds");
        totals().forEach((s, row) -> sb.append(' ').append(s).append(row));
        if (!problems.isEmpty()) {
            sb.append(" problems=").append(problems.size());
        }
        return sb.toString();
    }
}
