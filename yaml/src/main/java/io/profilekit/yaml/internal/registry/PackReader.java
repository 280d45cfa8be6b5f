package io.profilekit.yaml.internal.registry;

import io.profilekit.rules.SafeText;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackConstraints;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;
import io.profilekit.registry.ValueSchema;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.internal.Ctx;
import io.profilekit.yaml.internal.Located;
import io.profilekit.yaml.internal.Node;
import io.profilekit.yaml.internal.Obj;
import io.profilekit.yaml.registry.PackRegistryException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one pack folder in Palette's format — {@code pack.json}, {@code values.yaml}, optional
 * {@code presets.yaml} and {@code schema.yaml} — into a {@link PackDescriptor}, through the same
 * located reader as profile documents. Thread-safe. Internal.
 *
 * <p>What is fatal and what is tolerated: syntax errors (in {@code values.yaml} too), wrong types,
 * a missing or invalid {@code name}, {@code version} or {@code layer}, and values ProfileKit cannot
 * represent (an unknown layer or dependency type, a bound that is not a version) fail with the
 * file, line, column and path. Quirks that Palette itself publishes — fields its schema does not
 * list, a dependency without its required {@code type}, a blank {@code eol}, a missing
 * {@code values.yaml} — are read and reported as warnings.
 */
final class PackReader {
    static final String PACK_JSON = "pack.json";
    static final String VALUES_YAML = "values.yaml";
    static final String PRESETS_YAML = "presets.yaml";
    static final String SCHEMA_YAML = "schema.yaml";

    private static final List<String> FILES = List.of(PACK_JSON, VALUES_YAML, PRESETS_YAML, SCHEMA_YAML);
    private static final List<String> PACK_FIELDS = List.of("name", "displayName", "version", "layer", "cloudTypes",
            "cloudType", "group", "eol", "addonType", "addonSubType", "annotations", "constraints", "charts",
            "kubeManifests", "ansibleRoles");
    private static final String PACK_SCHEMA = "Palette's pack.json schema";
    private static final String VALID_LAYERS = names(LayerType.values(), LayerType::wireName);
    private static final String VALID_DEPENDENCY_TYPES = names(DependencyType.values(), DependencyType::wireName);
    private static final String VALID_RESOURCE_TYPES = names(ResourceType.values(), ResourceType::wireName);

    /** The files of one pack folder. */
    interface Files {
        /**
         * Reads a file of the pack folder.
         *
         * @param name the file's name, e.g. {@code "pack.json"}
         * @return its text, or empty if the folder has no such file
         */
        Optional<String> read(String name);
    }

    /**
     * A pack read from a folder.
     *
     * @param descriptor the pack
     * @param folder the folder, relative to the registry's root
     * @param versionLine the line of {@code version} in {@code pack.json}
     * @param versionColumn its column
     */
    record ReadPack(PackDescriptor descriptor, String folder, int versionLine, int versionColumn) {
    }

    private final RegistryFiles files;
    private final ValuesChecks valuesChecks;
    private final ParseCache cache;

    PackReader(RegistryFiles files, ValuesChecks valuesChecks, ParseCache cache) {
        this.files = files;
        this.valuesChecks = valuesChecks;
        this.cache = cache;
    }

    /**
     * Reads a presets or schema file: what the cache found for the same text, if it has it and its
     * values fit the load's budget; else the file itself, keeping what it found for the next load.
     * Either way the same result, warnings and budget (a read that fails is never kept).
     */
    private <T> T readOnce(Optional<ParseCache.Text> key, String documentName, List<ReadWarning> warnings,
                           Function<ParseCache.Text, Optional<ParseCache.Found<T>>> cached,
                           BiConsumer<ParseCache.Text, ParseCache.Found<T>> keep, Function<List<ReadWarning>, T> read) {
        Optional<ParseCache.Found<T>> hit = key.flatMap(cached);
        if (hit.isPresent() && files.chargeNodes(hit.get().nodes())) {
            warnings.addAll(hit.get().warningsFor(documentName));
            return hit.get().value();
        }
        List<ReadWarning> own = new ArrayList<>();
        long before = files.bytesLeft();
        T value = read.apply(own);
        long nodes = (before - files.bytesLeft()) / RegistryFiles.NODE_BYTES;
        warnings.addAll(own);
        if (key.isPresent() && own.stream().allMatch(w -> w.documentName().equals(documentName))) {
            List<ParseCache.Note> notes = own.stream().map(ParseCache.Note::of).collect(Collectors.toList());
            keep.accept(key.get(), new ParseCache.Found<>(value, notes, nodes));
        }
        return value;
    }

    /**
     * Reads one pack folder.
     *
     * @param folder the folder, relative to the registry's root (used in messages)
     * @param folderFiles its files
     * @param warnings where tolerated quirks are reported
     * @return the pack
     * @throws PackRegistryException if a file is missing or malformed
     */
    ReadPack read(String folder, Files folderFiles, List<ReadWarning> warnings) {
        List<ReadWarning> found = new ArrayList<>();
        ReadPack pack = readFolder(folder, folderFiles, found);
        // In the order of the files, and in each file in document order.
        found.sort(Comparator.comparingInt((ReadWarning w) -> FILES.indexOf(w.documentName()
                .substring(w.documentName().lastIndexOf('/') + 1))).thenComparingInt(ReadWarning::line)
                .thenComparingInt(ReadWarning::column));
        warnings.addAll(found);
        return pack;
    }

    private ReadPack readFolder(String folder, Files folderFiles, List<ReadWarning> warnings) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        String packJson = folderFiles.read(PACK_JSON).orElseThrow(() -> new PackRegistryException(prefix + PACK_JSON,
                0, 0, "", "missing", "every pack folder needs a pack.json", null));
        try {
            Ctx ctx = new Ctx(prefix + PACK_JSON, false, true, warnings);
            Node root = files.one(prefix + PACK_JSON, packJson, true);
            Obj pack = Obj.of(ctx, root, "", "name, displayName, version, layer, cloudTypes, …");
            PackDescriptor.Builder b = descriptor(pack);
            Node version = pack.require("version");
            Optional<String> values = folderFiles.read(VALUES_YAML);
            if (values.isPresent()) {
                valuesChecks.check(values.get(), prefix + VALUES_YAML);
                b.values(values.get());
            } else {
                warnings.add(new ReadWarning(prefix + VALUES_YAML, 0, 0, "", "missing (Palette requires a values.yaml,"
                        + " which may be empty); the pack's values are empty"));
            }
            Optional<String> presets = folderFiles.read(PRESETS_YAML);
            if (presets.isPresent()) {
                String name = prefix + PRESETS_YAML;
                String text = presets.get();
                readOnce(cache.text(ParseCache.Kind.PRESETS, text), name, warnings, cache::presets, cache::presetsNow,
                        own -> presets(new Ctx(name, false, false, own), files.one(name, text, false)))
                        .forEach(b::preset);
            }
            Optional<String> schema = folderFiles.read(SCHEMA_YAML);
            if (schema.isPresent()) {
                String name = prefix + SCHEMA_YAML;
                String text = schema.get();
                readOnce(cache.text(ParseCache.Kind.SCHEMA, text), name, warnings, cache::schema, cache::schemaNow,
                        own -> schema(new Ctx(name, false, false, own), files.one(name, text, false)))
                        .forEach(b::valueSchema);
            }
            return new ReadPack(b.build(), folder, version.line(), version.column());
        } catch (ProfileParseException e) {
            throw Located.registryError(e);
        }
    }

    // ---- pack.json

    private static PackDescriptor.Builder descriptor(Obj pack) {
        Ctx ctx = pack.ctx();
        List<String> missing = new ArrayList<>();
        for (String field : List.of("name", "version", "layer")) {
            if (pack.get(field).isEmpty()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw ctx.fail(pack.node(), String.join(", ", missing), "required field" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " missing",
                    "pack.json needs name, displayName, version and layer");
        }
        String name = nonBlank(pack, "name");
        String versionText = nonBlank(pack, "version");
        PackVersion version = PackVersion.tryParse(versionText).orElseThrow(() -> ctx.fail(pack.require("version"),
                "version", RegistryFiles.notAVersion(versionText), ""));
        String layerText = nonBlank(pack, "layer");
        LayerType layer = layer(ctx, pack.require("layer"), "layer", layerText);
        PackDescriptor.Builder b = PackDescriptor.builder(name, version, layer);

        Optional<String> displayName = blankToEmpty(pack.string("displayName"));
        if (displayName.isEmpty()) {
            ctx.warn(pack.node(), "displayName", "missing or blank (Palette requires it); the name is shown instead");
        }
        b.displayName(displayName.orElse(name));
        Optional<String> cloudType = blankToEmpty(pack.string("cloudType"));
        if (pack.has("cloudTypes")) {
            List<CloudType> clouds = new ArrayList<>();
            List<String> texts = pack.strings("cloudTypes");
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).isBlank()) {
                    throw ctx.fail(pack.list("cloudTypes").get(i), "cloudTypes[" + i + "]", "must be a non-empty string",
                            "name a cloud such as aws or all");
                }
                clouds.add(CloudType.of(texts.get(i)));
            }
            b.cloudTypes(clouds);
        } else if (cloudType.isPresent()) {
            b.cloudTypes(List.of(CloudType.of(cloudType.get())));
        } else {
            ctx.warn(pack.node(), "cloudTypes", "missing; the pack supports no cloud");
            b.cloudTypes(List.of());
        }
        blankToEmpty(pack.string("group")).ifPresent(b::group);
        eol(pack).ifPresent(b::eol);
        blankToEmpty(pack.string("addonType")).ifPresent(b::addonType);
        pack.string("addonSubType");
        pack.stringMap("annotations").forEach(b::annotation);
        // Fields of the schema a descriptor does not hold: type-checked, then ignored.
        pack.strings("charts");
        pack.strings("kubeManifests");
        pack.strings("ansibleRoles");
        b.constraints(constraints(pack));
        pack.finish(PACK_FIELDS, PACK_SCHEMA);
        return b;
    }

    private static String nonBlank(Obj o, String field) {
        Node n = o.require(field);
        String text = o.ctx().string(n, o.path(field));
        if (text.isBlank()) {
            throw o.ctx().fail(n, o.path(field), "must be a non-empty string, found " + SafeText.quote(text), "");
        }
        return text;
    }

    private static Optional<String> blankToEmpty(Optional<String> text) {
        return text.filter(t -> !t.isBlank());
    }

    private static LayerType layer(Ctx ctx, Node at, String path, String wire) {
        return LayerType.fromWireName(wire).orElseThrow(() -> ctx.fail(at, path, "unknown layer " + SafeText.quote(wire),
                "valid layers are " + VALID_LAYERS));
    }

    private static Optional<LocalDate> eol(Obj pack) {
        Optional<String> text = blankToEmpty(pack.string("eol"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get().trim()));
        } catch (DateTimeParseException e) {
            pack.ctx().warn(pack.require("eol"), "eol", SafeText.quote(text.get()) + " is not a date of the form 2026-12-31;"
                    + " ignored");
            return Optional.empty();
        }
    }

    private static PackConstraints constraints(Obj pack) {
        Optional<Obj> c = pack.obj("constraints", "dependencies and resources");
        if (c.isEmpty()) {
            return new PackConstraints(List.of(), List.of());
        }
        Obj constraints = c.get();
        List<PackDependency> dependencies = new ArrayList<>();
        List<Node> items = constraints.list("dependencies");
        for (int i = 0; i < items.size(); i++) {
            Obj d = Obj.of(constraints.ctx(), items.get(i), constraints.path("dependencies") + "[" + i + "]",
                    "packName, layer, type, minVersion and maxVersion");
            dependency(d).ifPresent(dependencies::add);
        }
        List<ResourceRequirement> resources = new ArrayList<>();
        items = constraints.list("resources");
        for (int i = 0; i < items.size(); i++) {
            Obj r = Obj.of(constraints.ctx(), items.get(i), constraints.path("resources") + "[" + i + "]",
                    "type, minLimit and components");
            resource(r).ifPresent(resources::add);
        }
        constraints.finish(List.of("dependencies", "resources"), PACK_SCHEMA);
        return new PackConstraints(dependencies, resources);
    }

    private static Optional<PackDependency> dependency(Obj d) {
        Ctx ctx = d.ctx();
        Optional<String> packName = blankToEmpty(d.string("packName"));
        Optional<LayerType> layer = blankToEmpty(d.string("layer")).map(w -> layer(ctx, d.require("layer"),
                d.path("layer"), w));
        Optional<DependencyType> type = blankToEmpty(d.string("type")).map(w -> DependencyType.fromWireName(w)
                .orElseThrow(() -> ctx.fail(d.require("type"), d.path("type"), "unknown dependency type " + SafeText.quote(w),
                        "valid types are " + VALID_DEPENDENCY_TYPES)));
        PackVersion min = bound(d, "minVersion");
        PackVersion max = bound(d, "maxVersion");
        d.finish(List.of("packName", "layer", "type", "minVersion", "maxVersion"), PACK_SCHEMA);
        List<String> missing = new ArrayList<>();
        packName.ifPresentOrElse(n -> { }, () -> missing.add("packName"));
        layer.ifPresentOrElse(n -> { }, () -> missing.add("layer"));
        type.ifPresentOrElse(n -> { }, () -> missing.add("type"));
        if (!missing.isEmpty()) {
            String what = packName.map(n -> "the dependency on " + SafeText.quote(n)).orElse("this dependency");
            ctx.warn(d.node(), d.path(missing.get(0)), "required field" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing; " + what + " is skipped");
            return Optional.empty();
        }
        return Optional.of(PackDependency.of(packName.get(), layer.get(), type.get(), min, max));
    }

    private static PackVersion bound(Obj d, String field) {
        Optional<String> text = blankToEmpty(d.string(field));
        if (text.isEmpty()) {
            return null;
        }
        return PackVersion.tryParse(text.get().trim()).orElseThrow(() -> d.ctx().fail(d.require(field),
                d.path(field), RegistryFiles.notAVersion(text.get()), "leave the bound empty (\"\") for no bound"));
    }

    private static Optional<ResourceRequirement> resource(Obj r) {
        Ctx ctx = r.ctx();
        Optional<ResourceType> type = blankToEmpty(r.string("type")).map(w -> ResourceType.fromWireName(w)
                .orElseThrow(() -> ctx.fail(r.require("type"), r.path("type"), "unknown resource type " + SafeText.quote(w),
                        "valid types are " + VALID_RESOURCE_TYPES)));
        long minLimit = 0;
        Optional<Node> limit = r.get("minLimit");
        if (limit.isPresent()) {
            minLimit = ctx.wholeNumber(limit.get(), r.path("minLimit"));
            if (minLimit < 0) {
                throw ctx.fail(limit.get(), r.path("minLimit"), "must not be negative, found " + minLimit, "");
            }
        }
        List<ResourceComponent> components = new ArrayList<>();
        List<Node> items = r.list("components");
        for (int i = 0; i < items.size(); i++) {
            Obj c = Obj.of(ctx, items.get(i), r.path("components") + "[" + i + "]",
                    "scheduleType, resourceRequestParamRef and replicaCountParamRef");
            component(c).ifPresent(components::add);
        }
        r.finish(List.of("type", "minLimit", "components"), PACK_SCHEMA);
        if (type.isEmpty()) {
            ctx.warn(r.node(), r.path("type"), "required field type missing; this resource requirement is skipped");
            return Optional.empty();
        }
        return Optional.of(new ResourceRequirement(type.get(), minLimit, components));
    }

    private static Optional<ResourceComponent> component(Obj c) {
        Optional<String> scheduleType = blankToEmpty(c.string("scheduleType"));
        String request = c.string("resourceRequestParamRef").orElse("");
        String replicas = c.string("replicaCountParamRef").orElse("");
        c.finish(List.of("scheduleType", "resourceRequestParamRef", "replicaCountParamRef"), PACK_SCHEMA);
        if (scheduleType.isEmpty()) {
            c.ctx().warn(c.node(), c.path("scheduleType"), "required field scheduleType missing; this component is"
                    + " skipped");
            return Optional.empty();
        }
        return Optional.of(new ResourceComponent(scheduleType.get(), request, replicas));
    }

    // ---- presets.yaml

    private static List<PackPreset> presets(Ctx ctx, Node root) {
        List<PackPreset> presets = new ArrayList<>();
        if (root == null || Ctx.isEmpty(root)) {
            return presets;
        }
        Obj doc = Obj.of(ctx, root, "", "presets");
        List<Node> items = doc.list("presets");
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "presets[" + i + "]";
            PackPreset p = preset(Obj.of(ctx, items.get(i), path, "name, displayName, group, add and remove"));
            Integer earlier = names.putIfAbsent(p.name(), i);
            if (earlier != null) {
                throw ctx.fail(items.get(i), path + ".name", "duplicate preset name " + SafeText.quote(p.name()) + " (also at presets["
                        + earlier + "])", "preset names must be unique within a pack");
            }
            presets.add(p);
        }
        doc.finish(List.of("presets"), "presets.yaml");
        return presets;
    }

    private static PackPreset preset(Obj p) {
        Ctx ctx = p.ctx();
        Optional<String> name = blankToEmpty(p.text("name"));
        Optional<String> displayName = blankToEmpty(p.text("displayName"));
        Optional<String> group = blankToEmpty(p.text("group"));
        String add = "";
        Optional<Node> addNode = p.get("add");
        if (addNode.isPresent()) {
            if (!(addNode.get() instanceof Node.ScalarNode)) {
                throw ctx.fail(addNode.get(), p.path("add"), "expected YAML text, found " + ctx.describe(addNode.get()),
                        "write it as a block: 'add: |'");
            }
            add = ctx.text(addNode.get(), p.path("add"));
        }
        List<String> remove = p.texts("remove");
        p.finish(List.of("name", "displayName", "group", "add", "remove"), "a preset");
        if (name.isEmpty()) {
            throw ctx.fail(p.node(), p.path("name"), "required field name is missing",
                    "every preset needs a unique name");
        }
        if (displayName.isEmpty()) {
            ctx.warn(p.node(), p.path("displayName"), "missing; the preset's name is shown instead");
        }
        if (group.isEmpty()) {
            ctx.warn(p.node(), p.path("group"), "missing; the preset is in no group");
        }
        return new PackPreset(name.get(), displayName.orElse(name.get()), group.orElse(""), add, remove);
    }

    // ---- schema.yaml

    private static Map<String, String> schema(Ctx ctx, Node root) {
        Map<String, String> schema = new java.util.LinkedHashMap<>();
        if (root == null || Ctx.isEmpty(root)) {
            return schema;
        }
        Obj doc = Obj.of(ctx, root, "", "one value path per entry");
        for (Node.Entry e : doc.node().entries().values()) {
            Obj entry = Obj.of(ctx, doc.require(e.key()), e.key(), "schema");
            Optional<String> expression = entry.text("schema");
            entry.finish(List.of("schema"), "a value schema");
            if (expression.isEmpty()) {
                throw ctx.fail(entry.node(), entry.path("schema"), "missing",
                        "each entry of schema.yaml needs 'schema: ''{{ ... }}'''");
            }
            // What ProfileKit cannot read of an expression is kept as text, and reported.
            for (String error : ValueSchema.parseEntry(e.key(), expression.get()).errors()) {
                ctx.warn(entry.require("schema"), entry.path("schema"), "value schema of " + SafeText.quote(e.key())
                        + " not fully understood: " + error);
            }
            schema.put(e.key(), expression.get());
        }
        return schema;
    }

    private static <E> String names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
    }
}
