package io.profilekit.yaml.internal.registry;

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
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.internal.ValuesYaml;
import io.profilekit.yaml.registry.PackRegistryException;
import io.profilekit.yaml.registry.RegistryWarning;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one pack folder in Palette's format — {@code pack.json}, {@code values.yaml}, optional
 * {@code presets.yaml} and {@code schema.yaml} — into a {@link PackDescriptor}. Thread-safe (the
 * factories are). Internal.
 *
 * <p>What is fatal and what is tolerated: syntax errors (in {@code values.yaml} too), wrong types, a missing or invalid
 * {@code name}, {@code version} or {@code layer}, and values ProfileKit cannot represent (an unknown
 * layer or dependency type, a bound that is not a version) fail with the file, line, column and
 * field. Quirks that Palette itself publishes — fields its schema does not list, a dependency
 * without its required {@code type}, a blank {@code eol}, a missing {@code values.yaml} — are read
 * and reported as warnings.
 */
final class PackReader {
    static final String PACK_JSON = "pack.json";
    static final String VALUES_YAML = "values.yaml";
    static final String PRESETS_YAML = "presets.yaml";
    static final String SCHEMA_YAML = "schema.yaml";

    /** Fields of Palette's pack.json schema that a descriptor does not hold: type-checked, then ignored. */
    private static final Set<String> SCHEMA_LISTS_IGNORED = Set.of("charts", "kubeManifests", "ansibleRoles");

    private static final String VALID_LAYERS = Arrays.stream(LayerType.values()).map(LayerType::wireName)
            .collect(Collectors.joining(", "));
    private static final String VALID_DEPENDENCY_TYPES = Arrays.stream(DependencyType.values())
            .map(DependencyType::wireName).collect(Collectors.joining(", "));
    private static final String VALID_RESOURCE_TYPES = Arrays.stream(ResourceType.values())
            .map(ResourceType::wireName).collect(Collectors.joining(", "));

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

    private final JsonFactory json;
    private final YAMLFactory yaml;

    PackReader(ReadLimits limits) {
        this.json = limits.jsonFactory();
        this.yaml = limits.yamlFactory();
    }

    /**
     * Reads one pack folder.
     *
     * @param folder the folder, relative to the registry's root (used in messages)
     * @param files its files
     * @param warnings where tolerated quirks are reported
     * @return the pack
     * @throws PackRegistryException if a file is malformed
     */
    ReadPack read(String folder, Files files, List<RegistryWarning> warnings) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        String packJson = files.read(PACK_JSON).orElseThrow(() -> new PackRegistryException(
                prefix + PACK_JSON, 0, 0, null, "missing: every pack folder needs a pack.json", null));
        PackJson meta = readPackJson(prefix + PACK_JSON, packJson, warnings);
        PackDescriptor.Builder b = PackDescriptor.builder(meta.name, meta.version, meta.layer)
                .displayName(meta.displayName)
                .cloudTypes(meta.cloudTypes)
                .constraints(new PackConstraints(meta.dependencies, meta.resources));
        meta.group.ifPresent(b::group);
        meta.eol.ifPresent(b::eol);
        meta.addonType.ifPresent(b::addonType);
        meta.annotations.forEach(b::annotation);

        Optional<String> values = files.read(VALUES_YAML);
        if (values.isPresent()) {
            checkValues(prefix + VALUES_YAML, values.get());
            b.values(values.get());
        } else {
            warnings.add(new RegistryWarning(prefix + VALUES_YAML, 0, 0, "",
                    "missing (Palette requires a values.yaml, which may be empty); the pack's values are empty"));
        }
        Optional<String> presets = files.read(PRESETS_YAML);
        if (presets.isPresent()) {
            readPresets(prefix + PRESETS_YAML, presets.get(), warnings).forEach(b::preset);
        }
        Optional<String> schema = files.read(SCHEMA_YAML);
        if (schema.isPresent()) {
            readSchema(prefix + SCHEMA_YAML, schema.get(), warnings).forEach(b::valueSchema);
        }
        return new ReadPack(b.build(), folder, meta.versionMark[0], meta.versionMark[1]);
    }

    /**
     * Fails if values.yaml is not well-formed YAML. The values are Helm's and Palette's YAML, read
     * as {@link ValuesYaml} reads a layer's values: anchors and aliases (real packs use them) are
     * expanded within bounds and tags are accepted. The text itself is kept byte for byte.
     */
    private static void checkValues(String file, String text) {
        Optional<ProfileParseException> problem = ValuesYaml.problem(text, file);
        if (problem.isPresent()) {
            ProfileParseException e = problem.get();
            String hint = e.hint().isEmpty() ? "" : "; " + e.hint();
            throw new PackRegistryException(file, e.line().orElse(0), e.column().orElse(0),
                    e.path().isEmpty() ? null : e.path(), e.problem() + hint, e);
        }
    }

    /** What pack.json says. */
    private static final class PackJson {
        String name;
        String displayName;
        PackVersion version;
        int[] versionMark = {0, 0};
        LayerType layer;
        List<CloudType> cloudTypes;
        String cloudType;
        Optional<String> group = Optional.empty();
        Optional<LocalDate> eol = Optional.empty();
        Optional<String> addonType = Optional.empty();
        Map<String, String> annotations = new LinkedHashMap<>();
        List<PackDependency> dependencies = new ArrayList<>();
        List<ResourceRequirement> resources = new ArrayList<>();
    }

    private PackJson readPackJson(String file, String text, List<RegistryWarning> warnings) {
        PackJson m = new PackJson();
        try (Cursor c = Cursor.json(json, file, text, warnings)) {
            c.start();
            c.expectObject("");
            int[] root = c.mark();
            for (String key = c.nextName(); key != null; key = c.nextName()) {
                switch (key) {
                    case "name":
                        m.name = requiredText(c, key);
                        break;
                    case "displayName":
                        m.displayName = blankToNull(c.textOrNull(key));
                        break;
                    case "version": {
                        String v = requiredText(c, key);
                        m.version = PackVersion.tryParse(v).orElseThrow(() -> c.error("version", PackVersion.problem(v)));
                        m.versionMark = c.mark();
                        break;
                    }
                    case "layer":
                        m.layer = layer(c, key, requiredText(c, key));
                        break;
                    case "cloudTypes":
                        m.cloudTypes = cloudTypes(c, key);
                        break;
                    case "cloudType":
                        m.cloudType = blankToNull(c.textOrNull(key));
                        break;
                    case "group":
                        m.group = Optional.ofNullable(blankToNull(c.textOrNull(key)));
                        break;
                    case "eol":
                        m.eol = eol(c, key);
                        break;
                    case "addonType":
                        m.addonType = Optional.ofNullable(blankToNull(c.textOrNull(key)));
                        break;
                    case "addonSubType":
                        c.textOrNull(key);
                        break;
                    case "annotations":
                        m.annotations = c.textMap(key);
                        break;
                    case "constraints":
                        readConstraints(c, m);
                        break;
                    default:
                        if (SCHEMA_LISTS_IGNORED.contains(key)) {
                            c.textList(key);
                        } else {
                            c.warnAtName(key, "not a field of Palette's pack.json schema; ignored");
                            c.skip();
                        }
                }
            }
            c.finish();
            if (m.name == null || m.version == null || m.layer == null) {
                List<String> missing = new ArrayList<>();
                if (m.name == null) {
                    missing.add("name");
                }
                if (m.version == null) {
                    missing.add("version");
                }
                if (m.layer == null) {
                    missing.add("layer");
                }
                throw new PackRegistryException(file, root[0], root[1],
                        String.join(", ", missing), "required field" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is")
                        + " missing; pack.json needs name, displayName, version and layer", null);
            }
            if (m.displayName == null) {
                c.warnAt(root, "displayName", "missing or blank (Palette requires it); the name is shown instead");
                m.displayName = m.name;
            }
            if (m.cloudTypes == null) {
                if (m.cloudType != null) {
                    m.cloudTypes = List.of(CloudType.of(m.cloudType));
                } else {
                    c.warnAt(root, "cloudTypes", "missing; the pack supports no cloud");
                    m.cloudTypes = List.of();
                }
            }
        }
        return m;
    }

    private static String requiredText(Cursor c, String field) {
        String text = c.textOrNull(field);
        if (text == null || text.isBlank()) {
            throw c.error(field, "must be a non-empty string, found " + (text == null ? "null" : "\"" + text + "\""));
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static LayerType layer(Cursor c, String field, String wire) {
        return LayerType.fromWireName(wire).orElseThrow(() -> c.error(field, "unknown layer \"" + wire
                + "\"; valid layers are " + VALID_LAYERS));
    }

    private static List<CloudType> cloudTypes(Cursor c, String field) {
        List<CloudType> out = new ArrayList<>();
        if (c.isNull()) {
            return out;
        }
        c.expectArray(field);
        while (c.nextElement()) {
            String element = field + "[" + out.size() + "]";
            out.add(CloudType.of(requiredText(c, element)));
        }
        return out;
    }

    private static Optional<LocalDate> eol(Cursor c, String field) {
        String text = blankToNull(c.textOrNull(field));
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            c.warn(field, "\"" + text + "\" is not a date of the form 2026-12-31; ignored");
            return Optional.empty();
        }
    }

    private static void readConstraints(Cursor c, PackJson m) {
        if (c.isNull()) {
            return;
        }
        c.expectObject("constraints");
        for (String key = c.nextName(); key != null; key = c.nextName()) {
            String field = "constraints." + key;
            switch (key) {
                case "dependencies":
                    if (!c.isNull()) {
                        c.expectArray(field);
                        for (int i = 0; c.nextElement(); i++) {
                            dependency(c, field + "[" + i + "]").ifPresent(m.dependencies::add);
                        }
                    }
                    break;
                case "resources":
                    if (!c.isNull()) {
                        c.expectArray(field);
                        for (int i = 0; c.nextElement(); i++) {
                            resource(c, field + "[" + i + "]").ifPresent(m.resources::add);
                        }
                    }
                    break;
                default:
                    c.warnAtName(field, "not a field of Palette's pack.json schema; ignored");
                    c.skip();
            }
        }
    }

    private static Optional<PackDependency> dependency(Cursor c, String field) {
        c.expectObject(field);
        int[] start = c.mark();
        String packName = null;
        LayerType layer = null;
        DependencyType type = null;
        PackVersion min = null;
        PackVersion max = null;
        for (String key = c.nextName(); key != null; key = c.nextName()) {
            String f = field + "." + key;
            switch (key) {
                case "packName":
                    packName = blankToNull(c.textOrNull(f));
                    break;
                case "layer": {
                    String wire = blankToNull(c.textOrNull(f));
                    layer = wire == null ? null : layer(c, f, wire);
                    break;
                }
                case "type": {
                    String wire = blankToNull(c.textOrNull(f));
                    if (wire != null) {
                        type = DependencyType.fromWireName(wire).orElseThrow(() -> c.error(f,
                                "unknown dependency type \"" + wire + "\"; valid types are " + VALID_DEPENDENCY_TYPES));
                    }
                    break;
                }
                case "minVersion":
                    min = bound(c, f);
                    break;
                case "maxVersion":
                    max = bound(c, f);
                    break;
                default:
                    c.warnAtName(f, "not a field of Palette's pack.json schema; ignored");
                    c.skip();
            }
        }
        List<String> missing = new ArrayList<>();
        if (packName == null) {
            missing.add("packName");
        }
        if (layer == null) {
            missing.add("layer");
        }
        if (type == null) {
            missing.add("type");
        }
        if (!missing.isEmpty()) {
            String what = packName == null ? "this dependency" : "the dependency on " + packName;
            c.warnAt(start, field + "." + missing.get(0), "required field" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing; " + what + " is skipped");
            return Optional.empty();
        }
        return Optional.of(PackDependency.of(packName, layer, type, min, max));
    }

    private static PackVersion bound(Cursor c, String field) {
        String text = c.textOrNull(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        return PackVersion.tryParse(trimmed).orElseThrow(() -> c.error(field, PackVersion.problem(text)
                + "; leave the bound empty (\"\") for no bound"));
    }

    private static Optional<ResourceRequirement> resource(Cursor c, String field) {
        c.expectObject(field);
        int[] start = c.mark();
        ResourceType type = null;
        long minLimit = 0;
        List<ResourceComponent> components = new ArrayList<>();
        for (String key = c.nextName(); key != null; key = c.nextName()) {
            String f = field + "." + key;
            switch (key) {
                case "type": {
                    String wire = blankToNull(c.textOrNull(f));
                    if (wire != null) {
                        type = ResourceType.fromWireName(wire).orElseThrow(() -> c.error(f,
                                "unknown resource type \"" + wire + "\"; valid types are " + VALID_RESOURCE_TYPES));
                    }
                    break;
                }
                case "minLimit": {
                    Long n = c.longOrNull(f);
                    if (n != null && n < 0) {
                        throw c.error(f, "must not be negative, found " + n);
                    }
                    minLimit = n == null ? 0 : n;
                    break;
                }
                case "components":
                    if (!c.isNull()) {
                        c.expectArray(f);
                        for (int i = 0; c.nextElement(); i++) {
                            component(c, f + "[" + i + "]").ifPresent(components::add);
                        }
                    }
                    break;
                default:
                    c.warnAtName(f, "not a field of Palette's pack.json schema; ignored");
                    c.skip();
            }
        }
        if (type == null) {
            c.warnAt(start, field + ".type", "required field type missing; this resource requirement is skipped");
            return Optional.empty();
        }
        return Optional.of(new ResourceRequirement(type, minLimit, components));
    }

    private static Optional<ResourceComponent> component(Cursor c, String field) {
        c.expectObject(field);
        int[] start = c.mark();
        String scheduleType = null;
        String request = "";
        String replicas = "";
        for (String key = c.nextName(); key != null; key = c.nextName()) {
            String f = field + "." + key;
            switch (key) {
                case "scheduleType":
                    scheduleType = blankToNull(c.textOrNull(f));
                    break;
                case "resourceRequestParamRef":
                    request = Optional.ofNullable(c.textOrNull(f)).orElse("");
                    break;
                case "replicaCountParamRef":
                    replicas = Optional.ofNullable(c.textOrNull(f)).orElse("");
                    break;
                default:
                    c.warnAtName(f, "not a field of Palette's pack.json schema; ignored");
                    c.skip();
            }
        }
        if (scheduleType == null) {
            c.warnAt(start, field + ".scheduleType", "required field scheduleType missing; this component is skipped");
            return Optional.empty();
        }
        return Optional.of(new ResourceComponent(scheduleType, request, replicas));
    }

    // ---- presets.yaml

    private List<PackPreset> readPresets(String file, String text, List<RegistryWarning> warnings) {
        List<PackPreset> presets = new ArrayList<>();
        try (Cursor c = Cursor.yaml(yaml, file, text, warnings)) {
            if (!c.start() || c.isNull()) {
                return presets;
            }
            c.expectObject("");
            for (String key = c.nextName(); key != null; key = c.nextName()) {
                if (!key.equals("presets")) {
                    c.warnAtName(key, "not a field of presets.yaml; ignored");
                    c.skip();
                    continue;
                }
                if (c.isNull()) {
                    continue;
                }
                c.expectArray("presets");
                Set<String> names = new HashSet<>();
                for (int i = 0; c.nextElement(); i++) {
                    int[] at = c.mark();
                    PackPreset p = preset(c, "presets[" + i + "]");
                    if (!names.add(p.name())) {
                        throw new PackRegistryException(file, at[0], at[1], "presets[" + i + "].name",
                                "duplicate preset name \"" + p.name() + "\"; preset names must be unique within a pack",
                                null);
                    }
                    presets.add(p);
                }
            }
            c.finish();
        }
        return presets;
    }

    private static PackPreset preset(Cursor c, String field) {
        c.expectObject(field);
        int[] start = c.mark();
        String name = null;
        String displayName = null;
        String group = null;
        String add = "";
        List<String> remove = List.of();
        for (String key = c.nextName(); key != null; key = c.nextName()) {
            String f = field + "." + key;
            switch (key) {
                case "name":
                    name = blankToNull(c.textOrNull(f));
                    break;
                case "displayName":
                    displayName = blankToNull(c.textOrNull(f));
                    break;
                case "group":
                    group = blankToNull(c.textOrNull(f));
                    break;
                case "add":
                    if (c.token() == JsonToken.START_OBJECT
                            || c.token() == JsonToken.START_ARRAY) {
                        throw c.error(f, "expected YAML text (write it as a block: 'add: |'), found " + c.describe());
                    }
                    add = Optional.ofNullable(c.textOrNull(f)).orElse("");
                    break;
                case "remove":
                    remove = c.textList(f);
                    break;
                default:
                    c.warnAtName(f, "not a field of a preset; ignored");
                    c.skip();
            }
        }
        if (name == null) {
            throw new PackRegistryException(c.file(), start[0], start[1], field + ".name",
                    "required field name is missing; every preset needs a unique name", null);
        }
        if (displayName == null) {
            c.warnAt(start, field + ".displayName", "missing; the preset's name is shown instead");
            displayName = name;
        }
        if (group == null) {
            c.warnAt(start, field + ".group", "missing; the preset is in no group");
            group = "";
        }
        return new PackPreset(name, displayName, group, add, remove);
    }

    // ---- schema.yaml

    private Map<String, String> readSchema(String file, String text, List<RegistryWarning> warnings) {
        Map<String, String> schema = new LinkedHashMap<>();
        try (Cursor c = Cursor.yaml(yaml, file, text, warnings)) {
            if (!c.start() || c.isNull()) {
                return schema;
            }
            c.expectObject("");
            for (String path = c.nextName(); path != null; path = c.nextName()) {
                c.expectObject(path);
                int[] start = c.mark();
                String expression = null;
                for (String key = c.nextName(); key != null; key = c.nextName()) {
                    if (key.equals("schema")) {
                        expression = c.textOrNull(path + ".schema");
                    } else {
                        c.warnAtName(path + "." + key, "not a field of a value schema; ignored");
                        c.skip();
                    }
                }
                if (expression == null) {
                    throw new PackRegistryException(file, start[0], start[1], path + ".schema",
                            "missing; each entry of schema.yaml needs 'schema: ''{{ ... }}'''", null);
                }
                schema.put(path, expression);
            }
            c.finish();
        }
        return schema;
    }
}
