package io.profilekit.yaml;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Palette's own OpenAPI definitions of cluster profiles ({@code palette/cluster-profile-definitions.json},
 * copied from {@code spectrocloud/palette-sdk-go} {@code api/spec/palette-apis-spec.json} at dbd0431,
 * Apache-2.0; the source is in its {@code info}) in strict mode: every object definition that lists
 * {@code properties} gets {@code additionalProperties: false}, so a field Palette does not have is
 * an error.
 */
final class PaletteOpenApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The create body of {@code POST /v1/clusterprofiles}. */
    static final Schema CREATE_ENTITY = strict("v1ClusterProfileEntity");
    /** The export/import document. */
    static final Schema IMPORT_ENTITY = strict("v1ClusterProfileImportEntity");

    private PaletteOpenApi() {
    }

    private static Schema strict(String definition) {
        ObjectNode spec = (ObjectNode) JSON.readTree(Fixtures.resource("palette/cluster-profile-definitions.json"));
        JsonNode definitions = spec.get("definitions");
        forbidOthers(definitions);
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-04/schema#");
        root.set("definitions", definitions);
        ArrayNode allOf = root.putArray("allOf");
        allOf.addObject().put("$ref", "#/definitions/" + definition);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(root.toString(),
                InputFormat.JSON);
    }

    /** Adds additionalProperties: false to every object schema listing properties, nested ones too. */
    private static void forbidOthers(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) node;
            if (o.has("properties") && o.get("properties").isObject() && !o.has("additionalProperties")) {
                o.put("additionalProperties", false);
            }
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                forbidOthers(e.getValue());
            }
        } else if (node instanceof ArrayNode) {
            for (JsonNode item : node) {
                forbidOthers(item);
            }
        }
    }

    static List<String> createErrors(String json) {
        return CREATE_ENTITY.validate(json, InputFormat.JSON).stream().map(Error::toString)
                .collect(Collectors.toList());
    }

    static List<String> importErrors(String json) {
        return IMPORT_ENTITY.validate(json, InputFormat.JSON).stream().map(Error::toString)
                .collect(Collectors.toList());
    }
}
